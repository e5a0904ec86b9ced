// Contact questions: the mobile number for the OSS account (WhatsApp's own number by default, asked
// only when WhatsApp hides it or on request), the email (with a typo fix offered, or "none" → help),
// and the NPWP on request (the NIK serves as NPWP since July 2024).

import type { Parsed } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import { readYesNo } from '../../understand/yes-no.js';
import { isUnknownAnswer } from '../../validators/answers.js';
import { isNoEmailAnswer, parseEmail, suggestEmailFix, type EmailReason } from '../../validators/email.js';
import { parseNpwp } from '../../validators/npwp.js';
import { parseMobilePhone, type PhoneReason } from '../../validators/phone.js';
import { isCompany, without, type Answers } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import { localPhone } from '../describe.js';
import { askYesNoAgain, fail, ok, parseYesNo, step, yesNoNumbered } from './define.js';

const PHONE_REASONS = {
  not_a_number: 'badPhone',
  wrong_length: 'badPhone',
  not_mobile: 'badPhoneNotMobile',
  no_chat_number: 'badPhone',
} as const satisfies Record<PhoneReason | 'no_chat_number', string>;

/** "pakai nomor ini aja", "nomor WA ini", "yang ini": the number this chat comes from. */
const THIS_NUMBER = { yes: ['ini', 'this', 'nomor ini', 'no ini', 'yang ini', 'nomor wa', 'nomor wa ini', 'nomor whatsapp', 'ini saja', 'sama', 'this number', 'this one', 'same'] } as const;

function parsePhone(input: FlowInput, a: Answers): Parsed<string, PhoneReason | 'no_chat_number'> {
  const text = textOf(input);
  const typed = parseMobilePhone(text);
  if (typed.ok) return typed;
  if (readYesNo(text, THIS_NUMBER) !== true) return typed;
  return a.chatPhone === undefined ? fail('no_chat_number') : ok(a.chatPhone);
}

export const phone = step({
  id: 'phone',
  absorbs: ['phone'],
  prompt: (a, { t }) => (a.chatPhone === undefined ? t('askPhone') : t('askPhoneOther', { phone: localPhone(a.chatPhone) })),
  help: (_a, { t }) => t('helpPhone'),
  parse: parsePhone,
  reprompt: (reason, _a, { t }) => t(PHONE_REASONS[reason]),
  rescue: (_a, { t }) => t('rescuePhone'),
  store: (a, number) => ({ ...a, phone: number }),
  next: (a) => (isCompany(a) ? 'activity' : 'email'),
  answered: (a) => a.phone !== undefined,
});

type EmailAnswer = { kind: 'none' } | { kind: 'address'; email: string; suggestion: string | undefined };

function parseEmailAnswer(input: FlowInput): Parsed<EmailAnswer, EmailReason> {
  const text = textOf(input);
  if (isNoEmailAnswer(text) || isUnknownAnswer(text)) return ok({ kind: 'none' });
  const parsed = parseEmail(text);
  if (!parsed.ok) return parsed;
  return ok({ kind: 'address', email: parsed.value, suggestion: suggestEmailFix(parsed.value) });
}

function storeEmail(a: Answers, answer: EmailAnswer): Answers {
  const base = without(a, 'emailSuggestion');
  if (answer.kind === 'none') return { ...base, email: null };
  const withEmail = { ...base, email: answer.email };
  return answer.suggestion === undefined ? withEmail : { ...withEmail, emailSuggestion: answer.suggestion };
}

export const email = step({
  id: 'email',
  absorbs: ['email'],
  prompt: (_a, { t }) => t('askEmail'),
  help: (_a, { t }) => t('helpEmail'),
  parse: parseEmailAnswer,
  reprompt: (_r, _a, { t }) => t('badEmail'),
  rescue: (_a, { t }) => t('rescueEmail'),
  store: storeEmail,
  next: (a) => (a.emailSuggestion === undefined ? 'activity' : 'email_fix'),
  answered: (a) => a.email !== undefined,
  note: (_a, answer, { t }) => (answer.kind === 'none' ? t('emailNoneNote') : undefined),
});

function askEmailFix(a: Answers, ctx: IntakeContext): string {
  return ctx.t('askEmailFix', { email: a.emailSuggestion ?? '' });
}

export const emailFix = step({
  id: 'email_fix',
  followUp: true,
  prompt: askEmailFix,
  help: (_a, { t }) => t('helpEmail'),
  parse: parseYesNo,
  reprompt: (_r, a, ctx) => askYesNoAgain(askEmailFix(a, ctx), ctx),
  rescue: (a, ctx) => yesNoNumbered(askEmailFix(a, ctx), ctx),
  // "No" keeps the address as typed: it was well formed, only unusual.
  store: (a, useFix) => ({ ...without(a, 'emailSuggestion'), email: useFix ? (a.emailSuggestion ?? a.email ?? null) : (a.email ?? null) }),
  next: () => 'activity',
});

const NPWP_SKIP = { no: ['lewati', 'lewat', 'skip', 'tidak punya', 'tidak ada', 'belum punya', 'pakai nik', 'sama dengan nik', 'nik saja', 'none', 'use nik', 'nik'] } as const;

function parseNpwpAnswer(input: FlowInput): Parsed<string | null, 'bad_npwp'> {
  const text = textOf(input);
  if (readYesNo(text, NPWP_SKIP) === false || isUnknownAnswer(text)) return ok(null);
  const parsed = parseNpwp(text);
  return parsed.ok ? parsed : fail('bad_npwp');
}

export const npwp = step({
  id: 'npwp',
  // A 16-digit NPWP has the shape of a NIK: it is the answer here, never a NIK given in passing.
  absorbs: 'all',
  prompt: (_a, { t }) => t('askNpwp'),
  help: (_a, { t }) => t('helpNpwp'),
  parse: parseNpwpAnswer,
  reprompt: (_r, _a, { t }) => t('badNpwp'),
  rescue: (_a, { t }) => t('rescueNpwp'),
  store: (a, value) => ({ ...a, npwp: value }),
  next: () => 'activity',
});
