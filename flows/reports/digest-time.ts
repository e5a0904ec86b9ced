// When the daily digest is due: on the office's working days (its weekly hours and holidays), once
// the office clock has passed DIGEST_AT. Later the same day it is still due (a process that was down
// at DIGEST_AT posts it when it comes back); the next day it is not.
import type { OfficeHours } from '../worktime/index.js';
import { weekdayOf, zoneClock } from '../worktime/zone.js';

export type DigestTiming = { due: true; date: string } | { due: false; date: string; why: 'not_a_working_day' | 'too_early' };

/** "15:30" → 930 minutes after midnight. */
export function minutesOf(at: string): number {
  const [hour = 0, minute = 0] = at.split(':').map(Number);
  return hour * 60 + minute;
}

export function isWorkingDay(hours: OfficeHours, date: string): boolean {
  return !hours.holidays.has(date) && Boolean(hours.weekly[weekdayOf(date)]);
}

export function digestTiming(hours: OfficeHours, at: string, now: number): DigestTiming {
  const local = zoneClock(hours.timeZone).localParts(now);
  if (!isWorkingDay(hours, local.date)) return { due: false, date: local.date, why: 'not_a_working_day' };
  if (local.minutes < minutesOf(at)) return { due: false, date: local.date, why: 'too_early' };
  return { due: true, date: local.date };
}
