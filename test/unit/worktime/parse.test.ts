import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseHolidays,
  parseTimeZone,
  parseWeeklyHours,
  type DailyWindow,
} from '../../../flows/worktime/index.js';

const LOSS_DOL = [null, ...Array.from({ length: 4 }, () => ({ open: 480, close: 900 })), { open: 480, close: 870 }, null];
const WEEKDAYS_8_TO_4 = [null, ...Array.from({ length: 5 }, () => ({ open: 480, close: 960 })), null];

describe('parseWeeklyHours accepts', () => {
  it.each([
    ['mon-thu 08:00-15:00; fri 08:00-14:30', LOSS_DOL],
    ['  MON-THU  08:00 - 15:00 ;  Fri 08:00-14:30 ; ', LOSS_DOL],
    ['mon-thu 08:00-15:00\nfri 08:00-14:30', LOSS_DOL],
    ['mon-thu 08:00-15:00, fri 08:00-14:30', LOSS_DOL],
    ['senin-kamis 08.00-15.00; jumat 08.00-14.30', LOSS_DOL],
    ["Sen - Kam 8:00–15:00; Jum'at 8:00–14:30", LOSS_DOL],
    ['mon,tue,wed,thu 08:00-15:00; friday 08:00-14:30', LOSS_DOL],
    ['mon-fri 08:00-16:00', WEEKDAYS_8_TO_4],
    ['mon-sun 00:00-24:00', Array.from({ length: 7 }, () => ({ open: 0, close: 1440 }))],
    ['fri-mon 10:00-11:00', [{ open: 600, close: 660 }, { open: 600, close: 660 }, null, null, null, { open: 600, close: 660 }, { open: 600, close: 660 }]],
    ['minggu 07:30-12:00', [{ open: 450, close: 720 }, null, null, null, null, null, null]],
  ])('%j', (spec, expected) => {
    expect(parseWeeklyHours(spec)).toEqual({ ok: true, value: expected });
  });
});

describe('parseWeeklyHours refuses, naming the problem', () => {
  it.each([
    ['', 'no opening hours'],
    ['  ;  ', 'no opening hours'],
    ['08:00-15:00', 'names no day'],
    ['tus-thu 08:00-15:00', "unknown day 'tus'"],
    ['mon-thu 8-15', "'mon-thu 8-15' is not '<days> HH:MM-HH:MM'"],
    ['mon-thu 08:00', "'mon-thu 08:00' is not"],
    ['mon 08:00-25:00', "'25:00'"],
    ['mon 08:75-15:00', "'08:75'"],
    ['mon 24:00-24:00', 'not after opening'],
    ['mon 15:00-08:00', 'not after opening'],
    ['mon-fri 08:00-15:00; fri 08:00-14:30', 'Friday is given more than once'],
    ['mon,mon 08:00-15:00', 'Monday is given more than once'],
    ['mon-tue-wed 08:00-15:00', "'mon-tue-wed'"],
    ['mon,,tue 08:00-15:00', "''"],
  ])('%j', (spec, fragment) => {
    const result = parseWeeklyHours(spec);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(fragment);
  });
});

const DAY_SPELLINGS = [
  ['sun', 'Sunday', 'minggu', 'MIN'],
  ['mon', 'Monday', 'senin', 'SEN'],
  ['tue', 'Tuesday', 'selasa', 'SEL'],
  ['wed', 'Wednesday', 'rabu', 'RAB'],
  ['thu', 'Thursday', 'kamis', 'KAM'],
  ['fri', 'Friday', "jum'at", 'JUM'],
  ['sat', 'Saturday', 'sabtu', 'SAB'],
] as const;

function clock(minutes: number, separator: string): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}${separator}${String(minutes % 60).padStart(2, '0')}`;
}

describe('parseWeeklyHours properties', () => {
  const windowArb: fc.Arbitrary<DailyWindow> = fc
    .integer({ min: 0, max: 1439 })
    .chain((open) => fc.integer({ min: open + 1, max: 1440 }).map((close) => ({ open, close })));
  const weeklyArb = fc
    .array(fc.option(windowArb, { nil: null }), { minLength: 7, maxLength: 7 })
    .filter((weekly) => weekly.some((window) => window !== null));

  it('reads back any week written one day per entry, in any spelling', () => {
    const writingArb = fc.record({
      spellings: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }),
      timeSeparator: fc.constantFrom(':', '.'),
      entrySeparator: fc.constantFrom('; ', '\n', ' ;', ', '),
    });
    fc.assert(
      fc.property(weeklyArb, writingArb, (weekly, { spellings, timeSeparator, entrySeparator }) => {
        const spec = weekly
          .flatMap((window, day) =>
            window ? [`${DAY_SPELLINGS[day]![spellings[day]!]} ${clock(window.open, timeSeparator)}-${clock(window.close, timeSeparator)}`] : [],
          )
          .join(entrySeparator);
        expect(parseWeeklyHours(spec)).toEqual({ ok: true, value: weekly });
      }),
    );
  });

  it('never throws, and any failure carries a reason', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (spec) => {
        const result = parseWeeklyHours(spec);
        expect(result.ok || result.reason.length > 0).toBe(true);
      }),
    );
  });
});

describe('parseHolidays', () => {
  it.each([
    ['', []],
    ['2025-08-17', ['2025-08-17']],
    ['2025-08-17,2025-12-25', ['2025-08-17', '2025-12-25']],
    [' 2025-08-17 , 2025-12-25 ,', ['2025-08-17', '2025-12-25']],
    ['2025-08-17\n2025-12-25 2026-01-01', ['2025-08-17', '2025-12-25', '2026-01-01']],
    ['2024-02-29, 2024-02-29', ['2024-02-29']],
  ])('accepts %j', (list, expected) => {
    expect(parseHolidays(list)).toEqual({ ok: true, value: new Set(expected) });
  });

  it.each([
    ['2025-02-29', '2025-02-29'],
    ['2025-13-01', '2025-13-01'],
    ['2025-08-17, 17-08-2025', '17-08-2025'],
    ['2025-8-17', '2025-8-17'],
    ['2025-08-17, next monday', 'next'],
  ])('refuses %j, naming %j', (list, culprit) => {
    const result = parseHolidays(list);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(`'${culprit}'`);
  });

  it('accepts every real date and keeps it as written', () => {
    fc.assert(
      fc.property(fc.array(fc.date({ min: new Date('1970-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })), (dates) => {
        const written = dates.map((date) => date.toISOString().slice(0, 10));
        expect(parseHolidays(written.join(', '))).toEqual({ ok: true, value: new Set(written) });
      }),
    );
  });
});

describe('parseTimeZone', () => {
  it.each([
    ['Asia/Jakarta', 'Asia/Jakarta'],
    [' asia/makassar ', 'Asia/Makassar'],
    ['WIB', 'Asia/Jakarta'],
    ['wita', 'Asia/Makassar'],
    ['WIT', 'Asia/Jayapura'],
  ])('accepts %j as %j', (name, expected) => {
    expect(parseTimeZone(name)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'UTC+7', 'Asia/Atlantis', 'Jakarta'])('refuses %j', (name) => {
    const result = parseTimeZone(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('Asia/Jakarta (WIB)');
  });
});
