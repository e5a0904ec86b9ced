// Counts from short answers: the number of workers and the land area of the business.
import { WORD_SCALES, numberTokens, parseNumberPhrase } from './numberWords.js';
import { fail, ok, type Validation } from './result.js';
import { squeeze, vocabulary } from './text.js';

export type CountReason = 'not_a_number' | 'too_large';

/** A micro or small business with more workers than this is a typo, not an answer. */
export const MAX_WORKERS = 10_000;

/** 10,000 hectares: far beyond any micro business, so a larger figure is a typo. */
export const MAX_LAND_AREA_M2 = 1e8;

/** "Nobody" answers: the literal meaning is kept, so "tidak ada" is 0 workers (see parseWorkerCount). */
const NONE = vocabulary(
  'tidak', 'tdk', 'tak', 'gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'ndak', 'belum', 'blm', 'kosong', 'none', 'no',
);

/** "Just me": the owner alone. */
const ALONE = vocabulary('sendiri', 'sendirian', 'sndiri', 'alone', 'myself', 'dewe', 'dhewe', 'dewek', 'piyambak', 'kiyambak', 'dewean');

/** "berdua", "bertiga", "berempat": "we are two / three / four". */
const TOGETHER = /^ber(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)$/;

const WORKER_FILLERS = vocabulary(
  'orang', 'org', 'karyawan', 'karyawannya', 'pekerja', 'pekerjanya', 'pegawai', 'pegawainya', 'tenaga', 'kerja',
  'ada', 'punya', 'sekitar', 'kurang', 'lebih', 'saja', 'aja', 'cuma', 'hanya', 'saya', 'sy', 'aku', 'yang',
  'termasuk', 'kak', 'pak', 'bu', 'mas', 'mbak', 'people', 'workers', 'employees', 'just', 'only', 'me',
  'orng', 'tiyang', 'wong', 'uwong', 'person', 'persons', 'nak', 'jadi', 'total', 'semua', 'semuanya', 'kulo', 'kula',
);

/**
 * Workers, as the person literally said it: "sendiri" / "saya sendiri" (just me) is 1, counting the owner;
 * "tidak ada" / "belum ada" (nobody) is 0. The question decides whether the owner should be counted.
 */
/** "just me", "only me", "me only": the owner alone, in English. */
const JUST_ME = /^\s*(?:(?:just|only)\s+me|me\s+only|me\s+alone)\s*[.!]?\s*$/i;

export function parseWorkerCount(text: string): Validation<number, CountReason> {
  if (JUST_ME.test(text)) return ok(1);
  const tokens = numberTokens(text).map(squeeze).filter((token) => !WORKER_FILLERS.has(token));
  const count = wordCount(tokens) ?? integerPhrase(tokens);
  if (count === undefined) return fail('not_a_number');
  return count > MAX_WORKERS ? fail('too_large') : ok(count);
}

function wordCount(tokens: string[]): number | undefined {
  if (tokens.length === 0) return undefined;
  if (tokens.every((token) => ALONE.has(token))) return 1;
  if (tokens.every((token) => NONE.has(token))) return 0;
  const together = tokens.length === 1 ? TOGETHER.exec(tokens[0] ?? '') : null;
  return together?.[1] === undefined ? undefined : integerPhrase([together[1]]);
}

function integerPhrase(tokens: string[]): number | undefined {
  const phrase = parseNumberPhrase(tokens, WORD_SCALES);
  return phrase !== undefined && Number.isInteger(phrase.value) ? phrase.value : undefined;
}

/** Square metres per unit. "20 meter" in answer to "luas tempat usaha" means 20 m². */
const AREA_UNITS: ReadonlyMap<string, number> = new Map([
  ['sqm', 1], ['m', 1], ['meter', 1], ['meters', 1], ['metre', 1], ['metres', 1], ['mtr', 1], ['persegi', 1],
  ['are', 100], ['ha', 1e4], ['hektar', 1e4], ['hektare', 1e4], ['sqkm', 1e6],
]);

/** Units a side of "5 x 4 m" may carry. */
const LENGTH_UNITS = vocabulary('m', 'meter', 'meters', 'metre', 'metres', 'mtr', 'sqm', 'langkah', 'step', 'steps');

/** No land of one's own: selling online, from a borrowed spot ("numpang"), or simply none. */
const NO_LAND = vocabulary(...NONE, 'numpang', 'nebeng', 'nol', 'online', 'daring');

const AREA_FILLERS = vocabulary(
  'luas', 'luasnya', 'tanah', 'lahan', 'tempat', 'tempatnya', 'usaha', 'sekitar', 'kurang', 'lebih', 'kira', 'ada',
  'saja', 'aja', 'cuma', 'hanya', 'kak', 'pak', 'bu', 'mas', 'mbak', 'punya', 'di', 'rumah', 'orang', 'lain',
);

/**
 * Land area in m²: "20 m2", "20 meter persegi", "5x4", "5 x 4 meter", "0,5 ha", "2 are". "tidak ada" and
 * "numpang" (using someone else's spot) are 0: a business may legitimately have no land of its own.
 */
export function parseLandArea(text: string): Validation<number, CountReason> {
  const tokens = numberTokens(canonicalUnits(text)).map(squeeze).filter((token) => !AREA_FILLERS.has(token));
  if (tokens.length > 0 && tokens.every((token) => NO_LAND.has(token))) return ok(0);
  const area = tokens.includes('x') ? rectangleArea(tokens) : measuredArea(tokens);
  if (area === undefined) return fail('not_a_number');
  return area > MAX_LAND_AREA_M2 ? fail('too_large') : ok(Math.round(area * 100) / 100);
}

/** "m2", "m²", "meter persegi", "km2" and "×" / "*" become single tokens the tokenizer keeps whole. */
function canonicalUnits(text: string): string {
  return text
    .toLowerCase()
    .replace(/²/g, '2')
    .replace(/(?<!\p{L})km\s*2(?!\d)/gu, ' sqkm ')
    .replace(/(?<!\p{L})(?:meter|mtr|m)\s*(?:persegi|2)(?!\d)/gu, ' sqm ')
    .replace(/[×*]/g, ' x ')
    .replace(/^\s*-\s*$/, 'nol');
}

function measuredArea(tokens: string[]): number | undefined {
  const last = tokens.at(-1);
  const unit = last === undefined ? undefined : AREA_UNITS.get(last);
  const value = plainNumber(unit === undefined ? tokens : tokens.slice(0, -1));
  return value === undefined ? undefined : value * (unit ?? 1);
}

function rectangleArea(tokens: string[]): number | undefined {
  const at = tokens.indexOf('x');
  const width = sideLength(tokens.slice(0, at));
  const length = sideLength(tokens.slice(at + 1));
  return width === undefined || length === undefined ? undefined : width * length;
}

function sideLength(tokens: string[]): number | undefined {
  const last = tokens.at(-1);
  return plainNumber(last !== undefined && LENGTH_UNITS.has(last) ? tokens.slice(0, -1) : tokens);
}

function plainNumber(tokens: string[]): number | undefined {
  return parseNumberPhrase(tokens, WORD_SCALES)?.value;
}
