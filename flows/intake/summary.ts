// The summary before submitting: every answer numbered (what was defaulted or derived too, so it can
// be checked), in short bubbles (the person, the business, what to do). A line is changed with UBAH
// and its number or its name ("ubah email", "alamat salah"); TAMBAH adds a second activity; "ya",
// "sudah benar" or KIRIM sends.

import { saysWord } from '../engine/commands.js';
import { pickNumbers, pickOne, type ChoiceOption } from '../understand/choice.js';
import { readYesNo } from '../understand/yes-no.js';
import { formatRupiah } from '../validators/money.js';
import { words } from '../validators/text.js';
import { isCompany, type Answers } from './answers.js';
import type { IntakeContext } from './context.js';
import { describeBirth, formatNumber, localPhone } from './describe.js';
import type { StepId } from './ids.js';
import { kbliLabel } from './steps/business.js';
import { legalFormName } from './steps/path.js';
import { bubbles } from './bubbles.js';

type Label = Parameters<IntakeContext['t']>[0];

export interface SummaryItem {
  label: string;
  value: string;
  /** The question UBAH <n> asks again. */
  edit: StepId;
  /** Other words that name the line ("hp", "wa" for the phone). */
  aliases: readonly string[];
}

interface ItemSpec {
  label: Label;
  edit: StepId;
  value: (a: Answers, ctx: IntakeContext) => string;
  aliases?: readonly string[];
  /** Shown only when this holds. */
  when?: (a: Answers) => boolean;
}

function orNone(value: string | undefined, ctx: IntakeContext): string {
  return value === undefined || value === '' ? ctx.t('valueNone') : value;
}

function yesNo(value: boolean | undefined, ctx: IntakeContext): string {
  return value === undefined ? ctx.t('valueNone') : ctx.t(value ? 'valueYes' : 'valueNo');
}

function existingNibValue(a: Answers, ctx: IntakeContext): string {
  const keys = { kbli: 'amendmentKbli', location: 'amendmentLocation', both: 'amendmentBoth' } as const;
  const nib = a.existingNib === null ? ctx.t('valueUnknown') : orNone(a.existingNib, ctx);
  return ctx.t('valueExistingNib', { nib, what: a.amendment ? ctx.t(keys[a.amendment]) : ctx.t('valueNone') });
}

function nikValue(a: Answers, ctx: IntakeContext): string {
  if (a.nik === undefined) return ctx.t('valueNone');
  const { birthDate, gender } = describeBirth(a, ctx);
  return ctx.t('valueNik', { nik: a.nik, birthDate, gender });
}

function phoneValue(a: Answers, ctx: IntakeContext): string {
  if (a.phone === undefined) return ctx.t('valueNone');
  return a.phone === a.chatPhone ? ctx.t('valuePhoneThisChat', { phone: localPhone(a.phone) }) : localPhone(a.phone);
}

function kbliValue(a: Answers, ctx: IntakeContext): string {
  if (a.kbliUnknown) return ctx.t('valueKbliUnknown');
  return orNone(a.kbli?.map((code) => kbliLabel(code, ctx)).join('; '), ctx);
}

function villageValue(a: Answers, ctx: IntakeContext): string {
  const village = a.villageCode === undefined ? undefined : ctx.deps.villages.byCode(a.villageCode);
  if (!village) return ctx.t('valueNone');
  return ctx.t('valueVillage', { village: village.name, district: village.districtName });
}

function addressValue(a: Answers, ctx: IntakeContext): string {
  return a.sameAddress ? ctx.t('valueSameAsKtp') : orNone(a.businessAddress, ctx);
}

const isOwnBusiness = (a: Answers): boolean => !isCompany(a);

const PERSON: readonly ItemSpec[] = [
  { label: 'labelHasNib', edit: 'has_nib', value: existingNibValue, aliases: ['nib'], when: (a) => a.hasNib === true },
  { label: 'labelName', edit: 'full_name', value: (a, ctx) => orNone(a.fullName, ctx), aliases: ['nama saya', 'nama lengkap'] },
  { label: 'labelNik', edit: 'nik', value: nikValue, aliases: ['ktp', 'tanggal lahir', 'lahir'], when: isOwnBusiness },
  { label: 'labelKtpAddress', edit: 'ktp_address', value: (a, ctx) => orNone(a.ktpAddress, ctx), when: isOwnBusiness },
  { label: 'labelKtpPhoto', edit: 'ktp_photo', value: (a, ctx) => ctx.t(a.ktpPhoto ? 'valueSent' : 'valueSkipped'), aliases: ['foto'], when: isOwnBusiness },
  { label: 'labelPhone', edit: 'phone', value: phoneValue, aliases: ['hp', 'wa', 'nomor', 'telepon', 'phone', 'whatsapp'] },
  { label: 'labelEmail', edit: 'email', value: (a, ctx) => (a.email === null ? ctx.t('valueNoEmail') : orNone(a.email, ctx)), aliases: ['surel', 'imel'], when: isOwnBusiness },
  { label: 'labelNpwp', edit: 'npwp', value: (a, ctx) => a.npwp ?? ctx.t('valueNpwpIsNik'), aliases: ['pajak'], when: isOwnBusiness },
];

const BUSINESS: readonly ItemSpec[] = [
  { label: 'labelLegalForm', edit: 'legal_form', value: (a, ctx) => (a.legalForm ? legalFormName(a.legalForm, ctx) : ctx.t('valueNone')), aliases: ['bentuk', 'cv', 'pt', 'ud'] },
  { label: 'labelActivity', edit: 'activity', value: (a, ctx) => orNone(a.activity, ctx), aliases: ['usahanya', 'cerita'] },
  { label: 'labelKbli', edit: 'kbli_pick', value: kbliValue, aliases: ['kode', 'bidang usaha', 'jenis usaha'], when: isOwnBusiness },
  { label: 'labelProducts', edit: 'products', value: (a, ctx) => a.products ?? ctx.t('valueProductsAsActivity'), aliases: ['produk', 'jasa', 'barang'], when: isOwnBusiness },
  { label: 'labelBusinessName', edit: 'business_name', value: (a, ctx) => orNone(a.businessName, ctx), aliases: ['nama toko', 'nama warung', 'merek'] },
  { label: 'labelOperating', edit: 'operating', value: (a, ctx) => yesNo(a.operating, ctx), aliases: ['berjalan', 'jalan'], when: isOwnBusiness },
  { label: 'labelCapital', edit: 'capital', value: (a, ctx) => (a.capital === undefined ? ctx.t('valueNone') : formatRupiah(a.capital)), aliases: ['modal', 'uang'], when: isOwnBusiness },
  { label: 'labelLandArea', edit: 'land_area', value: (a, ctx) => (a.landArea === undefined ? ctx.t('valueNone') : ctx.t('valueLandArea', { area: formatNumber(a.landArea, ctx) })), aliases: ['luas', 'ukuran'], when: isOwnBusiness },
  { label: 'labelWorkers', edit: 'workers', value: (a, ctx) => (a.workers === undefined ? ctx.t('valueNone') : ctx.t('valueWorkers', { count: String(a.workers) })), aliases: ['pekerja', 'karyawan', 'pegawai'], when: isOwnBusiness },
  { label: 'labelBusinessAddress', edit: 'same_address', value: addressValue, aliases: ['alamat tempat usaha', 'lokasi'], when: isOwnBusiness },
  { label: 'labelVillage', edit: 'village', value: villageValue, aliases: ['desa', 'kelurahan', 'kecamatan'] },
  { label: 'labelPostalCode', edit: 'postal_code', value: (a, ctx) => orNone(a.postalCode ?? ctx.t('valuePostalByOperator'), ctx), aliases: ['kodepos', 'pos'], when: isOwnBusiness },
];

function items(specs: readonly ItemSpec[], a: Answers, ctx: IntakeContext): SummaryItem[] {
  return specs.filter((spec) => spec.when?.(a) ?? true).map((spec) => ({ label: ctx.t(spec.label), value: spec.value(a, ctx), edit: spec.edit, aliases: spec.aliases ?? [] }));
}

export function summaryItems(a: Answers, ctx: IntakeContext): SummaryItem[] {
  return [...items(PERSON, a, ctx), ...items(BUSINESS, a, ctx)];
}

function lines(list: readonly SummaryItem[], from: number, ctx: IntakeContext): string[] {
  return list.map((item, i) => ctx.t('summaryLine', { n: String(from + i + 1), label: item.label, value: item.value }));
}

/** The person, the business, and what to do now: each in bubbles of at most 500 characters. */
export function renderSummary(a: Answers, ctx: IntakeContext): string[] {
  const person = items(PERSON, a, ctx);
  const business = items(BUSINESS, a, ctx);
  const footer = ctx.t(isCompany(a) ? 'summaryFooterCompany' : 'summaryFooter');
  return [
    ...bubbles([ctx.t('summaryPerson'), ...lines(person, 0, ctx)]),
    ...bubbles([ctx.t('summaryBusiness'), ...lines(business, person.length, ctx)]),
    footer,
  ];
}

export type SummaryCommand =
  | { kind: 'submit' }
  | { kind: 'edit'; edit: StepId }
  | { kind: 'add_activity' }
  /** Something is wrong, but which line is not said. */
  | { kind: 'which' }
  | { kind: 'unknown' };

const SUBMIT_WORDS = ['kirim', 'krim', 'kirm', 'kiirim', 'kirimkan', 'send', 'submit', 'kirim sekarang', 'kirim saja', 'kirim aja', 'sudah kirim'];
const SUBMIT_SAYS = { yes: ['sudah benar', 'benar semua', 'sudah betul', 'sudah sesuai', 'sesuai', 'kirim', 'all correct', 'correct'] } as const;
const ADD_WORDS = ['tambah', 'tambah kegiatan', 'tambah usaha', 'tambah kbli', 'add', 'add activity'];
/** Words that ask for a change. */
const CHANGE_WORDS = new Set(['ubah', 'ganti', 'edit', 'change', 'ubh', 'rubah', 'perbaiki', 'koreksi', 'salah', 'keliru', 'benerin', 'betulkan', 'fix', 'wrong', 'bagian', 'mau', 'tolong']);
/** Words around the line named that say nothing about which: "ubah yang nomor 3 itu". */
const AROUND_LINE = new Set(['no', 'nomor', 'yang', 'yg', 'itu', 'di']);

function itemOptions(list: readonly SummaryItem[]): ChoiceOption[] {
  return list.map((item) => ({ names: [item.label, ...item.aliases] }));
}

/** "UBAH 3", "ubah email", "email salah", "3": the line meant, if exactly one. */
function editedItem(text: string, list: readonly SummaryItem[]): SummaryItem | undefined {
  const rest = words(text).filter((w) => !CHANGE_WORDS.has(w) && !AROUND_LINE.has(w)).join(' ');
  if (rest === '') return undefined;
  const number = pickNumbers(rest, list.length);
  if (number !== undefined) return number.length === 1 ? list[(number[0] ?? 0) - 1] : undefined;
  const picked = pickOne(rest, itemOptions(list));
  return picked === undefined ? undefined : list[picked - 1];
}

function mentionsChange(text: string): boolean {
  return words(text).some((w) => CHANGE_WORDS.has(w));
}

export function parseSummaryCommand(text: string, list: readonly SummaryItem[]): SummaryCommand {
  if (saysWord(text, SUBMIT_WORDS)) return { kind: 'submit' };
  if (saysWord(text, ADD_WORDS) && list.some((item) => item.edit === 'kbli_pick')) return { kind: 'add_activity' };
  const item = editedItem(text, list);
  if (item && (mentionsChange(text) || pickNumbers(text, list.length) !== undefined)) return { kind: 'edit', edit: item.edit };
  if (!item && /\d/.test(text)) return { kind: 'unknown' };
  const verdict = readYesNo(text, SUBMIT_SAYS);
  if (verdict === true) return { kind: 'submit' };
  if (verdict === false || mentionsChange(text)) return item ? { kind: 'edit', edit: item.edit } : { kind: 'which' };
  return { kind: 'unknown' };
}
