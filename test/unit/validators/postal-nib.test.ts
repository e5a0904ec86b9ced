import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNib } from '../../../flows/validators/nib.js';
import { parsePostalCode } from '../../../flows/validators/postal.js';

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((ds) => ds.join(''));

describe('parsePostalCode', () => {
  it.each([
    ['66111', '66111'],
    [' 66 111 ', '66111'],
    ['10110', '10110'],
  ])('accepts %j', (text, code) => {
    expect(parsePostalCode(text)).toEqual({ ok: true, value: code });
  });

  it.each([
    ['6611', 'not_5_digits'],
    ['661110', 'not_5_digits'],
    ['66l11', 'not_5_digits'],
    ['', 'not_5_digits'],
    ['06111', 'starts_with_zero'],
  ])('rejects %j as %s', (text, reason) => {
    expect(parsePostalCode(text)).toEqual({ ok: false, reason });
  });

  it('accepts every 5-digit code starting 1–9 and rejects other lengths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 99999 }), digits(0, 12).filter((d) => d.length !== 5), (code, other) => {
        expect(parsePostalCode(String(code))).toEqual({ ok: true, value: String(code) });
        expect(parsePostalCode(other)).toEqual({ ok: false, reason: 'not_5_digits' });
      }),
    );
  });
});

describe('parseNib', () => {
  it.each([
    ['1234567890123', '1234567890123'],
    ['1234 5678 9012 3', '1234567890123'],
    ['0220000123456', '0220000123456'],
  ])('accepts %j', (text, nib) => {
    expect(parseNib(text)).toEqual({ ok: true, value: nib });
  });

  it('accepts any 13 digits (no public checksum) and nothing else', () => {
    fc.assert(
      fc.property(digits(13, 13), digits(0, 20).filter((d) => d.length !== 13), (nib, other) => {
        expect(parseNib(nib)).toEqual({ ok: true, value: nib });
        expect(parseNib(other)).toEqual({ ok: false, reason: 'not_13_digits' });
        expect(parseNib(`${nib.slice(0, 5)}O${nib.slice(6)}`)).toEqual({ ok: false, reason: 'not_13_digits' });
      }),
    );
  });
});
