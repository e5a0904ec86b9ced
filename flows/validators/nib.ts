// NIB (Nomor Induk Berusaha): 13 digits, a random number with no public checksum (research-domain §2.3);
// only the OSS public search can confirm one exists.
import { fail, ok, type Validation } from './result.js';
import { stripDigitSeparators } from './text.js';

export function parseNib(text: string): Validation<string, 'not_13_digits'> {
  const digits = stripDigitSeparators(text);
  return /^\d{13}$/.test(digits) ? ok(digits) : fail('not_13_digits');
}
