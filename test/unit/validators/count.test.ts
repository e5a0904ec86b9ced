import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LAND_AREA_M2, MAX_WORKERS, parseLandArea, parseWorkerCount } from '../../../flows/validators/count.js';
import { spellIndonesian } from './spell-indonesian.js';

describe('parseWorkerCount', () => {
  it.each([
    ['3', 3],
    ['3 orang', 3],
    ['tiga', 3],
    ['tiga orang karyawan', 3],
    ['ada 12 pekerja', 12],
    ['dua puluh', 20],
    ['sendiri', 1],
    ['saya sendiri', 1],
    ['Sendirian kak', 1],
    ['berdua', 2],
    ['bertiga', 3],
    ['tidak ada', 0],
    ['belum ada karyawan', 0],
    ['0', 0],
    ['nol', 0],
  ])('%s → %i', (text, count) => {
    expect(parseWorkerCount(text)).toEqual({ ok: true, value: count });
  });

  it.each([
    ['', 'not_a_number'],
    ['banyak', 'not_a_number'],
    ['2,5', 'not_a_number'],
    ['2-3 orang', 'not_a_number'],
    ['-3', 'not_a_number'],
    ['20000', 'too_large'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseWorkerCount(text)).toEqual({ ok: false, reason });
  });

  it('reads any count in digits or words, with or without "orang"', () => {
    const style = fc.constantFrom(
      (n: number) => String(n),
      (n: number) => `${n} orang`,
      (n: number) => `${n} karyawan`,
      (n: number) => spellIndonesian(n),
      (n: number) => `${spellIndonesian(n)} orang`,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_WORKERS }), style, (n, write) => {
        expect(parseWorkerCount(write(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('refuses counts above the ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_WORKERS + 1, max: 1e9 }), (n) => {
        expect(parseWorkerCount(String(n))).toEqual({ ok: false, reason: 'too_large' });
      }),
    );
  });
});

describe('parseLandArea', () => {
  it.each([
    ['20 m2', 20],
    ['20m²', 20],
    ['20 meter persegi', 20],
    ['20 meter', 20],
    ['dua puluh meter persegi', 20],
    ['5x4', 20],
    ['5 x 4 meter', 20],
    ['5m x 4m', 20],
    ['2,5 × 3', 7.5],
    ['0.5 ha', 5_000],
    ['0,5 hektar', 5_000],
    ['0.250 ha', 2_500],
    ['2 are', 200],
    ['1.500 m2', 1_500],
    ['luas tanah 100 m2', 100],
    ['tidak ada', 0],
    ['numpang', 0],
    ['numpang di rumah orang', 0],
    ['-', 0],
  ])('%s → %f m²', (text, area) => {
    expect(parseLandArea(text)).toEqual({ ok: true, value: area });
  });

  it.each([
    ['', 'not_a_number'],
    ['luas', 'not_a_number'],
    ['5x', 'not_a_number'],
    ['5 x 4 x 3', 'not_a_number'],
    ['5 ha x 4', 'not_a_number'],
    ['20000 ha', 'too_large'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseLandArea(text)).toEqual({ ok: false, reason });
  });

  it('reads whole square metres in any unit spelling', () => {
    const style = fc.constantFrom(
      (n: number) => `${n} m2`,
      (n: number) => `${n}m²`,
      (n: number) => `${n} meter persegi`,
      (n: number) => `${n} M2`,
      (n: number) => String(n),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), style, (n, write) => {
        expect(parseLandArea(write(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('multiplies width by length', () => {
    const side = fc.integer({ min: 1, max: 999 });
    const style = fc.constantFrom(
      (w: number, l: number) => `${w}x${l}`,
      (w: number, l: number) => `${w} x ${l} m`,
      (w: number, l: number) => `${w}m × ${l}m`,
      (w: number, l: number) => `${w} * ${l} meter`,
    );
    fc.assert(
      fc.property(side, side, style, (w, l, write) => {
        expect(parseLandArea(write(w, l))).toEqual({ ok: true, value: w * l });
      }),
    );
  });

  it('converts hectares written with a decimal comma or point', () => {
    const hundredths = fc.integer({ min: 1, max: 99_999 });
    fc.assert(
      fc.property(hundredths, fc.constantFrom(',', '.'), fc.constantFrom('ha', 'hektar', 'hektare'), (h, point, unit) => {
        const text = `${Math.floor(h / 100)}${point}${String(h % 100).padStart(2, '0')} ${unit}`;
        const expected = h * 100;
        expect(parseLandArea(text)).toEqual(expected > MAX_LAND_AREA_M2 ? { ok: false, reason: 'too_large' } : { ok: true, value: expected });
      }),
    );
  });
});
