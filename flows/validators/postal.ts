// Indonesian postal codes (kode pos): 5 digits; the first digit is a region 1–9, never 0.
import { fail, ok, type Validation } from './result.js';
import { stripDigitSeparators } from './text.js';

export type PostalReason = 'not_5_digits' | 'starts_with_zero';

export function parsePostalCode(text: string): Validation<string, PostalReason> {
  const digits = stripDigitSeparators(text);
  if (!/^\d{5}$/.test(digits)) return fail('not_5_digits');
  return digits.startsWith('0') ? fail('starts_with_zero') : ok(digits);
}
