// Names and free text. A person's name is kept as they wrote it (KTP names are often upper case, chat
// names often not; the operator copies the KTP spelling), only whitespace is tidied.
import { fail, ok, type Validation } from './result.js';

export type PersonNameReason = 'too_short' | 'has_digits' | 'too_long' | 'invalid_characters';
export type FreeTextReason = 'too_short' | 'too_long';

/** Fewer than two letters cannot be a name; mononyms such as "Ani" are common and fine. */
const MIN_NAME_LETTERS = 2;

/** Generous upper bound for a KTP name with titles ("Dr. H. …, S.E., M.M."); longer is pasted text. */
export const MAX_NAME_LENGTH = 100;

/** Letters (any script, with accents), spaces, and the punctuation of names and titles: ' . , - */
const NAME_CHARACTERS = /^[\p{L}\p{M}' .,-]+$/u;

/** "Nama saya Siti Aminah" / "nama: Siti Aminah" → "Siti Aminah". */
const NAME_LEAD_IN = /^(?:nama\s+(?:lengkap\s+)?(?:saya\s+)?(?:adalah\s+)?|nama\s*:\s*)/iu;

export function parsePersonName(text: string): Validation<string, PersonNameReason> {
  const name = text.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().replace(NAME_LEAD_IN, '').replace(/\s*,\s*/g, ', ');
  if (/\p{N}/u.test(name)) return fail('has_digits');
  if ((name.match(/\p{L}/gu) ?? []).length < MIN_NAME_LETTERS) return fail('too_short');
  if ([...name].length > MAX_NAME_LENGTH) return fail('too_long');
  return NAME_CHARACTERS.test(name) ? ok(name) : fail('invalid_characters');
}

export interface TextLimits {
  min: number;
  max: number;
}

/**
 * Business name, address, products: trimmed, runs of spaces collapsed, line breaks kept (addresses use
 * them) but blank lines dropped. Lengths count characters, not UTF-16 units, so emoji count once.
 */
export function parseFreeText(text: string, limits: TextLimits): Validation<string, FreeTextReason> {
  const tidy = text
    .split(/\r?\n/)
    .map(collapseSpaces)
    .filter((line) => line.length > 0)
    .join('\n');
  const length = [...tidy].length;
  if (length < limits.min || length === 0) return fail('too_short');
  return length > limits.max ? fail('too_long') : ok(tidy);
}

function collapseSpaces(text: string): string {
  return text.replace(/[^\S\n]+/g, ' ').trim();
}
