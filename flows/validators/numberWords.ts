// Numbers as Indonesians type them: digits with "." or "," separators, words ("dua puluh lima",
// "satu setengah"), and scale words ("juta", "jt", "rb"), in any mix ("1 juta 500 ribu", "2,5jt").
//
// Separator rule (Indonesian writes 5.000.000,50; English writes 5,000,000.50; chat writes both):
// - both "." and "," present: the one that comes last is the decimal separator, the other groups thousands;
// - one kind, several times ("5.000.000", "5,000,000"): thousands separators, groups of three;
// - one kind, once: followed by exactly three digits it groups thousands ("5.000" = 5000, "1,500" = 1500),
//   otherwise it is the decimal point ("1,5" = 1.5, "0.25" = 0.25, and "0.500" = 0.5).
// So "1,500 jt" means 1,500 juta, not 1.5 juta: three digits after a separator are thousands everywhere.
import { foldDigits } from './text.js';

/** The value of the phrase and whether a scale word (ribu, juta, …) was part of it. */
export interface NumberPhrase {
  value: number;
  scaled: boolean;
}

const UNITS: ReadonlyMap<string, number> = new Map([
  ['nol', 0], ['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5],
  ['enam', 6], ['tujuh', 7], ['delapan', 8], ['sembilan', 9],
  // Javanese (ngoko) and English
  ['siji', 1], ['loro', 2], ['telu', 3], ['papat', 4], ['limo', 5], ['enem', 6], ['pitu', 7], ['wolu', 8], ['songo', 9],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);

/** Words with "se-" (one) built in, and halves. */
const COMPOUNDS: ReadonlyMap<string, number> = new Map([
  ['sepuluh', 10], ['sebelas', 11], ['seratus', 100], ['setengah', 0.5], ['seperempat', 0.25],
]);

/** "dua puluh" adds 9 × 2 to the 2 already counted; "dua belas" adds 10. */
const MULTIPLIERS: ReadonlyMap<string, (unit: number) => number> = new Map([
  ['belas', () => 10], ['puluh', (unit: number) => unit * 9], ['ratus', (unit: number) => unit * 99],
]);

/** Scale words shared by every kind of count. Money adds its own abbreviations (see money.ts). */
export const WORD_SCALES: ReadonlyMap<string, number> = new Map([
  ['ribu', 1e3], ['juta', 1e6], ['miliar', 1e9], ['milyar', 1e9], ['triliun', 1e12], ['trilyun', 1e12],
]);

/** "seribu", "sejuta", "semiliar": a scale word with its own "one". */
const SE_SCALES: ReadonlyMap<string, number> = new Map([
  ['seribu', 1e3], ['sejuta', 1e6], ['semiliar', 1e9], ['semilyar', 1e9],
]);

/** Splits "rp5.000.000" into "rp 5.000.000" and "2,5jt" into "2,5 jt"; hyphenated words come apart. */
export function numberTokens(text: string): string[] {
  return foldDigits(text)
    .toLowerCase()
    .replace(/(\d)\s+(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)(?=\p{L})|(\p{L})(?=\d)/gu, '$1$2 ')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .split(/\s+/)
    .map((token) => token.replace(/[.,!?;:]+$/, ''))
    .filter((token) => token.length > 0);
}

/** A digit literal under the separator rule above; undefined when it is not a clean number. */
export function parseNumeral(literal: string): number | undefined {
  if (/^\d+$/.test(literal)) return Number(literal);
  const lastDot = literal.lastIndexOf('.');
  const lastComma = literal.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return withDecimal(literal, lastDot > lastComma ? '.' : ',');
  const separator = lastDot >= 0 ? '.' : ',';
  const parts = literal.split(separator);
  if (parts.length > 2) return groupedInteger(parts);
  return isThousandsGroup(parts) ? groupedInteger(parts) : withDecimal(literal, separator);
}

function isThousandsGroup(parts: string[]): boolean {
  return parts[1]?.length === 3 && parts[0] !== '0';
}

function withDecimal(literal: string, decimal: string): number | undefined {
  const at = literal.lastIndexOf(decimal);
  const whole = literal.slice(0, at);
  const fraction = literal.slice(at + 1);
  if (!/^\d+$/.test(fraction)) return undefined;
  const integer = /^\d+$/.test(whole) ? Number(whole) : groupedInteger(whole.split(decimal === '.' ? ',' : '.'));
  return integer === undefined ? undefined : integer + Number(`0.${fraction}`);
}

/** "5" "000" "000" → 5000000; every group after the first must have exactly three digits. */
function groupedInteger(parts: string[]): number | undefined {
  const [head, ...rest] = parts;
  if (head === undefined || !/^\d{1,3}$/.test(head) || !rest.every((group) => /^\d{3}$/.test(group))) return undefined;
  return Number(parts.join(''));
}

interface PhraseState {
  total: number;
  group: number;
  /** The unit just read, which "puluh", "ratus" and "belas" may multiply; undefined after anything else. */
  unit: number | undefined;
  /** Scales must fall: "1 juta 500 ribu", never "500 ribu 1 juta". */
  lastScale: number;
}

/**
 * Reads a whole phrase of number tokens; any token it does not know makes the phrase unreadable.
 * A trailing bare number after juta or more ("1 juta 500") is refused as ambiguous: people say it for
 * 1.500.000 while it literally means 1.000.500.
 */
export function parseNumberPhrase(tokens: readonly string[], scales: ReadonlyMap<string, number>): NumberPhrase | undefined {
  if (tokens.length === 0) return undefined;
  let state: PhraseState | undefined = { total: 0, group: 0, unit: undefined, lastScale: Infinity };
  for (const token of tokens) {
    state = state && step(state, token, scales);
  }
  if (!state || (state.group > 0 && state.lastScale > 1e3 && state.lastScale !== Infinity)) return undefined;
  return { value: state.total + state.group, scaled: state.lastScale !== Infinity };
}

function step(state: PhraseState, token: string, scales: ReadonlyMap<string, number>): PhraseState | undefined {
  const scale = scales.get(token);
  if (scale !== undefined) return applyScale(state, scale);
  const seScale = SE_SCALES.get(token);
  if (seScale !== undefined) return state.group === 0 ? applyScale({ ...state, group: 1 }, seScale) : undefined;
  const multiplier = MULTIPLIERS.get(token);
  if (multiplier !== undefined) return applyMultiplier(state, multiplier);
  const compound = COMPOUNDS.get(token);
  if (compound !== undefined) return { ...state, group: state.group + compound, unit: undefined };
  const unit = UNITS.get(token) ?? parseNumeral(token);
  return unit === undefined ? undefined : addUnit(state, unit, /^\d/.test(token));
}

function applyScale(state: PhraseState, scale: number): PhraseState | undefined {
  if (state.group === 0 || scale >= state.lastScale) return undefined;
  return { total: state.total + state.group * scale, group: 0, unit: undefined, lastScale: scale };
}

function applyMultiplier(state: PhraseState, multiplier: (unit: number) => number): PhraseState | undefined {
  const { unit } = state;
  if (unit === undefined || !Number.isInteger(unit) || unit < 1 || unit > 9) return undefined;
  return { ...state, group: state.group + multiplier(unit), unit: undefined };
}

/** "dua tiga" (two or three) and "5 5" are not numbers; a numeral may only start a group. */
function addUnit(state: PhraseState, unit: number, isNumeral: boolean): PhraseState | undefined {
  if (state.unit !== undefined || (isNumeral && state.group !== 0)) return undefined;
  return { ...state, group: state.group + unit, unit };
}
