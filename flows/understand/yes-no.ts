// Yes/no answers as villagers write them. Beyond the plain words (validators/answers.ts), a reply often
// restates the question instead: "sudah jalan" to "is it running?", "sama" to "same address as the
// KTP?", "pakai nomor ini" to "use this number?". Each question declares its own restating phrases;
// a negation just before one flips it ("tidak sama", "belum jalan"), within its own clause only
// ("gak, beda" is no and different). A reply that opens with a clear yes or no and says nothing
// against it afterwards ("Belum nak, saya belum pernah mengurus apa apa") is read by its opening.
import { NO, isNo, isYes } from '../validators/answers.js';
import { CHAT_FILLERS, squeeze, squeezedWords } from '../validators/text.js';

export interface Restatements {
  /** Phrases that mean yes to this question ("sudah jalan"). */
  yes?: readonly string[];
  /** Phrases that mean no to this question ("belum jalan", "beda"). */
  no?: readonly string[];
}

/** Chat abbreviations and slips, read as the word they stand for. */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ['sdh', 'sudah'], ['udh', 'sudah'], ['udah', 'sudah'], ['dah', 'sudah'], ['sudh', 'sudah'], ['sdah', 'sudah'],
  ['blm', 'belum'], ['blum', 'belum'], ['blom', 'belum'], ['belom', 'belum'], ['blon', 'belum'], ['lum', 'belum'],
  ['tdk', 'tidak'], ['tdak', 'tidak'], ['gk', 'gak'], ['ngk', 'gak'], ['g', 'gak'],
  ['pny', 'punya'], ['pnya', 'punya'], ['puny', 'punya'], ['py', 'punya'],
  ['jln', 'jalan'], ['jlan', 'jalan'], ['brjalan', 'berjalan'],
  ['stju', 'setuju'], ['stuju', 'setuju'], ['setju', 'setuju'], ['stj', 'setuju'], ['setujuh', 'setuju'],
  ['bnr', 'benar'], ['bner', 'benar'], ['btl', 'betul'], ['btul', 'betul'], ['bener', 'benar'],
  ['sm', 'sama'], ['sma', 'sama'], ['bd', 'beda'], ['bda', 'beda'],
  ['yg', 'yang'], ['dgn', 'dengan'], ['dg', 'dengan'], ['brarti', 'berarti'], ['msh', 'masih'],
].map(([typed, word]) => [squeeze(typed ?? ''), squeeze(word ?? '')]));

/** A reply that asks back is not an answer: "sama maksudnya gimana?". */
const QUESTION_WORDS = new Set(
  ['apakah', 'gimana', 'bagaimana', 'gmn', 'maksud', 'maksudnya', 'kenapa', 'mengapa', 'what', 'how', 'why', 'pripun', 'nopo', 'napa', 'tanya'].map(squeeze),
);

/** A reply that hedges is not an answer: "sama tapi pindah bulan depan". */
const HEDGES = new Set(['tapi', 'tp', 'tetapi', 'namun', 'but', 'mungkin', 'maybe', 'kadang', 'nanging', 'kecuali'].map(squeeze));

/** Words after which "tahu" turns a no into "I don't know": "belum tahu" is not "not yet". */
const KNOWING = new Set(['tahu', 'tau', 'tw', 'ngerti', 'paham', 'yakin', 'know', 'sure', 'ingat', 'inget'].map(squeeze));

/** Yes-words strong enough to carry a longer reply; "mau", "boleh", "ok" also open other sentences. */
const LEADING_YES = new Set(
  ['ya', 'iya', 'iy', 'yes', 'yup', 'betul', 'benar', 'setuju', 'sudah', 'sampun', 'nggih', 'inggih', 'enggih', 'njih', 'injih', 'leres', 'wis', 'uwis', 'correct'].map(squeeze),
);

/** Fixed phrases of English agreement that are not single words. */
const YES_PHRASES: readonly string[] = ['of course', 'go ahead', 'that is right', 'sounds good'];

interface Hit {
  start: number;
  end: number;
  yes: boolean;
}

/** Lower-cased, squeezed words with abbreviations spelled out. */
function tokensOf(text: string): string[] {
  return squeezedWords(text).map((word) => SPELLED_OUT.get(word) ?? word);
}

/** The reply with its abbreviations spelled out and its punctuation kept: "blm, udh" → "belum, sudah". */
function spelledOut(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => SPELLED_OUT.get(squeeze(word.toLowerCase())) ?? word);
}

/** The reply cut at commas, full stops and the like: a negation does not reach across them. */
function clausesOf(text: string): string[][] {
  return text.split(/[,;!]+|\.(?=\s|$)|\n/).map(tokensOf).filter((clause) => clause.length > 0);
}

function findPhrase(tokens: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((word, j) => tokens[i + j] === word)) return i;
  }
  return -1;
}

function hitsOf(tokens: readonly string[], phrases: readonly string[], yes: boolean): Hit[] {
  return phrases.flatMap((phrase) => {
    const words = tokensOf(phrase);
    const start = findPhrase(tokens, words);
    return start < 0 ? [] : [{ start, end: start + words.length, yes }];
  });
}

/**
 * A negation right before a phrase turns it round: "tidak sama" is no, "gak beda" is yes. A phrase
 * that is a negation itself is not turned again: "gak belum ada" is chat's emphasis, still no.
 */
function withNegation(hit: Hit, tokens: readonly string[]): Hit {
  const before = tokens[hit.start - 1];
  const negates = before !== undefined && NO.has(before) && !NO.has(tokens[hit.start] ?? '');
  return negates ? { ...hit, start: hit.start - 1, yes: !hit.yes } : hit;
}

/** Drops a hit that lies inside a longer one ("jalan" inside "belum jalan"). */
function outermost(hits: Hit[]): Hit[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}

function restatedIn(clause: readonly string[], restate: Restatements): boolean[] {
  const hits = [...hitsOf(clause, restate.yes ?? [], true), ...hitsOf(clause, restate.no ?? [], false)].map((h) => withNegation(h, clause));
  return outermost(hits).map((h) => h.yes);
}

function restated(clauses: readonly string[][], restate: Restatements): boolean | undefined {
  const verdicts = new Set(clauses.flatMap((clause) => restatedIn(clause, restate)));
  return verdicts.size === 1 ? [...verdicts][0] : undefined;
}

/** The opening word decides when nothing after it points the other way: "Belum nak, saya belum pernah…". */
function leading(clauses: readonly string[][]): boolean | undefined {
  const tokens = clauses.flat();
  const first = tokens.findIndex((t) => !CHAT_FILLERS.has(t) || LEADING_YES.has(t));
  const word = tokens[first];
  if (word === undefined || KNOWING.has(tokens[first + 1] ?? '')) return undefined;
  const verdict = LEADING_YES.has(word) ? true : NO.has(word) ? false : undefined;
  if (verdict === undefined) return undefined;
  const [opening = [], ...later] = clauses;
  const rest = opening.slice(opening.indexOf(word) + 1);
  const strongYes = (t: string): boolean => LEADING_YES.has(t) && !POLITE_AFTER_NO.has(t);
  const againstInOpening = verdict ? rest.some((t) => NO.has(t)) : rest.some(strongYes);
  const againstLater = later.some((clause) => (verdict ? clause.some((t) => NO.has(t)) : clause.some(strongYes) || isYes(clause.join(' '))));
  return againstInOpening || againstLater ? undefined : verdict;
}

/** Javanese and Indonesian particles that follow a no politely: "dereng nggih pak", "gak ya kak". */
const POLITE_AFTER_NO = new Set(['nggih', 'ngih', 'nggeh', 'njih', 'injih', 'ya', 'yo'].map(squeeze));

function asksBack(text: string, tokens: readonly string[]): boolean {
  return text.includes('?') || tokens.some((t) => QUESTION_WORDS.has(t) || HEDGES.has(t));
}

/**
 * True for yes, false for no, undefined when the reply is neither or both. The question's own phrases
 * outweigh a leading particle: "iya beda" answers "same address?" with no.
 */
export function readYesNo(text: string, restate: Restatements = {}): boolean | undefined {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return isYes(text) ? true : undefined;
  if (asksBack(text, tokens)) return undefined;
  const spelled = spelledOut(text);
  const own = restated(clausesOf(text), restate);
  if (own !== undefined) return own;
  if (isYes(text) || isYes(spelled)) return true;
  if (isNo(text) || isNo(spelled)) return false;
  if (YES_PHRASES.some((phrase) => findPhrase(tokens, tokensOf(phrase)) >= 0)) return tokens.some((t) => NO.has(t)) ? undefined : true;
  return leading(clausesOf(text));
}
