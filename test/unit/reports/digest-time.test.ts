// When the daily digest is due: working days only (weekly hours and holidays), from DIGEST_AT on.
import { describe, expect, it } from 'vitest';
import { digestTiming, minutesOf } from '../../../flows/reports/digest-time.js';
import { OFFICE, wib } from './fixtures.js';

describe('digestTiming', () => {
  const withHoliday = { ...OFFICE, holidays: new Set(['2026-12-25']) };
  it.each([
    ['Thursday before DIGEST_AT', '2026-11-19T15:29', { due: false, date: '2026-11-19', why: 'too_early' }],
    ['Thursday at DIGEST_AT', '2026-11-19T15:30', { due: true, date: '2026-11-19' }],
    ['Thursday evening (a process that was down at 15:30)', '2026-11-19T22:00', { due: true, date: '2026-11-19' }],
    ['Friday (shorter hours, still a working day)', '2026-11-20T15:30', { due: true, date: '2026-11-20' }],
    ['Saturday', '2026-11-21T15:30', { due: false, date: '2026-11-21', why: 'not_a_working_day' }],
    ['a holiday', '2026-12-25T15:30', { due: false, date: '2026-12-25', why: 'not_a_working_day' }],
    ['just after midnight WIB (still the previous day in UTC)', '2026-11-20T00:10', { due: false, date: '2026-11-20', why: 'too_early' }],
  ])('%s', (_name, at, timing) => {
    expect(digestTiming(withHoliday, '15:30', wib(at))).toEqual(timing);
  });

  it.each([['00:00', 0], ['15:30', 930], ['23:59', 1439]])('%s is %i minutes after midnight', (at, minutes) => {
    expect(minutesOf(at)).toBe(minutes);
  });
});
