// Business questions: running or not, name, activity → suggested KBLI 2020 codes, products,
// capital (without land and buildings, confirmed as read; above the UMK limit flagged for DPMPTSP),
// land area, workers, legal form, and the OSS self-declaration.

import type { Parsed } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import { saysWord } from '../../engine/commands.js';
import { findKbliByCode, suggestKbli } from '../../kbli/search.js';
import { isUnknownAnswer } from '../../validators/answers.js';
import { parseLandArea, parseWorkerCount } from '../../validators/count.js';
import { formatRupiah, parseRupiah, type MoneyReason } from '../../validators/money.js';
import { LEGAL_FORMS, without, type Answers, type LegalForm } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import { askYesNoAgain, fail, freeText, looksLikeChoice, numbered, ok, parseChoice, parseChoices, parseYesNo, step } from './define.js';

/** PP 7/2021 Pasal 35: capital above Rp 5 miliar (without land and buildings) is no longer UMK. */
export const UMK_CAPITAL_LIMIT = 5_000_000_000;

export const operating = step({
  id: 'operating',
  prompt: (_a, { t }) => t('askOperating'),
  help: (_a, { t }) => t('helpOperating'),
  parse: parseYesNo,
  reprompt: (_r, _a, ctx) => askYesNoAgain(ctx.t('askOperating'), ctx),
  store: (a, running) => ({ ...a, operating: running }),
  next: () => 'business_name',
});

export const businessName = step({
  id: 'business_name',
  prompt: (_a, { t }) => t('askBusinessName'),
  help: (_a, { t }) => t('helpBusinessName'),
  parse: (input) => freeText(input, 2, 100),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badBusinessName')),
  store: (a, name) => ({ ...a, businessName: name }),
  next: () => 'activity',
});

/** A new description: its suggestions replace any earlier choice. */
function describeActivity(a: Answers, description: string): Answers {
  const options = suggestKbli(description, 3).map((entry) => entry.code);
  return { ...without(a, 'kbli', 'kbliUnknown'), activity: description, kbliOptions: options };
}

export const activity = step({
  id: 'activity',
  prompt: (_a, { t }) => t('askActivity'),
  help: (_a, { t }) => t('helpActivity'),
  parse: (input) => freeText(input, 3, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badActivity')),
  store: describeActivity,
  next: () => 'kbli_pick',
});

export function kbliTitle(code: string): string {
  return findKbliByCode(code)?.title ?? '';
}

function askKbliPick(a: Answers, ctx: IntakeContext): string {
  const options = a.kbliOptions ?? [];
  if (options.length === 0) return ctx.t('kbliNoMatch');
  const list = numbered(options, (code, n) => ctx.t('kbliLine', { n, code, title: kbliTitle(code) }));
  return ctx.t('kbliOptions', { list });
}

type KbliAnswer = { kind: 'pick'; codes: string[] } | { kind: 'unknown' } | { kind: 'describe'; text: string };
type KbliReason = 'not_an_option' | 'no_options';

function parseKbliAnswer(input: FlowInput, a: Answers): Parsed<KbliAnswer, KbliReason> {
  const text = textOf(input);
  const options = a.kbliOptions ?? [];
  if (isUnknownAnswer(text)) return ok({ kind: 'unknown' });
  const picked = parseChoices(text, options.length);
  if (picked) return ok({ kind: 'pick', codes: picked.map((n) => options[n - 1] ?? '').filter((code) => code !== '') });
  if (looksLikeChoice(text)) return fail(options.length === 0 ? 'no_options' : 'not_an_option');
  const description = freeText(input, 3, 300);
  return description.ok ? ok({ kind: 'describe', text: description.value }) : fail('not_an_option');
}

function storeKbli(a: Answers, answer: KbliAnswer): Answers {
  if (answer.kind === 'describe') return describeActivity(a, answer.text);
  if (answer.kind === 'unknown') return { ...without(a, 'kbli'), kbliUnknown: true };
  return { ...without(a, 'kbliUnknown'), kbli: answer.codes };
}

export const kbliPick = step({
  id: 'kbli_pick',
  followUp: true,
  prompt: askKbliPick,
  help: (_a, { t }) => t('helpKbliPick'),
  parse: parseKbliAnswer,
  reprompt: (reason, a, ctx) =>
    reason === 'no_options' ? ctx.t('kbliNoMatch') : `${ctx.t('badKbliPick', { max: String(a.kbliOptions?.length ?? 0) })}\n\n${askKbliPick(a, ctx)}`,
  store: storeKbli,
  next: (a) => (a.kbli !== undefined || a.kbliUnknown === true ? 'products' : 'kbli_pick'),
  note: (_a, answer, { t }) => (answer.kind === 'unknown' ? t('kbliUnknownNote') : undefined),
});

export const products = step({
  id: 'products',
  prompt: (_a, { t }) => t('askProducts'),
  help: (_a, { t }) => t('helpProducts'),
  parse: (input) => freeText(input, 2, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badProducts')),
  store: (a, text) => ({ ...a, products: text }),
  next: () => 'capital',
});

const CAPITAL_REASONS = {
  not_a_number: 'badCapital',
  too_large: 'badCapital',
  zero: 'badCapitalZero',
} as const satisfies Record<MoneyReason, string>;

export const capital = step({
  id: 'capital',
  prompt: (_a, { t }) => t('askCapital'),
  help: (_a, { t }) => t('helpCapital'),
  parse: (input) => parseRupiah(textOf(input)),
  reprompt: (reason, _a, { t }) => t(CAPITAL_REASONS[reason]),
  store: (a, amount) => ({ ...a, capital: amount, capitalConfirmed: false }),
  next: () => 'capital_confirm',
});

function askCapitalConfirm(a: Answers, ctx: IntakeContext): string {
  const amount = formatRupiah(a.capital ?? 0);
  return (a.capital ?? 0) > UMK_CAPITAL_LIMIT ? ctx.t('capitalNotUmk', { amount }) : ctx.t('askCapitalConfirm', { amount });
}

export const capitalConfirm = step({
  id: 'capital_confirm',
  followUp: true,
  prompt: askCapitalConfirm,
  help: (_a, { t }) => t('helpCapital'),
  parse: parseYesNo,
  reprompt: (_r, a, ctx) => askYesNoAgain(askCapitalConfirm(a, ctx), ctx),
  store: (a, right) => (right ? { ...a, capitalConfirmed: true } : without(a, 'capital', 'capitalConfirmed')),
  next: (a) => (a.capitalConfirmed ? 'land_area' : 'capital'),
});

export const landArea = step({
  id: 'land_area',
  prompt: (_a, { t }) => t('askLandArea'),
  help: (_a, { t }) => t('helpLandArea'),
  parse: (input) => parseLandArea(textOf(input)),
  reprompt: (_r, _a, { t }) => t('badLandArea'),
  store: (a, area) => ({ ...a, landArea: area }),
  next: () => 'workers',
});

export const workers = step({
  id: 'workers',
  prompt: (_a, { t }) => t('askWorkers'),
  help: (_a, { t }) => t('helpWorkers'),
  parse: (input) => parseWorkerCount(textOf(input)),
  reprompt: (_r, _a, { t }) => t('badWorkers'),
  // The question counts the owner, so a literal "nobody" still means one person at work.
  store: (a, count) => ({ ...a, workers: Math.max(1, count) }),
  next: () => 'same_address',
});

const LEGAL_FORM_WORDS: Readonly<Record<LegalForm, readonly string[]>> = {
  perseorangan: ['perseorangan', 'perorangan', 'pribadi', 'sendiri', 'atas nama sendiri', 'individual', 'individu'],
  ud: ['ud', 'usaha dagang'],
  cv: ['cv'],
  pt: ['pt', 'perseroan', 'perseroan terbatas'],
};

function parseLegalForm(input: FlowInput): Parsed<LegalForm, 'not_a_choice'> {
  const text = textOf(input);
  const n = parseChoice(text, LEGAL_FORMS.length);
  const form = n === undefined ? LEGAL_FORMS.find((f) => saysWord(text, LEGAL_FORM_WORDS[f])) : LEGAL_FORMS[n - 1];
  return form === undefined ? fail('not_a_choice') : ok(form);
}

export function legalFormName(form: LegalForm, ctx: IntakeContext): string {
  const keys = { perseorangan: 'legalPerseorangan', ud: 'legalUd', cv: 'legalCv', pt: 'legalPt' } as const;
  return ctx.t(keys[form]);
}

export const legalForm = step({
  id: 'legal_form',
  prompt: (_a, { t }) => t('askLegalForm'),
  help: (_a, { t }) => t('helpLegalForm'),
  parse: parseLegalForm,
  reprompt: (_r, _a, { t }) => `${t('badLegalForm')}\n${t('askLegalForm')}`,
  store: (a, form) => ({ ...a, legalForm: form }),
  next: () => 'declaration',
  note: (_a, form, ctx) => (form === 'perseorangan' ? undefined : ctx.t('legalFormDpmptsp', { form: legalFormName(form, ctx) })),
});

function parseDeclaration(input: FlowInput): Parsed<true, 'refused' | 'not_yes_no'> {
  const answer = parseYesNo(input);
  if (!answer.ok) return answer;
  return answer.value ? ok(true) : fail('refused');
}

export const declaration = step({
  id: 'declaration',
  prompt: (_a, { t }) => t('askDeclaration'),
  help: (_a, { t }) => t('helpDeclaration'),
  parse: parseDeclaration,
  reprompt: (reason, _a, ctx) => (reason === 'refused' ? ctx.t('declarationRefused') : askYesNoAgain(ctx.t('askDeclaration'), ctx)),
  store: (a) => ({ ...a, declared: true }),
  next: () => 'summary',
});

