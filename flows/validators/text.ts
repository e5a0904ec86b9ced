// Shared text clean-up for chat input. Phones may send full-width digits (U+FF10–U+FF19), Arabic-Indic
// digits (U+0660–U+0669, U+06F0–U+06F9: an Arabic keyboard, common beside the Indonesian one) and
// typographic apostrophes; people pad answers with punctuation, emoji and stretched letters.

/** The zero of each look-alike digit run that is read as 0–9. */
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0];

function asciiDigit(d: string): string {
  const code = d.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}

/** Full-width and Arabic-Indic digits become ASCII digits; everything else is kept. */
export function foldDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/g, asciiDigit);
}

/**
 * Removes spaces, dots and dashes that people put between digit groups (NIK, NPWP, NIB, postal code),
 * and invisible format characters (zero-width spaces, direction marks) that a copied number brings.
 */
export function stripDigitSeparators(text: string): string {
  return foldDigits(text.trim()).replace(/[\s.\-\u2010-\u2015\p{Cf}]/gu, '');
}

/** Lower-cased words, punctuation and emoji dropped: "Iyaa, kak!!" → ["iyaa", "kak"]. */
export function words(text: string): string[] {
  return foldDigits(text)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** Collapses stretched letters so "iyaaa", "okeee" and "gaaak" match "iya", "oke", "gak". */
export function squeeze(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/** A word list compared after squeezing, so entries and input are stretched or not alike. */
export function vocabulary(...entries: string[]): ReadonlySet<string> {
  return new Set(entries.map(squeeze));
}

export function squeezedWords(text: string): string[] {
  return words(text).map(squeeze);
}

/**
 * True when the answer says one thing and nothing else: at least one word from `core`, every other
 * word from `core`, `extra` or `fillers` ("iya kak", "ya betul", "tidak, terima kasih").
 */
export function saysOnly(
  text: string,
  core: ReadonlySet<string>,
  extra: ReadonlySet<string>,
  fillers: ReadonlySet<string>,
): boolean {
  const tokens = squeezedWords(text);
  const allowed = (token: string): boolean => core.has(token) || extra.has(token) || fillers.has(token);
  return tokens.some((token) => core.has(token)) && tokens.every(allowed);
}

/** Honorifics and particles that pad short chat answers without changing their meaning. */
export const CHAT_FILLERS: ReadonlySet<string> = vocabulary(
  'kak', 'kakak', 'ka', 'mas', 'mbak', 'mba', 'pak', 'bapak', 'bu', 'ibu', 'bang', 'min', 'admin', 'dik',
  'dong', 'deh', 'sih', 'aja', 'saja', 'kok', 'nih', 'tuh', 'itu', 'ini', 'nya', 'lah', 'kah', 'yah', 'ya',
  'sekali', 'banget', 'bgt', 'terima', 'kasih', 'makasih', 'trims', 'thanks', 'thank', 'you', 'please',
  'saya', 'aku', 'sy', 'gue', 'gw', 'kami', 'juga', 'jg', 'masih', 'memang', 'emang', 'mang',
  'nak', 'neng', 'dek', 'de',
  // Javanese
  'kulo', 'kula', 'mawon', 'wae', 'ae', 'lho', 'to', 'tho', 'mbah', 'cak', 'le', 'nduk', 'matur', 'nuwun', 'suwun',
  'maturnuwun', 'sanget',
  // English
  'i', 'it', 'is', 'its', "it's", 'that', 'thats', "that's", 'this', 'all', 'am', 'we', 'do', 'sir', 'madam', 'maam',
  'so', 'very', 'much', 'of', 'course',
);
