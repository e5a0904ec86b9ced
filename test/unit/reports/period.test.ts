// Reporting periods in office time: days, Monday-first weeks and months bounded by WIB midnights.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mondayOf, monthPeriod, officeDate, periodOf, recentWeeks, type PeriodSpec } from '../../../flows/reports/period.js';
import { weekdayOf } from '../../../flows/worktime/zone.js';
import { ZONE, wib } from './fixtures.js';

const DAY = 24 * 3600_000;

describe('periodOf', () => {
  const thursday = wib('2026-11-19T15:30:00');
  it.each<[PeriodSpec, string, string]>([
    [{ kind: 'today' }, '2026-11-19T00:00:00', '2026-11-20T00:00:00'],
    [{ kind: 'week' }, '2026-11-16T00:00:00', '2026-11-23T00:00:00'],
    [{ kind: 'month' }, '2026-11-01T00:00:00', '2026-12-01T00:00:00'],
    [{ kind: 'calendar_month', month: '2026-02' }, '2026-02-01T00:00:00', '2026-03-01T00:00:00'],
    [{ kind: 'calendar_month', month: '2026-12' }, '2026-12-01T00:00:00', '2027-01-01T00:00:00'],
  ])('%j runs from %s to %s WIB', (spec, from, to) => {
    const period = periodOf(spec, thursday, ZONE);
    expect([period.from, period.to]).toEqual([wib(from), wib(to)]);
  });

  it('counts by the office clock: 00:30 WIB on 1 November is November, though it is still October in UTC', () => {
    const early = wib('2026-11-01T00:30:00');
    expect(new Date(early).getUTCMonth()).toBe(9);
    expect(periodOf({ kind: 'month' }, early, ZONE).firstDate).toBe('2026-11-01');
    expect(officeDate(early, ZONE)).toBe('2026-11-01');
  });

  it('a Sunday belongs to the week that began the Monday before', () => {
    expect(periodOf({ kind: 'week' }, wib('2026-11-22T23:59:00'), ZONE).firstDate).toBe('2026-11-16');
    expect(periodOf({ kind: 'week' }, wib('2026-11-23T00:00:00'), ZONE).firstDate).toBe('2026-11-23');
  });

  it('any instant lies in its day, week and month, which start on a local midnight (weeks on a Monday)', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }), (now) => {
      for (const kind of ['today', 'week', 'month'] as const) {
        const p = periodOf({ kind }, now, ZONE);
        expect(now >= p.from && now < p.to).toBe(true);
        expect(officeDate(p.from, ZONE)).toBe(p.firstDate);
        expect(officeDate(p.to - 1, ZONE)).toBe(p.lastDate);
      }
      const week = periodOf({ kind: 'week' }, now, ZONE);
      expect(weekdayOf(week.firstDate)).toBe(1);
      expect(week.to - week.from).toBe(7 * DAY);
    }));
  });
});

describe('monthPeriod and recentWeeks', () => {
  it('a month has as many days as the calendar says', () => {
    expect((monthPeriod('2028-02', ZONE).to - monthPeriod('2028-02', ZONE).from) / DAY).toBe(29);
    expect(monthPeriod('2026-11', ZONE).lastDate).toBe('2026-11-30');
  });

  it('the recent weeks are contiguous, oldest first, and end with the current one', () => {
    const now = wib('2026-11-19T15:30:00');
    const weeks = recentWeeks(now, ZONE, 4);
    expect(weeks.map((w) => w.firstDate)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]?.from).toBe(weeks[i - 1]?.to);
    expect(mondayOf('2026-11-19')).toBe('2026-11-16');
  });
});
