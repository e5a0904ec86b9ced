// What the applicant relay reads out of a chat message: the OSS one-time code after KODE, and the
// 1–5 satisfaction rating after the NIB. Tables for the forms people write, properties for the rest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOneTimeCode, findRating } from '../../../bot/casework/applicant-relay.js';

/** Indonesian text without digits around a forwarded code. */
const before = fc.constantFrom('', 'Kode OTP OSS Anda ', 'ini kodenya: ', 'Kode verifikasi: ', 'Pak, kodenya ', '*', 'kode\n', 'Kode OTP OSS Anda adalah ');
const after = fc.constantFrom('', '.', ' ya pak', '. JANGAN BERIKAN KODE INI KEPADA SIAPAPUN.', '. Berlaku 5 menit.', ' 🙏', '*', '\nterima kasih');

const code = fc.stringMatching(/^[0-9]{4,8}$/);

/** Mobile numbers as Indonesians write them: 08…, 628…, +62 8…, unbroken or grouped. */
const phone = fc.record({
  lead: fc.constantFrom('08', '628', '+628', '+62 8'),
  rest: fc.stringMatching(/^[0-9]{9,10}$/),
  separator: fc.constantFrom('', ' ', '-'),
}).map(({ lead, rest, separator }) => {
  const groups = [rest.slice(0, 2), rest.slice(2, 6), rest.slice(6)];
  return `${lead}${groups.join(separator)}`;
});

describe('findOneTimeCode', () => {
  const found: [text: string, code: string][] = [
    ['482913', '482913'],
    ['Kode OTP OSS Anda 482913', '482913'],
    ['Kode OTP OSS Anda adalah 482913. JANGAN BERIKAN KODE INI KEPADA SIAPAPUN.', '482913'],
    ['4829 13', '482913'],
    ['48 29 13', '482913'],
    ['kodenya 1234 pak', '1234'],
    ['12345678', '12345678'],
    ['*739104*', '739104'],
    ['Kode: 0042', '0042'],
    ['Kode 482913 berlaku 5 menit', '482913'],
    ['kode\n482913', '482913'],
  ];

  it.each(found)('finds the code in %j', (text, expected) => {
    expect(findOneTimeCode(text)).toBe(expected);
  });

  const notFound: [label: string, text: string][] = [
    ['no digits', 'sebentar ya pak, belum masuk kodenya'],
    ['an empty message', ''],
    ['three digits', 'kode 123'],
    ['two short numbers', 'RT 01 RW 02'],
    ['nine digits', '123456789'],
    ['a NIK', '3505015203850001'],
    ['a 13-digit NIB', 'NIB 9120001234567'],
    ['a phone number', '081234567890'],
    ['a phone number with +62', '+6281234567890'],
    ['money', 'Rp 50.000'],
  ];

  it.each(notFound)('finds nothing in %s', (_, text) => {
    expect(findOneTimeCode(text)).toBeUndefined();
  });

  it('finds a 4–8 digit code anywhere in Indonesian text', () => {
    fc.assert(fc.property(before, code, after, (b, c, a) => {
      expect(findOneTimeCode(`${b}${c}${a}`)).toBe(c);
    }));
  });

  it('finds a code typed in two groups', () => {
    fc.assert(fc.property(before, code, fc.nat(), after, (b, c, at, a) => {
      const cut = 1 + (at % (c.length - 1));
      expect(findOneTimeCode(`${b}${c.slice(0, cut)} ${c.slice(cut)}${a}`)).toBe(c);
    }));
  });

  it('never takes a longer unbroken digit run (a NIK, a NIB, an account number) as a code', () => {
    fc.assert(fc.property(before, fc.stringMatching(/^[0-9]{9,20}$/), after, (b, run, a) => {
      expect(findOneTimeCode(`${b}${run}${a}`)).toBeUndefined();
    }));
  });

  it('never takes fewer than four digits as a code', () => {
    fc.assert(fc.property(before, fc.stringMatching(/^[0-9]{1,3}$/), after, (b, run, a) => {
      expect(findOneTimeCode(`${b}${run}${a}`)).toBeUndefined();
    }));
  });

  it('whatever it returns is 4–8 digits that occur in the message in that order', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('1', '2', '0', ' ', 'a', '.', '-', '+', '\n'), maxLength: 40 }), (text) => {
      const result = findOneTimeCode(text);
      if (result === undefined) return;
      expect(result).toMatch(/^[0-9]{4,8}$/);
      expect(text.replace(/[^0-9]/g, '')).toContain(result);
    }));
  });

  // A phone number written the usual way ("0812 3456 7890", "0812-3456-7890", "+62 812 …") is never
  // taken for a code, and does not hide a real code later in the same message.
  const phones: [text: string][] = [
    ['0812 3456 7890'],
    ['0812-3456-7890'],
    ['+62 812 3456 7890'],
    ['nomor saya 0812-3456-7890'],
  ];

  it.each(phones)('does not take the phone number %j as a code', (text) => {
    expect(findOneTimeCode(text)).toBeUndefined();
  });

  it('finds the code after a phone number in the same message', () => {
    expect(findOneTimeCode('Nomor saya 0812 3456 7890, kodenya 482913')).toBe('482913');
  });

  it('never takes a phone number, in any usual form, as a code', () => {
    fc.assert(fc.property(before, phone, after, (b, p, a) => {
      expect(findOneTimeCode(`${b}${p}${a}`)).toBeUndefined();
    }));
  });
});

describe('findRating', () => {
  const ratings: [text: string, rating: number][] = [
    ['5', 5],
    ['1', 1],
    [' 3 ', 3],
    ['5/5', 5],
    ['4 / 5', 4],
    ['⭐', 1],
    ['⭐⭐⭐', 3],
    ['⭐⭐⭐⭐⭐', 5],
    ['⭐️⭐️⭐️⭐️', 4],
    ['nilai 4', 4],
    ['Nilai: 2', 2],
    ['bintang 5', 5],
    ['saya beri 5 bintang', 5],
    ['5!', 5],
  ];

  it.each(ratings)('reads %j as %i', (text, rating) => {
    expect(findRating(text)).toBe(rating);
  });

  const notRatings: [text: string][] = [
    ['0'], ['6'], ['10'], ['15'], ['55'], ['4/10'], ['5/3'],
    ['⭐⭐⭐⭐⭐⭐'], [''], ['terima kasih banyak'], ['nilai'], ['1-5'],
    ['NIB saya 9120001234567'],
  ];

  it.each(notRatings)('does not read %j as a rating', (text) => {
    expect(findRating(text)).toBeUndefined();
  });

  const forms: ((n: number) => string)[] = [
    (n) => String(n), (n) => `${n}/5`, (n) => `${n} / 5`, (n) => '⭐'.repeat(n), (n) => '⭐\uFE0F'.repeat(n),
    (n) => `nilai ${n}`, (n) => `Nilai ${n}`, (n) => `bintang ${n}`, (n) => `${n} bintang`,
  ];

  it('reads every rating from 1 to 5 in every usual form', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...forms), (n, form) => {
      expect(findRating(form(n))).toBe(n);
    }));
  });

  it('reads no number outside 1–5, alone or after "nilai"', () => {
    fc.assert(fc.property(fc.oneof(fc.constant(0), fc.integer({ min: 6, max: 100_000 })), fc.constantFrom('', 'nilai ', 'bintang '), (n, lead) => {
      expect(findRating(`${lead}${n}`)).toBeUndefined();
    }));
  });

  it('reads nothing from text with neither digits nor stars', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      fc.pre(!/[0-9⭐]/.test(text));
      expect(findRating(text)).toBeUndefined();
    }));
  });

  it('whatever it returns is an integer from 1 to 5', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('1', '5', '6', '0', ' ', '/', '⭐', 'a') , maxLength: 20 }), (text) => {
      const result = findRating(text);
      if (result !== undefined) expect([1, 2, 3, 4, 5]).toContain(result);
    }));
  });

  // A digit wins over decorative stars: "5 ⭐" is five, not one star.
  it.each([['5 ⭐', 5], ['⭐ 4', 4], ['nilai 5 ⭐', 5]] as [string, number][])('reads %j as %i, not as one star', (text, rating) => {
    expect(findRating(text)).toBe(rating);
  });
});
