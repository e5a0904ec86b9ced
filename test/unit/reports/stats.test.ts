// Medians and nearest-rank percentiles: table cases and the properties every report relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { average, decimal, median, percentile } from '../../../flows/reports/stats.js';

describe('median and percentile', () => {
  it.each<[number[], number | undefined, number | undefined]>([
    [[], undefined, undefined],
    [[4], 4, 4],
    [[1, 3], 2, 3],
    [[5, 1, 3], 3, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5, 9],
    [[2, 2, 2, 9], 2, 9],
  ])('%j: median %s, p90 %s', (values, mid, p90) => {
    expect(median(values)).toBe(mid);
    expect(percentile(values, 90)).toBe(p90);
  });

  it('the median lies between the smallest and largest; a percentile is one of the values and grows with p', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1 }), fc.integer({ min: 1, max: 99 }), (values, p) => {
      const mid = median(values) ?? NaN;
      expect(mid).toBeGreaterThanOrEqual(Math.min(...values));
      expect(mid).toBeLessThanOrEqual(Math.max(...values));
      expect(values).toContain(percentile(values, p));
      expect(percentile(values, p + 1) ?? 0).toBeGreaterThanOrEqual(percentile(values, p) ?? 0);
    }));
  });

  it('averages and writes decimals the Indonesian way', () => {
    expect(average([4, 5])).toBe(4.5);
    expect(average([])).toBeUndefined();
    expect(decimal(2.25, 'id')).toBe('2,3');
    expect(decimal(2.25, 'en')).toBe('2.3');
  });
});
