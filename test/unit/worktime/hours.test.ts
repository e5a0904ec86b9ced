import { describe, expect, it } from 'vitest';
import {
  InvalidOfficeHoursError,
  addWorkingTime,
  isOpenAt,
  localParts,
  nextOpening,
  parseWeeklyHours,
  workingTimeBetween,
  type OfficeHours,
} from '../../../flows/worktime/index.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

function lossDolHours(timeZone: string, holidays: string[] = []): OfficeHours {
  const weekly = parseWeeklyHours('mon-thu 08:00-15:00; fri 08:00-14:30');
  if (!weekly.ok) throw new Error(weekly.reason);
  return { timeZone, weekly: weekly.value, holidays: new Set(holidays) };
}

/** An instant written as local wall-clock time with an explicit UTC offset, e.g. ('2025-06-13 13:00', '+07:00'). */
function instant(local: string, offset = '+07:00'): number {
  return Date.parse(`${local.replace(' ', 'T')}:00${offset}`);
}

const WIB = lossDolHours('Asia/Jakarta');
const WIB_WITH_MONDAY_HOLIDAY = lossDolHours('Asia/Jakarta', ['2025-06-16']);
const WITA = lossDolHours('Asia/Makassar');
const WIT = lossDolHours('Asia/Jayapura');
const AMSTERDAM: OfficeHours = {
  timeZone: 'Europe/Amsterdam',
  weekly: [null, ...Array.from({ length: 5 }, () => ({ open: 540, close: 1020 })), null],
  holidays: new Set(),
};

// 2025-06-13 is a Friday, 2025-06-16 a Monday. 4 h after Friday 13:00 under LOSS DOL hours is
// Friday 13:00-14:30 (1.5 h) plus Monday 08:00-10:30 (2.5 h): Monday 10:30.
describe('addWorkingTime', () => {
  it.each([
    ['Friday afternoon runs over the weekend to Monday', WIB, instant('2025-06-13 13:00'), 4 * HOUR, instant('2025-06-16 10:30')],
    ['a holiday Monday is skipped too', WIB_WITH_MONDAY_HOLIDAY, instant('2025-06-13 13:00'), 4 * HOUR, instant('2025-06-17 10:30')],
    ['before opening, the clock starts at opening', WIB, instant('2025-06-16 06:00'), 1 * HOUR, instant('2025-06-16 09:00')],
    ['at closing time, the clock starts next morning', WIB, instant('2025-06-12 15:00'), 30 * MINUTE, instant('2025-06-13 08:30')],
    ['a deadline may fall due exactly at closing', WIB, instant('2025-06-12 14:00'), 1 * HOUR, instant('2025-06-12 15:00')],
    ['a Saturday start waits for Monday', WIB, instant('2025-06-14 10:00'), 2 * HOUR, instant('2025-06-16 10:00')],
    ['a whole week of hours ends at Friday closing', WIB, instant('2025-06-16 08:00'), 34.5 * HOUR, instant('2025-06-20 14:30')],
    ['one minute more rolls over to the next Monday', WIB, instant('2025-06-16 08:00'), 34.5 * HOUR + MINUTE, instant('2025-06-23 08:01')],
    ['WITA (UTC+8) counts in Makassar local time', WITA, instant('2025-06-13 13:00', '+08:00'), 4 * HOUR, instant('2025-06-16 10:30', '+08:00')],
    ['WIT (UTC+9) counts in Jayapura local time', WIT, instant('2025-06-13 13:00', '+09:00'), 4 * HOUR, instant('2025-06-16 10:30', '+09:00')],
    ['zero duration while open is the same instant', WIB, instant('2025-06-16 09:00'), 0, instant('2025-06-16 09:00')],
    ['zero duration while closed is the same instant', WIB, instant('2025-06-14 10:00'), 0, instant('2025-06-14 10:00')],
    ['a DST change over the weekend is followed', AMSTERDAM, instant('2025-03-28 16:00', '+01:00'), 2 * HOUR, instant('2025-03-31 10:00', '+02:00')],
  ])('%s', (_label, hours, from, duration, expected) => {
    expect(new Date(addWorkingTime(hours, from, duration)).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('gives the same local wall time in each Indonesian zone, at different instants', () => {
    const results = [WIB, WITA, WIT].map((hours, index) =>
      addWorkingTime(hours, instant('2025-06-13 13:00', `+0${7 + index}:00`), 4 * HOUR),
    );
    expect(results.map((at, index) => localParts(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'][index]!, at))).toEqual([
      { date: '2025-06-16', weekday: 1, minutes: 630 },
      { date: '2025-06-16', weekday: 1, minutes: 630 },
      { date: '2025-06-16', weekday: 1, minutes: 630 },
    ]);
    expect([results[0]! - results[1]!, results[1]! - results[2]!]).toEqual([HOUR, HOUR]);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a working time of %s', (duration) => {
    expect(() => addWorkingTime(WIB, instant('2025-06-16 09:00'), duration)).toThrow(RangeError);
  });
});

describe('isOpenAt', () => {
  it.each([
    ['Monday at opening', WIB, instant('2025-06-16 08:00'), true],
    ['Monday a millisecond before opening', WIB, instant('2025-06-16 08:00') - 1, false],
    ['Thursday a minute before closing', WIB, instant('2025-06-12 14:59'), true],
    ['Thursday at closing', WIB, instant('2025-06-12 15:00'), false],
    ['Friday 14:45, after the earlier Friday closing', WIB, instant('2025-06-13 14:45'), false],
    ['Saturday midday', WIB, instant('2025-06-14 12:00'), false],
    ['a holiday Monday', WIB_WITH_MONDAY_HOLIDAY, instant('2025-06-16 10:00'), false],
    ['08:00 WIB is 01:00 UTC', WIB, Date.parse('2025-06-16T01:00:00Z'), true],
    ['00:30 UTC is 08:30 in Makassar: open, an hour before Jakarta opens', WITA, Date.parse('2025-06-16T00:30:00Z'), true],
    ['an hour before Jayapura opens', WIT, Date.parse('2025-06-15T22:00:00Z'), false],
  ])('%s', (_label, hours, at, expected) => {
    expect(isOpenAt(hours, at)).toBe(expected);
  });
});

describe('nextOpening', () => {
  it.each([
    ['open now: the same instant', WIB, instant('2025-06-16 09:17'), instant('2025-06-16 09:17')],
    ['Friday closing: Monday morning', WIB, instant('2025-06-13 14:30'), instant('2025-06-16 08:00')],
    ['Thursday evening: Friday morning', WIB, instant('2025-06-12 19:00'), instant('2025-06-13 08:00')],
    ['Sunday with Monday a holiday: Tuesday morning', WIB_WITH_MONDAY_HOLIDAY, instant('2025-06-15 12:00'), instant('2025-06-17 08:00')],
    ['early morning: opening the same day', WIT, instant('2025-06-16 05:00', '+09:00'), instant('2025-06-16 08:00', '+09:00')],
  ])('%s', (_label, hours, at, expected) => {
    expect(new Date(nextOpening(hours, at)).toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('workingTimeBetween', () => {
  it.each([
    ['Friday 13:00 to Monday 10:30', WIB, instant('2025-06-13 13:00'), instant('2025-06-16 10:30'), 4 * HOUR],
    ['over a weekend only', WIB, instant('2025-06-14 00:00'), instant('2025-06-16 00:00'), 0],
    ['a whole week', WIB, instant('2025-06-15 00:00'), instant('2025-06-22 00:00'), 34.5 * HOUR],
    ['a whole week with a holiday', WIB_WITH_MONDAY_HOLIDAY, instant('2025-06-15 00:00'), instant('2025-06-22 00:00'), 27.5 * HOUR],
    ['backwards is negative', WIB, instant('2025-06-16 10:30'), instant('2025-06-13 13:00'), -4 * HOUR],
    ['an empty span', WIB, instant('2025-06-16 10:00'), instant('2025-06-16 10:00'), 0],
  ])('%s', (_label, hours, from, to, expected) => {
    expect(workingTimeBetween(hours, from, to)).toBe(expected);
  });
});

describe('localParts', () => {
  it.each([
    ['Asia/Jakarta', Date.parse('2025-06-15T20:00:00Z'), { date: '2025-06-16', weekday: 1, minutes: 180 }],
    ['Asia/Makassar', Date.parse('2025-06-15T20:00:00Z'), { date: '2025-06-16', weekday: 1, minutes: 240 }],
    ['Asia/Jayapura', Date.parse('2025-06-15T20:00:00Z'), { date: '2025-06-16', weekday: 1, minutes: 300 }],
    ['UTC', Date.parse('2025-06-15T20:00:00Z'), { date: '2025-06-15', weekday: 0, minutes: 1200 }],
    ['Asia/Jakarta', Date.parse('2025-12-31T17:00:00Z'), { date: '2026-01-01', weekday: 4, minutes: 0 }],
    ['Asia/Kathmandu', Date.parse('2025-06-15T20:00:00Z'), { date: '2025-06-16', weekday: 1, minutes: 105 }],
  ])('%s at %s', (timeZone, at, expected) => {
    expect(localParts(timeZone, at)).toEqual(expected);
  });
});

describe('unusable office hours', () => {
  const at = instant('2025-06-16 09:00');
  it.each([
    ['never open', { timeZone: 'Asia/Jakarta', weekly: Array<null>(7).fill(null), holidays: new Set<string>() }],
    ['six days', { timeZone: 'Asia/Jakarta', weekly: WIB.weekly.slice(1), holidays: new Set<string>() }],
    ['closing before opening', { timeZone: 'Asia/Jakarta', weekly: [null, { open: 900, close: 480 }, null, null, null, null, null], holidays: new Set<string>() }],
  ])('%s is refused', (_label, hours) => {
    expect(() => nextOpening(hours, at)).toThrow(InvalidOfficeHoursError);
    expect(() => addWorkingTime(hours, at, HOUR)).toThrow(InvalidOfficeHoursError);
  });

  it('an unknown time zone is refused by Intl', () => {
    expect(() => isOpenAt({ ...WIB, timeZone: 'Asia/Atlantis' }, at)).toThrow(RangeError);
  });
});
