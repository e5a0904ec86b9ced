// Reporting periods in office time: a day, a week (Monday first, as Indonesian offices count),
// a month. Boundaries are the office's local midnights, so "November" in WIB starts on
// 1 November 00:00 WIB whatever the server's own zone.
import { addDays, weekdayOf, zoneClock } from '../worktime/zone.js';
import type { Window } from './types.js';

/** REKAP's periods (bot/commands/parse.ts reads them from the command). */
export type PeriodSpec = { kind: 'today' } | { kind: 'week' } | { kind: 'month' } | { kind: 'calendar_month'; month: string };

export interface Period extends Window {
  spec: PeriodSpec;
  /** The first local date of the period, 'YYYY-MM-DD'. */
  firstDate: string;
  /** The last local date of the period, 'YYYY-MM-DD' (inclusive). */
  lastDate: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** The office's local date at an instant, 'YYYY-MM-DD'. */
export function officeDate(at: number, timeZone: string): string {
  return zoneClock(timeZone).localParts(at).date;
}

/** 'YYYY-MM' of an instant in office time. */
export function officeMonth(at: number, timeZone: string): string {
  return officeDate(at, timeZone).slice(0, 7);
}

/** The local dates [first, afterLast) as instants of their midnights. */
function span(spec: PeriodSpec, first: string, afterLast: string, timeZone: string): Period {
  const clock = zoneClock(timeZone);
  return { spec, firstDate: first, lastDate: addDays(afterLast, -1), from: clock.toInstant(first, 0), to: clock.toInstant(afterLast, 0) };
}

/** The Monday on or before a date. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

function nextMonth(month: string): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** A calendar month 'YYYY-MM' in office time. */
export function monthPeriod(month: string, timeZone: string): Period {
  return span({ kind: 'calendar_month', month }, `${month}-01`, `${nextMonth(month)}-01`, timeZone);
}

/** The period a REKAP asks for, around `now`: the whole day, week or month (its end may be in the future). */
export function periodOf(spec: PeriodSpec, now: number, timeZone: string): Period {
  const today = officeDate(now, timeZone);
  switch (spec.kind) {
    case 'today':
      return span(spec, today, addDays(today, 1), timeZone);
    case 'week':
      return span(spec, mondayOf(today), addDays(mondayOf(today), 7), timeZone);
    case 'month':
      return { ...monthPeriod(today.slice(0, 7), timeZone), spec };
    case 'calendar_month':
      return monthPeriod(spec.month, timeZone);
  }
}

/** The `count` weeks up to and including the one of `now`, oldest first, each Monday to Monday. */
export function recentWeeks(now: number, timeZone: string, count: number): Period[] {
  const thisMonday = mondayOf(officeDate(now, timeZone));
  return Array.from({ length: count }, (_, i) => {
    const monday = addDays(thisMonday, -7 * (count - 1 - i));
    return span({ kind: 'week' }, monday, addDays(monday, 7), timeZone);
  });
}
