import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMobilePhone } from '../../../flows/validators/phone.js';

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((ds) => ds.join(''));

/** National mobile numbers: 8[1-35-9] then 7–10 digits (libphonenumber metadata, research §2.5). */
const nationalMobile = fc
  .tuple(fc.constantFrom('1', '2', '3', '5', '6', '7', '8', '9'), digits(7, 10))
  .map(([second, rest]) => `8${second}${rest}`);

const grouped = (n: string, separator: string): string => n.replace(/(\d{4})(?=\d)/g, `$1${separator}`);

/** How people write the same number. */
const style = fc.constantFrom(
  (n: string) => `0${n}`,
  (n: string) => `+62${n}`,
  (n: string) => `62${n}`,
  (n: string) => `+62 ${grouped(n, ' ')}`,
  (n: string) => `0${grouped(n, '-')}`,
  (n: string) => ` 62 ${grouped(n, '.')} `,
  (n: string) => `+62 (0)${n}`,
  (n: string) => `(0${n.slice(0, 3)}) ${n.slice(3)}`,
  (n: string) => `0062${n}`,
);

describe('parseMobilePhone', () => {
  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['62 812 3456 7890', '6281234567890'],
    ['+62 812-345-678', '62812345678'],
    ['0811234567', '62811234567'],
    ['0812345678901', '62812345678901'],
    ['812 3456 7890', '6281234567890'],
    ['０８１２３４５６７８９０', '6281234567890'],
  ])('accepts %s', (text, expected) => {
    expect(parseMobilePhone(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['021 555 1234', 'not_mobile'],
    ['0841 2345 678', 'not_mobile'],
    ['0800 123 4567', 'not_mobile'],
    ['+1 555 123 4567', 'not_mobile'],
    ['+62 0812 3456 789', 'not_mobile'],
    ['12345', 'not_mobile'],
    ['08123', 'wrong_length'],
    ['081234567', 'wrong_length'],
    ['08123456789012', 'wrong_length'],
    ['0812 abc 7890', 'not_a_number'],
    ['', 'not_a_number'],
    ['nomor saya 08123456789', 'not_a_number'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseMobilePhone(text)).toEqual({ ok: false, reason });
  });

  it('accepts every mobile number in every common style and returns 62 + national digits', () => {
    fc.assert(
      fc.property(nationalMobile, style, (national, write) => {
        expect(parseMobilePhone(write(national))).toEqual({ ok: true, value: `62${national}` });
      }),
    );
  });

  it('rejects numbers that are too short or too long', () => {
    const wrongLength = fc.oneof(digits(0, 6), digits(11, 14)).map((rest) => `81${rest}`);
    fc.assert(
      fc.property(wrongLength, style, (national, write) => {
        expect(parseMobilePhone(write(national))).toEqual({ ok: false, reason: 'wrong_length' });
      }),
    );
  });

  it('rejects 08 numbers outside the mobile ranges (080x, 084x)', () => {
    const notMobile = fc.tuple(fc.constantFrom('0', '4'), digits(7, 10)).map(([second, rest]) => `8${second}${rest}`);
    fc.assert(
      fc.property(notMobile, (national) => {
        expect(parseMobilePhone(`0${national}`)).toEqual({ ok: false, reason: 'not_mobile' });
      }),
    );
  });

  it('rejects letters anywhere', () => {
    const withLetter = fc.tuple(nationalMobile, fc.constantFrom('O', 'o', 'l', 'x'), fc.nat(13));
    fc.assert(
      fc.property(withLetter, ([national, letter, at]) => {
        const text = `0${national}`;
        const i = at % text.length;
        expect(parseMobilePhone(text.slice(0, i) + letter + text.slice(i + 1))).toEqual({ ok: false, reason: 'not_a_number' });
      }),
    );
  });
});
