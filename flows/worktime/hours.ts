// Office-time arithmetic: when an office is open, and when a given amount of office time has passed.
// SLAs count only working time, so "4 hours" after Friday afternoon ends on Monday, not Saturday.
import { addDays, weekdayOf, zoneClock, type ZoneClock } from './zone.js';

const MINUTES_PER_DAY = 1440;

/** One day's opening window in minutes after local midnight; `close` is exclusive. */
export interface DailyWindow {
  open: number;
  close: number;
}

export interface OfficeHours {
  /** IANA zone of the office, e.g. 'Asia/Jakarta' (WIB), 'Asia/Makassar' (WITA), 'Asia/Jayapura' (WIT). */
  timeZone: string;
  /** Seven entries, index 0 = Sunday; null = closed all day. */
  weekly: ReadonlyArray<DailyWindow | null>;
  /** Closed local dates, 'YYYY-MM-DD'. */
  holidays: ReadonlySet<string>;
}

/** Office hours that can never produce an opening (a programming or configuration error). */
export class InvalidOfficeHoursError extends Error {
  override name = 'InvalidOfficeHoursError';
}

type Interval = readonly [start: number, end: number];

function isValidWindow(window: DailyWindow): boolean {
  const { open, close } = window;
  return Number.isFinite(open) && Number.isFinite(close) && open >= 0 && close <= MINUTES_PER_DAY && open < close;
}

function assertUsable(hours: OfficeHours): void {
  if (hours.weekly.length !== 7) {
    throw new InvalidOfficeHoursError(`weekly hours need 7 entries (Sunday first), got ${hours.weekly.length}`);
  }
  if (hours.weekly.some((window) => window !== null && window !== undefined && !isValidWindow(window))) {
    throw new InvalidOfficeHoursError('every opening window needs 0 <= open < close <= 1440 minutes');
  }
  if (!hours.weekly.some((window) => window)) {
    throw new InvalidOfficeHoursError('the office is never open');
  }
}

function windowOn(hours: OfficeHours, date: string): DailyWindow | null {
  if (hours.holidays.has(date)) return null;
  return hours.weekly[weekdayOf(date)] ?? null;
}

/**
 * The office's open intervals, in order, clipped to start no earlier than `from`. Endless: the
 * holiday list is finite and at least one weekday is open, so another interval always follows.
 */
function* openIntervals(hours: OfficeHours, clock: ZoneClock, from: number): Generator<Interval, never> {
  let cursor = from;
  for (let date = clock.localParts(from).date; ; date = addDays(date, 1)) {
    const window = windowOn(hours, date);
    if (!window) continue;
    const start = Math.max(clock.toInstant(date, window.open), cursor);
    const end = clock.toInstant(date, window.close);
    if (end <= start) continue;
    cursor = end;
    yield [start, end];
  }
}

function intervalsFrom(hours: OfficeHours, from: number): Generator<Interval, never> {
  assertUsable(hours);
  if (!Number.isFinite(from)) throw new RangeError(`not an instant: ${from}`);
  return openIntervals(hours, zoneClock(hours.timeZone), from);
}

/** The first instant at or after `at` when the office is open (`at` itself when open). */
export function nextOpening(hours: OfficeHours, at: number): number {
  const [start] = intervalsFrom(hours, at).next().value;
  return start;
}

/** Whether the office is open at `at`; opening time counts as open, closing time as closed. */
export function isOpenAt(hours: OfficeHours, at: number): boolean {
  return nextOpening(hours, at) === at;
}

/**
 * The earliest instant by which `workingMs` of office time has elapsed after `from`, skipping
 * nights, weekends and holidays. For workingMs > 0 the result lies in an open period or at its
 * closing instant (a deadline that falls due as the office closes). Adding zero returns `from`
 * unchanged, even when the office is closed then: nothing has to elapse.
 */
export function addWorkingTime(hours: OfficeHours, from: number, workingMs: number): number {
  if (!Number.isFinite(workingMs) || workingMs < 0) {
    throw new RangeError(`working time must be a finite, non-negative number of ms, got ${workingMs}`);
  }
  const intervals = intervalsFrom(hours, from);
  if (workingMs === 0) return from;
  for (let remaining = workingMs; ; ) {
    const [start, end] = intervals.next().value;
    if (remaining <= end - start) return start + remaining;
    remaining -= end - start;
  }
}

/**
 * Office time between two instants, in ms. Antisymmetric: negative when `to` is before `from`,
 * so an overdue deadline reports how much working time it is late by.
 */
export function workingTimeBetween(hours: OfficeHours, from: number, to: number): number {
  if (to < from) return -workingTimeBetween(hours, to, from);
  if (!Number.isFinite(to)) throw new RangeError(`not an instant: ${to}`);
  const intervals = intervalsFrom(hours, from);
  for (let total = 0; ; ) {
    const [start, end] = intervals.next().value;
    if (start >= to) return total;
    total += Math.min(end, to) - start;
  }
}
