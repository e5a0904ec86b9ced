// Picking from a numbered list the way people answer one: numbers ("2", "no 2", "1 dan 3"),
// ordinals (Indonesian, English, Javanese), or the option's name (exact, with markers, a started
// word, a close typo). A name that fits several options picks none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOnlyNumbers, labelled, pickNumbers, pickOne, pickSome, type ChoiceOption } from '../../../flows/understand/choice.js';
import { squeeze } from '../../../flows/validators/text.js';

const THREE = labelled(['Bakung', 'Selorejo', 'Talun']);

/** The 22 kecamatan of Kabupaten Blitar, in the order a list would show them. */
const BLITAR = labelled([
  'Bakung', 'Binangun', 'Doko', 'Gandusari', 'Garum', 'Kademangan', 'Kanigoro', 'Kesamben', 'Nglegok', 'Panggungrejo',
  'Ponggok', 'Sanankulon', 'Selopuro', 'Selorejo', 'Srengat', 'Sutojayan', 'Talun', 'Udanawu', 'Wates', 'Wlingi',
  'Wonodadi', 'Wonotirto',
]);
const blitar = (name: string): number => BLITAR.findIndex((o) => o.names[0] === name) + 1;

/** A village found in two kecamatan, offered as the village step offers it: its name, then name + kecamatan. */
const SUMBERJO: ChoiceOption[] = [
  { names: ['Sumberjo', 'Sumberjo Sanankulon'] },
  { names: ['Sumberjo', 'Sumberjo Kademangan'] },
];

describe('labelled', () => {
  it('makes one option per label, each named by its label only', () => {
    expect(labelled(['Bakung', 'Talun'])).toEqual([{ names: ['Bakung'] }, { names: ['Talun'] }]);
    expect(labelled([])).toEqual([]);
  });
});

describe('pickNumbers', () => {
  it.each([
    ['2', 3, [2]],
    ['no 2', 3, [2]],
    ['No. 2', 3, [2]],
    ['nomor 2', 3, [2]],
    ['nomer 2 kak', 3, [2]],
    ['pilih 2', 3, [2]],
    ['yang 2 aja', 3, [2]],
    ['ke-2', 3, [2]],
    ['2.', 3, [2]],
    ['2️⃣', 3, [2]],
    ['1 dan 3', 3, [1, 3]],
    ['1,3', 3, [1, 3]],
    ['1, 3', 3, [1, 3]],
    ['1 & 2', 3, [1, 2]],
    ['1/2', 3, [1, 2]],
    ['3 sama 1', 3, [3, 1]],
    ['1, 2 dan 3', 3, [1, 2, 3]],
    ['1 and 2', 3, [1, 2]],
    ['2 2', 3, [2]],
    ['12', 12, [12]],
    ['7', 3, undefined],
    ['0', 3, undefined],
    ['1 dan 7', 3, undefined],
    ['dua', 3, undefined],
    ['2 tahun', 3, undefined],
    ['Bakung', 3, undefined],
    ['', 3, undefined],
    ['nomor', 3, undefined],
  ] as const)('"%s" of %i → %j', (text, count, expected) => {
    expect(pickNumbers(text, count)).toEqual(expected);
  });
});

describe('isOnlyNumbers', () => {
  it.each([
    ['7', true],
    ['2', true],
    ['nomor 12', true],
    ['1 dan 9', true],
    ['123456', true],
    ['Bakung', false],
    ['2 tahun', false],
    ['kedua', false],
    ['', false],
    ['no', false],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(isOnlyNumbers(text)).toBe(expected);
  });

  it('"7" at a three-option list is only numbers but picks nothing', () => {
    expect(isOnlyNumbers('7')).toBe(true);
    expect(pickOne('7', THREE)).toBeUndefined();
    expect(pickSome('7', THREE)).toBeUndefined();
  });
});

describe('pickOne: numbers and ordinals', () => {
  it.each([
    ['2', 2],
    ['no 2', 2],
    ['nomor 2', 2],
    ['pilih 2', 2],
    ['1', 1],
    ['3 aja kak', 3],
    ['yang pertama', 1],
    ['pertama', 1],
    ['kesatu', 1],
    ['kedua', 2],
    ['yg kedua', 2],
    ['nomer dua', 2],
    ['ketiga', 3],
    ['the second one', 2],
    ['first', 1],
    ['the third', 3],
    ['sing siji', 1],
    ['sing loro', 2],
    ['kalih', 2],
    ['sing telu wae', 3],
    ['terakhir', 3],
    ['yang terakhir aja', 3],
    ['last', 3],
    ['the last one', 3],
    ['pungkasan', 3],
  ] as const)('"%s" → %i', (text, expected) => {
    expect(pickOne(text, THREE)).toBe(expected);
  });

  it('"terakhir"/"last" is the last option whatever the length of the list', () => {
    expect(pickOne('terakhir', BLITAR)).toBe(22);
    expect(pickOne('last', labelled(['a', 'b']))).toBe(2);
  });

  it.each(['7', '0', '4', 'keempat', 'the fifth', '1 dan 3', '1,2'])('"%s" picks none of three', (text) => {
    expect(pickOne(text, THREE)).toBeUndefined();
  });
});

describe('pickOne: names', () => {
  it.each([
    ['Bakung', 1],
    ['bakung', 1],
    ['BAKUNG!!', 1],
    ['Bakung kak', 1],
    ['kec bakung', 1],
    ['Kec. Bakung', 1],
    ['Kecamatan Bakung aja', 1],
    ['di Selorejo', 2],
    ['daerah Talun pak', 3],
    ['Selo', 2],
    ['selor', 2],
    ['Bakong', 1],
    ['Selorjo', 2],
    ['Seloreja', 2],
    ['Talun.', 3],
  ] as const)('"%s" of Bakung/Selorejo/Talun → %i', (text, expected) => {
    expect(pickOne(text, THREE)).toBe(expected);
  });

  it.each([
    ['Selorejo', 'Selorejo'],
    ['Selopuro', 'Selopuro'],
    ['Selorjo', 'Selorejo'],
    ['Kanigoro', 'Kanigoro'],
    ['kanigor', 'Kanigoro'],
    ['Sanan kulon', 'Sanankulon'],
    ['sanan', 'Sanankulon'],
    ['Kec. Srengat', 'Srengat'],
    ['wlingi', 'Wlingi'],
    ['Doko', 'Doko'],
    ['Wonodadi', 'Wonodadi'],
    ['Kademangan', 'Kademangan'],
    ['Kesamben', 'Kesamben'],
    ['Nglegok', 'Nglegok'],
    ['panggung rejo', 'Panggungrejo'],
  ] as const)('"%s" of the 22 Blitar kecamatan → %s', (text, name) => {
    expect(pickOne(text, BLITAR)).toBe(blitar(name));
  });

  it.each(['Selo', 'Wono', 'Sumber', 'Ka', 'Kabupaten', 'Blitar', 'warung makan', 'saya tidak tahu', 'Jati'])('"%s" picks none of the Blitar kecamatan', (text) => {
    expect(pickOne(text, BLITAR)).toBeUndefined();
  });

  it('a name that two options share picks none; name and kecamatan pick one', () => {
    expect(pickOne('Sumberjo', SUMBERJO)).toBeUndefined();
    expect(pickOne('Sumberjo Sanankulon', SUMBERJO)).toBe(1);
    expect(pickOne('sumberjo kademangan', SUMBERJO)).toBe(2);
    expect(pickOne('yang Kademangan', SUMBERJO)).toBe(2);
    expect(pickOne('Bakung', labelled(['Bakung', 'Bakung']))).toBeUndefined();
  });

  it('a short name allows no typo ("Jati" is not "Jajar")', () => {
    expect(pickOne('Jati', labelled(['Jajar', 'Talun']))).toBeUndefined();
    expect(pickOne('Doku', BLITAR)).toBeUndefined();
  });

  it('a long reply is not a name', () => {
    expect(pickOne('Bakung Bakung Bakung Bakung Bakung Bakung Bakung', THREE)).toBeUndefined();
  });

  it('"Kec. Talun, Kab. Blitar" picks Talun', () => {
    expect(pickOne('Kec. Talun, Kab. Blitar', BLITAR)).toBe(blitar('Talun'));
  });
});

describe('pickSome', () => {
  it.each([
    ['1 dan 3', [1, 3]],
    ['1,3', [1, 3]],
    ['1 & 2', [1, 2]],
    ['2', [2]],
    ['nomor 1 sama 2', [1, 2]],
    ['kedua', [2]],
    ['Talun', [3]],
    ['terakhir', [3]],
    ['1, 2, 9', undefined],
    ['7', undefined],
    ['warung', undefined],
    ['', undefined],
  ] as const)('"%s" → %j', (text, expected) => {
    expect(pickSome(text, THREE)).toEqual(expected);
  });
});

// ---- properties -------------------------------------------------------------------------------------

/** Words choice.ts reads as fillers, joiners, ordinals or place markers: no option is named by one. */
const RESERVED = new Set([
  'no', 'nomor', 'nomer', 'nmr', 'angka', 'pilih', 'pilihan', 'yang', 'yg', 'sing', 'ke', 'saja', 'aja', 'wae', 'mawon', 'itu',
  'ini', 'niku', 'deh', 'dong', 'kak', 'mas', 'mbak', 'pak', 'bu', 'min', 'ya', 'iya', 'nggih', 'saya', 'aku', 'kulo', 'the',
  'one', 'option', 'number', 'choose', 'pick', 'i', 'want', 'mau', 'please', 'di', 'daerah', 'wilayah', 'dan', 'and', 'sama',
  'juga', 'kalih', 'lan', 'serta', 'pertama', 'kesatu', 'satu', 'first', 'siji', 'setunggal', 'kedua', 'dua', 'second', 'two',
  'loro', 'ketiga', 'tiga', 'third', 'three', 'telu', 'tigo', 'keempat', 'empat', 'fourth', 'four', 'papat', 'sekawan',
  'kelima', 'lima', 'fifth', 'five', 'limo', 'gangsal', 'terakhir', 'last', 'pungkasan', 'kecamatan', 'kec', 'kc', 'kcm',
  'desa', 'ds', 'kelurahan', 'kel', 'district', 'village',
]);

/** 2 to 8 option names of 5-10 letters; no two start alike (after squeezing stretched letters). */
const optionNames = fc.uniqueArray(
  fc.stringMatching(/^[a-z]{5,10}$/).filter((n) => !RESERVED.has(n) && !RESERVED.has(squeeze(n))),
  { minLength: 2, maxLength: 8, selector: (n) => squeeze(n).slice(0, 3) },
);

const capitalised = (name: string): string => name[0]!.toUpperCase() + name.slice(1);
const casing = fc.constantFrom((n: string) => n, (n: string) => n.toUpperCase(), capitalised);
const around = fc.record({
  head: fc.constantFrom('', 'yang ', 'yg ', 'di ', 'kec ', 'Kecamatan ', 'pilih ', 'sing '),
  tail: fc.constantFrom('', ' aja', ' saja', ' kak', ' ya', '!!', '.', ' 🙏', ' aja pak'),
});

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.stringMatching(/^[0-9 ,&dan]{0,12}$/));

describe('choice: properties', () => {
  it("typing an option's exact name, in any case and with fillers, picks that option", () => {
    fc.assert(
      fc.property(optionNames, fc.nat(), casing, around, (names, pick, cased, { head, tail }) => {
        const i = pick % names.length;
        const options = labelled(names.map(capitalised));
        const text = `${head}${cased(names[i]!)}${tail}`;
        expect(pickOne(text, options)).toBe(i + 1);
        expect(pickSome(text, options)).toEqual([i + 1]);
      }),
    );
  });

  it('typing its number picks it', () => {
    fc.assert(
      fc.property(optionNames, fc.nat(), fc.constantFrom('', 'no ', 'nomor ', 'pilih ', 'yang ke ', 'No. '), fc.constantFrom('', ' aja', ' kak', '.'), (names, pick, head, tail) => {
        const n = (pick % names.length) + 1;
        const options = labelled(names);
        expect(pickOne(`${head}${n}${tail}`, options)).toBe(n);
        expect(pickNumbers(`${head}${n}${tail}`, options.length)).toEqual([n]);
      }),
    );
  });

  it('several numbers are picked together, each once, by pickSome only', () => {
    fc.assert(
      fc.property(optionNames, fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), fc.constantFrom(', ', ' dan ', ' & ', ',', ' sama '), (names, picks, joiner) => {
        const numbers = picks.map((p) => (p % names.length) + 1);
        const distinct = [...new Set(numbers)];
        const options = labelled(names);
        expect(pickSome(numbers.join(joiner), options)).toEqual(distinct);
        expect(pickOne(numbers.join(joiner), options)).toBe(distinct.length === 1 ? distinct[0] : undefined);
      }),
    );
  });

  it('pickOne never returns a number outside 1..options.length, and never throws', () => {
    fc.assert(
      fc.property(anyText, fc.oneof(optionNames.map((n) => labelled(n)), fc.constant(BLITAR), fc.array(fc.string(), { minLength: 1, maxLength: 5 }).map((l) => labelled(l))), (text, options) => {
        const picked = pickOne(text, options);
        if (picked !== undefined) {
          expect(Number.isInteger(picked)).toBe(true);
          expect(picked).toBeGreaterThanOrEqual(1);
          expect(picked).toBeLessThanOrEqual(options.length);
        }
        const some = pickSome(text, options);
        if (some !== undefined) {
          expect(new Set(some).size).toBe(some.length);
          for (const n of some) expect(n >= 1 && n <= options.length).toBe(true);
        }
        expect(typeof isOnlyNumbers(text)).toBe('boolean');
      }),
    );
  });

  it('with no options at all, nothing is picked', () => {
    for (const text of ['Bakung', 'terakhir', 'a']) expect(pickOne(text, [])).toBeUndefined();
  });

  it('an out-of-range number picks none', () => {
    fc.assert(
      fc.property(optionNames, fc.integer({ min: 0, max: 99 }), (names, n) => {
        fc.pre(n === 0 || n > names.length);
        expect(pickOne(String(n), labelled(names))).toBeUndefined();
        expect(isOnlyNumbers(String(n))).toBe(true);
      }),
    );
  });
});
