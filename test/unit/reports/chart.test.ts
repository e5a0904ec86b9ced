// The weekly chart as pixels: one bar per week and kecamatan with NIBs, read back from the bitmap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../flows/i18n/index.js';
import { barCount, gridStep, renderChart, type WeeklyChart } from '../../../flows/reports/chart.js';
import { recentWeeks } from '../../../flows/reports/period.js';
import { weeklyChart } from '../../../flows/reports/weekly.js';
import { countBars } from '../../support/chart-bars.js';
import { NAMES, ZONE, reportCase, wib } from './fixtures.js';

const chart = (series: WeeklyChart['series'], weeks = ['26/10', '2/11', '9/11', '16/11']): WeeklyChart => ({ title: 'NIB TERBIT', weeks, series, emptyText: 'BELUM ADA NIB' });

describe('renderChart', () => {
  it('draws a bar for each week and kecamatan with at least one NIB, none for a zero', () => {
    const c = chart([{ label: 'UDANAWU', counts: [0, 3, 1, 7] }, { label: 'KANIGORO', counts: [2, 0, 0, 1] }]);
    expect(barCount(c)).toBe(5);
    expect(countBars(renderChart(c))).toBe(5);
  });

  it('with no NIB at all the chart has axes and no bar', () => {
    expect(countBars(renderChart(chart([])))).toBe(0);
  });

  it('whatever the figures, the bars read back from the pixels are the bars meant', () => {
    const series = fc.array(fc.record({ label: fc.constantFrom('UDANAWU', 'KANIGORO', 'SRENGAT', 'SUTOJAYAN KULON'), counts: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 4, maxLength: 4 }) }), { maxLength: 24 });
    fc.assert(fc.property(series, (s) => {
      const c = chart(s);
      expect(countBars(renderChart(c))).toBe(barCount(c));
    }), { numRuns: 40 });
  });

  it.each([[1, 1], [4, 1], [9, 5], [40, 10], [123, 50]])('grid step for a maximum of %i is %i', (max, step) => {
    expect(gridStep(max)).toBe(step);
  });
});

describe('weeklyChart', () => {
  it('counts NIBs per kecamatan in each of the recent weeks, by recording time', () => {
    const now = wib('2026-11-19T15:30');
    const issued = (village: string, at: string) => reportCase(village, [['submitted', '2026-10-20T09:00'], ['nib_recorded', at]], { status: 'nib_issued' });
    const cases = [
      issued('35.05.02.2007', '2026-11-18T09:00'), issued('35.05.02.2001', '2026-11-16T08:00'), issued('35.05.10.1010', '2026-11-03T10:00'),
      issued('35.05.10.1010', '2026-10-01T10:00'), reportCase('35.05.02.2007', [['submitted', '2026-11-18T09:00']]),
    ];
    const c = weeklyChart(cases, recentWeeks(now, ZONE, 4), NAMES, translator('id'));
    expect(c.weeks).toEqual(['26/10', '2/11', '9/11', '16/11']);
    expect(c.series).toEqual([{ label: 'KANIGORO', counts: [0, 1, 0, 0] }, { label: 'UDANAWU', counts: [0, 0, 0, 2] }]);
    expect(c.title).toBe('NIB TERBIT PER KECAMATAN PER MINGGU');
  });
});
