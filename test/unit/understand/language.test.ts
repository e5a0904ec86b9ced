// Which language an applicant writes (first messages only) and requests to change it. Words common to
// both languages count for neither; a business named after a language is not a request.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageRequest } from '../../../flows/understand/language.js';

describe('detectLanguage', () => {
  it.each([
    ['Hello, I want to register my small business', 'en'],
    ['yes, I agree', 'en'],
    ['Good morning', 'en'],
    ['I would like to apply for a business permit', 'en'],
    ['Can you help me?', 'en'],
    ['how do I get a license for my shop', 'en'],
    ['mas mau bikin nib gmn ya', 'id'],
    ['Selamat pagi', 'id'],
    ['Assalamualaikum', 'id'],
    ['saya mau daftar izin usaha', 'id'],
    ['Saya mau register NIB', 'id'],
    ['kulo badhe ndamel nib', 'id'],
    ['sugeng enjing, kulo ajeng tanya', 'id'],
    ['ok', undefined],
    ['hello', undefined],
    ['P', undefined],
    ['🙏', undefined],
    ['', undefined],
    ['3505015203850001', undefined],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('"Hi, I need a NIB" is English', () => {
    expect(detectLanguage('Hi, I need a NIB')).toBe('en');
  });

  it('"Hello, I want to register my business for NIB" is English', () => {
    expect(detectLanguage('Hello, I want to register my business for NIB')).toBe('en');
  });

  it('"halo" and "nib" alone say nothing about the language', () => {
    expect(detectLanguage('halo')).toBeUndefined();
    expect(detectLanguage('nib')).toBeUndefined();
  });
});

describe('languageRequest', () => {
  it.each([
    ['Can we talk in English?', 'en'],
    ['english please', 'en'],
    ['English', 'en'],
    ['in English', 'en'],
    ['pakai bahasa inggris aja', 'en'],
    ['Bahasa Inggris dong kak', 'en'],
    ['could you speak english', 'en'],
    ['switch to English pls', 'en'],
    ['bahasa indonesia', 'id'],
    ['pakai bahasa indonesia saja', 'id'],
    ['Indonesian please', 'id'],
    ['ganti ke bahasa indo', 'id'],
    ['BAHASA', 'toggle'],
    ['ganti bahasa', 'toggle'],
    ['language', 'toggle'],
    ['change language please', 'toggle'],
    ['bahasa?', 'toggle'],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(languageRequest(text)).toBe(expected);
  });

  it.each([
    'kursus bahasa inggris',
    'English Course Bu Ani',
    'saya jual buku bahasa inggris',
    'Les Bahasa Inggris Pak Budi',
    'guru bahasa inggris',
    'Toko Bahasa',
    'bahasa inggris dan bahasa indonesia',
    'bahasa jawa',
    'ya',
    'ok',
    '',
    'can we talk in english because i do not read indonesian well',
  ])('"%s" is not a request', (text) => {
    expect(languageRequest(text)).toBeUndefined();
  });

  it('"saya tidak bisa bahasa inggris" asks for Indonesian', () => {
    expect(languageRequest('saya tidak bisa bahasa inggris')).toBe('id');
  });
});

// ---- properties -------------------------------------------------------------------------------------

const REQUEST_FILLERS = [
  'can', 'could', 'we', 'you', 'talk', 'speak', 'chat', 'in', 'please', 'use', 'switch', 'change', 'to', 'prefer', 'the',
  'pakai', 'pake', 'ganti', 'ke', 'dalam', 'boleh', 'bisa', 'mau', 'minta', 'saja', 'aja', 'dong', 'ya', 'kak', 'mas', 'mbak',
  'pak', 'bu', 'saya', 'tolong', 'pls', 'bahasa', 'language',
];
const BUSINESS_WORDS = ['kursus', 'les', 'toko', 'jual', 'buku', 'guru', 'course', 'bimbel', 'warung', 'ani'];

/** A request of 1-7 words: random request fillers with the language name put anywhere, in any case. */
const request = (name: string): fc.Arbitrary<string[]> =>
  fc
    .record({ fillers: fc.array(fc.constantFrom(...REQUEST_FILLERS), { maxLength: 6 }), at: fc.nat(), upper: fc.boolean() })
    .map(({ fillers, at, upper }) => {
      const words = [...fillers];
      words.splice(at % (fillers.length + 1), 0, upper ? name.toUpperCase() : name);
      return words;
    });

describe('language: properties', () => {
  it('request fillers plus "english" ask for English', () => {
    fc.assert(
      fc.property(request('english'), fc.constantFrom('', '?', '!', ' 🙏'), (words, tail) => {
        expect(languageRequest(words.join(' ') + tail)).toBe('en');
      }),
    );
  });

  it('request fillers plus "indonesia" ask for Indonesian', () => {
    fc.assert(
      fc.property(request('indonesia'), (words) => {
        expect(languageRequest(words.join(' '))).toBe('id');
      }),
    );
  });

  it('one business word among them makes it no request', () => {
    fc.assert(
      fc.property(request('inggris'), fc.constantFrom(...BUSINESS_WORDS), fc.nat(), (words, business, at) => {
        const withBusiness = [...words];
        withBusiness.splice(at % (words.length + 1), 0, business);
        expect(languageRequest(withBusiness.join(' '))).toBeUndefined();
      }),
    );
  });

  it('English-only words are English; any Indonesian word among fewer English ones is Indonesian', () => {
    const english = fc.array(fc.constantFrom('i', 'want', 'to', 'register', 'my', 'business', 'shop', 'license', 'please', 'help', 'need', 'permit'), { minLength: 2, maxLength: 10 });
    const indonesian = fc.array(fc.constantFrom('saya', 'mau', 'daftar', 'usaha', 'bikin', 'gimana', 'caranya', 'warung', 'kulo', 'badhe'), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(english, indonesian, (en, id) => {
        expect(detectLanguage(en.join(' '))).toBe('en');
        expect(detectLanguage(id.join(' '))).toBe('id');
        expect(detectLanguage([...id, ...en.slice(0, id.length)].join(' '))).toBe('id');
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));
    fc.assert(
      fc.property(anyText, (text) => {
        expect(['en', 'id', undefined]).toContain(detectLanguage(text));
        expect(['en', 'id', 'toggle', undefined]).toContain(languageRequest(text));
      }),
    );
  });
});
