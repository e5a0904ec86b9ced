import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KBLI_CATALOG, type KbliEntry } from '../../../flows/kbli/catalog.js';
import { findKbliByCode, suggestKbli } from '../../../flows/kbli/search.js';
import { foldText, tokenize } from '../../../flows/kbli/text.js';

const codes = (entries: KbliEntry[]): string[] => entries.map((e) => e.code);

describe('suggestKbli: everyday phrases and typos', () => {
  // [what the owner writes, KBLI code expected among the three suggestions]
  const cases: [string, string][] = [
    ['londri', '96200'],
    ['laundri', '96200'],
    ['Laundry kiloan', '96200'],
    ['cuci setrika', '96200'],
    ['bengkel montor', '45407'],
    ['bengkel motor', '45407'],
    ['servis mobil', '45201'],
    ['cuci mobil', '45202'],
    ['warung makn', '56102'],
    ['warung makan', '56102'],
    ['warungmakan', '56102'],
    ['warteg', '56102'],
    ['jahit baju', '14120'],
    ['jait baju', '14120'],
    ['konveksi kaos', '14111'],
    ['potong rambut', '96111'],
    ['potong rambt', '96111'],
    ['barber shop', '96111'],
    ['salon kecantikan', '96112'],
    ['gorengan', '56104'],
    ['jualan gorengan keliling', '56104'],
    ['jual pulsa', '61999'],
    ['konter pulsa dan kuota', '61999'],
    ['katering nasi kotak', '56210'],
    ['ketring', '56210'],
    ['warung kopi', '56303'],
    ['warkop', '56303'],
    ['es teh', '56304'],
    ['bikin roti', '10710'],
    ['kue basah', '10792'],
    ['kripik pisang', '10794'],
    ['sambel botol', '10772'],
    ['jamu gendong', '56306'],
    ['toko kelontong', '47112'],
    ['toko klontong', '47112'],
    ['sembako', '47112'],
    ['konter hp', '47414'],
    ['jual baju online', '47912'],
    ['jualan baju', '47711'],
    ['fotocopy', '82190'],
    ['percetakan undangan', '18111'],
    ['servis hp', '95120'],
    ['servis elektronik', '95210'],
    ['service ac', '95220'],
    ['tukang kayu', '31001'],
    ['mebel', '31001'],
    ['bengkel las', '25111'],
    ['anyaman bambu', '16291'],
    ['batik tulis', '13134'],
    ['toko bangunan', '47528'],
    ['tukang bangunan', '41011'],
    ['apotek', '47721'],
    ['toko obat', '47722'],
    ['ojek online', '49424'],
    ['travel', '49422'],
    ['kos kosan', '55900'],
    ['kost-kostan', '55900'],
    ['warnet', '61994'],
    ['ternak ayam', '01461'],
    ['ternak kambing', '01442'],
    ['ternak sapi', '01411'],
    ['ternak lele', '03221'],
    ['budidaya lele', '03221'],
    ['tani padi', '01122'],
    ['petani jagung', '01111'],
    ['tani sayur', '01131'],
    ['depot air isi ulang', '11052'],
    ['mas mau bikin nib buat usaha laundry saya', '96200'],
    ['Saya jualan gorengan di depan SD', '56104'],
  ];

  it.each(cases)('"%s" suggests %s', (text, code) => {
    expect(codes(suggestKbli(text))).toContain(code);
  });

  // Clear cases must put the right activity first, not just somewhere in the list.
  const firstCases: [string, string][] = [
    ['londri', '96200'],
    ['bengkel montor', '45407'],
    ['warung makn', '56102'],
    ['jahit baju', '14120'],
    ['potong rambut', '96111'],
    ['gorengan', '56104'],
    ['jual pulsa', '61999'],
    ['katering nasi kotak', '56210'],
  ];

  it.each(firstCases)('"%s" puts %s first', (text, code) => {
    expect(suggestKbli(text)[0]?.code).toBe(code);
  });

  it.each(['', '   ', 'xyzzy qwerty', 'saya mau bikin nib', 'halo kak', 'terima kasih', '🙂🙂', '12345', '?!'])(
    'suggests nothing for %j',
    (text) => {
      expect(suggestKbli(text)).toEqual([]);
    },
  );

  it('puts a catalogue code the owner typed first', () => {
    expect(suggestKbli('kode saya 96200')[0]?.code).toBe('96200');
  });

  it('cuts the same ranking at `limit`, and returns nothing for a limit of 0', () => {
    const three = codes(suggestKbli('ikan'));
    expect(three).toHaveLength(3);
    expect(codes(suggestKbli('ikan', 2))).toEqual(three.slice(0, 2));
    expect(suggestKbli('laundry', 0)).toEqual([]);
  });
});

describe('findKbliByCode', () => {
  it.each([
    ['56102', 'Rumah/Warung Makan'],
    [' 96200 ', 'Aktivitas penatu'],
    ['56.102', 'Rumah/Warung Makan'],
  ])('finds %j', (code, title) => {
    expect(findKbliByCode(code)?.title).toBe(title);
  });

  it.each(['99999', '', 'abcde', '5610'])('finds nothing for %j', (code) => {
    expect(findKbliByCode(code)).toBeUndefined();
  });

  it('finds every catalogue entry by its own code', () => {
    for (const entry of KBLI_CATALOG) expect(findKbliByCode(entry.code)).toBe(entry);
  });
});

describe('suggestKbli properties', () => {
  const vocabulary = new Set(KBLI_CATALOG.flatMap((e) => [...e.words, e.title].flatMap(tokenize)));

  // A word of five letters or more inside one of an entry's everyday phrases.
  const typoTarget = fc
    .constantFrom(...KBLI_CATALOG)
    .chain((entry) => fc.record({ entry: fc.constant(entry), phrase: fc.constantFrom(...entry.words) }))
    .filter(({ phrase }) => phrase.split(' ').some(isTypoTarget))
    .chain(({ entry, phrase }) =>
      fc.record({
        entry: fc.constant(entry),
        words: fc.constant(phrase.split(' ')),
        at: fc.constantFrom(...phrase.split(' ').flatMap((w, i) => (isTypoTarget(w) ? [i] : []))),
        edit: fc.constantFrom('replace', 'delete', 'insert'),
        position: fc.nat(),
        letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      }),
    );

  function isTypoTarget(word: string): boolean {
    return word.length >= 5 && tokenize(word).length === 1;
  }

  function misspell(word: string, edit: string, position: number, letter: string): string {
    const i = position % word.length;
    if (edit === 'delete') return word.slice(0, i) + word.slice(i + 1);
    if (edit === 'insert') return word.slice(0, i) + letter + word.slice(i);
    return word.slice(0, i) + letter + word.slice(i + 1);
  }

  it('still finds the entry in the top 3 after a one-letter typo in a word of five letters or more', () => {
    fc.assert(
      fc.property(typoTarget, ({ entry, words, at, edit, position, letter }) => {
        const original = words[at]!;
        const typo = misspell(original, edit, position, letter);
        const [typoToken] = tokenize(typo);
        // A typo that spells another catalogue word ("sapi" → "sapu" would be fine, "ayam" → "bayam" not)
        // is a different request, not a misspelling.
        fc.pre(typoToken !== undefined && (typoToken === tokenize(original)[0] || !vocabulary.has(typoToken)));
        const query = words.map((w, i) => (i === at ? typo : w)).join(' ');
        expect(codes(suggestKbli(query))).toContain(entry.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every everyday word of an entry, unchanged, in the top 3', () => {
    for (const entry of KBLI_CATALOG) {
      for (const word of entry.words) expect(codes(suggestKbli(word)), word).toContain(entry.code);
    }
  });

  it('never throws and returns distinct catalogue entries, at most `limit`', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(anyText, fc.integer({ min: -2, max: 8 }), (text, limit) => {
        const found = suggestKbli(text, limit);
        expect(found.length).toBeLessThanOrEqual(Math.max(0, limit));
        expect(new Set(found).size).toBe(found.length);
        for (const entry of found) expect(KBLI_CATALOG).toContain(entry);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores case, accents and punctuation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KBLI_CATALOG.flatMap((e) => e.words)), fc.boolean(), (word, shout) => {
        const noisy = `${shout ? word.toUpperCase() : word}?!`;
        expect(codes(suggestKbli(noisy))).toEqual(codes(suggestKbli(foldText(word))));
      }),
    );
  });
});
