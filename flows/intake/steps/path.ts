// The questions that choose the path, asked first: an NIB already (then what to add to it), and the
// legal form. Individuals and UD continue with the full form; CV and PT are companies in OSS and take
// a short path to DPMPTSP. An answer that belongs to the other branch ("belum punya" where the NIB
// number is asked) moves the applicant to that branch instead of repeating the question.

import type { Parsed } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import type { ChoiceOption } from '../../understand/choice.js';
import { readYesNo } from '../../understand/yes-no.js';
import { isUnknownAnswer } from '../../validators/answers.js';
import { parseNib } from '../../validators/nib.js';
import { AMENDMENTS, isCompany, without, type Amendment, type Answers, type LegalForm } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import type { StepId } from '../ids.js';
import { askYesNoAgain, choose, fail, ok, step, yesNo, yesNoNumbered } from './define.js';

const HAS_NIB_SAYS = {
  yes: ['sudah punya', 'punya', 'ada', 'sudah ada', 'pernah', 'sudah pernah', 'sampun gadhah', 'i have one', 'i have'],
  no: ['belum punya', 'belum ada', 'tidak punya', 'baru mau', 'mau bikin', 'mau buat', 'mau daftar', 'mau urus', 'dereng gadhah', 'not yet'],
} as const;

type HasNibAnswer = { has: boolean; nib?: string };

/** "sudah", "belum", or the 13-digit NIB itself (which says yes and answers the next question). */
function parseHasNib(input: FlowInput, a: Answers, ctx: IntakeContext): Parsed<HasNibAnswer, 'not_yes_no'> {
  const nib = parseNib(textOf(input));
  if (nib.ok) return ok({ has: true, nib: nib.value });
  const answer = yesNo(HAS_NIB_SAYS)(input, a, ctx);
  return answer.ok ? ok({ has: answer.value }) : answer;
}

function storeHasNib(a: Answers, answer: HasNibAnswer): Answers {
  if (!answer.has) return { ...without(a, 'existingNib', 'amendment'), hasNib: false };
  return answer.nib === undefined ? { ...a, hasNib: true } : { ...a, hasNib: true, existingNib: answer.nib };
}

export const hasNib = step({
  id: 'has_nib',
  prompt: (_a, { t }) => t('askHasNib'),
  help: (_a, { t }) => t('helpHasNib'),
  parse: parseHasNib,
  reprompt: (_r, _a, ctx) => askYesNoAgain(ctx.t('askHasNib'), ctx),
  rescue: (_a, ctx) => yesNoNumbered(ctx.t('askHasNib'), ctx),
  store: storeHasNib,
  next: (a) => (!a.hasNib ? 'legal_form' : a.existingNib === undefined ? 'existing_nib' : 'amendment_what'),
});

/** The number; "lupa" (OSS finds it by the NIK); or "belum punya", which is the other branch. */
type ExistingNib = { kind: 'number'; nib: string } | { kind: 'forgotten' } | { kind: 'none' };

function parseExistingNib(input: FlowInput): Parsed<ExistingNib, 'not_13_digits'> {
  const text = textOf(input);
  const nib = parseNib(text);
  if (nib.ok) return ok({ kind: 'number', nib: nib.value });
  if (isUnknownAnswer(text)) return ok({ kind: 'forgotten' });
  return readYesNo(text, { no: HAS_NIB_SAYS.no }) === false ? ok({ kind: 'none' }) : fail('not_13_digits');
}

function storeExistingNib(a: Answers, answer: ExistingNib): Answers {
  if (answer.kind === 'none') return { ...without(a, 'existingNib', 'amendment'), hasNib: false };
  return { ...a, hasNib: true, existingNib: answer.kind === 'number' ? answer.nib : null };
}

export const existingNib = step({
  id: 'existing_nib',
  followUp: true,
  prompt: (_a, { t }) => t('askExistingNib'),
  help: (_a, { t }) => t('helpExistingNib'),
  parse: parseExistingNib,
  reprompt: (_r, _a, { t }) => t('badNib'),
  rescue: (_a, { t }) => t('rescueExistingNib'),
  store: storeExistingNib,
  next: (a) => (a.hasNib ? 'amendment_what' : 'legal_form'),
  note: (_a, answer, { t }) => (answer.kind === 'none' ? t('nibNoneNote') : answer.kind === 'forgotten' ? t('nibForgottenNote') : undefined),
});

const AMENDMENT_OPTIONS: readonly ChoiceOption[] = [
  { names: ['Bidang usaha baru', 'kbli', 'usaha baru', 'kegiatan baru', 'jenis usaha', 'activity', 'new activity', 'business activity'] },
  { names: ['Lokasi usaha baru', 'lokasi', 'tempat baru', 'alamat baru', 'cabang', 'location', 'new location'] },
  { names: ['Keduanya', 'dua duanya', 'semua', 'both', 'all'] },
];

function parseAmendment(input: FlowInput): Parsed<Amendment, 'not_a_choice'> {
  const picked = choose(textOf(input), AMENDMENTS, AMENDMENT_OPTIONS);
  return picked === undefined ? fail('not_a_choice') : ok(picked);
}

export const amendmentWhat = step({
  id: 'amendment_what',
  followUp: true,
  prompt: (_a, { t }) => t('askAmendment'),
  help: (_a, { t }) => t('helpAmendment'),
  parse: parseAmendment,
  reprompt: (_r, _a, { t }) => `${t('badAmendment')}\n${t('askAmendment')}`,
  rescue: (_a, { t }) => `${t('askAmendment')}\n${t('rescueNumber')}`,
  store: (a, amendment) => ({ ...a, amendment }),
  next: () => 'legal_form',
});

/** Shown as three; "UD" (an individual business in OSS) is understood as its own answer. */
const LEGAL_FORM_CHOICES: readonly LegalForm[] = ['perseorangan', 'cv', 'pt'];
const LEGAL_FORM_OPTIONS: readonly ChoiceOption[] = [
  {
    names: [
      'Milik pribadi', 'pribadi', 'perorangan', 'perseorangan', 'sendiri', 'atas nama sendiri', 'individu', 'individual', 'personal', 'own',
      'private', 'usaha sendiri', 'dewe', 'piyambak', 'belum ada akta', 'tidak ada akta', 'tanpa akta', 'belum punya akta', 'no deed',
      'belum ada akta notaris', 'tidak ada akta notaris', 'tanpa akta notaris', 'belum punya akta notaris',
    ],
  },
  // "sudah ada akta notaris" names a deed, not which one: it fits CV and PT alike and picks neither.
  { names: ['CV', 'persekutuan komanditer', 'commanditaire', 'sudah ada akta notaris', 'punya akta notaris'] },
  { names: ['PT', 'perseroan', 'perseroan terbatas', 'company', 'limited company', 'sudah ada akta notaris', 'punya akta notaris'] },
];
const UD_WORDS = /^\s*(?:ud|u\.d\.?|usaha dagang)\s*\.?\s*$/i;

function parseLegalForm(input: FlowInput): Parsed<LegalForm, 'not_a_choice'> {
  const text = textOf(input);
  if (UD_WORDS.test(text)) return ok('ud');
  const form = choose(text, LEGAL_FORM_CHOICES, LEGAL_FORM_OPTIONS);
  return form === undefined ? fail('not_a_choice') : ok(form);
}

export function legalFormName(form: LegalForm, ctx: IntakeContext): string {
  const keys = { perseorangan: 'legalPerseorangan', ud: 'legalUd', cv: 'legalCv', pt: 'legalPt' } as const;
  return ctx.t(keys[form]);
}

/** Individuals go on to the KTP; a company only leaves a contact for DPMPTSP. */
function afterLegalForm(a: Answers): StepId {
  return isCompany(a) ? 'full_name' : 'nik';
}

export const legalForm = step({
  id: 'legal_form',
  prompt: (_a, { t }) => t('askLegalForm'),
  help: (_a, { t }) => t('helpLegalForm'),
  parse: parseLegalForm,
  reprompt: (_r, _a, { t }) => `${t('badLegalForm')}\n${t('askLegalForm')}`,
  rescue: (_a, { t }) => `${t('askLegalForm')}\n${t('rescueNumber')}`,
  store: (a, form) => ({ ...a, legalForm: form }),
  next: afterLegalForm,
  answered: (a) => a.legalForm !== undefined,
  note: (_a, form, ctx) => (form === 'cv' || form === 'pt' ? ctx.t('companyPath', { form: legalFormName(form, ctx) }) : undefined),
});
