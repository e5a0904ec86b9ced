// maskPersonal: what an applicant wrote, made fit to show an operator or the coordinators' group.
// Digit runs long enough to be a NIK, phone or NIB (6+, with spaces, dots or dashes inside) and email
// local parts are masked; words and short numbers stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonal } from '../../../flows/understand/mask.js';

const NIK = '3505015203850001';

describe('maskPersonal', () => {
  it.each([
    ['0812-3456-7890', '08••••••••90'],
    ['081234567890', '08••••••••90'],
    ['0812 3456 7890', '08••••••••90'],
    ['3505 0152 0385 0001', '35••••••••••••01'],
    ['3505.0152.0385.0001', '35••••••••••••01'],
    [NIK, '35••••••••••••01'],
    [`NIK saya ${NIK} ya kak`, 'NIK saya 35••••••••••••01 ya kak'],
    ['nib 1234567890123', 'nib 12•••••••••23'],
    ['123456', '12••56'],
    ['siti.aminah@gmail.com', 's•••@gmail.com'],
    ['email saya siti.aminah@gmail.com, hp 081234567890', 'email saya s•••@gmail.com, hp 08••••••••90'],
  ])('"%s" → "%s"', (text, masked) => {
    expect(maskPersonal(text)).toBe(masked);
  });

  it('a phone with the country code loses every middle digit', () => {
    const masked = maskPersonal('+62 812-3456-7890');
    expect(masked).not.toMatch(/\d{3}/);
    expect(masked).toContain('•');
  });

  it.each([
    'RT 02 RW 05',
    'modal 5 juta',
    'kode pos 66171',
    'KBLI 47111',
    'Desa Bakung, Kecamatan Bakung',
    'umur 45 tahun, 3 karyawan',
    'makasih kak 🙏',
    '12345',
    '',
  ])('"%s" is kept as it is', (text) => {
    expect(maskPersonal(text)).toBe(text);
  });

  it('a NIK in full-width digits is masked', () => {
    expect(maskPersonal('NIK ３５０５０１５２０３８５０００１')).not.toContain('３５０５０１');
  });

  it('"0812 - 3456 - 7890" and a NIK with double spaces are masked', () => {
    expect(maskPersonal('0812 - 3456 - 7890')).not.toContain('3456');
    expect(maskPersonal('3505  0152  0385  0001')).not.toContain('0152');
  });

  it('a rupiah amount with thousand dots is kept', () => {
    expect(maskPersonal('modal Rp 5.000.000 boleh?')).toBe('modal Rp 5.000.000 boleh?');
  });
});

// ---- properties -------------------------------------------------------------------------------------

const nik = fc.stringMatching(/^\d{16}$/);
/** The NIK as people type it: solid, or in groups of four with spaces, dots or dashes. */
const typedNik = fc.tuple(nik, fc.constantFrom('', ' ', '.', '-')).map(([digits, sep]) => ({ digits, typed: digits.match(/\d{4}/g)!.join(sep) }));
const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: fc.constantFrom('1', '2', ' ', '.', '-', '+', '@', 'a', '\n'), maxLength: 20 }));

describe('maskPersonal: properties', () => {
  it('a NIK embedded in any text is gone, and so is every 6 consecutive digits of it', () => {
    fc.assert(
      fc.property(typedNik, anyText, anyText, ({ digits, typed }, before, after) => {
        const masked = maskPersonal(`${before}${typed}${after}`);
        expect(masked).not.toContain(digits);
        expect(masked).not.toContain(typed);
        for (let i = 0; i + 6 <= digits.length; i++) expect(masked).not.toContain(digits.slice(i, i + 6));
      }),
    );
  });

  it('an email keeps only the first character of its local part', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    fc.assert(
      fc.property(fc.emailAddress(), fc.array(word, { maxLength: 4 }), fc.array(word, { maxLength: 4 }), (email, before, after) => {
        const at = email.lastIndexOf('@');
        const local = email.slice(0, at);
        const masked = maskPersonal([...before, email, ...after].join(' '));
        const token = masked.split(' ').find((t) => t.includes('@'));
        expect(token?.slice(0, token.indexOf('@'))).toBe(`${local[0]}•••`);
        if (local.length > 1) expect(masked).not.toContain(`${local}@`);
      }),
    );
  });

  it('words and numbers shorter than 6 digits are kept', () => {
    const short = fc.oneof(fc.stringMatching(/^[A-Za-z]{1,10}$/), fc.integer({ min: 0, max: 99999 }).map(String));
    fc.assert(
      fc.property(fc.array(short, { maxLength: 8 }), (words) => {
        const text = words.join(', ');
        expect(maskPersonal(text)).toBe(text);
      }),
    );
  });

  it('never throws and never leaves 6 ASCII digits in a row', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('0', '5', '9', ' ', '.', '-', '@', 'x'), maxLength: 60 })), (text) => {
        expect(maskPersonal(text)).not.toMatch(/\d{6}/);
      }),
    );
  });
});
