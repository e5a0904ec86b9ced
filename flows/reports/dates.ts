// Dates as the reports write them: short enough for a WhatsApp line, in the office's zone.
import type { Translate } from '../i18n/index.js';
import { clock } from '../intake/hours.js';
import { localParts } from '../worktime/index.js';
import { weekdayOf } from '../worktime/zone.js';

function monthName(month: number, t: Translate): string {
  return t('monthNames').split('|')[month - 1] ?? String(month);
}

function parts(date: string): { year: string; month: number; day: number } {
  const [year = '', month = '', day = ''] = date.split('-');
  return { year, month: Number(month), day: Number(day) };
}

/** '2026-11-19' → "19 Nov 2026". */
export function shortDate(date: string, t: Translate): string {
  const { year, month, day } = parts(date);
  return `${day} ${monthName(month, t).slice(0, 3)} ${year}`;
}

/** '2026-11-19' → "Kamis, 19 November 2026". */
export function longDate(date: string, t: Translate): string {
  const { year, month, day } = parts(date);
  const weekday = t('weekdayNames').split('|')[weekdayOf(date)] ?? '';
  return `${weekday}, ${day} ${monthName(month, t)} ${year}`;
}

/** '2026-11' → "November 2026". */
export function monthLabel(month: string, t: Translate): string {
  const { year, month: m } = parts(`${month}-01`);
  return `${monthName(m, t)} ${year}`;
}

/** An instant as "19 Nov 09:05" in the office's zone. */
export function shortInstant(at: number, timeZone: string, t: Translate): string {
  const local = localParts(timeZone, at);
  const { month, day } = parts(local.date);
  return `${day} ${monthName(month, t).slice(0, 3)} ${clock(local.minutes)}`;
}

/** An instant's date as "19 Nov 2026" in the office's zone. */
export function dateOf(at: number, timeZone: string, t: Translate): string {
  return shortDate(localParts(timeZone, at).date, t);
}

/** '2026-11-16' → "16/11", as the chart labels its weeks. */
export function dayMonth(date: string): string {
  const { month, day } = parts(date);
  return `${day}/${month}`;
}
