// NPWP (tax number). Old format: 15 digits `TT.SSS.SSS.C-KKK.BBB`, C a Luhn (mod 10) check digit over
// the first 9 digits; source: python-stdnum `stdnum/id/npwp.py` (validate(): luhn over number[:9]) and
// Perl Business::ID::NPWP, checked against stdnum's examples 013121660091000, 016090524017000,
// 013000666091000 (research-domain §2.2). New format since 1 July 2024 (PMK 112/2022 jo. PMK 136/2023):
// 16 digits, either a resident's NIK, or `0` + the old 15 digits (same Luhn check, shifted by one).
import { checkNikShape } from './nik.js';
import { fail, ok, type Validation } from './result.js';
import { stripDigitSeparators } from './text.js';

export type NpwpReason = 'wrong_length' | 'bad_check_digit' | 'not_digits' | 'invalid_nik';

/** Returns the NPWP as digits only (15 or 16 of them). */
export function parseNpwp(text: string): Validation<string, NpwpReason> {
  const digits = stripDigitSeparators(text);
  if (!/^\d+$/.test(digits)) return fail('not_digits');
  if (digits.length === 15) return checkLegacy(digits, digits.slice(0, 9));
  if (digits.length !== 16) return fail('wrong_length');
  if (digits.startsWith('0')) return checkLegacy(digits, digits.slice(1, 10));
  return checkNikShape(digits) === undefined ? ok(digits) : fail('invalid_nik');
}

function checkLegacy(digits: string, checkedPart: string): Validation<string, NpwpReason> {
  return luhnValid(checkedPart) ? ok(digits) : fail('bad_check_digit');
}

/** Luhn: from the right, every second digit is doubled (minus 9 when above 9); the sum ends in 0. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}
