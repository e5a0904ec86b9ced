// Several answers in one message: "nama saya Umi, usaha jahit di Sidomulyo, sudah jalan 3 tahun".
// A message is cut into clauses; a clause that opens with a lead-in ("nama saya", "usaha", "modal",
// "di <desa>") and whose value passes that field's own check, or that has an unmistakable shape (16
// digits that decode as a NIK, an email address), is a fact about another question. The question
// being asked takes the clauses left over; the facts fill in later questions, which are then not
// asked. A clause without a lead-in is left to the question; a value that fails its check is not a fact.
import type { VillageIndex } from '../area/villages.js';
import { nameKey, readLocationAnswer } from '../area/answer.js';
import { suggestKbli } from '../kbli/search.js';
import { parseEmail } from '../validators/email.js';
import { parseRupiah } from '../validators/money.js';
import { parsePersonName } from '../validators/name.js';
import { parseNik, type NikInfo } from '../validators/nik.js';
import { parseMobilePhone } from '../validators/phone.js';
import { foldDigits } from '../validators/text.js';

export type Fact =
  | { kind: 'name'; value: string; text: string }
  | { kind: 'nik'; value: NikInfo; text: string }
  | { kind: 'email'; value: string; text: string }
  | { kind: 'phone'; value: string; text: string }
  | { kind: 'business_name'; value: string; text: string }
  | { kind: 'activity'; value: string; text: string }
  /** The village named: its code, or several codes when the name exists in more than one kecamatan. */
  | { kind: 'village'; value: string[]; text: string }
  | { kind: 'capital'; value: number; text: string }
  | { kind: 'workers'; value: number; text: string }
  | { kind: 'operating'; value: boolean; text: string };

export type FactKind = Fact['kind'];

export interface Clause {
  text: string;
  /** What the clause says about a question, if anything. */
  facts: Fact[];
}

export interface Reading {
  clauses: Clause[];
}

export interface FactContext {
  villages: VillageIndex;
  now: number;
}

/** Below this a "modal" figure is more likely "15" meaning 15 juta: left to the capital question. */
const SMALLEST_CAPITAL_FACT = 10_000;

const CLAUSE_BREAK = /[,;\n]+|\s+(?:dan|terus|trus|lalu|and)\s+(?=(?:nama|usaha|jualan|modal|karyawan|pekerja|di|desa|sudah|udah|belum)\b)/i;

const BUSINESS_NAME = /^(?:nama\s+(?:usaha|toko|warung|bisnis)(?:nya|ku)?(?:\s+(?:saya|aku|sy))?|(?:usaha|toko|warung)(?:nya|ku|\s+saya)?\s+(?:namanya|bernama)|business\s+name(?:\s+is)?|my\s+(?:shop|business)\s+is\s+called)\s*(?:adalah|yaitu|:)?\s+(.+)$/i;
const PERSON_NAME = /^(?:nama\s*(?:lengkap)?(?:\s+(?:saya|aku|sy|kulo|kula))?|saya\s+bernama|nami\s+(?:kulo|kula)|my\s+name\s+is)\s*(?:adalah|yaitu|:)?\s+(.+)$/i;

/** Words that cannot open a name or a business name: "nama saya sesuai KTP", "nama usahanya belum ada". */
const NOT_A_NAME = /^(?:sesuai|seperti|sama|belum|tidak|tdk|gak|ga|blm|desa|ds|kec|kecamatan|kelurahan|kel|dusun|dsn|usaha|usahanya|toko|warung|di|ada|apa|siapa|ktp|nib|nik|yang|yg)\b/i;
const ACTIVITY = /^(?:usaha(?:nya|ku|\s+saya)?|jualan(?:nya)?|jual|dagang|berdagang|bisnis(?:nya)?|kerjaan(?:nya)?|pekerjaan(?:nya)?|produksi|bikin|membuat|my\s+business\s+is|i\s+sell)\s+(.+)$/i;
const CAPITAL = /^(?:modal(?:nya)?(?:\s+usaha(?:nya)?)?(?:\s+saya)?|capital)\b/i;
const WORKERS = /(?:^|\s)(\d{1,4})\s*(?:orang\s+)?(?:karyawan|pekerja|pegawai|tenaga\s+kerja|workers?|employees?)\b|\b(?:karyawan|pekerja|pegawai|workers?|employees?)(?:nya)?\s*(?:ada\s+)?(\d{1,4})(?:\s*orang)?\b/i;
const PLACE = /^(?:di|desa|ds|kelurahan|kel|lokasi(?:nya)?(?:\s+di)?|alamat(?:nya)?\s+usaha(?:nya)?(?:\s+di)?|tempat(?:nya)?(?:\s+di)?|in)\s+(.+)$/i;
const TRAILING_PLACE = /^(.+?)\s+(?:di|in)\s+([^\s].*)$/i;
const RUNNING = /\b(?:sudah|udah|sdh|sampun|wis|wes)\s+(?:jalan|berjalan|buka|jualan|berdiri|produksi|beroperasi|\d+\s*(?:tahun|thn|th|bulan|bln))\b|\balready\s+(?:running|open)\b/i;
const NOT_RUNNING = /\b(?:belum|blm|dereng|durung)\s+(?:jalan|berjalan|buka|mulai|jualan|produksi|beroperasi)\b|\bbaru\s+(?:mau|akan|rencana)\b|\bnot\s+(?:yet\s+)?(?:running|open|started)\b/i;
const NIK_RUN = /(?:\d[\s.-]?){15}\d/;
const EMAIL_TOKEN = /[^\s,;]+@[^\s,;]+/;
const PHONE_LEAD = /^(?:no(?:mor|mer)?\.?\s*)?(?:hp|wa|whatsapp|telp|telepon|handphone|phone)?\s*(?:saya|sy)?\s*:?\s*((?:\+?62|0)\s*8[\d\s-]{8,16})$/i;

/**
 * Villages named exactly as written: a typo-tolerant hit in a sentence is too easy to get wrong. A
 * name that is also a kecamatan's ("di Kademangan") more likely means the kecamatan: not taken.
 */
function village(place: string, ctx: FactContext): string[] | undefined {
  const match = ctx.villages.search(place);
  const typed = readLocationAnswer(place, []).village;
  if (ctx.villages.districts.some((d) => nameKey(d.name) === typed)) return undefined;
  const found = match.kind === 'unique' ? [match.village] : match.kind === 'ambiguous' ? match.candidates : [];
  const exact = found.filter((v) => nameKey(v.name) === typed);
  return exact.length > 0 && exact.length === found.length ? exact.map((v) => v.code) : undefined;
}

function knownActivity(text: string): boolean {
  return suggestKbli(text, 1).length > 0;
}

type ClauseReader = (clause: string, ctx: FactContext) => Fact[] | undefined;

const readNik: ClauseReader = (clause, ctx) => {
  const run = NIK_RUN.exec(foldDigits(clause))?.[0];
  const nik = run === undefined ? undefined : parseNik(run, new Date(ctx.now));
  return nik?.ok ? [{ kind: 'nik', value: nik.value, text: nik.value.nik }] : undefined;
};

const readEmail: ClauseReader = (clause) => {
  const token = EMAIL_TOKEN.exec(clause)?.[0];
  const email = token === undefined ? undefined : parseEmail(token);
  return email?.ok ? [{ kind: 'email', value: email.value, text: token ?? '' }] : undefined;
};

const readPhone: ClauseReader = (clause) => {
  const number = PHONE_LEAD.exec(foldDigits(clause.trim()))?.[1];
  const phone = number === undefined ? undefined : parseMobilePhone(number);
  return phone?.ok ? [{ kind: 'phone', value: phone.value, text: number ?? '' }] : undefined;
};

const readBusinessName: ClauseReader = (clause) => {
  const name = BUSINESS_NAME.exec(clause.trim())?.[1]?.trim();
  return name && name.length >= 2 && !NOT_A_NAME.test(name) ? [{ kind: 'business_name', value: name, text: name }] : undefined;
};

const readPersonName: ClauseReader = (clause) => {
  const typed = PERSON_NAME.exec(clause.trim())?.[1];
  const name = typed === undefined || NOT_A_NAME.test(typed.trim()) ? undefined : parsePersonName(typed);
  return name?.ok ? [{ kind: 'name', value: name.value, text: typed ?? '' }] : undefined;
};

const readCapital: ClauseReader = (clause) => {
  if (!CAPITAL.test(clause.trim())) return undefined;
  const amount = parseRupiah(clause);
  return amount.ok && amount.value >= SMALLEST_CAPITAL_FACT ? [{ kind: 'capital', value: amount.value, text: clause }] : undefined;
};

const readWorkers: ClauseReader = (clause) => {
  const match = WORKERS.exec(clause);
  const count = Number(match?.[1] ?? match?.[2]);
  return match && Number.isInteger(count) ? [{ kind: 'workers', value: count, text: clause }] : undefined;
};

const readPlace: ClauseReader = (clause, ctx) => {
  const place = PLACE.exec(clause.trim())?.[1];
  const code = place === undefined ? undefined : village(place, ctx);
  return code === undefined ? undefined : [{ kind: 'village', value: code, text: clause }];
};

/** "usaha jahit di Sidomulyo": the activity, and the village when the place is one. */
const readActivity: ClauseReader = (clause, ctx) => {
  const described = ACTIVITY.exec(clause.trim())?.[1];
  if (described === undefined) return undefined;
  const located = TRAILING_PLACE.exec(clause.trim());
  const code = located?.[2] === undefined ? undefined : village(located[2], ctx);
  const activity = code !== undefined && located?.[1] !== undefined ? located[1] : clause.trim();
  if (!knownActivity(activity)) return undefined;
  const facts: Fact[] = [{ kind: 'activity', value: activity, text: activity }];
  return code === undefined ? facts : [...facts, { kind: 'village', value: code, text: located?.[2] ?? '' }];
};

/** A clause that is only about running ("sudah jalan 3 tahun", "usahanya belum mulai"). */
const readRunningClause: ClauseReader = (clause) => {
  const running = readRunning(clause);
  if (!running) return undefined;
  const left = clause.replace(running.text, ' ').replace(/\b(?:\d+\s*(?:tahun|thn|th|bulan|bln)|usaha(?:nya)?|saya|ini|kak|pak|bu|mas|mbak|yang|lalu|lebih)\b/gi, ' ').trim();
  return left === '' ? [running] : undefined;
};

/** Tried in this order on each clause: the first that reads it wins. */
const READERS: readonly ClauseReader[] = [
  readNik, readEmail, readPhone, readBusinessName, readPersonName, readCapital, readWorkers, readPlace, readRunningClause, readActivity,
];

function readClause(clause: string, ctx: FactContext): Fact[] | undefined {
  for (const reader of READERS) {
    const facts = reader(clause, ctx);
    if (facts) return facts;
  }
  return undefined;
}

/** Running or not, said anywhere ("usaha jahit sudah jalan 3 tahun"). */
export function readRunning(text: string): Extract<Fact, { kind: 'operating' }> | undefined {
  const no = NOT_RUNNING.exec(text);
  const yes = RUNNING.exec(text);
  if (no && !yes) return { kind: 'operating', value: false, text: no[0] };
  return yes && !no ? { kind: 'operating', value: true, text: yes[0] } : undefined;
}

export function readFacts(text: string, ctx: FactContext): Reading {
  const clauses = text.split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c !== '');
  return { clauses: clauses.map((clause) => ({ text: clause, facts: readClause(clause, ctx) ?? [] })) };
}
