import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RUPIAH, formatRupiah, parseRupiah } from '../../../flows/validators/money.js';
import { spellIndonesian } from './spell-indonesian.js';

const groupThousands = (n: number, separator: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** A decimal written with a comma, as Indonesians do ("2,5"). */
const commaDecimal = (n: number): string => String(n).replace('.', ',');

/** Whole-rupiah renderings of any amount. */
const plainStyles = [
  (n: number) => String(n),
  (n: number) => `Rp ${groupThousands(n, '.')}`,
  (n: number) => `Rp${groupThousands(n, '.')},00`,
  (n: number) => `Rp. ${groupThousands(n, '.')},-`,
  (n: number) => `${groupThousands(n, '.')} rupiah`,
  (n: number) => `IDR ${groupThousands(n, ',')}.00`,
];

describe('parseRupiah', () => {
  it.each([
    ['5jt', 5_000_000],
    ['5 jt', 5_000_000],
    ['Rp 5.000.000', 5_000_000],
    ['Rp5.000.000,00', 5_000_000],
    ['5 juta', 5_000_000],
    ['lima juta', 5_000_000],
    ['lima ratus ribu', 500_000],
    ['satu setengah juta', 1_500_000],
    ['setengah juta', 500_000],
    ['1,5 M', 1_500_000_000],
    ['1.5 miliar', 1_500_000_000],
    ['2,5jt', 2_500_000],
    ['500rb', 500_000],
    ['500 ribu', 500_000],
    ['750k', 750_000],
    ['1 milyar', 1_000_000_000],
    ['seratus juta', 100_000_000],
    ['dua puluh lima juta', 25_000_000],
    ['5000000', 5_000_000],
    ['Rp. 5.000.000,-', 5_000_000],
    ['5 000 000', 5_000_000],
    ['sekitar 5 jutaan', 5_000_000],
    ['kira-kira 2 jt', 2_000_000],
    ['kurang lebih 10jt', 10_000_000],
    ['± Rp 3 juta', 3_000_000],
    ['modal saya 15 juta', 15_000_000],
    ['1 juta 500 ribu', 1_500_000],
    ['1jt 250rb', 1_250_000],
    ['dua belas juta tiga ratus ribu', 12_300_000],
    ['seribu lima ratus', 1_500],
    ['sejuta', 1_000_000],
    ['Lima Juta', 5_000_000],
    ['5.000', 5_000],
    ['5,000,000', 5_000_000],
    ['1,25 jt', 1_250_000],
    ['0,5 jt', 500_000],
    ['0,500 jt', 500_000],
    ['1,500 jt', 1_500_000_000],
  ])('%s → %i', (text, rupiah) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value: rupiah });
  });

  it.each([
    ['', 'not_a_number'],
    ['banyak', 'not_a_number'],
    ['tidak tahu', 'not_a_number'],
    ['juta', 'not_a_number'],
    ['12.5', 'not_a_number'],
    ['1 juta 500', 'not_a_number'],
    ['500 ribu 1 juta', 'not_a_number'],
    ['dua tiga juta', 'not_a_number'],
    ['5 5 juta', 'not_a_number'],
    ['-5000', 'not_a_number'],
    ['5.00.000', 'not_a_number'],
    ['0', 'zero'],
    ['Rp 0,-', 'zero'],
    ['nol rupiah', 'zero'],
    ['Rp 1.000.000.000.001', 'too_large'],
    ['5000 triliun', 'too_large'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseRupiah(text)).toEqual({ ok: false, reason });
  });

  it('takes a lower ceiling when the question needs one', () => {
    expect(parseRupiah('60 juta', 50_000_000)).toEqual({ ok: false, reason: 'too_large' });
    expect(parseRupiah('50 juta', 50_000_000)).toEqual({ ok: true, value: 50_000_000 });
  });

  it('reads any whole amount written in digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: DEFAULT_MAX_RUPIAH }), fc.constantFrom(...plainStyles), (n, write) => {
        expect(parseRupiah(write(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('reads amounts written with ribu / juta / miliar abbreviations and decimal commas', () => {
    const tenThousands = fc.integer({ min: 1, max: 100_000_000 }).map((n) => n * 10_000);
    const styles = fc.constantFrom(
      (n: number) => `${commaDecimal(n / 1e6)}jt`,
      (n: number) => `${commaDecimal(n / 1e6)} juta`,
      (n: number) => `${n / 1e6} jt`,
      (n: number) => `${n / 1e3}rb`,
      (n: number) => `${n / 1e3}k`,
      (n: number) => `Rp ${groupThousands(n / 1e3, '.')} ribu`,
    );
    fc.assert(
      fc.property(tenThousands, styles, (n, write) => {
        expect(parseRupiah(write(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('reads miliar amounts with one or two decimals ("1,5 M", "2.25 miliar")', () => {
    const tenMillions = fc.integer({ min: 1, max: 99_999 }).map((n) => n * 10_000_000);
    const styles = fc.constantFrom(
      (n: number) => `${commaDecimal(n / 1e9)} M`,
      (n: number) => `${n / 1e9} miliar`,
      (n: number) => `${commaDecimal(n / 1e9)} milyar`,
    );
    fc.assert(
      fc.property(tenMillions, styles, (n, write) => {
        expect(parseRupiah(write(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('reads amounts spelled out in words', () => {
    // Above a million, amounts are named down to the thousand: "satu juta lima ratus" is refused as ambiguous.
    const amount = fc.oneof(
      fc.integer({ min: 1, max: 999_999 }),
      fc.integer({ min: 1_000, max: DEFAULT_MAX_RUPIAH / 1_000 - 1 }).map((n) => n * 1_000),
    );
    fc.assert(
      fc.property(amount, fc.boolean(), (n, useSe) => {
        expect(parseRupiah(spellIndonesian(n, useSe))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('refuses an amount followed by anything that is not a scale word', () => {
    const junk = fc.constantFrom('abc', 'orang', 'x', 'meter', '!?#');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), junk, (n, word) => {
        const result = parseRupiah(`${n} ${word}`);
        expect(result).toEqual({ ok: false, reason: 'not_a_number' });
      }),
    );
  });

  it('refuses amounts above the ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: DEFAULT_MAX_RUPIAH + 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseRupiah(String(n))).toEqual({ ok: false, reason: 'too_large' });
      }),
    );
  });
});

describe('formatRupiah', () => {
  it.each([
    [5_000_000, 'Rp 5.000.000'],
    [0, 'Rp 0'],
    [999, 'Rp 999'],
    [1_000, 'Rp 1.000'],
    [1_500_000_000, 'Rp 1.500.000.000'],
  ])('%i → %s', (n, text) => {
    expect(formatRupiah(n)).toBe(text);
  });

  it('writes what parseRupiah reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: DEFAULT_MAX_RUPIAH }), (n) => {
        const text = formatRupiah(n);
        expect(text).toMatch(/^Rp \d{1,3}(?:\.\d{3})*$/);
        expect(parseRupiah(text)).toEqual({ ok: true, value: n });
      }),
    );
  });
});
