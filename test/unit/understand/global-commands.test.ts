// parseGlobalCommand's requests said in words (read through understand/): a person, a complaint, a
// language. Business names and ordinary answers holding those words stay answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGlobalCommand } from '../../../flows/engine/commands.js';

describe('parseGlobalCommand: requests said in words', () => {
  it.each([
    ['PETUGAS', 'person'],
    ['petugas dong', 'person'],
    ['operator', 'person'],
    ['minta tolong', 'person'],
    ['minta tolong mas', 'person'],
    ['saya mau bicara dengan orang', 'person'],
    ['bisa telepon?', 'person'],
    ['talk to a person', 'person'],
    ['I want to talk to a human', 'person'],
    ['ADUAN', 'complaint'],
    ['aduan', 'complaint'],
    ['mau lapor ada calo', 'complaint'],
    ['aduan: petugas minta uang 50 ribu', 'complaint'],
    ['komplain', 'complaint'],
    ['can we talk in English?', 'language'],
    ['english please', 'language'],
    ['pakai bahasa indonesia saja', 'language'],
    ['BAHASA', 'language'],
    ['ganti bahasa', 'language'],
    // The older commands are unchanged; "tolong" alone is still help.
    ['tolong', 'help'],
    ['bantuan', 'help'],
    ['MENU', 'menu'],
    ['batal', 'cancel'],
  ] as const)('"%s" → %s', (text, command) => {
    expect(parseGlobalCommand(text)).toBe(command);
  });

  it.each([
    'warung makan',
    'Toko Bahasa',
    'kursus bahasa inggris',
    'English Course Bu Ani',
    'Toko Petugas Jaya',
    'jasa laporan pajak',
    'saya jual buku bahasa inggris',
    'makasih kak',
    'iya',
    'sudah jalan 2 tahun',
    '3505015203850001',
    '',
  ])('"%s" is no command', (text) => {
    expect(parseGlobalCommand(text)).toBeUndefined();
  });

  it('"saya mau lapor LKPM gimana caranya" is no command', () => {
    expect(parseGlobalCommand('saya mau lapor LKPM gimana caranya')).toBeUndefined();
  });

  it('"bisa bicara dengan admin?" asks for a person', () => {
    expect(parseGlobalCommand('bisa bicara dengan admin?')).toBe('person');
  });
});

describe('parseGlobalCommand: properties', () => {
  it('a business named with a command word is no command', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Toko', 'Warung', 'UD', 'Kursus', 'Les', 'Jasa', 'Bengkel', 'Depot'),
        fc.constantFrom('Bahasa', 'Petugas', 'Operator', 'English', 'Aduan', 'Lapor', 'Telepon', 'Bahasa Inggris'),
        fc.constantFrom('', ' Jaya', ' Bu Ani', ' Makmur'),
        (kind, word, tail) => {
          expect(parseGlobalCommand(`${kind} ${word}${tail}`)).toBeUndefined();
        },
      ),
    );
  });

  it('requests keep their meaning in any case and with trailing punctuation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('petugas dong', 'minta tolong', 'talk to a person', 'aduan', 'mau lapor ada calo', 'can we talk in english', 'pakai bahasa inggris aja'),
        fc.boolean(),
        fc.constantFrom('', '?', '!!', ' 🙏', '.'),
        (text, upper, tail) => {
          const typed = `${upper ? text.toUpperCase() : text}${tail}`;
          expect(parseGlobalCommand(typed)).toBe(parseGlobalCommand(text));
          expect(parseGlobalCommand(text)).toBeDefined();
        },
      ),
    );
  });

  it('never throws on arbitrary text', () => {
    const commands = ['menu', 'help', 'back', 'cancel', 'status', 'language', 'erase', 'person', 'complaint', undefined];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 })), (text) => {
        expect(commands).toContain(parseGlobalCommand(text));
      }),
    );
  });
});
