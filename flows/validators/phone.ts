// Indonesian mobile numbers (research-domain §2.5, from libphonenumber metadata): the national number is
// 8[1-35-9] followed by 7–10 digits, i.e. 08… with 10–13 digits in all. 084x is not a mobile range.
// Landlines (021…), 0800 toll-free numbers and foreign numbers are refused: OSS sends its one-time code
// over WhatsApp to an Indonesian mobile number.
import { fail, ok, type Validation } from './result.js';
import { foldDigits } from './text.js';

export type PhoneReason = 'not_a_number' | 'not_mobile' | 'wrong_length';

const MOBILE_PREFIX = /^8[1-35-9]/;
const MIN_NATIONAL_DIGITS = 9;
const MAX_NATIONAL_DIGITS = 12;

/** Returns the number as international digits without "+": "6281234567890". */
export function parseMobilePhone(text: string): Validation<string, PhoneReason> {
  const cleaned = cleanPhone(text);
  if (!/^\+?\d+$/.test(cleaned)) return fail('not_a_number');
  const national = nationalPart(cleaned);
  if (national === undefined || !MOBILE_PREFIX.test(national)) return fail('not_mobile');
  if (national.length < MIN_NATIONAL_DIGITS || national.length > MAX_NATIONAL_DIGITS) return fail('wrong_length');
  return ok(`62${national}`);
}

/** Drops spaces, dashes, dots and brackets; "+62 (0)812…" loses its bracketed trunk zero. */
function cleanPhone(text: string): string {
  return foldDigits(text.trim())
    .replace(/\(0\)/g, '')
    .replace(/[\s.\-()\u2010-\u2015]/g, '');
}

/** The digits after the country code or trunk zero; undefined when neither leads the number. */
function nationalPart(cleaned: string): string | undefined {
  const digits = cleaned.replace(/^\+/, '');
  if (cleaned.startsWith('+')) return digits.startsWith('62') ? digits.slice(2) : undefined;
  if (digits.startsWith('0062')) return digits.slice(4);
  if (digits.startsWith('62')) return digits.slice(2);
  if (digits.startsWith('0')) return digits.slice(1);
  // People often drop the leading zero: "812 3456 7890".
  return digits.startsWith('8') ? digits : undefined;
}
