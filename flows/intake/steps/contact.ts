// Contact questions: the mobile number that will own the OSS account (the sender's own number is
// offered when WhatsApp revealed it), the email (with a typo fix offered, or "none" → help), and
// the optional NPWP.

import type { Parsed } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import { saysWord } from '../../engine/commands.js';
import { isNo, isUnknownAnswer } from '../../validators/answers.js';
import { isNoEmailAnswer, parseEmail, suggestEmailFix, type EmailReason } from '../../validators/email.js';
import { parseNpwp } from '../../validators/npwp.js';
import { parseMobilePhone, type PhoneReason } from '../../validators/phone.js';
import { without, type Answers } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import { localPhone } from '../describe.js';
import { askYesNoAgain, fail, ok, parseYesNo, step } from './define.js';

function askPhoneOffer(a: Answers, ctx: IntakeContext): string {
  return ctx.t('askPhoneOffer', { phone: localPhone(a.offeredPhone ?? '') });
}

export const phoneOffer = step({
  id: 'phone_offer',
  prompt: askPhoneOffer,
  help: (_a, { t }) => t('helpPhone'),
  parse: parseYesNo,
  reprompt: (_r, a, ctx) => askYesNoAgain(askPhoneOffer(a, ctx), ctx),
  store: (a, use) => (use && a.offeredPhone !== undefined ? { ...a, phone: a.offeredPhone } : without(a, 'phone')),
  next: (a) => (a.phone === undefined ? 'phone' : 'email'),
});

const PHONE_REASONS = {
  not_a_number: 'badPhone',
  wrong_length: 'badPhone',
  not_mobile: 'badPhoneNotMobile',
} as const satisfies Record<PhoneReason, string>;

export const phone = step({
  id: 'phone',
  prompt: (_a, { t }) => t('askPhone'),
  help: (_a, { t }) => t('helpPhone'),
  parse: (input) => parseMobilePhone(textOf(input)),
  reprompt: (reason, _a, { t }) => t(PHONE_REASONS[reason]),
  store: (a, number) => ({ ...a, phone: number }),
  next: () => 'email',
});

type EmailAnswer = { kind: 'none' } | { kind: 'address'; email: string; suggestion: string | undefined };

function parseEmailAnswer(input: FlowInput): Parsed<EmailAnswer, EmailReason> {
  const text = textOf(input);
  if (isNoEmailAnswer(text)) return ok({ kind: 'none' });
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
  prompt: (_a, { t }) => t('askEmail'),
  help: (_a, { t }) => t('helpEmail'),
  parse: parseEmailAnswer,
  reprompt: (_r, _a, { t }) => t('badEmail'),
  store: storeEmail,
  next: (a) => (a.emailSuggestion === undefined ? 'npwp' : 'email_fix'),
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
  // "No" keeps the address as typed: it was well formed, only unusual.
  store: (a, useFix) => ({ ...without(a, 'emailSuggestion'), email: useFix ? (a.emailSuggestion ?? a.email ?? null) : (a.email ?? null) }),
  next: () => 'npwp',
});

const NPWP_SKIP = ['lewati', 'lewat', 'skip', 'tidak punya', 'tidak ada', 'belum punya', 'gak punya', 'ga punya', 'none'];

function parseNpwpAnswer(input: FlowInput): Parsed<string | null, 'bad_npwp'> {
  const text = textOf(input);
  if (saysWord(text, NPWP_SKIP) || isNo(text) || isUnknownAnswer(text)) return ok(null);
  const parsed = parseNpwp(text);
  return parsed.ok ? parsed : fail('bad_npwp');
}

export const npwp = step({
  id: 'npwp',
  prompt: (_a, { t }) => t('askNpwp'),
  help: (_a, { t }) => t('helpNpwp'),
  parse: parseNpwpAnswer,
  reprompt: (_r, _a, { t }) => t('badNpwp'),
  store: (a, value) => ({ ...a, npwp: value }),
  next: () => 'operating',
});
