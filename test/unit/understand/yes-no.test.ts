// readYesNo: the plain yes/no words with chat noise (case, stretched letters, punctuation, emoji,
// honorifics), English phrases, a question's own restating phrases (a negation just before one flips
// it; the question's phrase outweighs a leading particle), and replies that are neither.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYesNo, type Restatements } from '../../../flows/understand/yes-no.js';
import { NO, YES } from '../../../flows/validators/answers.js';
import { CHAT_FILLERS, squeeze } from '../../../flows/validators/text.js';

/** "Is the business already running?" */
const OPERATING: Restatements = { yes: ['sudah jalan', 'jalan'], no: ['belum jalan', 'baru mau'] };
/** "Is the business at the same address as the KTP?" */
const SAME_ADDRESS: Restatements = { yes: ['sama', 'di rumah'], no: ['beda', 'lain'] };
/** "Use this WhatsApp number?" */
const THIS_NUMBER: Restatements = { yes: ['nomor ini', 'pakai nomor ini'] };

const YES_WORDS = [
  'ya', 'iya', 'iy', 'y', 'yes', 'ok', 'oke', 'okay', 'sip', 'siap', 'betul', 'benar', 'bener', 'setuju', 'boleh', 'sudah',
  'udah', 'nggih', 'inggih', 'enggih', 'sampun', 'leres', 'iya dong', 'ya betul', 'sure', 'yup',
];
const NO_WORDS = [
  'tidak', 'tdk', 'gak', 'ga', 'gk', 'nggak', 'enggak', 'ndak', 'no', 'n', 'bukan', 'belum', 'blm', 'mboten', 'dereng',
  'durung', 'ora', 'tidak ada', 'belum pernah', 'nggak usah',
];

/** Deterministic chat noise for the tables: the word as typed in a hurry, shouting, stretched, polite. */
const NOISE: readonly [string, (w: string) => string][] = [
  ['plain', (w) => w],
  ['upper case', (w) => w.toUpperCase()],
  ['stretched', (w) => w + w.slice(-1).repeat(3)],
  ['punctuation', (w) => `${w}!!!`],
  ['full stop', (w) => `${w[0]!.toUpperCase()}${w.slice(1)}.`],
  ['emoji', (w) => `${w} 🙏`],
  ['kak', (w) => `${w} kak`],
  ['mas', (w) => `${w}, mas`],
  ['pak', (w) => `${w} pak!`],
  ['bu + emoji', (w) => `${w} bu 🙏🏽`],
];

const cross = (list: readonly string[]): [string, string, string][] =>
  list.flatMap((word) => NOISE.map(([how, noisy]): [string, string, string] => [noisy(word), word, how]));

describe('readYesNo: plain words', () => {
  it.each(cross(YES_WORDS))('"%s" (%s, %s) is yes', (text) => {
    expect(readYesNo(text)).toBe(true);
  });

  it.each(cross(NO_WORDS))('"%s" (%s, %s) is no', (text) => {
    expect(readYesNo(text)).toBe(false);
  });

  it.each(['nggih pak', 'Inggih, leres', 'sampun mas', 'enggih bu', 'iyo wis', 'monggo', '👍', '👍🏽', '👌', 'Iyaaa kak 🙏', 'ok siap', 'Siap pak!'])(
    '"%s" is yes (Javanese and chat forms)',
    (text) => {
      expect(readYesNo(text)).toBe(true);
    },
  );

  it('"dereng nggih pak" (not yet, sir) is no', () => {
    expect(readYesNo('dereng nggih pak')).toBe(false);
  });

  it.each(['mboten pak', 'dereng mas', 'mboten wonten', 'dereng gadhah', 'Gaaak!!', 'tidak, terima kasih', 'gak ya kak', 'Tidak. Belum pernah'])(
    '"%s" is no (Javanese and chat forms)',
    (text) => {
      expect(readYesNo(text)).toBe(false);
    },
  );
});

describe('readYesNo: English', () => {
  it.each([
    ['yes, I agree', true],
    ['Yes that is right', true],
    ['of course', true],
    ['Of course!', true],
    ['sure, go ahead', true],
    ['sounds good', true],
    ['yes, of course', true],
    ['no thanks', false],
    ['No, thank you', false],
    ['not yet', false],
    ['no, of course not', false],
    ['nope', false],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(readYesNo(text)).toBe(expected);
  });
});

describe('readYesNo: a question restated', () => {
  it.each([
    // "Is the business already running?"
    ['sudah jalan 2 tahun', OPERATING, true],
    ['Sudah jalan kak', OPERATING, true],
    ['udah jalan', OPERATING, true],
    ['jalan', OPERATING, true],
    ['belum jalan', OPERATING, false],
    ['blm jalan', OPERATING, false],
    ['tidak jalan', OPERATING, false],
    ['baru mau buka bulan depan', OPERATING, false],
    ['Baru mau', OPERATING, false],
    // "Same address as on the KTP?"
    ['iya sama', SAME_ADDRESS, true],
    ['sama', SAME_ADDRESS, true],
    ['Samaa kak', SAME_ADDRESS, true],
    ['sama, di rumah', SAME_ADDRESS, true],
    ['di rumah', SAME_ADDRESS, true],
    ['tidak sama', SAME_ADDRESS, false],
    ['gak sama', SAME_ADDRESS, false],
    ['gak beda', SAME_ADDRESS, true],
    ['nggak beda kok', SAME_ADDRESS, true],
    ['iya beda', SAME_ADDRESS, false],
    ['ya lain', SAME_ADDRESS, false],
    ['beda', SAME_ADDRESS, false],
    ['beda, di pasar', SAME_ADDRESS, false],
    ['beda dengan ktp', SAME_ADDRESS, false],
    ['lain', SAME_ADDRESS, false],
    // "Use this WhatsApp number?"
    ['pakai nomor ini aja', THIS_NUMBER, true],
    ['nomor ini', THIS_NUMBER, true],
    ['iya nomor ini kak', THIS_NUMBER, true],
    ['tidak pakai nomor ini', THIS_NUMBER, false],
  ] as const)('"%s" → %s', (text, restate, expected) => {
    expect(readYesNo(text, restate)).toBe(expected);
  });

  it('a restating phrase means nothing to a question that does not declare it (an opening yes still counts)', () => {
    expect(readYesNo('jalan 2 tahun')).toBeUndefined();
    expect(readYesNo('sudah jalan 2 tahun')).toBe(true);
    expect(readYesNo('sama', OPERATING)).toBeUndefined();
    expect(readYesNo('beda', THIS_NUMBER)).toBeUndefined();
  });

  it('a plain yes/no word still answers a question with its own phrases', () => {
    expect(readYesNo('iya', SAME_ADDRESS)).toBe(true);
    expect(readYesNo('belum', OPERATING)).toBe(false);
    expect(readYesNo('nggih pak', THIS_NUMBER)).toBe(true);
  });

  it('"gak, beda" to "same address?" is no', () => {
    expect(readYesNo('gak, beda', SAME_ADDRESS)).toBe(false);
  });

  it('"tidak, beda" to "same address?" is no', () => {
    expect(readYesNo('tidak, beda', SAME_ADDRESS)).toBe(false);
  });

  it('"belum, baru mau buka" to "is it running?" is no', () => {
    expect(readYesNo('belum, baru mau buka', OPERATING)).toBe(false);
  });

  it('"Belum. Baru mau buka" to "is it running?" is no', () => {
    expect(readYesNo('Belum. Baru mau buka', OPERATING)).toBe(false);
  });

  // BUG: "sama" here is the preposition ("different from the KTP"), but it counts as the yes phrase and the reply is asked again.
  it.fails('"beda sama KTP" to "same address?" is no', () => {
    expect(readYesNo('beda sama KTP', SAME_ADDRESS)).toBe(false);
  });
});

describe('readYesNo: neither', () => {
  it.each([
    ['sama maksudnya gimana?', SAME_ADDRESS],
    ['sama?', SAME_ADDRESS],
    ['sudah jalan?', OPERATING],
    ['maksudnya apa kak', SAME_ADDRESS],
    ['kenapa harus sama', SAME_ADDRESS],
    ['ya tapi besok', {}],
    ['sama tapi mau pindah', SAME_ADDRESS],
    ['sudah jalan tapi belum lancar', OPERATING],
    ['mungkin sama', SAME_ADDRESS],
    ['ya tidak', {}],
    ['iya, tidak', {}],
    ['tidak, iya', {}],
    ['sama, beda', SAME_ADDRESS],
    ['', {}],
    ['   ', {}],
    ['🙏', {}],
    ['halo', {}],
    ['ga tau', {}],
    ['3505015203850001', {}],
    ['di pasar', SAME_ADDRESS],
  ] as const)('"%s" is neither', (text, restate) => {
    expect(readYesNo(text, restate)).toBeUndefined();
  });

  it('"iya?" asked back is neither', () => {
    expect(readYesNo('iya?')).toBeUndefined();
  });

  it('"belum?" asked back is neither', () => {
    expect(readYesNo('belum?', OPERATING)).toBeUndefined();
  });
});


// ---- properties -------------------------------------------------------------------------------------

/** Chat padding around a short answer: stretched last letter, random case, a polite address, emoji, punctuation. */
const PADDING = ['', '.', '!', '!!', ' 🙏', ' 👍🏽', ' kak', ', mas', ' ya kak', ' pak', ' bu', ' mbak 😊'];
const chatty = (word: string, tails: readonly string[] = PADDING): fc.Arbitrary<string> =>
  fc
    .record({
      stretch: fc.integer({ min: 1, max: 5 }),
      upper: fc.boolean(),
      head: fc.constantFrom('', 'kak ', 'Pak, ', 'mas ', 'bu '),
      tail: fc.constantFrom(...tails),
    })
    .map(({ stretch, upper, head, tail }) => {
      const stretched = word + word.slice(-1).repeat(stretch - 1);
      return head + (upper ? stretched.toUpperCase() : stretched) + tail;
    });

const SINGLE_YES = YES_WORDS.filter((w) => !w.includes(' '));
const SINGLE_NO = ['tidak', 'tdk', 'gak', 'ga', 'nggak', 'enggak', 'no', 'n', 'bukan', 'belum', 'blm', 'mboten', 'dereng', 'ora'];

/** Words readYesNo gives a meaning of its own, kept out of generated restating phrases. */
const RESERVED = new Set(
  [
    ...YES, ...NO, ...CHAT_FILLERS,
    // NO_COMPLEMENTS in answers.ts: "tidak ada" is a plain no.
    'ada', 'punya', 'pernah', 'mau', 'perlu', 'usah', 'dulu', 'benar', 'betul', 'yet', 'gadhah', 'wonten',
    // Question words and hedges in yes-no.ts.
    'apa', 'apakah', 'gimana', 'bagaimana', 'gmn', 'maksud', 'maksudnya', 'kenapa', 'mengapa', 'what', 'how', 'why', 'pripun',
    'nopo', 'napa', 'tapi', 'tp', 'tetapi', 'namun', 'but', 'mungkin', 'maybe', 'kadang', 'nanging',
    // Words of the built-in English phrases.
    'go', 'ahead', 'right', 'sounds', 'good',
  ].map(squeeze),
);

/** Two lists of restating phrases (1 to 3 words), no word shared between any two phrases. */
const restatements = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{3,8}$/).filter((w) => !RESERVED.has(squeeze(w))), { minLength: 2, maxLength: 10, selector: squeeze })
  .chain((words) =>
    fc.record({
      words: fc.constant(words),
      split: fc.integer({ min: 1, max: words.length - 1 }),
      joins: fc.array(fc.boolean(), { minLength: words.length, maxLength: words.length }),
    }),
  )
  .map(({ words, split, joins }) => ({ yes: phrasesOf(words.slice(0, split), joins), no: phrasesOf(words.slice(split), joins) }));

function phrasesOf(words: readonly string[], joins: readonly boolean[]): string[] {
  const phrases: string[][] = [];
  words.forEach((word, i) => {
    const last = phrases.at(-1);
    if (last && joins[i] && last.length < 3) last.push(word);
    else phrases.push([word]);
  });
  return phrases.map((p) => p.join(' '));
}

const typedAs = (phrase: string, upper: boolean): string => (upper ? phrase.toUpperCase() : phrase);
const HEADS = fc.constantFrom('', 'kak ', 'Pak, ', 'mas ', 'bu ');
const TAILS = fc.constantFrom('', ' kak', ' aja', ' ya', '!!', ' 🙏', ' pak.', ', mbak', ' ya kak 🙏🏽');
const NEGATIONS = fc.constantFrom('tidak', 'belum', 'gak', 'nggak', 'Tidak', 'BELUM');

describe('readYesNo: properties', () => {
  it('a yes-word with any chat padding is yes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SINGLE_YES).chain((w) => chatty(w, [...PADDING, ' nggih pak', ', nggih'])), (text) => {
        expect(readYesNo(text)).toBe(true);
      }),
    );
  });

  it('a no-word with any chat padding is no', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SINGLE_NO).chain((w) => chatty(w)), (text) => {
        expect(readYesNo(text)).toBe(false);
      }),
    );
  });

  it('a yes-word joined with a no-word is neither', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SINGLE_YES), fc.constantFrom(...SINGLE_NO), fc.boolean(), (yes, no, yesFirst) => {
        const text = yesFirst ? `${yes} ${no}` : `${no}, ${yes}`;
        expect(readYesNo(text)).toBeUndefined();
      }),
    );
  });

  it('a phrase of the yes list, typed with fillers, is yes; after "tidak"/"belum" it is no', () => {
    fc.assert(
      fc.property(restatements, fc.nat(), HEADS, TAILS, NEGATIONS, fc.boolean(), (restate, pick, head, tail, negation, upper) => {
        const phrase = restate.yes[pick % restate.yes.length]!;
        expect(readYesNo(`${head}${typedAs(phrase, upper)}${tail}`, restate)).toBe(true);
        expect(readYesNo(`${head}${negation} ${typedAs(phrase, upper)}${tail}`, restate)).toBe(false);
      }),
    );
  });

  it('a phrase of the no list, typed with fillers, is no; after "tidak"/"belum" it is yes', () => {
    fc.assert(
      fc.property(restatements, fc.nat(), HEADS, TAILS, NEGATIONS, fc.boolean(), (restate, pick, head, tail, negation, upper) => {
        const phrase = restate.no[pick % restate.no.length]!;
        expect(readYesNo(`${head}${typedAs(phrase, upper)}${tail}`, restate)).toBe(false);
        expect(readYesNo(`${head}${negation} ${typedAs(phrase, upper)}${tail}`, restate)).toBe(true);
      }),
    );
  });

  it('the question\'s own phrase outweighs a leading "iya"/"ya"', () => {
    fc.assert(
      fc.property(restatements, fc.nat(), fc.constantFrom('iya', 'ya', 'Iya', 'nggih'), TAILS, (restate, pick, particle, tail) => {
        const phrase = restate.no[pick % restate.no.length]!;
        expect(readYesNo(`${particle} ${phrase}${tail}`, restate)).toBe(false);
      }),
    );
  });

  it('a restated answer that asks back or hedges is neither', () => {
    fc.assert(
      fc.property(restatements, fc.nat(), fc.constantFrom('?', ' maksudnya?', ' tapi besok', ' mungkin', ' gimana'), (restate, pick, tail) => {
        const phrase = [...restate.yes, ...restate.no][pick % (restate.yes.length + restate.no.length)]!;
        expect(readYesNo(`${phrase}${tail}`, restate)).toBeUndefined();
      }),
    );
  });

  /** Text of emoji, zero-width joiners, direction marks, combining marks and stray yes/no words. */
  const awkward = fc.string({
    unit: fc.constantFrom('iya', 'tidak', 'sama', 'beda', ' ', ',', '?', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\ufe0f', '\u0301', '🙏', '👍🏽', '👨‍👩‍👧', 'ǅ', 'ß', 'İ', '٣', '３', 'ا', '\n', '\t'),
    maxLength: 30,
  });
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), awkward);
  const anyRestatements: fc.Arbitrary<Restatements> = fc.record(
    { yes: fc.array(fc.oneof(fc.string(), awkward), { maxLength: 4 }), no: fc.array(fc.oneof(fc.string(), awkward), { maxLength: 4 }) },
    { requiredKeys: [] },
  );

  it('never throws on arbitrary unicode and answers only true, false or undefined', () => {
    fc.assert(
      fc.property(anyText, anyRestatements, (text, restate) => {
        const answer = readYesNo(text, restate);
        expect([true, false, undefined]).toContain(answer);
      }),
    );
  });
});
