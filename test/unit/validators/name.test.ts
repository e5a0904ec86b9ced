import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, parseFreeText, parsePersonName } from '../../../flows/validators/name.js';

const nameWord = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPRSTUWYZ'), fc.array(fc.constantFrom(...'abcdefghijklmnoprstuwyz'), { minLength: 1, maxLength: 9 }))
  .map(([head, tail]) => head + tail.join(''));
const whitespace = fc.constantFrom(' ', '  ', '\t', ' \n ');

describe('parsePersonName', () => {
  it.each([
    ['  Siti   Aminah ', 'Siti Aminah'],
    ['SITI AMINAH', 'SITI AMINAH'],
    ['siti aminah', 'siti aminah'],
    ['Nama saya Siti Aminah', 'Siti Aminah'],
    ['nama: Budi Santoso', 'Budi Santoso'],
    ['H. Ahmad Dahlan,S.E.', 'H. Ahmad Dahlan, S.E.'],
    ["Ma'ruf", "Ma'ruf"],
    ['Ma’ruf', "Ma'ruf"],
    ['I Gusti Ngurah Rai', 'I Gusti Ngurah Rai'],
    ['Ani', 'Ani'],
    ['Nur-Aini', 'Nur-Aini'],
  ])('%s → %s', (text, name) => {
    expect(parsePersonName(text)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['', 'too_short'],
    ['B', 'too_short'],
    ['. ,', 'too_short'],
    ['Budi123', 'has_digits'],
    ['3505024101900001', 'has_digits'],
    ['Siti 😀', 'invalid_characters'],
    ['budi@gmail.com', 'invalid_characters'],
    ['A'.repeat(MAX_NAME_LENGTH + 1), 'too_long'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parsePersonName(text)).toEqual({ ok: false, reason });
  });

  it('keeps the words and their casing, with single spaces between them', () => {
    fc.assert(
      fc.property(fc.array(nameWord, { minLength: 1, maxLength: 5 }), whitespace, (parts, gap) => {
        expect(parsePersonName(`${gap}${parts.join(gap)}${gap}`)).toEqual({ ok: true, value: parts.join(' ') });
      }),
    );
  });

  it('rejects any name containing a digit', () => {
    fc.assert(
      fc.property(fc.array(nameWord, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 9 }), fc.nat(), (parts, digit, at) => {
        const name = parts.join(' ');
        const i = at % (name.length + 1);
        expect(parsePersonName(name.slice(0, i) + String(digit) + name.slice(i))).toEqual({ ok: false, reason: 'has_digits' });
      }),
    );
  });
});

describe('parseFreeText', () => {
  const limits = { min: 3, max: 40 };

  it.each([
    ['  Warung   Bu Siti ', 'Warung Bu Siti'],
    ['Jl. Merdeka 5\n\n  RT 02 / RW 03  ', 'Jl. Merdeka 5\nRT 02 / RW 03'],
    ['Kopi ☕ enak', 'Kopi ☕ enak'],
  ])('%j → %j', (text, tidy) => {
    expect(parseFreeText(text, limits)).toEqual({ ok: true, value: tidy });
  });

  it.each([
    ['', 'too_short'],
    ['  a  ', 'too_short'],
    ['x'.repeat(41), 'too_long'],
  ])('rejects %j as %s', (text, reason) => {
    expect(parseFreeText(text, limits)).toEqual({ ok: false, reason });
  });

  it('accepts exactly the lengths within the limits, counting characters not UTF-16 units', () => {
    const text = fc.array(fc.constantFrom('a', 'B', '7', 'é', '☕', '😀'), { minLength: 1, maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const length = [...t].length;
        const expected = length < limits.min ? { ok: false, reason: 'too_short' } : length > limits.max ? { ok: false, reason: 'too_long' } : { ok: true, value: t };
        expect(parseFreeText(t, limits)).toEqual(expected);
      }),
    );
  });
});
