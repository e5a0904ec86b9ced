// Picking from a numbered list the way people answer one: the number ("2", "no 2", "1 dan 3"), an
// ordinal ("yang pertama", "kedua", "the last one", Javanese "sing siji"), or the option's own words
// ("Bakung", "kec bakung aja", a started word "Sela", a typo "Bakong"). A name that fits several
// options picks none: the list is asked again rather than guessed.
import { distance } from 'fastest-levenshtein';
import { squeeze, words } from '../validators/text.js';

export interface ChoiceOption {
  /** Words that name the option: the label shown first, then aliases. */
  names: readonly string[];
}

/** Words around a choice that say nothing about which one. */
const CHOICE_FILLERS = new Set([
  'no', 'nomor', 'nomer', 'nmr', 'angka', 'pilih', 'pilihan', 'yang', 'yg', 'sing', 'ke', 'saja', 'aja', 'wae', 'mawon',
  'itu', 'ini', 'niku', 'deh', 'dong', 'kak', 'mas', 'mbak', 'pak', 'bu', 'min', 'nak', 'ya', 'iya', 'nggih', 'inggih',
  'saya', 'aku', 'kulo', 'the', 'one', 'option', 'number', 'choose', 'pick', 'i', 'want', 'mau', 'please', 'di', 'daerah',
  'wilayah', 'betul', 'benar', 'bener', 'cocok', 'sesuai', 'ok', 'oke', 'yes', 'it', 'is', 'my',
]);

/** Words that join several numbers: "1 dan 3", "1 & 2". */
const JOINERS = new Set(['dan', 'and', 'sama', 'juga', 'kalih', 'lan', 'serta']);

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['pertama', 1], ['kesatu', 1], ['satu', 1], ['first', 1], ['1st', 1], ['siji', 1], ['setunggal', 1],
  ['kedua', 2], ['dua', 2], ['second', 2], ['2nd', 2], ['two', 2], ['loro', 2], ['kalih', 2],
  ['ketiga', 3], ['tiga', 3], ['third', 3], ['3rd', 3], ['three', 3], ['telu', 3], ['tigo', 3],
  ['keempat', 4], ['empat', 4], ['fourth', 4], ['4th', 4], ['four', 4], ['papat', 4], ['sekawan', 4],
  ['kelima', 5], ['lima', 5], ['fifth', 5], ['5th', 5], ['five', 5], ['limo', 5], ['gangsal', 5],
]);
const LAST_WORDS = new Set(['terakhir', 'last', 'pungkasan']);

/** Words that mark a place or kind and say nothing of which one ("Kecamatan Bakung" → "bakung"). */
const MARKERS = new Set(['kecamatan', 'kec', 'kc', 'kcm', 'desa', 'ds', 'kelurahan', 'kel', 'district', 'village']);

function contentWords(text: string): string[] {
  return words(text.replace(/[&+/,]/g, ' ')).filter((w) => !CHOICE_FILLERS.has(w));
}

/** "1", "1,3", "1 dan 2", "no 2": distinct numbers, all within 1..count; undefined otherwise. */
export function pickNumbers(text: string, count: number): number[] | undefined {
  const tokens = contentWords(text).filter((w) => !JOINERS.has(w));
  if (tokens.length === 0 || !tokens.every((t) => /^\d{1,2}$/.test(t))) return undefined;
  const numbers = [...new Set(tokens.map(Number))];
  return numbers.every((n) => n >= 1 && n <= count) ? numbers : undefined;
}

/** Only numbers, in range or not: "7" at a three-option list is a wrong choice, not a description. */
export function isOnlyNumbers(text: string): boolean {
  const tokens = contentWords(text).filter((w) => !JOINERS.has(w));
  return tokens.length > 0 && tokens.every((t) => /^\d+$/.test(t));
}

function pickOrdinal(text: string, count: number): number | undefined {
  const tokens = contentWords(text);
  if (tokens.length !== 1 || tokens[0] === undefined) return undefined;
  if (LAST_WORDS.has(tokens[0])) return count;
  const n = ORDINALS.get(tokens[0]);
  return n !== undefined && n <= count ? n : undefined;
}

/** Content words, without markers ("Kecamatan Bakung" → "bakung") unless the marker is all there is ("desa"). */
function nameWords(text: string, keepMarkers = false): string[] {
  return words(text).filter((w) => !CHOICE_FILLERS.has(w) && (keepMarkers || !MARKERS.has(w))).map(squeeze);
}

/** Typos allowed in a word of this length: none for short words ("Jati" is not "Jajar"). */
function allowedEdits(length: number): number {
  if (length >= 9) return 2;
  return length >= 5 ? 1 : 0;
}

/** How well a typed word meets a word of an option: 2 equal, 1 a started word or a small typo, 0 no. */
function wordFit(typed: string, word: string): number {
  if (typed === word) return 2;
  if (typed.length >= 3 && word.startsWith(typed)) return 1;
  return distance(typed, word) <= allowedEdits(Math.min(typed.length, word.length)) ? 1 : 0;
}

/**
 * How well the typed words name the option: the sum of their fits, less one for each word that fits
 * nothing. A few words of chatter are forgiven ("my own business", "jualan es teh") when at least
 * one word is the option's own and most words fit; otherwise 0.
 */
function nameFit(typed: readonly string[], option: ChoiceOption, keepMarkers: boolean): number {
  const optionWords = [...new Set(option.names.flatMap((n) => nameWords(n, keepMarkers)))];
  const joined = option.names.map((n) => nameWords(n, keepMarkers).join(''));
  if (joined.includes(typed.join(''))) return 2 * typed.length + 1;
  const fits = typed.map((word) => Math.max(0, ...optionWords.map((w) => wordFit(word, w)), ...joined.map((j) => wordFit(word, j))));
  const unmatched = fits.filter((f) => f === 0).length;
  if (unmatched === 0) return fits.reduce((a, b) => a + b, 0);
  const forgiven = fits.includes(2) && unmatched * 2 <= typed.length;
  return forgiven ? fits.reduce((a, b) => a + b, 0) - unmatched : 0;
}

/** The one option whose words explain the reply best, when no other fits as well. */
function pickByName(text: string, options: readonly ChoiceOption[]): number | undefined {
  const keepMarkers = nameWords(text).length === 0;
  const typed = nameWords(text, keepMarkers);
  if (typed.length === 0 || typed.length > 6) return undefined;
  const fits = options.map((option) => nameFit(typed, option, keepMarkers));
  const best = Math.max(...fits);
  if (best === 0 || fits.filter((f) => f === best).length > 1) return undefined;
  return fits.indexOf(best) + 1;
}

function pickOneInWhole(text: string, options: readonly ChoiceOption[]): number | undefined {
  const numbers = pickNumbers(text, options.length);
  if (numbers !== undefined) return numbers.length === 1 ? numbers[0] : undefined;
  return pickOrdinal(text, options.length) ?? pickByName(text, options);
}

/**
 * The option (1-based) a reply picks, or undefined when it picks none or several. A reply of several
 * clauses ("Kec. Talun, Kab. Blitar", "PT, sudah ada akta notaris") picks what its clauses agree on.
 */
export function pickOne(text: string, options: readonly ChoiceOption[]): number | undefined {
  if (options.length === 0) return undefined;
  const clauses = text.split(/[,;\n]+/).map((c) => c.trim()).filter((c) => c !== '');
  // "dudu bebek, pitik petelur", "bukan yang pertama, yang kedua": what is ruled out is not picked.
  const kept = clauses.filter((clause) => !NEGATIONS.has(words(clause)[0] ?? ''));
  const whole = kept.length === clauses.length ? pickOneInWhole(text, options) : undefined;
  if (whole !== undefined) return whole;
  const picks = new Set(kept.map((clause) => pickOneInWhole(clause, options)).filter((n) => n !== undefined));
  return picks.size === 1 ? [...picks][0] : undefined;
}

const NEGATIONS = new Set(['bukan', 'bkn', 'dudu', 'sanes', 'not', 'tidak', 'tdk', 'gak', 'ga', 'nggak', 'ora', 'mboten']);

/** Several options by number ("1 dan 3"), or one by any of pickOne's ways. */
export function pickSome(text: string, options: readonly ChoiceOption[]): number[] | undefined {
  const numbers = pickNumbers(text, options.length);
  if (numbers !== undefined) return numbers;
  const one = pickOne(text, options);
  return one === undefined ? undefined : [one];
}

/** Options from plain labels, each naming itself only. */
export function labelled(labels: readonly string[]): ChoiceOption[] {
  return labels.map((label) => ({ names: [label] }));
}
