// Reads a free-text location answer ("Desa Sumberjo, Kec. Kademangan", "kel kauman srengat",
// "ds sumberj0 rt 2 rw 3") into a village part and an optional kecamatan part, as name keys.
// A name key is the folded name without spaces, so "Sumber Jo", "sumberjo" and "SUMBERJO" are equal.

export type SettlementKind = 'desa' | 'kelurahan';

export interface LocationAnswer {
  /** Name key of the village, '' when the answer names none. */
  village: string;
  /** Name key of the kecamatan, when the answer names one. */
  district?: string;
  /** Set when the owner wrote "desa …" or "kelurahan …". */
  kind?: SettlementKind;
  /** The words of the village part, to try "sumberjo kademangan" as village + kecamatan. */
  villageWords: string[];
}

type Role = 'village' | 'district' | 'ignore' | 'plain';

interface Segment {
  role: Role;
  words: string[];
  kind?: SettlementKind;
}

const VILLAGE_MARKERS: ReadonlyMap<string, SettlementKind> = new Map([
  ['desa', 'desa'], ['ds', 'desa'], ['dsa', 'desa'], ['des', 'desa'],
  ['kelurahan', 'kelurahan'], ['kel', 'kelurahan'], ['kalurahan', 'kelurahan'], ['kelurhan', 'kelurahan'],
  ['kelrahan', 'kelurahan'], ['kl', 'kelurahan'],
]);

const DISTRICT_MARKERS: ReadonlySet<string> = new Set([
  'kecamatan', 'kec', 'kcm', 'kcmt', 'kcmtn', 'kecamatn', 'kecamtan', 'kecmatan', 'camat',
]);

// Parts of an address that are not the village or kecamatan: hamlet, street, regency, province.
const IGNORED_MARKERS: ReadonlySet<string> = new Set([
  'kab', 'kabupaten', 'kabupatn', 'kabupaen', 'provinsi', 'propinsi', 'prov', 'dusun', 'dsn', 'dukuh',
  'jalan', 'jl', 'jln', 'gang', 'gg',
]);

/** Labels of numbers ("RT 02 RW 03", "No 5"): dropped with their numbers wherever they stand. */
const NUMBER_LABELS: ReadonlySet<string> = new Set(['rt', 'rw', 'no', 'nomor', 'nmr']);

const SEPARATOR = ',';

/** Lower case, accents removed, "0" read as "o" inside words, punctuation dropped, commas kept. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[,;/|\n]+/g, ` ${SEPARATOR} `)
    .replace(/[^a-z0-9,]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => (/[a-z]/.test(word) ? word.replace(/0/g, 'o') : word));
}

export function nameKey(text: string): string {
  return foldWords(text).filter((w) => w !== SEPARATOR).join('');
}

/** `regencyWords` are the folded words of the regency's own name ("blitar"), dropped when repeated. */
export function readLocationAnswer(text: string, regencyWords: string[]): LocationAnswer {
  const segments = splitSegments(dropNumberLabels(foldWords(text)), regencyWords).filter(
    (s) => s.words.length > 0 && !sameWords(s.words, regencyWords),
  );
  const villageSegment = segments.find((s) => s.role === 'village') ?? segments.find((s) => s.role === 'plain');
  const districtSegment =
    segments.find((s) => s.role === 'district') ??
    segments.find((s) => s.role === 'plain' && s !== villageSegment && villageSegment !== undefined);
  const villageWords = dropTrailing(villageSegment?.words ?? [], regencyWords);
  const answer: LocationAnswer = { village: villageWords.join(''), villageWords };
  if (districtSegment !== undefined) answer.district = districtSegment.words.join('');
  if (villageSegment?.kind !== undefined) answer.kind = villageSegment.kind;
  return answer;
}

function dropNumberLabels(words: string[]): string[] {
  const kept: string[] = [];
  let inNumber = false;
  for (const word of words) {
    const isNumber = /^\d+$/.test(word);
    if (NUMBER_LABELS.has(word)) inNumber = true;
    else if (!(inNumber && isNumber)) {
      inNumber = false;
      kept.push(word);
    }
  }
  return kept;
}

function splitSegments(words: string[], regencyWords: string[]): Segment[] {
  const segments: Segment[] = [{ role: 'plain', words: [] }];
  words.forEach((word, i) => {
    const started = startedSegment(word, words.slice(i + 1), regencyWords);
    if (started !== undefined) segments.push(started);
    else segments[segments.length - 1]?.words.push(word);
  });
  return segments;
}

/** The segment a marker word opens, or undefined when the word belongs to the current segment. */
function startedSegment(word: string, rest: string[], regencyWords: string[]): Segment | undefined {
  if (word === SEPARATOR) return { role: 'plain', words: [] };
  const kind = VILLAGE_MARKERS.get(word);
  if (kind !== undefined) return { role: 'village', words: [], kind };
  if (DISTRICT_MARKERS.has(word)) return { role: 'district', words: [] };
  if (IGNORED_MARKERS.has(word)) return { role: 'ignore', words: [] };
  // "kota" only marks the regency when the regency's name follows; villages can be called "Kota Baru".
  if (word === 'kota' && regencyWords.length > 0 && startsWithWords(rest, regencyWords)) {
    return { role: 'ignore', words: [] };
  }
  return undefined;
}

function dropTrailing(words: string[], tail: string[]): string[] {
  if (tail.length === 0 || words.length <= tail.length) return words;
  const cut = words.length - tail.length;
  return sameWords(words.slice(cut), tail) ? words.slice(0, cut) : words;
}

function startsWithWords(words: string[], prefix: string[]): boolean {
  return sameWords(words.slice(0, prefix.length), prefix);
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}
