import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNpwp } from '../../../flows/validators/npwp.js';

/** Luhn check digit for a payload, computed forwards (independent of the validator's backward loop). */
function luhnCheckDigit(payload: string): string {
  const digits = [...payload].map(Number);
  const sum = digits.reduce((acc, digit, i) => {
    const doubled = (digits.length - i) % 2 === 1 ? digit * 2 : digit;
    return acc + Math.floor(doubled / 10) + (doubled % 10);
  }, 0);
  return String((10 - (sum % 10)) % 10);
}

const digitString = (length: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));

/** A 15-digit NPWP with the right check digit in 9th place. */
const validNpwp15 = fc
  .tuple(digitString(8), digitString(6))
  .map(([head, tail]) => `${head}${luhnCheckDigit(head)}${tail}`);

const formatted = (npwp: string): string =>
  `${npwp.slice(0, 2)}.${npwp.slice(2, 5)}.${npwp.slice(5, 8)}.${npwp[8]}-${npwp.slice(9, 12)}.${npwp.slice(12)}`;

describe('parseNpwp', () => {
  it.each([
    ['01.312.166.0-091.000', '013121660091000'],
    ['016090524017000', '016090524017000'],
    ['01.300.066.6-091.000', '013000666091000'],
    [' 01 312 166 0 091 000 ', '013121660091000'],
    ['0013121660091000', '0013121660091000'],
    ['3505 0241 0190 0001', '3505024101900001'],
  ])('accepts %s', (text, digits) => {
    expect(parseNpwp(text)).toEqual({ ok: true, value: digits });
  });

  it.each([
    ['01.312.166.1-091.000', 'bad_check_digit'],
    ['013121661091000', 'bad_check_digit'],
    ['0013121661091000', 'bad_check_digit'],
    ['01312166009100', 'wrong_length'],
    ['01312166009100000', 'wrong_length'],
    ['01.312.166.0-091.00O', 'not_digits'],
    ['', 'not_digits'],
    ['9905024101900001', 'invalid_nik'],
    ['3505023102970001', 'invalid_nik'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseNpwp(text)).toEqual({ ok: false, reason });
  });

  it('the test helper reproduces the published check digits', () => {
    expect(['01312166', '01609052', '01300066'].map(luhnCheckDigit)).toEqual(['0', '4', '6']);
  });

  it('accepts every 15-digit NPWP with its check digit, plain or formatted, and the 16-digit 0-prefixed form', () => {
    fc.assert(
      fc.property(validNpwp15, (npwp) => {
        expect(parseNpwp(npwp)).toEqual({ ok: true, value: npwp });
        expect(parseNpwp(formatted(npwp))).toEqual({ ok: true, value: npwp });
        expect(parseNpwp(`0${npwp}`)).toEqual({ ok: true, value: `0${npwp}` });
      }),
    );
  });

  it('rejects any other check digit', () => {
    const wrong = validNpwp15.chain((npwp) =>
      fc.tuple(fc.constant(npwp), fc.integer({ min: 0, max: 9 }).filter((d) => String(d) !== npwp[8])),
    );
    fc.assert(
      fc.property(wrong, ([npwp, digit]) => {
        const mutated = npwp.slice(0, 8) + String(digit) + npwp.slice(9);
        expect(parseNpwp(mutated)).toEqual({ ok: false, reason: 'bad_check_digit' });
        expect(parseNpwp(`0${mutated}`)).toEqual({ ok: false, reason: 'bad_check_digit' });
      }),
    );
  });

  it('rejects a single mistyped digit in the checked part', () => {
    const typo = fc.tuple(validNpwp15, fc.nat(8), fc.integer({ min: 1, max: 9 }));
    fc.assert(
      fc.property(typo, ([npwp, at, shift]) => {
        const changed = String((Number(npwp[at]) + shift) % 10);
        const mutated = npwp.slice(0, at) + changed + npwp.slice(at + 1);
        expect(parseNpwp(formatted(mutated))).toEqual({ ok: false, reason: 'bad_check_digit' });
      }),
    );
  });

  it('rejects lengths other than 15 and 16', () => {
    const length = fc.integer({ min: 1, max: 30 }).filter((n) => n !== 15 && n !== 16);
    fc.assert(
      fc.property(length.chain(digitString), (digits) => {
        expect(parseNpwp(digits)).toEqual({ ok: false, reason: 'wrong_length' });
      }),
    );
  });
});
