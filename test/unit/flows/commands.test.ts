// Global command recognition: both languages, any case, small typos, whole messages only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGlobalCommand } from '../../../flows/engine/commands.js';

const CASES: readonly [string, ReturnType<typeof parseGlobalCommand>][] = [
  ['MENU', 'menu'],
  ['bantuan', 'help'],
  ['Bantuan!!', 'help'],
  ['bantaun', 'help'],
  ['HELP', 'help'],
  ['kembali', 'back'],
  ['kembli', 'back'],
  ['back', 'back'],
  ['BATAL', 'cancel'],
  ['cancel', 'cancel'],
  ['status', 'status'],
  ['cek status', 'status'],
  ['BAHASA', 'language'],
  ['language', 'language'],
  ['hapus data', 'erase'],
  ['Hapus  Data', 'erase'],
  ['delete my data', 'erase'],
  ['DATA SAYA', 'my_data'],
  ['data saya dong', 'my_data'],
  ['tolong cek status ya kak', 'status'],
  ['minta data saya', 'my_data'],
  ['my data please', 'my_data'],
  ['menu kak', 'menu'],
  ['kak', undefined],
  ['mau batal kirim', undefined],
  ['warung makan', undefined],
  ['mana', undefined],
  ['Toko Bahasa', undefined],
  ['batal kirim besok saja', undefined],
  ['', undefined],
];

describe('parseGlobalCommand', () => {
  it.each(CASES)('"%s" → %s', (text, command) => {
    expect(parseGlobalCommand(text)).toBe(command);
  });

  it('ignores case and surrounding punctuation', () => {
    fc.assert(
      fc.property(fc.constantFrom('menu', 'bantuan', 'kembali', 'batal', 'status', 'bahasa', 'hapus data'), fc.boolean(), fc.constantFrom('', '!', '.', ' ?'), (word, upper, tail) => {
        const typed = `${upper ? word.toUpperCase() : word}${tail}`;
        expect(parseGlobalCommand(typed)).toBe(parseGlobalCommand(word));
        expect(parseGlobalCommand(word)).toBeDefined();
      }),
    );
  });
});
