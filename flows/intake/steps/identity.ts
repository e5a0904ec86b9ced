// Identity questions: the NIK (its birth date and sex are read from it and shown back, not asked),
// the name and address as on the KTP (the address usually names the village, so it is not asked
// again), and the optional KTP photo. A photo sent where the NIK is asked is kept as the KTP photo.

import type { z } from 'zod';
import type { Parsed } from '../../engine/step.js';
import type { FlowInput, MediaRefusal } from '../../engine/types.js';
import { readYesNo } from '../../understand/yes-no.js';
import { isUnknownAnswer } from '../../validators/answers.js';
import { parsePersonName, type PersonNameReason } from '../../validators/name.js';
import { parseNik, type NikInfo, type NikReason } from '../../validators/nik.js';
import { foldDigits, stripDigitSeparators } from '../../validators/text.js';
import { isCompany, without, type Answers, type mediaRefSchema } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import { describeBirth } from '../describe.js';
import type { StepId } from '../ids.js';
import { fail, freeText, ok, step } from './define.js';
import { followHomeVillage } from './location.js';

type MediaRef = z.infer<typeof mediaRefSchema>;

export const KTP_PHOTO_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);

/** Why a photo or file sent for the KTP cannot be kept; `not_received`: no size announced, or the download failed. */
type KtpMediaProblem = 'too_large' | 'bad_type' | 'not_received';

const KTP_REFUSALS: Readonly<Record<MediaRefusal, KtpMediaProblem>> = {
  too_large: 'too_large',
  unsupported_type: 'bad_type',
  unknown_size: 'not_received',
  unavailable: 'not_received',
};

/** A photo or PDF the KTP question can keep, or the reason it cannot. */
function usableKtpMedia(input: FlowInput, ctx: IntakeContext): Parsed<MediaRef, KtpMediaProblem | 'no_media'> {
  const media = input.media;
  if (!media) return fail('no_media');
  if ('refused' in media) return fail(KTP_REFUSALS[media.refused]);
  if (media.size > ctx.deps.settings.mediaMaxBytes) return fail('too_large');
  if (!KTP_PHOTO_TYPES.has((media.mimetype.split(';')[0] ?? '').trim().toLowerCase())) return fail('bad_type');
  return ok({ ref: media.ref, mimetype: media.mimetype, size: media.size });
}

/** The reason first, in the applicant's terms (the words that follow say what to send instead). */
function ktpMediaRemark(reason: KtpMediaProblem, ctx: IntakeContext): string {
  if (reason === 'too_large') return ctx.t('mediaTooLarge', { limit: formatBytes(ctx.deps.settings.mediaMaxBytes) });
  return reason === 'bad_type' ? ctx.t('mediaFileType') : ctx.t('mediaNotReceived');
}

type NikAnswer = { kind: 'nik'; info: NikInfo } | { kind: 'photo'; photo: MediaRef };
type NikProblem = NikReason | 'unknown' | KtpMediaProblem;

function parseNikAnswer(input: FlowInput, _a: Answers, ctx: IntakeContext): Parsed<NikAnswer, NikProblem> {
  const photo = usableKtpMedia(input, ctx);
  if (photo.ok) return ok({ kind: 'photo', photo: photo.value });
  const text = textOf(input);
  // A photo that could not be kept is answered with its reason, unless its caption carries the NIK.
  if (photo.reason !== 'no_media' && !/\d/.test(foldDigits(text))) return fail(photo.reason);
  if (isUnknownAnswer(text)) return fail('unknown');
  const nik = parseNik(sixteenDigitsIn(text) ?? text, new Date(ctx.now));
  return nik.ok ? ok({ kind: 'nik', info: nik.value }) : fail(nik.reason);
}

/** "NIK saya 3505 0152 0385 0001": the sixteen digits inside words, when there is exactly one such run. */
function sixteenDigitsIn(text: string): string | undefined {
  const runs = foldDigits(text).match(/(?:\d[\s.-]?){15}\d/g) ?? [];
  return runs.length === 1 && /\p{L}/u.test(text) ? runs[0] : undefined;
}

function storeNik(a: Answers, answer: NikAnswer): Answers {
  if (answer.kind === 'photo') return { ...a, ktpPhoto: answer.photo };
  const { nik, birthDate, gender } = answer.info;
  return { ...a, nik, birthDate, gender };
}

function nikReprompt(reason: NikProblem, ctx: IntakeContext): string {
  if (reason === 'too_large' || reason === 'bad_type' || reason === 'not_received') return `${ktpMediaRemark(reason, ctx)} ${ctx.t('askNik')}`;
  if (reason === 'not_16_digits') return ctx.t('badNikLength', { count: String(stripDigitSeparators(textOf(ctx.input)).replace(/\D/g, '').length) });
  const keys = { unknown_province: 'badNikProvince', invalid_birth_date: 'badNikDate', zero_serial: 'badNikSerial', unknown: 'nikUnknown' } as const;
  return ctx.t(keys[reason]);
}

export const nik = step({
  id: 'nik',
  expects: ['text', 'image', 'document'],
  absorbs: ['nik'],
  prompt: (_a, { t }) => t('askNik'),
  help: (_a, { t }) => t('helpNik'),
  parse: parseNikAnswer,
  reprompt: (reason, _a, ctx) => nikReprompt(reason, ctx),
  rescue: (_a, { t }) => t('rescueNik'),
  store: storeNik,
  // A photo answers the later photo question; the NIK itself is still needed.
  next: (a) => (a.nik === undefined ? 'nik' : 'full_name'),
  answered: (a) => a.nik !== undefined,
  note: (a, answer, ctx) => (answer.kind === 'photo' ? ctx.t('ktpPhotoReceived') : ctx.t('nikRead', describeBirth(a, ctx))),
});

const NAME_REASONS = {
  too_short: 'badNameEmpty',
  has_digits: 'badNameDigits',
  too_long: 'badNameLength',
  invalid_characters: 'badNameChars',
} as const satisfies Record<PersonNameReason, string>;

/** A whole NIK where the name is asked: the applicant is still on the NIK, not wrong about their name. */
function nameReprompt(reason: PersonNameReason, ctx: IntakeContext): string {
  const digits = stripDigitSeparators(textOf(ctx.input));
  return /^\d{16}$/.test(digits) ? ctx.t('nameNotNik') : ctx.t(NAME_REASONS[reason]);
}

function afterName(a: Answers): StepId {
  if (!isCompany(a)) return 'ktp_address';
  return a.phone === undefined && a.chatPhone === undefined ? 'phone' : 'activity';
}

export const fullName = step({
  id: 'full_name',
  absorbs: ['name'],
  prompt: (a, { t }) => t(isCompany(a) ? 'askContactName' : 'askFullName'),
  help: (_a, { t }) => t('helpFullName'),
  parse: (input) => parsePersonName(textOf(input)),
  reprompt: (reason, _a, ctx) => nameReprompt(reason, ctx),
  rescue: (_a, { t }) => t('rescueFullName'),
  store: (a, name) => ({ ...a, fullName: name }),
  next: afterName,
  answered: (a) => a.fullName !== undefined,
});

/** The village the KTP address names, when it is in the service area: kept to confirm, not asked. */
function storeKtpAddress(a: Answers, address: string, ctx: IntakeContext): Answers {
  const base = { ...without(a, 'homeVillageCode', 'homeVillageOptions'), ktpAddress: address };
  const match = ctx.deps.villages.findInAddress(address);
  if (match?.kind === 'unique') return followHomeVillage({ ...base, homeVillageCode: match.village.code }, ctx);
  if (match?.kind === 'ambiguous') return followHomeVillage({ ...base, homeVillageOptions: match.candidates.map((v) => v.code) }, ctx);
  return followHomeVillage(base, ctx);
}

export const ktpAddress = step({
  id: 'ktp_address',
  absorbs: 'all',
  prompt: (_a, { t }) => t('askKtpAddress'),
  help: (_a, { t }) => t('helpKtpAddress'),
  parse: (input) => freeText(input, 8, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badAddress')),
  rescue: (_a, { t }) => t('rescueAddress'),
  store: storeKtpAddress,
  next: () => 'ktp_photo',
  answered: (a) => a.ktpAddress !== undefined,
});

type PhotoReason = KtpMediaProblem | 'need_photo';

const SKIP_SAYS = {
  no: [
    'lewati', 'lewat', 'lwti', 'lwt', 'lewatin', 'skip', 'nanti', 'nanti saja', 'tidak usah', 'ga usah', 'gak usah', 'ra usah', 'ra sah',
    'ora usah', 'ora sah', 'mboten usah', 'tidak bisa', 'ga bisa', 'gak bisa', 'tidak ada', 'ga ada', 'gak ada', 'belum ada', 'no photo',
    'later', 'mboten', 'sesuk', 'ndak usah', 'tidak perlu', 'gak perlu', 'no need',
  ],
} as const;

function parseKtpPhoto(input: FlowInput, _a: Answers, ctx: IntakeContext): Parsed<MediaRef | null, PhotoReason> {
  const media = usableKtpMedia(input, ctx);
  if (media.ok) return media;
  if (media.reason !== 'no_media') return fail(media.reason);
  return readYesNo(textOf(input), SKIP_SAYS) === false ? ok(null) : fail('need_photo');
}

function photoReprompt(reason: PhotoReason, ctx: IntakeContext): string {
  if (reason === 'bad_type') return ctx.t('badKtpPhotoType');
  if (reason === 'need_photo') return ctx.t('badKtpPhotoText');
  return `${ktpMediaRemark(reason, ctx)} ${ctx.t('badKtpPhotoText')}`;
}

export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function afterContactPhone(a: Answers): StepId {
  return a.phone === undefined ? 'phone' : 'email';
}

export const ktpPhoto = step({
  id: 'ktp_photo',
  expects: ['image', 'document', 'text'],
  prompt: (_a, { t }) => t('askKtpPhoto'),
  help: (_a, { t }) => t('helpKtpPhoto'),
  parse: parseKtpPhoto,
  reprompt: (reason, _a, ctx) => photoReprompt(reason, ctx),
  rescue: (_a, { t }) => t('rescueKtpPhoto'),
  store: (a, photo) => ({ ...a, ktpPhoto: photo }),
  next: afterContactPhone,
  answered: (a) => a.ktpPhoto !== undefined,
  note: (_a, photo, { t }) => (photo === null ? undefined : t('ktpPhotoReceived')),
});

