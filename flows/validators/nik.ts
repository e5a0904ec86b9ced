// NIK (Nomor Induk Kependudukan): PP RR DD ddmmyy SSSS. Structure as described by python-stdnum
// (stdnum/id/nik.py) and Dukcapil material collected in research-domain §2.1. Passing these checks
// never proves a NIK exists: only Dukcapil/OSS can confirm that.
import { fail, ok, type Validation } from './result.js';
import { stripDigitSeparators } from './text.js';

export interface NikInfo {
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: 'female' | 'male';
  serial: string;
}

export type NikReason = 'not_16_digits' | 'unknown_province' | 'invalid_birth_date' | 'zero_serial';

/**
 * Kemendagri province codes (Kepmendagri 300.2.2-2138/2025, as shipped by idn-area-data), including
 * the Papua provinces created in 2022 (93–96). Regency and district codes are deliberately not checked
 * here: a NIK keeps the codes of the place that first issued it, and areas get re-coded when they split.
 */
export const NIK_PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

/** Women's NIKs carry the birth day plus 40. */
const FEMALE_DAY_OFFSET = 40;

/** WIT (UTC+9) is Indonesia's latest clock: judging "the future" there never rejects a birth today. */
const LATEST_INDONESIAN_OFFSET_MS = 9 * 60 * 60 * 1000;

export function parseNik(text: string, today: Date): Validation<NikInfo, NikReason> {
  const nik = stripDigitSeparators(text);
  if (!/^\d{16}$/.test(nik)) return fail('not_16_digits');
  if (!NIK_PROVINCE_CODES.has(nik.slice(0, 2))) return fail('unknown_province');
  const birth = decodeBirth(nik.slice(6, 12), calendarDate(today));
  if (!birth) return fail('invalid_birth_date');
  if (nik.endsWith('0000')) return fail('zero_serial');
  return ok({
    nik,
    provinceCode: nik.slice(0, 2),
    regencyCode: nik.slice(2, 4),
    districtCode: nik.slice(4, 6),
    birthDate: birth.birthDate,
    gender: birth.gender,
    serial: nik.slice(12),
  });
}

/**
 * The same checks without a reference day, for places that only need the shape (a NIK used as NPWP):
 * the birth date only has to exist in the 1900s or the 2000s.
 */
export function checkNikShape(digits: string): NikReason | undefined {
  const farFuture = '9999-12-31';
  if (!/^\d{16}$/.test(digits)) return 'not_16_digits';
  if (!NIK_PROVINCE_CODES.has(digits.slice(0, 2))) return 'unknown_province';
  if (!decodeBirth(digits.slice(6, 12), farFuture)) return 'invalid_birth_date';
  return digits.endsWith('0000') ? 'zero_serial' : undefined;
}

/** Whole years between a YYYY-MM-DD birth date and `today` (calendar date in WIT), e.g. for an adult check. */
export function ageOn(birthDate: string, today: Date): number {
  const now = calendarDate(today);
  const years = Number(now.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return now.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function decodeBirth(ddmmyy: string, today: string): { birthDate: string; gender: NikInfo['gender'] } | undefined {
  const codedDay = Number(ddmmyy.slice(0, 2));
  const female = codedDay > FEMALE_DAY_OFFSET;
  const day = female ? codedDay - FEMALE_DAY_OFFSET : codedDay;
  const birthDate = pickCentury(day, Number(ddmmyy.slice(2, 4)), Number(ddmmyy.slice(4, 6)), today);
  return birthDate === undefined ? undefined : { birthDate, gender: female ? 'female' : 'male' };
}

/** The century is not encoded: 20YY unless that lies in the future, then 19YY. */
function pickCentury(day: number, month: number, yy: number, today: string): string | undefined {
  const recent = isoDate(2000 + yy, month, day);
  if (recent !== undefined && recent <= today) return recent;
  const older = isoDate(1900 + yy, month, day);
  return older !== undefined && older <= today ? older : undefined;
}

/** YYYY-MM-DD when the day really exists in that month (no 31 Feb, no 29 Feb 1900), else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

function calendarDate(instant: Date): string {
  return new Date(instant.getTime() + LATEST_INDONESIAN_OFFSET_MS).toISOString().slice(0, 10);
}
