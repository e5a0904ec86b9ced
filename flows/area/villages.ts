// Finds the owner's desa/kelurahan in the service area from a free-text answer. Everything is keyed on
// Kemendagri codes because names repeat: in Kabupaten Blitar alone "Sumberjo" is a desa in three
// kecamatan. A name found in several kecamatan is `ambiguous` (the conversation asks which kecamatan);
// a typo-tolerant hit is still `unique`, so the conversation should show the name back for confirmation.
import { distance } from 'fastest-levenshtein';
import { foldWords, nameKey, readLocationAnswer, type LocationAnswer } from './answer.js';

export interface Village {
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
}

export type VillageMatch =
  | { kind: 'unique'; village: Village }
  | { kind: 'ambiguous'; candidates: Village[] }
  | { kind: 'none'; suggestions: Village[] };

export interface District {
  code: string;
  name: string;
}

export interface VillageIndex {
  /** The village an address names, if any: the whole address, else one of its parts written exactly. */
  findInAddress(address: string): VillageMatch | undefined;
  regencyCode: string;
  regencyName: string;
  /** Every kecamatan of the area, in code order (for listing them when the owner asks). */
  districts: readonly District[];
  /** Every desa/kelurahan of the area, in code order. */
  villages: readonly Village[];
  search(text: string): VillageMatch;
  searchInDistrict(text: string, districtCode: string): VillageMatch;
  districtsOf(candidates: Village[]): District[];
  byCode(code: string): Village | undefined;
  districtByCode(code: string): District | undefined;
}

interface Keyed<T> {
  key: string;
  item: T;
}

interface Scope {
  villages: Keyed<Village>[];
}

const MAX_SUGGESTIONS = 5;
const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export function buildVillageIndex(
  regency: { code: string; name: string },
  districts: District[],
  villages: Village[],
): VillageIndex {
  const keyedDistricts = districts.map((d) => ({ key: nameKey(d.name), item: { code: d.code, name: d.name } }));
  const keyedVillages = villages.map((v) => ({ key: nameKey(v.name), item: v }));
  const villagesByCode = new Map(villages.map((v) => [v.code, v]));
  const districtsByCode = new Map(keyedDistricts.map((d) => [d.item.code, d.item]));
  const scopes = scopesByDistrict(keyedVillages);
  const all: Scope = { villages: keyedVillages };
  const regencyWords = foldWords(regency.name.replace(/^(kabupaten|kab\.?|kota)\s+/i, ''));
  const read = (text: string): LocationAnswer => readLocationAnswer(text, regencyWords);
  const search = (text: string): VillageMatch => byCodeMatch(text, villagesByCode) ?? searchAll(read(text), all, scopes, keyedDistricts);
  return {
    regencyCode: regency.code,
    regencyName: regency.name,
    districts: [...districtsByCode.values()].sort(byCodeOrder),
    villages: [...villages].sort(byCodeOrder),
    search,
    searchInDistrict: (text, districtCode) =>
      byCodeMatch(text, villagesByCode, districtCode) ?? searchScope(read(text), scopes.get(districtCode)),
    districtsOf: (candidates) => distinctDistricts(candidates, districtsByCode),
    byCode: (code) => villagesByCode.get(code.trim()),
    findInAddress: (address) => {
      const whole = search(address);
      if (whole.kind !== 'none') return whole;
      return address.split(/[,;\n]+/).reverse().map((part) => exactMatch(search(part), read(part))).find((m) => m !== undefined);
    },
    districtByCode: (code) => districtsByCode.get(code.trim()),
  };
}

function scopesByDistrict(villages: Keyed<Village>[]): Map<string, Scope> {
  const scopes = new Map<string, Scope>();
  for (const village of villages) {
    const scope = scopes.get(village.item.districtCode) ?? { villages: [] };
    scope.villages.push(village);
    scopes.set(village.item.districtCode, scope);
  }
  return scopes;
}

/** An operator may paste a Kemendagri code ("35.05.04.2006") instead of a name. */
function byCodeMatch(text: string, villages: Map<string, Village>, districtCode?: string): VillageMatch | undefined {
  const code = text.trim();
  if (!VILLAGE_CODE.test(code)) return undefined;
  const village = villages.get(code);
  if (village === undefined || (districtCode !== undefined && village.districtCode !== districtCode)) return noMatch();
  return { kind: 'unique', village };
}

// ---- search across the regency --------------------------------------------------------------------

function searchAll(
  answer: LocationAnswer,
  all: Scope,
  scopes: Map<string, Scope>,
  districts: Keyed<District>[],
): VillageMatch {
  if (answer.village === '') return noMatch();
  const district = answer.district === undefined ? undefined : findDistrict(answer.district, districts);
  if (district !== undefined) return searchWithDistrict(answer, all, scopes.get(district.code));
  const whole = matchName(answer, all);
  if (whole.kind !== 'none' || answer.district !== undefined) return whole;
  return splitVillageAndDistrict(answer, all, scopes, districts) ?? whole;
}

/**
 * The owner named a kecamatan: search there; a name that exists only elsewhere becomes a suggestion.
 * Words after the village name ("Desa Sidomulyo kios 12") are let go one by one before giving up.
 */
function searchWithDistrict(answer: LocationAnswer, all: Scope, scope: Scope | undefined): VillageMatch {
  const inDistrict = searchScope(answer, scope);
  if (inDistrict.kind !== 'none') return inDistrict;
  for (let keep = answer.villageWords.length - 1; keep >= 1; keep--) {
    const shorter = searchScope({ ...answer, village: answer.villageWords.slice(0, keep).join('') }, scope);
    if (shorter.kind === 'unique') return shorter;
  }
  const elsewhere = matchName(answer, all);
  const found = elsewhere.kind === 'unique' ? [elsewhere.village] : elsewhere.kind === 'ambiguous' ? elsewhere.candidates : [];
  return { kind: 'none', suggestions: firstDistinct([...found, ...inDistrict.suggestions]) };
}

/** "sumberjo kademangan" without a marker: try the last words as the kecamatan. */
function splitVillageAndDistrict(
  answer: LocationAnswer,
  all: Scope,
  scopes: Map<string, Scope>,
  districts: Keyed<District>[],
): VillageMatch | undefined {
  const words = answer.villageWords;
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const districtKey = words.slice(cut).join('');
    const district = districts.find((d) => d.key === districtKey);
    if (district === undefined) continue;
    const match = searchScope({ ...answer, village: words.slice(0, cut).join('') }, scopes.get(district.item.code));
    if (match.kind !== 'none') return match;
  }
  return undefined;
}

function findDistrict(key: string, districts: Keyed<District>[]): District | undefined {
  const exact = districts.find((d) => d.key === key);
  if (exact !== undefined) return exact.item;
  const close = closestKeys(key, districts);
  return close.length === 1 ? close[0] : undefined;
}

// ---- search within one scope ----------------------------------------------------------------------

function searchScope(answer: LocationAnswer, scope: Scope | undefined): VillageMatch {
  if (scope === undefined || answer.village === '') return noMatch();
  return matchName(answer, scope);
}

function matchName(answer: LocationAnswer, scope: Scope): VillageMatch {
  const exact = scope.villages.filter((v) => v.key === answer.village).map((v) => v.item);
  if (exact.length > 0) return decide(exact, answer);
  const close = closestKeys(answer.village, scope.villages);
  if (close.length > 0 && new Set(close.map((v) => nameKey(v.name))).size === 1) return decide(close, answer);
  return { kind: 'none', suggestions: suggestionsFor(answer.village, scope) };
}

function decide(villages: Village[], answer: LocationAnswer): VillageMatch {
  const narrowed = narrowByKind(villages, answer.kind);
  const [first] = narrowed;
  if (narrowed.length === 1 && first !== undefined) return { kind: 'unique', village: first };
  return { kind: 'ambiguous', candidates: narrowed };
}

// In a few kecamatan a desa and a kelurahan share a name; "kelurahan X" then settles it.
// The fourth code segment starts with 1 for a kelurahan and 2 for a desa.
function narrowByKind(villages: Village[], kind: LocationAnswer['kind']): Village[] {
  if (kind === undefined || villages.length < 2) return villages;
  const digit = kind === 'kelurahan' ? '1' : '2';
  const narrowed = villages.filter((v) => v.code.split('.')[3]?.startsWith(digit));
  return narrowed.length > 0 ? narrowed : villages;
}

/** Items whose name is within the typo allowance of `key`, all at the smallest distance found. */
function closestKeys<T>(key: string, items: Keyed<T>[]): T[] {
  const allowed = allowedEdits(key.length);
  let best = allowed + 1;
  let found: T[] = [];
  for (const { key: candidate, item } of items) {
    if (Math.abs(candidate.length - key.length) > allowed) continue;
    const edits = distance(key, candidate);
    if (edits < best) [best, found] = [edits, [item]];
    else if (edits === best) found.push(item);
  }
  return found;
}

function suggestionsFor(key: string, scope: Scope): Village[] {
  const loose = allowedEdits(key.length) + 1;
  const ranked = scope.villages
    .map((v) => ({ village: v.item, edits: suggestionDistance(key, v.key) }))
    .filter((r) => r.edits <= loose)
    .sort((a, b) => a.edits - b.edits || a.village.code.localeCompare(b.village.code));
  return ranked.slice(0, MAX_SUGGESTIONS).map((r) => r.village);
}

// A started name ("sumberag") or a name with extra words ("Dawuhan Kidul", a hamlet of Dawuhan) is as
// good as a one-letter typo for suggesting.
function suggestionDistance(key: string, candidate: string): number {
  if (key.length >= 4 && candidate.startsWith(key)) return 1;
  if (candidate.length >= 4 && key.includes(candidate)) return 1;
  return distance(key, candidate);
}

// Short names get little slack: "Jati" and "Jajar" are different villages.
function allowedEdits(length: number): number {
  if (length >= 10) return 3;
  if (length >= 6) return 2;
  return length >= 4 ? 1 : 0;
}

function distinctDistricts(candidates: Village[], districts: Map<string, District>): District[] {
  const seen = new Map<string, District>();
  for (const village of candidates) {
    if (seen.has(village.districtCode)) continue;
    seen.set(village.districtCode, districts.get(village.districtCode) ?? { code: village.districtCode, name: village.districtName });
  }
  return [...seen.values()];
}

/** A search result kept only when the names found are the one typed (no typo tolerance inside an address). */
function exactMatch(match: VillageMatch, typed: LocationAnswer): VillageMatch | undefined {
  const found = match.kind === 'unique' ? [match.village] : match.kind === 'ambiguous' ? match.candidates : [];
  if (found.length === 0) return undefined;
  return found.every((v) => nameKey(v.name) === typed.village || typed.villageWords.join('').startsWith(nameKey(v.name))) ? match : undefined;
}

// A fresh object each time: callers may keep or change what they get.
function noMatch(): VillageMatch {
  return { kind: 'none', suggestions: [] };
}

function byCodeOrder(a: { code: string }, b: { code: string }): number {
  return a.code.localeCompare(b.code);
}

function firstDistinct(villages: Village[]): Village[] {
  const byCode = new Map(villages.map((v) => [v.code, v]));
  return [...byCode.values()].slice(0, MAX_SUGGESTIONS);
}
