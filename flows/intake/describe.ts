// How stored values are shown back to the applicant: dates in words, numbers the way people
// write them locally. Pure formatting, in the session's language.

import type { Answers } from './answers.js';
import type { IntakeContext } from './context.js';

/** "1985-03-12" → "12 Maret 1985" / "12 March 1985". */
export function formatDate(iso: string, ctx: IntakeContext): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = ctx.t('monthNames').split('|')[(month ?? 0) - 1];
  if (year === undefined || day === undefined || monthName === undefined) return iso;
  return `${day} ${monthName} ${year}`;
}

export function describeBirth(a: Answers, ctx: IntakeContext): { birthDate: string; gender: string } {
  const birthDate = a.birthDate === undefined ? ctx.t('valueNone') : formatDate(a.birthDate, ctx);
  const gender = a.gender === 'female' ? ctx.t('genderFemale') : a.gender === 'male' ? ctx.t('genderMale') : ctx.t('valueNone');
  return { birthDate, gender };
}

/** "6281234567890" → "081234567890", as Indonesians write their own number. */
export function localPhone(international: string): string {
  return international.startsWith('62') ? `0${international.slice(2)}` : international;
}

/** 1234.5 → "1.234,5" (Indonesian) / "1,234.5" (English). */
export function formatNumber(value: number, ctx: IntakeContext): string {
  return new Intl.NumberFormat(ctx.lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}
