// Rupiah amounts as people type them: "5jt", "Rp 5.000.000", "Rp5.000.000,00", "lima ratus ribu",
// "1,5 M", "750k", "satu setengah juta". The separator rule is documented in numberWords.ts.
// "M" is miliar (10^9), as on Indonesian price tags and in the PP 7/2021 scale thresholds, never million;
// "k" and "rb" are ribu, "jt" is juta.
import { WORD_SCALES, numberTokens, parseNumberPhrase } from './numberWords.js';
import { fail, ok, type Validation } from './result.js';

export type MoneyReason = 'not_a_number' | 'zero' | 'too_large';

/**
 * Above Rp 1 triliun an answer from a micro-business owner is a typo (an extra "000"), not a capital
 * figure: even a large enterprise starts at Rp 10 miliar (PP 7/2021 Pasal 35).
 */
export const DEFAULT_MAX_RUPIAH = 1e12;

const MONEY_SCALES: ReadonlyMap<string, number> = new Map([
  ...WORD_SCALES,
  ['rb', 1e3], ['rbu', 1e3], ['rebu', 1e3], ['ribuan', 1e3], ['k', 1e3], ['thousand', 1e3],
  ['jt', 1e6], ['jta', 1e6], ['jutaan', 1e6], ['yuta', 1e6], ['juta', 1e6], ['million', 1e6], ['millions', 1e6], ['mio', 1e6],
  ['m', 1e9], ['miliard', 1e9], ['milyard', 1e9], ['mily', 1e9], ['milyaran', 1e9], ['miliaran', 1e9], ['billion', 1e9],
]);

/** Words around an amount that change nothing: currency, "modal saya", "sekitar", "kurang lebih". */
const MONEY_FILLERS: ReadonlySet<string> = new Set([
  'rp', 'idr', 'rupiah', 'sekitar', 'kira', 'kurleb', 'approx', 'about', 'around', 'modal', 'modalnya', 'usaha',
  'saya', 'sy', 'aku', 'ada', 'adalah', 'yaitu', 'cuma', 'hanya', 'total', 'totalnya', 'an', 'kak', 'pak', 'bu', 'mas',
  'mbak', 'kurang', 'lebih', 'sebesar',
]);

export function parseRupiah(text: string, max: number = DEFAULT_MAX_RUPIAH): Validation<number, MoneyReason> {
  const tokens = numberTokens(stripMoneyMarks(text)).filter((token) => !MONEY_FILLERS.has(token));
  const phrase = parseNumberPhrase(tokens, MONEY_SCALES);
  if (!phrase) return fail('not_a_number');
  // Rupiah have no cents in practice: "1,25 jt" rounds to whole rupiah, but a bare "12.5" is a slip.
  if (!phrase.scaled && !Number.isInteger(phrase.value)) return fail('not_a_number');
  const rupiah = Math.round(phrase.value);
  if (rupiah === 0) return fail('zero');
  return rupiah > max ? fail('too_large') : ok(rupiah);
}

/** Removes "Rp." / ",-" / "±" / "kira-kira" / "kira2", which the tokenizer would otherwise split oddly. */
function stripMoneyMarks(text: string): string {
  return text
    .replace(/[.,]-(?=\s|$)/g, ' ')
    .replace(/\brp\.?/gi, ' ')
    .replace(/±|\+\/?-/g, ' ')
    .replace(/\bkira[\s-]?(?:kira|2)\b/gi, ' ');
}

/** "Rp 5.000.000": the way the bot shows an amount back for confirmation. */
export function formatRupiah(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return `${sign}Rp ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}
