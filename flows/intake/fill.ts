// Taking the facts a message gives about other questions (facts.ts) into the answers, and telling the
// applicant what was noted, so they can check it in the summary. A single clause is only taken when
// its shape is unmistakable (a NIK, an email, a phone number): "Jual Beli Motor Jaya" is a business
// name, not a description of one.

import { formatRupiah } from '../validators/money.js';
import { without, type Answers } from './answers.js';
import type { IntakeContext } from './context.js';
import { describeBirth, localPhone } from './describe.js';
import { readFacts, type Fact, type FactKind } from './facts.js';
import type { Absorbs } from './steps/define.js';
import { suggestKbli } from '../kbli/search.js';
import { UMK_CAPITAL_LIMIT } from './steps/business.js';

const UNMISTAKABLE: ReadonlySet<FactKind> = new Set(['nik', 'email', 'phone']);

export interface Split {
  /** What the current question reads. */
  text: string;
  /** Facts for other questions. */
  foreign: Fact[];
}

export function splitForStep(text: string, absorbs: Absorbs, ctx: IntakeContext): Split {
  if (absorbs === 'all') return { text, foreign: [] };
  const reading = readFacts(text, { villages: ctx.deps.villages, now: ctx.now });
  const several = reading.clauses.length > 1;
  const takes = (f: Fact): boolean => !absorbs.includes(f.kind) && (several || UNMISTAKABLE.has(f.kind));
  const taken = reading.clauses.filter((c) => c.facts.length > 0 && c.facts.every(takes));
  const foreign = taken.flatMap((c) => c.facts);
  if (taken.length === 0) return { text, foreign };
  // A clause about this question itself is read as what it says ("nik 3505…" → the digits).
  const kept = reading.clauses.filter((c) => !taken.includes(c)).map((c) => (c.facts.length === 1 && c.facts[0] ? c.facts[0].text : c.text));
  return { text: kept.join(', '), foreign };
}

const VILLAGE_WORK = ['villageQuery', 'villageOptions', 'villageListKind', 'districtOptions'] as const;

/** One village is the answer; several of that name become the kecamatan question, asked when the place comes up. */
function takeVillage(a: Answers, codes: readonly string[], ctx: IntakeContext): Answers {
  const base = without(a, 'villageCode', ...VILLAGE_WORK);
  const [only] = codes;
  if (codes.length === 1 && only !== undefined) return { ...base, villageCode: only };
  const villages = codes.map((code) => ctx.deps.villages.byCode(code)).filter((v) => v !== undefined);
  const districts = ctx.deps.villages.districtsOf(villages).map((d) => d.code);
  return { ...base, villageQuery: villages[0]?.name ?? '', villageOptions: [...codes], ...(districts.length > 1 ? { districtOptions: districts } : { villageListKind: 'same_district' as const }) };
}

/** Below this, or above the UMK limit, a capital figure is checked with the applicant first. */
const LOWEST_LIKELY_CAPITAL = 100_000;

/** Whether a fact may set its field: an unmistakable one corrects it; others only fill what is empty. */
function mayTake(a: Answers, fact: Fact): boolean {
  if (UNMISTAKABLE.has(fact.kind)) return true;
  const field: Record<Exclude<FactKind, 'nik' | 'email' | 'phone'>, unknown> = {
    name: a.fullName, business_name: a.businessName, activity: a.activity, village: a.villageCode ?? a.villageOptions,
    capital: a.capital ?? a.capitalPending, workers: a.workers, operating: a.operating,
  };
  return field[fact.kind as Exclude<FactKind, 'nik' | 'email' | 'phone'>] === undefined;
}

function take(a: Answers, fact: Fact, ctx: IntakeContext): Answers {
  if (!mayTake(a, fact)) return a;
  switch (fact.kind) {
    case 'name': return { ...a, fullName: fact.value };
    case 'nik': return { ...a, nik: fact.value.nik, birthDate: fact.value.birthDate, gender: fact.value.gender };
    case 'email': return { ...without(a, 'emailSuggestion'), email: fact.value };
    case 'phone': return { ...a, phone: fact.value };
    case 'business_name': return { ...a, businessName: fact.value };
    case 'activity': {
      const options = suggestKbli(fact.value, 3).map((entry) => entry.code);
      return { ...without(a, 'kbli', 'kbliUnknown', 'kbliPending', 'kbliAdding'), activity: fact.value, kbliOptions: options };
    }
    case 'village': return takeVillage(a, fact.value, ctx);
    case 'capital':
      return fact.value < LOWEST_LIKELY_CAPITAL || fact.value > UMK_CAPITAL_LIMIT ? { ...a, capitalPending: fact.value } : { ...a, capital: fact.value };
    case 'workers': return { ...a, workers: Math.max(1, fact.value) };
    case 'operating': return { ...a, operating: fact.value };
  }
}

export function takeFacts(a: Answers, facts: readonly Fact[], ctx: IntakeContext): Answers {
  return facts.reduce((answers, fact) => take(answers, fact, ctx), a);
}

/** The facts that were new: those already answered are left as they were, and not announced. */
export function newFacts(a: Answers, facts: readonly Fact[]): Fact[] {
  return facts.filter((fact) => mayTake(a, fact));
}

function describeFact(fact: Fact, a: Answers, ctx: IntakeContext): string {
  switch (fact.kind) {
    case 'name': return ctx.t('factName', { name: fact.value });
    case 'nik': return ctx.t('factNik', { nik: fact.value.nik, ...describeBirth(a, ctx) });
    case 'email': return ctx.t('factEmail', { email: fact.value });
    case 'phone': return ctx.t('factPhone', { phone: localPhone(fact.value) });
    case 'business_name': return ctx.t('factBusinessName', { name: fact.value });
    case 'activity': return ctx.t('factActivity', { activity: fact.value });
    case 'village': {
      const villages = fact.value.map((code) => ctx.deps.villages.byCode(code)).filter((v) => v !== undefined);
      const [first] = villages;
      if (villages.length === 1 && first) return ctx.t('factVillage', { village: first.name, district: first.districtName });
      return ctx.t('factVillageName', { village: first?.name ?? fact.text });
    }
    case 'capital': return ctx.t('factCapital', { amount: formatRupiah(fact.value) });
    case 'workers': return ctx.t('factWorkers', { count: String(Math.max(1, fact.value)) });
    case 'operating': return ctx.t(fact.value ? 'factRunning' : 'factNotRunning');
  }
}

/** "Tercatat juga: nama Umi; usaha jahit; Desa Sidomulyo (Kec. Bakung)." */
export function factsNote(facts: readonly Fact[], a: Answers, ctx: IntakeContext): string | undefined {
  if (facts.length === 0) return undefined;
  return ctx.t('factsNoted', { facts: facts.map((f) => describeFact(f, a, ctx)).join('; ') });
}
