// Business questions: what it does in the owner's words → one KBLI 2020 activity (a second only on
// request; more than two is said to go to DPMPTSP before it happens), the name, running or not, the
// capital (without land and buildings; an odd amount is checked), land area and workers. Products
// default to the activity as described.

import type { Parsed } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import { findKbliByCode, suggestKbli } from '../../kbli/search.js';
import { isOnlyNumbers, pickSome, type ChoiceOption } from '../../understand/choice.js';
import { readYesNo } from '../../understand/yes-no.js';
import { isUnknownAnswer } from '../../validators/answers.js';
import { parseLandArea, parseWorkerCount } from '../../validators/count.js';
import { formatRupiah, parseRupiah, type MoneyReason } from '../../validators/money.js';
import { readWithin } from '../../validators/within.js';
import { isCompany, without, type Answers } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import { readRunning } from '../facts.js';
import type { StepId } from '../ids.js';
import { askYesNoAgain, fail, freeText, numbered, ok, step, yesNo, yesNoNumbered } from './define.js';

/** PP 7/2021 Pasal 35: capital above Rp 5 miliar (without land and buildings) is no longer UMK. */
export const UMK_CAPITAL_LIMIT = 5_000_000_000;

/** Activities a village or kecamatan desk may file; more go to DPMPTSP. */
export const MAX_KBLI_AT_LOWER_DESKS = 2;

/** A new description: its suggestions replace any earlier choice (or join it, when adding one). */
function describeActivity(a: Answers, description: string): Answers {
  const options = suggestKbli(description, 3).map((entry) => entry.code);
  if (a.kbliAdding) return { ...without(a, 'kbliPending'), kbliOptions: options };
  return { ...without(a, 'kbli', 'kbliUnknown', 'kbliPending'), activity: description, kbliOptions: options };
}

/** The most an activity grows by descriptions added at the KBLI question. */
const MAX_ACTIVITY_CHARS = 300;

/** Said again at the KBLI question: the first description stays, the new words are added to it. */
function redescribe(a: Answers, description: string): Answers {
  const options = suggestKbli(description, 3).map((entry) => entry.code);
  const first = a.activity ?? '';
  const joined = first === '' || first.includes(description) ? description || first : `${first}; ${description}`;
  return { ...without(a, 'kbli', 'kbliUnknown', 'kbliPending'), activity: joined.slice(0, MAX_ACTIVITY_CHARS), kbliOptions: options };
}

export const activity = step({
  id: 'activity',
  absorbs: ['activity', 'village'],
  prompt: (a, { t }) => t(isCompany(a) ? 'askCompanyActivity' : 'askActivity'),
  help: (_a, { t }) => t('helpActivity'),
  parse: (input) => freeText(input, 3, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badActivity')),
  rescue: (_a, { t }) => t('rescueActivity'),
  store: describeActivity,
  next: (a) => (isCompany(a) ? 'business_name' : 'kbli_pick'),
  answered: (a) => a.activity !== undefined,
});

export function kbliTitle(code: string): string {
  return findKbliByCode(code)?.title ?? '';
}

/** "Warung makan (56102)": the everyday name an applicant recognises, with the code. */
export function kbliLabel(code: string, ctx: IntakeContext): string {
  const entry = findKbliByCode(code);
  return entry ? `${entry.short[ctx.lang]} (${code})` : code;
}

function kbliList(a: Answers, ctx: IntakeContext): string {
  return numbered(a.kbliOptions ?? [], (code, n) => ctx.t('kbliLine', { n, label: kbliLabel(code, ctx) }));
}

function askKbliPick(a: Answers, ctx: IntakeContext): string {
  const options = a.kbliOptions ?? [];
  if (options.length === 0) return ctx.t('kbliNoMatch');
  if (options.length === 1 && options[0] !== undefined) return ctx.t('kbliOne', { label: kbliLabel(options[0], ctx) });
  return ctx.t(a.kbliAdding ? 'kbliOptionsMore' : 'kbliOptions', { list: kbliList(a, ctx) });
}

function kbliOptionsOf(a: Answers): ChoiceOption[] {
  return (a.kbliOptions ?? []).map((code) => {
    const entry = findKbliByCode(code);
    return { names: entry ? [entry.short.id, entry.short.en, entry.title, ...entry.words] : [code] };
  });
}

const NONE_FIT = {
  yes: ['cocok', 'itu', 'betul itu', 'sesuai', 'yang itu'],
  no: ['tidak cocok', 'gak cocok', 'ga cocok', 'tidak ada yang cocok', 'gak ada yang cocok', 'ga ada yang cocok', 'bukan itu', 'bukan semua', 'lain', 'none of them', 'tidak ada', 'gak ada'],
} as const;

type KbliAnswer = { kind: 'pick'; codes: string[] } | { kind: 'unknown' } | { kind: 'describe'; text: string };
type KbliReason = 'not_an_option' | 'no_options' | 'none_fit';

function parseKbliAnswer(input: FlowInput, a: Answers): Parsed<KbliAnswer, KbliReason> {
  const text = textOf(input);
  const options = a.kbliOptions ?? [];
  if (isUnknownAnswer(text)) return ok({ kind: 'unknown' });
  const picked = options.length === 0 ? undefined : pickSome(text, kbliOptionsOf(a));
  if (picked) return ok({ kind: 'pick', codes: picked.map((n) => options[n - 1] ?? '').filter((code) => code !== '') });
  if (isOnlyNumbers(text)) return fail(options.length === 0 ? 'no_options' : 'not_an_option');
  // One suggestion is asked as a yes/no question; with several, only "none of them" is a no.
  const verdict = readYesNo(text, NONE_FIT);
  if (options.length !== 1 && verdict === true) return fail('not_an_option');
  if (verdict === true) return ok({ kind: 'pick', codes: options.slice(0, 1) });
  if (verdict === false) return fail('none_fit');
  // A word that names no activity ("semua", "bebas") is not a new description.
  if (suggestKbli(text, 1).length === 0) return fail(options.length === 0 ? 'no_options' : 'not_an_option');
  const description = freeText(input, 3, 300);
  return description.ok ? ok({ kind: 'describe', text: description.value }) : fail('not_an_option');
}

function storeKbli(a: Answers, answer: KbliAnswer): Answers {
  if (answer.kind === 'describe') return a.kbliAdding ? describeActivity(a, answer.text) : redescribe(a, answer.text);
  if (answer.kind === 'unknown') return { ...without(a, 'kbli', 'kbliPending', 'kbliAdding'), kbliUnknown: true };
  const codes = [...new Set([...(a.kbliAdding ? (a.kbli ?? []) : []), ...answer.codes])];
  const base = without(a, 'kbliUnknown', 'kbliAdding', 'kbliPending');
  return codes.length > MAX_KBLI_AT_LOWER_DESKS ? { ...base, kbliPending: codes } : { ...base, kbli: codes };
}

function kbliReprompt(reason: KbliReason, a: Answers, ctx: IntakeContext): string {
  if (reason === 'no_options') return ctx.t('kbliNoMatch');
  if (reason === 'none_fit') return ctx.t('kbliNoneFit');
  return `${ctx.t('badKbliPick', { max: String(a.kbliOptions?.length ?? 0) })}\n\n${askKbliPick(a, ctx)}`;
}

function afterKbli(a: Answers): StepId {
  if (a.kbliPending !== undefined) return 'kbli_many';
  return a.kbli !== undefined || a.kbliUnknown === true ? 'business_name' : 'kbli_pick';
}

export const kbliPick = step({
  id: 'kbli_pick',
  followUp: true,
  absorbs: 'all',
  prompt: askKbliPick,
  help: (_a, { t }) => t('helpKbliPick'),
  parse: parseKbliAnswer,
  reprompt: kbliReprompt,
  rescue: (a, ctx) => `${askKbliPick(a, ctx)}\n${ctx.t('rescueNumber')}`,
  store: storeKbli,
  next: afterKbli,
  answered: (a) => a.kbliAdding !== true && (a.kbli !== undefined || a.kbliUnknown === true),
  note: (_a, answer, { t }) => (answer.kind === 'unknown' ? t('kbliUnknownNote') : undefined),
});

function askKbliMany(a: Answers, ctx: IntakeContext): string {
  const list = (a.kbliPending ?? []).map((code) => kbliLabel(code, ctx)).join(', ');
  return ctx.t('askKbliMany', { count: String(a.kbliPending?.length ?? 0), list });
}

export const kbliMany = step({
  id: 'kbli_many',
  followUp: true,
  prompt: askKbliMany,
  help: (_a, { t }) => t('helpKbliMany'),
  parse: yesNo({ yes: ['tetap', 'semua', 'semuanya', 'tetap semua', 'all', 'keep all'], no: ['satu saja', 'satu', 'pilih satu', 'one', 'just one', 'dua saja'] }),
  reprompt: (_r, a, ctx) => askYesNoAgain(askKbliMany(a, ctx), ctx),
  rescue: (a, ctx) => yesNoNumbered(askKbliMany(a, ctx), ctx),
  store: (a, keep) => (keep ? { ...without(a, 'kbliPending'), kbli: a.kbliPending ?? [] } : without(a, 'kbliPending', 'kbli')),
  next: (a) => (a.kbli !== undefined ? 'business_name' : 'kbli_pick'),
});

/** TAMBAH from the summary: another activity, whose pick joins the first. */
export const activityMore = step({
  id: 'activity_more',
  followUp: true,
  absorbs: 'all',
  prompt: (_a, { t }) => t('askActivityMore'),
  help: (_a, { t }) => t('helpActivity'),
  parse: (input) => freeText(input, 3, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badActivity')),
  rescue: (_a, { t }) => t('rescueActivity'),
  store: (a, text) => describeActivity({ ...a, kbliAdding: true, activity: `${a.activity ?? ''}; ${text}`.replace(/^; /, '') }, text),
  next: () => 'kbli_pick',
});

export const products = step({
  id: 'products',
  absorbs: 'all',
  prompt: (_a, { t }) => t('askProducts'),
  help: (_a, { t }) => t('helpProducts'),
  parse: (input) => freeText(input, 2, 300),
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badProducts')),
  rescue: (_a, { t }) => t('rescueProducts'),
  store: (a, text) => ({ ...a, products: text }),
  next: () => 'business_name',
});

const NO_BUSINESS_NAME = { no: ['belum ada nama', 'tidak ada nama', 'belum punya nama', 'gak ada nama', 'ga ada nama', 'belum ada', 'tidak ada', 'no name', 'belum dikasih nama', 'none'] } as const;

type NameAnswer = { kind: 'name'; name: string } | { kind: 'none' };

function parseBusinessName(input: FlowInput): Parsed<NameAnswer, 'too_short' | 'too_long'> {
  if (readYesNo(textOf(input), NO_BUSINESS_NAME) === false) return ok({ kind: 'none' });
  const name = freeText(input, 2, 100);
  return name.ok ? ok({ kind: 'name', name: name.value }) : name;
}

/** Without a name of its own, OSS takes "Usaha" and the owner's name, as offices usually write it. */
function storeBusinessName(a: Answers, answer: NameAnswer, ctx: IntakeContext): Answers {
  const name = answer.kind === 'name' ? answer.name : ctx.t('defaultBusinessName', { name: a.fullName ?? '' }).trim();
  return { ...a, businessName: name };
}

export const businessName = step({
  id: 'business_name',
  absorbs: ['business_name'],
  prompt: (_a, { t }) => t('askBusinessName'),
  help: (_a, { t }) => t('helpBusinessName'),
  parse: parseBusinessName,
  reprompt: (reason, _a, { t }) => (reason === 'too_long' ? t('badTextTooLong') : t('badBusinessName')),
  rescue: (_a, { t }) => t('rescueBusinessName'),
  store: storeBusinessName,
  next: (a) => (isCompany(a) ? 'village' : 'operating'),
  answered: (a) => a.businessName !== undefined,
  note: (a, answer, { t }) => (answer.kind === 'none' ? t('businessNameDefaulted', { name: a.businessName ?? '' }) : undefined),
});

const OPERATING_SAYS = {
  yes: ['sudah jalan', 'jalan', 'sudah berjalan', 'berjalan', 'sudah buka', 'sudah jualan', 'sudah produksi', 'running', 'already running', 'open', 'mlaku', 'wis mlaku', 'sampun mlampah', 'lancar'],
  no: ['belum jalan', 'belum berjalan', 'baru mau', 'baru akan', 'belum mulai', 'belum buka', 'rencana', 'masih rencana', 'baru rencana', 'not yet', 'planning', 'dereng mlampah'],
} as const;

function parseOperating(input: FlowInput, a: Answers, ctx: IntakeContext): Parsed<boolean, 'not_yes_no'> {
  const answer = yesNo(OPERATING_SAYS)(input, a, ctx);
  if (answer.ok) return answer;
  const running = readRunning(textOf(input));
  return running === undefined ? answer : ok(running.value);
}

export const operating = step({
  id: 'operating',
  absorbs: ['operating'],
  prompt: (_a, { t }) => t('askOperating'),
  help: (_a, { t }) => t('helpOperating'),
  parse: parseOperating,
  reprompt: (_r, _a, ctx) => askYesNoAgain(ctx.t('askOperating'), ctx),
  rescue: (_a, ctx) => yesNoNumbered(ctx.t('askOperating'), ctx),
  store: (a, running) => ({ ...a, operating: running }),
  next: () => 'capital',
  answered: (a) => a.operating !== undefined,
});

/** Amounts below this are checked: "15" most likely means 15 juta, "50000" may be a slip. */
const LOWEST_LIKELY_CAPITAL = 100_000;
const READ_AS_MILLIONS_BELOW = 1000;

type CapitalReason = MoneyReason | 'unknown';

function parseCapital(input: FlowInput): Parsed<number, CapitalReason> {
  const text = textOf(input);
  return isUnknownAnswer(text) ? fail('unknown') : readWithin(text, (part) => parseRupiah(part));
}

function isUnusual(amount: number): boolean {
  return amount < LOWEST_LIKELY_CAPITAL || amount > UMK_CAPITAL_LIMIT;
}

function storeCapital(a: Answers, amount: number): Answers {
  const base = without(a, 'capital', 'capitalPending');
  return isUnusual(amount) ? { ...base, capitalPending: amount } : { ...base, capital: amount };
}

const CAPITAL_REASONS = {
  not_a_number: 'badCapital',
  too_large: 'badCapital',
  zero: 'badCapitalZero',
  unknown: 'capitalUnknown',
} as const satisfies Record<CapitalReason, string>;

/** "Rp 15.000.000", and when it is above the desk limit, that DPMPTSP will handle it. */
function capitalNote(a: Answers, ctx: IntakeContext): string | undefined {
  if (a.capital === undefined) return undefined;
  const amount = formatRupiah(a.capital);
  const limit = ctx.deps.settings.deskCapitalLimit;
  return a.capital > limit ? ctx.t('capitalAboveDesk', { amount, limit: formatRupiah(limit) }) : ctx.t('capitalRead', { amount });
}

export const capital = step({
  id: 'capital',
  absorbs: ['capital'],
  prompt: (_a, { t }) => t('askCapital'),
  help: (_a, { t }) => t('helpCapital'),
  parse: parseCapital,
  reprompt: (reason, _a, { t }) => t(CAPITAL_REASONS[reason]),
  rescue: (_a, { t }) => t('rescueCapital'),
  store: (a, amount) => storeCapital(a, amount),
  next: (a) => (a.capitalPending !== undefined ? 'capital_confirm' : 'land_area'),
  answered: (a) => a.capital !== undefined || a.capitalPending !== undefined,
  note: (a, _amount, ctx) => capitalNote(a, ctx),
});

function askCapitalConfirm(a: Answers, ctx: IntakeContext): string {
  const pending = a.capitalPending ?? 0;
  if (pending > UMK_CAPITAL_LIMIT) return ctx.t('capitalNotUmk', { amount: formatRupiah(pending) });
  if (pending < READ_AS_MILLIONS_BELOW) return ctx.t('askCapitalMillions', { typed: String(pending), amount: formatRupiah(pending * 1e6) });
  return ctx.t('askCapitalLow', { amount: formatRupiah(pending) });
}

type CapitalCheck = { kind: 'yes' } | { kind: 'no' } | { kind: 'amount'; amount: number };

/** Yes, no, or the amount typed again properly ("15 juta"). */
function parseCapitalCheck(input: FlowInput, a: Answers, ctx: IntakeContext): Parsed<CapitalCheck, 'not_yes_no'> {
  const amount = readWithin(textOf(input), (part) => parseRupiah(part));
  if (amount.ok && !isUnusual(amount.value)) return ok({ kind: 'amount', amount: amount.value });
  const answer = yesNo()(input, a, ctx);
  return answer.ok ? ok({ kind: answer.value ? 'yes' : 'no' }) : answer;
}

function storeCapitalCheck(a: Answers, check: CapitalCheck): Answers {
  const base = without(a, 'capitalPending', 'capital');
  if (check.kind === 'amount') return { ...base, capital: check.amount };
  if (check.kind === 'no') return base;
  const pending = a.capitalPending ?? 0;
  return { ...base, capital: pending < READ_AS_MILLIONS_BELOW ? pending * 1e6 : pending };
}

export const capitalConfirm = step({
  id: 'capital_confirm',
  followUp: true,
  absorbs: 'all',
  prompt: askCapitalConfirm,
  help: (_a, { t }) => t('helpCapital'),
  parse: parseCapitalCheck,
  reprompt: (_r, a, ctx) => askYesNoAgain(askCapitalConfirm(a, ctx), ctx),
  rescue: (a, ctx) => yesNoNumbered(askCapitalConfirm(a, ctx), ctx),
  store: storeCapitalCheck,
  next: (a) => (a.capital === undefined ? 'capital' : 'land_area'),
  note: (a, check, ctx) => (check.kind === 'no' ? undefined : capitalNote(a, ctx)),
});

function parseLand(input: FlowInput): Parsed<number, 'unknown' | 'not_a_number' | 'too_large'> {
  const text = textOf(input);
  return isUnknownAnswer(text) ? fail('unknown') : readWithin(text, parseLandArea);
}

export const landArea = step({
  id: 'land_area',
  prompt: (_a, { t }) => t('askLandArea'),
  help: (_a, { t }) => t('helpLandArea'),
  parse: parseLand,
  reprompt: (reason, _a, { t }) => t(reason === 'unknown' ? 'rescueLandArea' : 'badLandArea'),
  rescue: (_a, { t }) => t('rescueLandArea'),
  store: (a, area) => ({ ...a, landArea: area }),
  next: () => 'workers',
  answered: (a) => a.landArea !== undefined,
});

export const workers = step({
  id: 'workers',
  absorbs: ['workers'],
  prompt: (_a, { t }) => t('askWorkers'),
  help: (_a, { t }) => t('helpWorkers'),
  parse: (input) => readWithin(textOf(input), parseWorkerCount),
  reprompt: (_r, _a, { t }) => t('badWorkers'),
  rescue: (_a, { t }) => t('rescueWorkers'),
  // The question counts the owner, so a literal "nobody" still means one person at work.
  store: (a, count) => ({ ...a, workers: Math.max(1, count) }),
  next: () => 'same_address',
  answered: (a) => a.workers !== undefined,
});
