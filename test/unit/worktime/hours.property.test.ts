import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  isOpenAt,
  localParts,
  nextOpening,
  workingTimeBetween,
  type DailyWindow,
  type OfficeHours,
} from '../../../flows/worktime/index.js';
import { addDays } from '../../../flows/worktime/zone.js';

const HOUR = 3_600_000;
/** Zones without DST, where local time is a plain function of the instant. */
const FIXED_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Kathmandu'];
/** Zones with DST (and Lord Howe's half-hour shift), to show nothing assumes a fixed offset. */
const DST_ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Lord_Howe'];

const windowArb: fc.Arbitrary<DailyWindow> = fc
  .integer({ min: 0, max: 1380 })
  .chain((open) => fc.integer({ min: open + 60, max: 1440 }).map((close) => ({ open, close })));

const weeklyArb = fc
  .array(fc.option(windowArb, { nil: null }), { minLength: 7, maxLength: 7 })
  .filter((weekly) => weekly.some((window) => window !== null));

const fromArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });

interface Scenario {
  hours: OfficeHours;
  from: number;
}

/** Office hours with holidays scattered over the two months after `from`. */
function scenarioArb(zones: string[]): fc.Arbitrary<Scenario> {
  return fc
    .record({
      timeZone: fc.constantFrom(...zones),
      weekly: weeklyArb,
      from: fromArb,
      holidayOffsets: fc.uniqueArray(fc.integer({ min: -2, max: 60 }), { maxLength: 12 }),
    })
    .map(({ timeZone, weekly, from, holidayOffsets }) => {
      const today = localParts(timeZone, from).date;
      const holidays = new Set(holidayOffsets.map((offset) => addDays(today, offset)));
      return { hours: { timeZone, weekly, holidays }, from };
    });
}

const anyScenario = scenarioArb([...FIXED_ZONES, ...DST_ZONES]);
const durationArb = fc.integer({ min: 0, max: 40 * HOUR });

describe('working time properties', () => {
  it('a positive duration ends in an open period or at its closing instant, never inside a closed one', () => {
    fc.assert(
      fc.property(anyScenario, fc.integer({ min: 1, max: 40 * HOUR }), ({ hours, from }, duration) => {
        const end = addWorkingTime(hours, from, duration);
        expect(end).toBeGreaterThan(from);
        expect(isOpenAt(hours, end - 1)).toBe(true);
      }),
    );
  });

  it('a zero duration returns the start unchanged, open or closed', () => {
    fc.assert(
      fc.property(anyScenario, ({ hours, from }) => {
        expect(addWorkingTime(hours, from, 0)).toBe(from);
      }),
    );
  });

  it('workingTimeBetween undoes addWorkingTime', () => {
    fc.assert(
      fc.property(anyScenario, durationArb, ({ hours, from }, duration) => {
        expect(workingTimeBetween(hours, from, addWorkingTime(hours, from, duration))).toBe(duration);
      }),
    );
  });

  it('the working time up to any instant is reached no later than that instant, as early as possible', () => {
    fc.assert(
      fc.property(anyScenario, fc.integer({ min: 0, max: 20 * 24 * HOUR }), ({ hours, from }, later) => {
        const target = from + later;
        const reached = addWorkingTime(hours, from, workingTimeBetween(hours, from, target));
        expect(reached).toBeLessThanOrEqual(target);
        expect(workingTimeBetween(hours, reached, target)).toBe(0);
      }),
    );
  });

  it('is monotonic in the duration', () => {
    fc.assert(
      fc.property(anyScenario, durationArb, durationArb, ({ hours, from }, a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(hours, from, shorter)).toBeLessThanOrEqual(addWorkingTime(hours, from, longer));
      }),
    );
  });

  it('adding in two steps equals adding the sum', () => {
    fc.assert(
      fc.property(anyScenario, durationArb, durationArb, ({ hours, from }, a, b) => {
        const stepwise = addWorkingTime(hours, addWorkingTime(hours, from, a), b);
        expect(stepwise).toBe(addWorkingTime(hours, from, a + b));
      }),
    );
  });

  it('working time between instants adds up over consecutive spans and flips sign when reversed', () => {
    const spanArb = fc.integer({ min: 0, max: 20 * 24 * HOUR });
    fc.assert(
      fc.property(anyScenario, spanArb, spanArb, ({ hours, from }, first, second) => {
        const middle = from + first;
        const end = middle + second;
        const whole = workingTimeBetween(hours, from, end);
        expect(workingTimeBetween(hours, from, middle) + workingTimeBetween(hours, middle, end)).toBe(whole);
        expect(workingTimeBetween(hours, end, from)).toBe(-whole);
      }),
    );
  });

  it('nextOpening is open, and nothing before it (after the start) is', () => {
    fc.assert(
      fc.property(anyScenario, ({ hours, from }) => {
        const opening = nextOpening(hours, from);
        expect(isOpenAt(hours, opening)).toBe(true);
        expect(workingTimeBetween(hours, from, opening)).toBe(0);
      }),
    );
  });

  it('isOpenAt agrees with the local weekday, time and holiday list (zones without DST)', () => {
    fc.assert(
      fc.property(scenarioArb(FIXED_ZONES), fc.integer({ min: 0, max: 30 * 24 * HOUR }), ({ hours, from }, later) => {
        const at = from + later;
        const { date, weekday, minutes } = localParts(hours.timeZone, at);
        const window = hours.holidays.has(date) ? null : hours.weekly[weekday];
        const expected = window !== null && window !== undefined && window.open <= minutes && minutes < window.close;
        expect(isOpenAt(hours, at)).toBe(expected);
      }),
    );
  });

  it('an open instant is followed by at least one open millisecond', () => {
    fc.assert(
      fc.property(anyScenario, fc.integer({ min: 0, max: 30 * 24 * HOUR }), ({ hours, from }, later) => {
        const at = from + later;
        expect(workingTimeBetween(hours, at, at + 1)).toBe(isOpenAt(hours, at) ? 1 : 0);
      }),
    );
  });
});
