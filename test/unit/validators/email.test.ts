import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNoEmailAnswer, parseEmail, suggestEmailFix } from '../../../flows/validators/email.js';

const POPULAR = ['gmail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'hotmail.com', 'outlook.com', 'icloud.com'];

const atom = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_+'), { minLength: 1, maxLength: 10 })
  .map((cs) => cs.join(''));
const localPart = fc.array(atom, { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join('.'));
const domain = fc.oneof(
  fc.constantFrom(...POPULAR, 'ugm.ac.id', 'desa-sukamaju.id', 'mail.com'),
  fc.tuple(atom.filter((a) => /^[a-z0-9]+$/.test(a)), fc.constantFrom('com', 'id', 'co.id', 'net')).map(([name, tld]) => `${name}.${tld}`),
);

const randomCase = (text: string, flips: boolean[]): string =>
  [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');

describe('parseEmail', () => {
  it.each([
    ['Budi.Santoso@Gmail.com', 'budi.santoso@gmail.com'],
    ['  siti_aminah99@yahoo.co.id ', 'siti_aminah99@yahoo.co.id'],
    ['budi @ gmail . com.', 'budi@gmail.com'],
    ['<warung.bu.siti@gmail.com>', 'warung.bu.siti@gmail.com'],
    ['mailto:desa@blitarkab.go.id', 'desa@blitarkab.go.id'],
    ['budi＠gmail.com', 'budi@gmail.com'],
  ])('accepts %s', (text, email) => {
    expect(parseEmail(text)).toEqual({ ok: true, value: email });
  });

  it.each([
    ['budi gmail.com', 'missing_at'],
    ['tidak punya', 'missing_at'],
    ['', 'missing_at'],
    ['budi@gmail', 'invalid_format'],
    ['budi santoso@gmail.com', 'invalid_format'],
    ['budi..santoso@gmail.com', 'invalid_format'],
    ['.budi@gmail.com', 'invalid_format'],
    ['budi@@gmail.com', 'invalid_format'],
    ['budi@-gmail.com', 'invalid_format'],
    ['budi@gmail.c', 'invalid_format'],
    [`${'a'.repeat(65)}@gmail.com`, 'invalid_format'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseEmail(text)).toEqual({ ok: false, reason });
  });

  it('accepts generated addresses in any case with surrounding spaces, returning them trimmed and lower-cased', () => {
    fc.assert(
      fc.property(localPart, domain, fc.array(fc.boolean(), { minLength: 1 }), (local, host, flips) => {
        const email = `${local}@${host}`;
        expect(parseEmail(`  ${randomCase(email, flips)}\n`)).toEqual({ ok: true, value: email });
      }),
    );
  });
});

describe('suggestEmailFix', () => {
  it.each([
    ['budi@gmial.com', 'budi@gmail.com'],
    ['budi@gmal.com', 'budi@gmail.com'],
    ['budi@gmail.co', 'budi@gmail.com'],
    ['budi@gmail.con', 'budi@gmail.com'],
    ['budi@gamil.com', 'budi@gmail.com'],
    ['budi@gmail.co.id', 'budi@gmail.com'],
    ['budi@gmail', 'budi@gmail.com'],
    ['Budi@GMIAL.COM', 'budi@gmail.com'],
    ['budi@yaho.com', 'budi@yahoo.com'],
    ['budi@yahoo.co', 'budi@yahoo.com'],
    ['budi@yaho.co', 'budi@yahoo.com'],
    ['budi@gmai.co', 'budi@gmail.com'],
    ['budi@yahoo.co.di', 'budi@yahoo.co.id'],
    ['budi@yahoo.coid', 'budi@yahoo.co.id'],
    ['budi@yaho.co.id', 'budi@yahoo.co.id'],
    ['budi@yahoo.id', 'budi@yahoo.co.id'],
    ['budi@hotmial.com', 'budi@hotmail.com'],
    ['budi@outlok.com', 'budi@outlook.com'],
    ['budi@ymial.com', 'budi@ymail.com'],
    ['budi@icloud.co', 'budi@icloud.com'],
    ['budi@iclod.com', 'budi@icloud.com'],
  ])('%s → %s', (email, fixed) => {
    expect(suggestEmailFix(email)).toBe(fixed);
  });

  it.each(['budi@gmail.com', 'budi@ymail.com', 'budi@mail.com', 'budi@email.com', 'budi@ugm.ac.id', 'budi@xmail.com', 'budi', 'budi@',
    'budi@yahoo.fr', 'budi@yahoo.co.jp', 'budi@hotmail.de', 'budi@outlook.co.uk', 'budi@live.com.au', 'budi@mail.co'])(
    'suggests nothing for %s',
    (email) => {
      expect(suggestEmailFix(email)).toBeUndefined();
    },
  );

  it('never "fixes" a correct popular address', () => {
    fc.assert(
      fc.property(localPart, fc.constantFrom(...POPULAR), (local, host) => {
        expect(suggestEmailFix(`${local}@${host}`)).toBeUndefined();
      }),
    );
  });

  it('turns a one-letter slip in a popular domain back into that domain, or says nothing when unsure', () => {
    const slip = fc.tuple(fc.constantFrom(...POPULAR), fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.boolean());
    fc.assert(
      fc.property(localPart, slip, (local, [host, at, letter, insert]) => {
        const i = at % host.length;
        const typo = host.slice(0, i) + letter + host.slice(insert ? i : i + 1);
        fc.pre(typo !== host && !typo.startsWith('.') && !typo.endsWith('.'));
        const suggestion = suggestEmailFix(`${local}@${typo}`);
        expect([undefined, `${local}@${host}`]).toContain(suggestion);
      }),
    );
  });
});

describe('isNoEmailAnswer', () => {
  it.each([
    'tidak punya email', 'Tidak punya', 'gak punya', 'ga ada email', 'belum punya', 'belum punya email kak', 'no email',
    'tidak ada', 'tdk ada', 'nggak punya e-mail', 'gapunya', 'gaada', 'Gak ada kak 🙏', "I don't have an email", 'none',
    'blm punya', 'tidak', 'Belum punya, tolong dibuatkan', 'gaaak punyaa',
  ])('"%s" means no email', (text) => {
    expect(isNoEmailAnswer(text)).toBe(true);
  });

  it.each(['budi@gmail.com', 'ada', 'punya', 'ya', 'email saya budi@gmail.com, bukan yang lama', 'sebentar saya cek', 'lupa', ''])(
    '"%s" is not a no-email answer',
    (text) => {
      expect(isNoEmailAnswer(text)).toBe(false);
    },
  );

  it('an actual address is never read as "no email"', () => {
    fc.assert(
      fc.property(localPart, domain, fc.constantFrom('', 'tidak ', 'ga punya yang lain, ini: '), (local, host, lead) => {
        expect(isNoEmailAnswer(`${lead}${local}@${host}`)).toBe(false);
      }),
    );
  });
});
