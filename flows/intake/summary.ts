// The summary before submitting: every answer numbered, with the step that changes it (UBAH <n>).

import { saysWord } from '../engine/commands.js';
import { formatRupiah } from '../validators/money.js';
import type { Answers } from './answers.js';
import type { IntakeContext } from './context.js';
import { describeBirth, formatNumber, localPhone } from './describe.js';
import type { StepId } from './ids.js';
import { kbliTitle, legalFormName } from './steps/business.js';

export interface SummaryItem {
  label: string;
  value: string;
  /** The question UBAH <n> asks again. */
  edit: StepId;
}

type ItemSpec = [label: Parameters<IntakeContext['t']>[0], edit: StepId, value: (a: Answers, ctx: IntakeContext) => string];

function orNone(value: string | undefined, ctx: IntakeContext): string {
  return value === undefined || value === '' ? ctx.t('valueNone') : value;
}

function yesNo(value: boolean | undefined, ctx: IntakeContext): string {
  return value === undefined ? ctx.t('valueNone') : ctx.t(value ? 'valueYes' : 'valueNo');
}

function existingNibValue(a: Answers, ctx: IntakeContext): string {
  if (!a.hasNib) return yesNo(a.hasNib, ctx);
  const keys = { kbli: 'amendmentKbli', location: 'amendmentLocation', both: 'amendmentBoth' } as const;
  return ctx.t('valueExistingNib', { nib: orNone(a.existingNib, ctx), what: a.amendment ? ctx.t(keys[a.amendment]) : ctx.t('valueNone') });
}

function kbliValue(a: Answers, ctx: IntakeContext): string {
  if (a.kbliUnknown) return ctx.t('valueKbliUnknown');
  return orNone(a.kbli?.map((code) => `${code} ${kbliTitle(code)}`).join('; '), ctx);
}

function villageValue(a: Answers, ctx: IntakeContext): string {
  const village = a.villageCode === undefined ? undefined : ctx.deps.villages.byCode(a.villageCode);
  if (!village) return ctx.t('valueNone');
  return ctx.t('valueVillage', { village: village.name, district: village.districtName, regency: ctx.deps.villages.regencyName });
}

const ITEMS: readonly ItemSpec[] = [
  ['labelHasNib', 'has_nib', existingNibValue],
  ['labelNik', 'nik', (a, ctx) => orNone(a.nik, ctx)],
  ['labelBirth', 'nik', (a, ctx) => Object.values(describeBirth(a, ctx)).join(', ')],
  ['labelName', 'full_name', (a, ctx) => orNone(a.fullName, ctx)],
  ['labelKtpAddress', 'ktp_address', (a, ctx) => orNone(a.ktpAddress, ctx)],
  ['labelKtpPhoto', 'ktp_photo', (a, ctx) => ctx.t(a.ktpPhoto ? 'valueSent' : 'valueSkipped')],
  ['labelPhone', 'phone', (a, ctx) => orNone(a.phone && localPhone(a.phone), ctx)],
  ['labelEmail', 'email', (a, ctx) => (a.email === null ? ctx.t('valueNoEmail') : orNone(a.email, ctx))],
  ['labelNpwp', 'npwp', (a, ctx) => (a.npwp === null ? ctx.t('valueSkipped') : orNone(a.npwp, ctx))],
  ['labelOperating', 'operating', (a, ctx) => yesNo(a.operating, ctx)],
  ['labelBusinessName', 'business_name', (a, ctx) => orNone(a.businessName, ctx)],
  ['labelActivity', 'activity', (a, ctx) => orNone(a.activity, ctx)],
  ['labelKbli', 'kbli_pick', kbliValue],
  ['labelProducts', 'products', (a, ctx) => orNone(a.products, ctx)],
  ['labelCapital', 'capital', (a, ctx) => (a.capital === undefined ? ctx.t('valueNone') : formatRupiah(a.capital))],
  ['labelLandArea', 'land_area', (a, ctx) => (a.landArea === undefined ? ctx.t('valueNone') : ctx.t('valueLandArea', { area: formatNumber(a.landArea, ctx) }))],
  ['labelWorkers', 'workers', (a, ctx) => (a.workers === undefined ? ctx.t('valueNone') : ctx.t('valueWorkers', { count: String(a.workers) }))],
  ['labelBusinessAddress', 'same_address', (a, ctx) => (a.sameAddress ? ctx.t('valueSameAsKtp') : orNone(a.businessAddress, ctx))],
  ['labelVillage', 'village', villageValue],
  ['labelPostalCode', 'postal_code', (a, ctx) => (a.postalCode === null ? ctx.t('valueUnknown') : orNone(a.postalCode, ctx))],
  ['labelLegalForm', 'legal_form', (a, ctx) => (a.legalForm ? legalFormName(a.legalForm, ctx) : ctx.t('valueNone'))],
  ['labelDeclaration', 'declaration', (a, ctx) => (a.declared ? ctx.t('valueAgreed') : ctx.t('valueNone'))],
];

export function summaryItems(a: Answers, ctx: IntakeContext): SummaryItem[] {
  return ITEMS.map(([label, edit, value]) => ({ label: ctx.t(label), value: value(a, ctx), edit }));
}

export function renderSummary(a: Answers, ctx: IntakeContext): string {
  const lines = summaryItems(a, ctx).map((item, i) => ctx.t('summaryLine', { n: String(i + 1), label: item.label, value: item.value }));
  return ctx.t('summary', { items: lines.join('\n') });
}

export type SummaryCommand = { kind: 'submit' } | { kind: 'edit'; item: number } | { kind: 'unknown' };

const SUBMIT_WORDS = ['kirim', 'kirimkan', 'send', 'submit', 'kirim sekarang'];
const EDIT_PATTERN = /^\s*(?:ubah|ganti|edit|change|ubh|rubah|perbaiki)\s*(?:no\.?|nomor|nomer|number)?\s*(\d{1,2})\s*$/i;

export function parseSummaryCommand(text: string): SummaryCommand {
  if (saysWord(text, SUBMIT_WORDS)) return { kind: 'submit' };
  const edit = EDIT_PATTERN.exec(text);
  return edit?.[1] === undefined ? { kind: 'unknown' } : { kind: 'edit', item: Number(edit[1]) };
}
