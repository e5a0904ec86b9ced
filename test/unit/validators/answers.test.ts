import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNo, isUnknownAnswer, isYes } from '../../../flows/validators/answers.js';

/** Chat noise around a short answer: stretched last letter, random case, punctuation, a polite address. */
const chatty = (word: string): fc.Arbitrary<string> =>
  fc
    .record({
      stretch: fc.integer({ min: 1, max: 4 }),
      upper: fc.boolean(),
      tail: fc.constantFrom('', '.', '!', '!!', ' 🙏', ' kak', ', mas', ' ya kak'),
    })
    .map(({ stretch, upper, tail }) => {
      const stretched = word + word.slice(-1).repeat(stretch - 1);
      return (upper ? stretched.toUpperCase() : stretched) + tail;
    });

const YES_WORDS = ['ya', 'iya', 'y', 'yes', 'ok', 'oke', 'betul', 'benar', 'setuju', 'boleh', 'siap', 'sudah'];
const NO_WORDS = ['tidak', 'tdk', 'gak', 'ga', 'nggak', 'no', 'n', 'bukan', 'belum', 'enggak'];

describe('isYes / isNo', () => {
  it.each(['iyaa', 'Yaa!', 'ya', 'Y', 'ok', 'OKE', 'oke kak', 'ya betul', 'Betul sekali', 'setuju', 'iya, benar', '👍', '👍🏽', 'sudah benar'])(
    '"%s" is yes',
    (text) => {
      expect(isYes(text)).toBe(true);
      expect(isNo(text)).toBe(false);
    },
  );

  it.each(['tidak', 'Tdk', 'gak', 'ga', 'nggak', 'no', 'n', 'bukan', 'belum', 'gaaak', 'tidak, terima kasih', 'belum pernah', 'tidak ada', 'nggak usah', 'gak ya kak', 'tidak mau', 'tidak benar', 'Tidak. Belum pernah'])(
    '"%s" is no',
    (text) => {
      expect(isNo(text)).toBe(true);
      expect(isYes(text)).toBe(false);
    },
  );

  it.each(['ya tapi besok', 'iya tidak', 'ya, tidak', 'tidak, iya', 'tidak, ya', 'pernah', 'benar tidak', 'mungkin', 'tidak tahu', '', 'halo', '3505024101900001'])('"%s" is neither', (text) => {
    expect(isYes(text)).toBe(false);
    expect(isNo(text)).toBe(false);
  });

  it('recognises yes-words however they are typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...YES_WORDS).chain(chatty), (text) => {
        expect(isYes(text)).toBe(true);
        expect(isNo(text)).toBe(false);
      }),
    );
  });

  it('recognises no-words however they are typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NO_WORDS).chain(chatty), (text) => {
        expect(isNo(text)).toBe(true);
        expect(isYes(text)).toBe(false);
      }),
    );
  });

  it('a yes mixed with a no is neither', () => {
    fc.assert(
      fc.property(fc.constantFrom(...YES_WORDS), fc.constantFrom(...NO_WORDS), fc.boolean(), (yes, no, yesFirst) => {
        const text = yesFirst ? `${yes} ${no}` : `${no}, ${yes}`;
        expect(isYes(text)).toBe(false);
        expect(isNo(text)).toBe(false);
      }),
    );
  });
});

describe('isUnknownAnswer', () => {
  it.each([
    'tidak tahu', 'gak tau', 'ga tau', 'tdk tau', 'belum tahu', 'unknown', "don't know", 'dont know', 'I do not know', 'gatau kak',
    'kurang tahu', 'Nggak tauuu', 'lupa', 'tidak tahu kode posnya kak', 'not sure', 'entah',
  ])('"%s" is "I don\'t know"', (text) => {
    expect(isUnknownAnswer(text)).toBe(true);
  });

  it.each(['tahu', 'saya tahu', 'I do know', '66111', 'tidak', 'ya', '', 'tidak tahu kenapa tadi pesan saya tidak terkirim ke admin desa'])(
    '"%s" is not',
    (text) => {
      expect(isUnknownAnswer(text)).toBe(false);
    },
  );
});
