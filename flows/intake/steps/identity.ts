// Existing NIB and identity questions: has an NIB already (→ amendment), NIK with the birth date and
// sex it encodes confirmed, name and address as on the KTP, and the optional KTP photo.

import type { FlowInput } from '../../engine/types.js';
import { parseNib } from '../../validators/nib.js';
import { parseNik, type NikReason } from '../../validators/nik.js';
import { parseMobilePhone } from '../../validators/phone.js';
import { parsePersonName, type PersonNameReason } from '../../validators/name.js';
import { AMENDMENTS, without, type Amendment, type Answers, type mediaRefSchema } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import { describeBirth } from '../describe.js';
import { saysWord } from '../../engine/commands.js';
import type { Parsed } from '../../engine/step.js';
import type { z } from 'zod';
import { askYesNoAgain, fail, freeText, ok, parseChoice, parseYesNo, step } from './define.js';

export const hasNib = step({
  id: 'has_nib',
  prompt: (_a, { t }) => t('askHasNib'),
  help: (_a, { t }) => t('helpHasNib'),
  parse: parseYesNo,
  reprompt: (_r, _a, ctx) => askYesNoAgain(ctx.t('askHasNib'), ctx),
  store: (a, has) => (has ? { ...a, hasNib: true } : { ...without(a, 'existingNib', 'amendment'), hasNib: false }),
  next: (a) => (a.hasNib ? 'existing_nib' : 'nik'),
});

export const existingNib = step({
  id: 'existing_nib',
  followUp: true,
  prompt: (_a, { t }) => t('askExistingNib'),
  help: (_a, { t }) => t('helpExistingNib'),
  parse: (input) => parseNib(textOf(input)),
  reprompt: (_r, _a, { t }) => t('badNib'),
  store: (a, nib) => ({ ...a, existingNib: nib }),
  next: () => 'amendment_what',
});

const AMENDMENT_WORDS: Readonly<Record<Amendment, readonly string[]>> = {
  kbli: ['kbli', 'bidang usaha', 'usaha baru', 'activity', 'business activity'],
  location: ['lokasi', 'lokasi baru', 'tempat', 'location', 'new location'],
  both: ['keduanya', 'dua duanya', 'duanya', 'both'],
};

function parseAmendment(input: FlowInput): Parsed<Amendment, 'not_a_choice'> {
  const text = textOf(input);
  const n = parseChoice(text, AMENDMENTS.length);
  const picked = n === undefined ? AMENDMENTS.find((kind) => saysWord(text, AMENDMENT_WORDS[kind])) : AMENDMENTS[n - 1];
  return picked === undefined ? fail('not_a_choice') : ok(picked);
}

export const amendmentWhat = step({
  id: 'amendment_what',
  followUp: true,
  prompt: (_a, { t }) => t('askAmendment'),
  help: (_a, { t }) => t('helpAmendment'),
  parse: parseAmendment,
  reprompt: (_r, _a, { t }) => `${t('badAmendment')}\n${t('askAmendment')}`,
  store: (a, amendment) => ({ ...a, amendment }),
  next: () => 'nik',
});

const NIK_REASONS = {
  not_16_digits: 'badNikLength',
  unknown_province: 'badNikProvince',
  invalid_birth_date: 'badNikDate',
  zero_serial: 'badNikSerial',
} as const satisfies Record<NikReason, string>;

export const nik = step({
  id: 'nik',
  prompt: (_a, { t }) => t('askNik'),
  help: (_a, { t }) => t('helpNik'),
  parse: (input, _a, { now }) => parseNik(textOf(input), new Date(now)),
  reprompt: (reason, _a, { t }) => t(NIK_REASONS[reason]),
  store: (a, info) => ({ ...a, nik: info.nik, birthDate: info.birthDate, gender: info.gender, nikConfirmed: false }),
  next: () => 'nik_confirm',
});

function askNikConfirm(a: Answers, ctx: IntakeContext): string {
  return ctx.t('askNikConfirm', describeBirth(a, ctx));
}

export const nikConfirm = step({
  id: 'nik_confirm',
  followUp: true,
  prompt: askNikConfirm,
  help: (_a, { t }) => t('helpNikConfirm'),
  parse: parseYesNo,
  reprompt: (_r, a, ctx) => askYesNoAgain(askNikConfirm(a, ctx), ctx),
  store: (a, right) => (right ? { ...a, nikConfirmed: true } : without(a, 'nik', 'birthDate', 'gender', 'nikConfirmed')),
  next: (a) => (a.nikConfirmed ? 'full_name' : 'nik'),
  note: (_a, right, { t }) => (right ? undefined : t('nikConfirmRetry')),
});

const NAME_REASONS = {
  too_short: 'badNameEmpty',
  has_digits: 'badNameDigits',
  too_long: 'badNameLength',
  invalid_characters: 'badNameChars',
} as const satisfies Record<PersonNameReason, string>;

export const fullName = step({
  id: 'full_name',
  prompt: (_a, { t }) => t('askFullName'),
  help: (_a, { t }) => t('helpFullName'),
  parse: (input) => parsePersonName(textOf(input)),
  reprompt: (reason, _a, { t }) => t(NAME_REASONS[reason]),
  store: (a, name) => ({ ...a, fullName: name }),
  next: () => 'ktp_address',
});

export const ktpAddress = step({
  id: 'ktp_address',
  prompt: (_a, { t }) => t('askKtpAddress'),
  help: (_a, { t }) => t('helpKtpAddress'),
  parse: (input) => freeText(input, 8, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badAddress')),
  store: (a, address) => ({ ...a, ktpAddress: address }),
  next: () => 'ktp_photo',
});

type MediaRef = z.infer<typeof mediaRefSchema>;
type PhotoReason = 'too_large' | 'bad_type' | 'need_photo';

export const KTP_PHOTO_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
const SKIP_WORDS = ['lewati', 'lewat', 'skip', 'tidak', 'tidak usah', 'ga usah', 'gak usah', 'nanti saja', 'no'];

function parseKtpPhoto(input: FlowInput, _a: Answers, ctx: IntakeContext): Parsed<MediaRef | null, PhotoReason> {
  const media = input.media;
  if (!media) return saysWord(textOf(input), SKIP_WORDS) ? ok(null) : fail('need_photo');
  if ('refused' in media || media.size > ctx.deps.settings.mediaMaxBytes) return fail('too_large');
  if (!KTP_PHOTO_TYPES.has(media.mimetype.toLowerCase())) return fail('bad_type');
  return ok({ ref: media.ref, mimetype: media.mimetype, size: media.size });
}

function photoReprompt(reason: PhotoReason, ctx: IntakeContext): string {
  if (reason === 'too_large') return ctx.t('mediaTooLarge', { limit: formatBytes(ctx.deps.settings.mediaMaxBytes) });
  return reason === 'bad_type' ? ctx.t('badKtpPhotoType') : ctx.t('badKtpPhotoText');
}

export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The sender's own number, offered for the OSS account when WhatsApp revealed it. */
function senderMobile(input: FlowInput): string | undefined {
  if (input.senderPhone === undefined) return undefined;
  const parsed = parseMobilePhone(input.senderPhone);
  return parsed.ok ? parsed.value : undefined;
}

export const ktpPhoto = step({
  id: 'ktp_photo',
  expects: ['image', 'document', 'text'],
  prompt: (_a, { t }) => t('askKtpPhoto'),
  help: (_a, { t }) => t('helpKtpPhoto'),
  parse: parseKtpPhoto,
  reprompt: (reason, _a, ctx) => photoReprompt(reason, ctx),
  store: (a, photo, ctx) => {
    const offered = senderMobile(ctx.input);
    const base = offered === undefined ? without(a, 'offeredPhone') : { ...a, offeredPhone: offered };
    return { ...base, ktpPhoto: photo };
  },
  next: (a) => (a.offeredPhone === undefined ? 'phone' : 'phone_offer'),
  note: (_a, photo, { t }) => (photo === null ? undefined : t('ktpPhotoReceived')),
});
