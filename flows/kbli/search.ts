// Suggests KBLI activities for what an owner writes ("londri", "bengkel montor", "katering nasi kotak").
// Every catalogue word and official title is a phrase; a query scores against an entry by how much of
// its best phrase it covers and how much of the query the entry explains. Tokens are weighted by how
// rare they are in the catalogue, so "jual" or "toko" alone count for little and "pulsa" for a lot.
import { distance } from 'fastest-levenshtein';
import { KBLI_CATALOG, type KbliEntry } from './catalog.js';
import { CANONICAL, foldText, tokenize } from './text.js';

interface Phrase {
  tokens: string[];
  weights: number[];
  totalWeight: number;
  /** The phrase without spaces, to meet "warungmakan" or "barber shop". */
  compact: string;
}

interface IndexedEntry {
  entry: KbliEntry;
  order: number;
  phrases: Phrase[];
}

interface KbliIndex {
  entries: IndexedEntry[];
  idf: ReadonlyMap<string, number>;
  byCode: ReadonlyMap<string, KbliEntry>;
}

/** A window of consecutive query tokens that matched a phrase written as one word, or the reverse. */
interface CompactHit {
  start: number;
  length: number;
  similarity: number;
}

interface Query {
  tokens: string[];
  /** For each query token: catalogue token → similarity (0 < s ≤ 1). */
  matches: Map<string, number>[];
  compactHits: Map<Phrase, CompactHit>;
  /** Weight of each query token; 0 when it matches nothing in the catalogue (chatter, names). */
  weights: number[];
}

interface Scored {
  entry: IndexedEntry;
  score: number;
}

// Phrase coverage matters more than query coverage: owners add chatter the catalogue cannot explain.
const PHRASE_SHARE = 0.6;
// Strictly more than half: one of two equally rare words ("terima" of "terima jahitan") is not enough.
const MIN_PHRASE_COVERAGE = 0.51;
const MIN_SCORE = 0.5;
const CODE_MATCH_SCORE = 2;
const MAX_QUERY_TOKENS = 24;
const MAX_WINDOW = 3;
const PENALTY_PER_EDIT = 0.15;

const INDEX: KbliIndex = buildIndex(KBLI_CATALOG);

export function suggestKbli(text: string, limit = 3): KbliEntry[] {
  const wanted = Math.max(0, Math.floor(limit));
  if (wanted === 0) return [];
  const query = parseQuery(text);
  const codes = codesIn(text);
  const scored: Scored[] = [];
  for (const indexed of INDEX.entries) {
    const score = codes.has(indexed.entry.code) ? CODE_MATCH_SCORE : scoreEntry(indexed, query);
    if (score > 0) scored.push({ entry: indexed, score });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
  return scored.slice(0, wanted).map((s) => s.entry.entry);
}

export function findKbliByCode(code: string): KbliEntry | undefined {
  return INDEX.byCode.get(code.replace(/[\s.]/g, ''));
}

// ---- index -------------------------------------------------------------------------------------------

function buildIndex(catalog: readonly KbliEntry[]): KbliIndex {
  const tokenLists = catalog.map((entry) => [...entry.words, entry.title].map(tokenize));
  const idf = inverseFrequencies(tokenLists, catalog.length);
  const entries = catalog.map((entry, order) => ({
    entry,
    order,
    phrases: (tokenLists[order] ?? []).filter((t) => t.length > 0).map((tokens) => makePhrase(tokens, idf)),
  }));
  return { entries, idf, byCode: new Map(catalog.map((e) => [e.code, e])) };
}

function inverseFrequencies(tokenLists: string[][][], entryCount: number): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const phrases of tokenLists) {
    for (const token of new Set(phrases.flat())) {
      documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
  }
  const idf = new Map<string, number>();
  for (const [token, df] of documentFrequency) idf.set(token, Math.log(1 + entryCount / df));
  return idf;
}

function makePhrase(tokens: string[], idf: ReadonlyMap<string, number>): Phrase {
  const weights = tokens.map((t) => idf.get(t) ?? 0);
  return { tokens, weights, totalWeight: sum(weights), compact: tokens.join('') };
}

// ---- query -------------------------------------------------------------------------------------------

function parseQuery(text: string): Query {
  const tokens = tokenize(text).slice(0, MAX_QUERY_TOKENS);
  const matches = tokens.map((token) => matchVocabulary(token));
  const compactHits = findCompactHits(tokens);
  const weights = tokens.map((_, i) => queryTokenWeight(matches[i], i, compactHits));
  return { tokens, matches, compactHits, weights };
}

function matchVocabulary(token: string): Map<string, number> {
  // A word the catalogue knows is taken as written: "ayam" must not also count as a typo of "bayam".
  if (INDEX.idf.has(token)) return new Map([[token, 1]]);
  const found = new Map<string, number>();
  for (const word of INDEX.idf.keys()) keepBest(found, word, tokenSimilarity(token, word));
  // A misspelt member of a word family ("pertanain") still means the family's token ("tani").
  for (const [alias, canonical] of CANONICAL) {
    if (INDEX.idf.has(canonical)) keepBest(found, canonical, tokenSimilarity(token, alias));
  }
  return found;
}

function keepBest(found: Map<string, number>, word: string, similarity: number): void {
  if (similarity > (found.get(word) ?? 0)) found.set(word, similarity);
}

/** 1 for equal tokens, less for a small typo (scaled to length), 0 otherwise. */
function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const allowed = allowedEdits(Math.min(a.length, b.length));
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return 0;
  const edits = distance(a, b);
  return edits <= allowed ? 1 - PENALTY_PER_EDIT * edits : 0;
}

// Short words get no typo allowance: "es" must not become "ac".
function allowedEdits(length: number): number {
  if (length >= 7) return 2;
  return length >= 4 ? 1 : 0;
}

function findCompactHits(tokens: string[]): Map<Phrase, CompactHit> {
  const hits = new Map<Phrase, CompactHit>();
  for (let start = 0; start < tokens.length; start++) {
    for (let length = 1; length <= MAX_WINDOW && start + length <= tokens.length; length++) {
      recordCompactHits(tokens.slice(start, start + length), start, hits);
    }
  }
  return hits;
}

function recordCompactHits(window: string[], start: number, hits: Map<Phrase, CompactHit>): void {
  const joined = window.join('');
  for (const { phrases } of INDEX.entries) {
    for (const phrase of phrases) {
      // Only a different word split ("warungmakan", "barber shop") is a compact match; equal splits
      // are ordinary token matching, and comparing them joined would let "jual baju" pass for "jual jamu".
      if (window.length === phrase.tokens.length) continue;
      const similarity = tokenSimilarity(joined, phrase.compact);
      const previous = hits.get(phrase);
      if (similarity > 0 && (previous === undefined || similarity > previous.similarity)) {
        hits.set(phrase, { start, length: window.length, similarity });
      }
    }
  }
}

function queryTokenWeight(matches: Map<string, number> | undefined, index: number, hits: Map<Phrase, CompactHit>): number {
  let weight = 0;
  for (const word of matches?.keys() ?? []) weight = Math.max(weight, INDEX.idf.get(word) ?? 0);
  for (const [phrase, hit] of hits) {
    if (index >= hit.start && index < hit.start + hit.length) weight = Math.max(weight, ...phrase.weights);
  }
  return weight;
}

function codesIn(text: string): Set<string> {
  return new Set(foldText(text).split(' ').filter((t) => /^\d{5}$/.test(t)));
}

// ---- scoring -----------------------------------------------------------------------------------------

function scoreEntry(indexed: IndexedEntry, query: Query): number {
  const queryWeight = sum(query.weights);
  if (queryWeight === 0) return 0;
  let bestCoverage = 0;
  const explained = query.tokens.map(() => 0);
  for (const phrase of indexed.phrases) {
    bestCoverage = Math.max(bestCoverage, coverPhrase(phrase, query, explained));
  }
  if (bestCoverage < MIN_PHRASE_COVERAGE) return 0;
  const queryCoverage = sum(query.weights.map((w, i) => w * (explained[i] ?? 0))) / queryWeight;
  const score = PHRASE_SHARE * bestCoverage + (1 - PHRASE_SHARE) * queryCoverage;
  return score >= MIN_SCORE ? score : 0;
}

/** How much of the phrase the query covers; marks in `explained` how well each query token was used. */
function coverPhrase(phrase: Phrase, query: Query, explained: number[]): number {
  let covered = 0;
  phrase.tokens.forEach((token, t) => {
    let best = 0;
    query.matches.forEach((matches, q) => {
      const similarity = matches.get(token) ?? 0;
      best = Math.max(best, similarity);
      explained[q] = Math.max(explained[q] ?? 0, similarity);
    });
    covered += (phrase.weights[t] ?? 0) * best;
  });
  const tokenCoverage = phrase.totalWeight > 0 ? covered / phrase.totalWeight : 0;
  return Math.max(tokenCoverage, coverCompact(phrase, query, explained));
}

function coverCompact(phrase: Phrase, query: Query, explained: number[]): number {
  const hit = query.compactHits.get(phrase);
  if (hit === undefined) return 0;
  for (let q = hit.start; q < hit.start + hit.length; q++) {
    explained[q] = Math.max(explained[q] ?? 0, hit.similarity);
  }
  return hit.similarity;
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
