// Intents besides answering: asking for a person, complaining, or just being polite. Business names
// and ordinary answers that happen to contain those words must not be taken for them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksForPerson, asksToComplain, isPleasantry } from '../../../flows/understand/intents.js';

describe('asksForPerson', () => {
  it.each([
    'PETUGAS',
    'petugas dong',
    'Petugas kak 🙏',
    'minta petugas',
    'panggil petugas',
    'minta tolong',
    'minta tolong mas',
    'Minta tolong kak, bingung',
    'saya mau bicara dengan orang',
    'bicara dengan petugas',
    'mau ngomong sama orang',
    'bisa langsung ke petugas?',
    'bisa telepon?',
    'mau telepon',
    'bisa ditelpon saja',
    'talk to a person',
    'I want to talk to a human',
    'can I speak to someone',
    'operator',
    'customer service',
    'real person please',
    'petugs',
  ])('"%s" asks for a person', (text) => {
    expect(asksForPerson(text)).toBe(true);
  });

  it.each([
    ['tolong', 'alone it is the help command'],
    ['Toko Petugas Jaya', 'a business name: "toko" and "jaya" are not fillers'],
    ['petugasnya kapan datang?', 'a question about the visit, not a request'],
    ['warung makan', 'an answer'],
    ['saya orang Blitar', '"orang" alone is a filler'],
    ['jual pulsa dan telepon', 'a business activity'],
    ['minta tolong, NIK saya 3505015203850001', 'a message carrying data is an answer, not a request'],
    ['saya sudah bicara dengan petugas kecamatan kemarin sore dan katanya disuruh daftar lewat sini', 'too long to be a request'],
    ['', 'empty'],
    ['🙏', 'emoji'],
  ])('"%s" does not (%s)', (text) => {
    expect(asksForPerson(text)).toBe(false);
  });

  it('"bisa bicara dengan admin?" asks for a person', () => {
    expect(asksForPerson('bisa bicara dengan admin?')).toBe(true);
  });

  it('"mau ngobrol sama admin langsung" asks for a person', () => {
    expect(asksForPerson('mau ngobrol sama admin langsung')).toBe(true);
  });

  it('"bisa telp?" asks for a person', () => {
    expect(asksForPerson('bisa telp?')).toBe(true);
  });
});

describe('asksToComplain', () => {
  it.each(['ADUAN', 'aduan', 'Aduan!', 'lapor', 'mau lapor', 'saya mau mengadu', 'komplain kak', 'complaint', 'pengaduan', 'lapor calo'])(
    '"%s" asks to complain; the complaint comes next',
    (text) => {
      expect(asksToComplain(text)).toEqual({});
    },
  );

  it.each([
    'aduan: petugas minta uang 50 ribu',
    'saya mau lapor ada calo minta uang',
    'ADUAN petugas tidak datang',
    'komplain, sudah 2 minggu belum ada kabar',
  ])('"%s" is a complaint with its text', (text) => {
    expect(asksToComplain(text)).toEqual({ text });
  });

  it('the complaint text is trimmed', () => {
    expect(asksToComplain('  aduan petugas minta uang  \n')).toEqual({ text: 'aduan petugas minta uang' });
  });

  it.each([
    ['jasa laporan pajak', 'a business: "laporan" is not "lapor", and the keyword must open'],
    ['petugas minta uang, saya mau lapor', 'the keyword must open the message'],
    ['warung makan', 'an answer'],
    ['saya sudah lapor ke desa', '"sudah" opens it'],
    ['', 'empty'],
  ])('"%s" is not (%s)', (text) => {
    expect(asksToComplain(text)).toBeUndefined();
  });

  it('"saya mau lapor LKPM gimana caranya" is not a complaint', () => {
    expect(asksToComplain('saya mau lapor LKPM gimana caranya')).toBeUndefined();
  });

  it('"mau lapor pajak" is not a complaint', () => {
    expect(asksToComplain('mau lapor pajak')).toBeUndefined();
  });
});

describe('isPleasantry', () => {
  it.each(['makasih ya kak', 'ok siap', 'matur nuwun', 'Matur suwun nggih', '🙏', '👍🏽', '🙏🙏👍', '❤️', 'thanks', 'thank you so much', 'Terima kasih pak', 'siap, terima kasih 🙏', 'Alhamdulillah', 'oke', 'sip mantap', 'noted'])(
    '"%s" is a pleasantry',
    (text) => {
      expect(isPleasantry(text)).toBe(true);
    },
  );

  it.each(['terima kasih, tapi NIK saya salah', 'ok tapi kapan jadinya?', 'tidak', 'halo', 'saya mau daftar lagi', 'NIB saya sudah jadi?', '3505015203850001', '', '   '])(
    '"%s" is not',
    (text) => {
      expect(isPleasantry(text)).toBe(false);
    },
  );

  it('"terima kasih banyak" is a pleasantry', () => {
    expect(isPleasantry('terima kasih banyak')).toBe(true);
  });

  it('"Terimakasih kak" is a pleasantry', () => {
    expect(isPleasantry('Terimakasih kak')).toBe(true);
  });

  it('"tq kak" is a pleasantry', () => {
    expect(isPleasantry('tq kak')).toBe(true);
  });

  it('"min" / "kak" / "pak?" alone is not a pleasantry', () => {
    for (const text of ['min', 'kak', 'pak?']) expect(isPleasantry(text)).toBe(false);
  });

  it('"😡" and "❓" are not pleasantries', () => {
    for (const text of ['😡', '❓']) expect(isPleasantry(text)).toBe(false);
  });
});

// ---- properties -------------------------------------------------------------------------------------

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

describe('intents: properties', () => {
  it('"petugas" among words that carry no intent asks for a person', () => {
    const fillers = fc.array(fc.constantFrom('saya', 'mau', 'bisa', 'dengan', 'ke', 'langsung', 'aja', 'dong', 'kak', 'pak', 'tolong', 'pengen', 'mas', 'ya'), { maxLength: 6 });
    fc.assert(
      fc.property(fillers, fc.nat(), fc.constantFrom('petugas', 'PETUGAS', 'Petugas', 'operator', 'telepon'), fc.constantFrom('', '?', '!', ' 🙏'), (words, at, core, tail) => {
        const all: string[] = [...words];
        all.splice(at % (words.length + 1), 0, core);
        expect(asksForPerson(all.join(' ') + tail)).toBe(true);
      }),
    );
  });

  it('a business name with a person word in it is no request', () => {
    fc.assert(
      fc.property(fc.constantFrom('Toko', 'Warung', 'UD', 'CV', 'Jasa', 'Bengkel'), fc.constantFrom('Petugas', 'Operator', 'Telepon', 'Human'), fc.constantFrom('', ' Jaya', ' Makmur', ' Abadi'), (kind, word, tail) => {
        expect(asksForPerson(`${kind} ${word}${tail}`)).toBe(false);
      }),
    );
  });

  it('a complaint keyword opening the message asks to complain; its text is kept from three words', () => {
    const rest = fc.array(fc.constantFrom('petugas', 'minta', 'uang', 'calo', 'lama', 'belum', 'datang', 'ribu', '50'), { maxLength: 6 });
    fc.assert(
      // "lapor" alone is also filing a report: it has its own cases below.
      fc.property(fc.constantFrom('', 'saya mau ', 'mau ', 'kak, '), fc.constantFrom('aduan', 'ADUAN', 'komplain', 'pengaduan'), rest, (head, keyword, words) => {
        const text = [head + keyword, ...words].join(' ');
        expect(asksToComplain(text)).toEqual(words.length >= 2 ? { text: text.trim() } : {});
      }),
    );
  });

  it('thanks words with chat fillers are pleasantries; a word of substance makes them not', () => {
    // At least one word of thanks: fillers alone ("kak", "min") are a call for attention, not thanks.
    const thanks = fc
      .tuple(fc.constantFrom('makasih', 'terima kasih', 'matur nuwun', 'suwun', 'ok', 'oke', 'siap', 'sip', 'thanks'), fc.array(fc.constantFrom('kak', 'ya', 'pak', 'nggih', 'ok', 'banyak'), { maxLength: 4 }))
      .map(([word, around]) => [word, ...around]);
    fc.assert(
      fc.property(thanks, fc.constantFrom('NIK', 'salah', 'kapan', 'belum', 'tapi', 'ganti', 'status'), fc.nat(), (words, substance, at) => {
        expect(isPleasantry(words.join(' '))).toBe(true);
        const withSubstance: string[] = [...words];
        withSubstance.splice(at % (words.length + 1), 0, substance);
        expect(isPleasantry(withSubstance.join(' '))).toBe(false);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(typeof asksForPerson(text)).toBe('boolean');
        expect(typeof isPleasantry(text)).toBe('boolean');
        const complaint = asksToComplain(text);
        if (complaint?.text !== undefined) expect(complaint.text).toBe(text.trim());
      }),
    );
  });
});

describe('"lapor" is a complaint only with a grievance', () => {
  it.each([
    ['saya mau lapor ada calo minta uang', true],
    ['lapor, petugas desa minta bayaran', true],
    ['lapor', true],
    ['mau lapor usaha baru', false],
    ['lapor, saya mau daftar NIB', false],
    ['mau lapor pajak', false],
  ] as const)('"%s" → %s', (text, complaint) => {
    expect(asksToComplain(text) !== undefined).toBe(complaint);
  });
});
