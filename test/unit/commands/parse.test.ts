import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_ID_RANDOM_BYTES,
  COORDINATOR_COMMANDS,
  OPERATOR_COMMANDS,
  generateCaseIdFromBytes,
  normaliseCaseId,
  parseOperatorCommand,
  type OperatorCommand,
  type OperatorCommandName,
} from '../../../bot/commands/parse.js';
import { CROCKFORD_ALPHABET } from '../../../flows/casework/case-id.js';

const ID = 'LK-7KQ3M';

describe('parseOperatorCommand reads every command', () => {
  it.each<[string, OperatorCommand]>([
    ['ANTRIAN', { name: 'queue' }],
    ['antrian', { name: 'queue' }],
    ['#Antrian', { name: 'queue' }],
    ['  /antrian  ', { name: 'queue' }],
    ['KASUS', { name: 'my_cases' }],
    ['# kasus', { name: 'my_cases' }],
    ['*KASUS*', { name: 'my_cases' }],
    ['KLAIM LK-7KQ3M', { name: 'claim', caseId: ID }],
    ['klaim lk7kq3m', { name: 'claim', caseId: ID }],
    ['/Klaim   lk 7kq3m', { name: 'claim', caseId: ID }],
    ['#KLAIM LK-7kq3m ya', { name: 'claim', caseId: ID }],
    ['KLAIM: LK - 7KQ3M.', { name: 'claim', caseId: ID }],
    ['*KLAIM* *LK-7KQ3M*', { name: 'claim', caseId: ID }],
    ['LEPAS LK-7KQ3M', { name: 'release', caseId: ID }],
    ['lepas lk_7kq3m', { name: 'release', caseId: ID }],
    ['DETAIL LK-7KQ3M', { name: 'detail', caseId: ID }],
    ['detail\tlk–7kq3m', { name: 'detail', caseId: ID }],
    ['TANYA LK-7KQ3M Modal usahanya berapa?', { name: 'ask', caseId: ID, question: 'Modal usahanya berapa?' }],
    ['tanya lk 7kq3m   Alamat usaha\nsama dengan KTP?  ', { name: 'ask', caseId: ID, question: 'Alamat usaha\nsama dengan KTP?' }],
    ['KODE LK-7KQ3M', { name: 'request_code', caseId: ID }],
    ['/kode lk7kq3m', { name: 'request_code', caseId: ID }],
    ['TUNDA LK-7KQ3M OSS sedang down', { name: 'defer', caseId: ID, reason: 'OSS sedang down' }],
    ['tunda LK7KQ3M, server OSS error', { name: 'defer', caseId: ID, reason: 'server OSS error' }],
    ['NIB LK-7KQ3M 1234567890123', { name: 'nib', caseId: ID, nib: '1234567890123' }],
    ['nib lk 7kq3m 1234 5678 90123', { name: 'nib', caseId: ID, nib: '1234 5678 90123' }],
    ['#nib LK-7KQ3M 12345', { name: 'nib', caseId: ID, nib: '12345' }],
    ['TOLAK LK-7KQ3M Usaha berbentuk PT, ke DPMPTSP', { name: 'reject', caseId: ID, reason: 'Usaha berbentuk PT, ke DPMPTSP' }],
    ['tolak lk-7kq3m duplikat', { name: 'reject', caseId: ID, reason: 'duplikat' }],
    ['BANTUAN', { name: 'help' }],
    ['/bantuan', { name: 'help' }],
    ['help', { name: 'help' }],
    ['RINGKASAN', { name: 'digest' }],
    ['laporan', { name: 'digest' }],
    ['#Laporan bulan ini', { name: 'digest' }],
    ['ALIHKAN LK-7KQ3M 081234567890', { name: 'reassign', caseId: ID, operator: '081234567890' }],
    ['alihkan lk7kq3m +62 812-3456-7890', { name: 'reassign', caseId: ID, operator: '+62 812-3456-7890' }],
  ])('%j', (text, expected) => {
    expect(parseOperatorCommand(text)).toEqual({ ok: true, command: expected });
  });
});

describe('parseOperatorCommand says what is wrong', () => {
  it.each<[string, object]>([
    ['', { reason: 'unknown_command' }],
    ['   ', { reason: 'unknown_command' }],
    ['#', { reason: 'unknown_command' }],
    ['1234567890123', { reason: 'unknown_command' }],
    ['Siap pak, nanti saya cek', { reason: 'unknown_command' }],
    ['klam LK-7KQ3M', { reason: 'unknown_command', suggestion: 'claim' }],
    ['DETIL LK-7KQ3M', { reason: 'unknown_command', suggestion: 'detail' }],
    ['NIP LK-7KQ3M 1234567890123', { reason: 'unknown_command', suggestion: 'nib' }],
    ['KLAIM', { reason: 'missing_case_id', command: 'claim' }],
    ['lepas   ', { reason: 'missing_case_id', command: 'release' }],
    ['ALIHKAN', { reason: 'missing_case_id', command: 'reassign' }],
    ['KLAIM 7KQ3M', { reason: 'bad_case_id', command: 'claim' }],
    ['KLAIM LK-7KQ3', { reason: 'bad_case_id', command: 'claim' }],
    ['KLAIM LK-7KQ3MX', { reason: 'bad_case_id', command: 'claim' }],
    ['KLAIM LK-7KQ3U', { reason: 'bad_case_id', command: 'claim' }],
    ['KLAIM LK-7K#3M', { reason: 'bad_case_id', command: 'claim' }],
    ['KLAIM LK 7KQ 3M', { reason: 'bad_case_id', command: 'claim' }],
    ['DETAIL kasus LK-7KQ3M', { reason: 'bad_case_id', command: 'detail' }],
    ['TANYA modal berapa?', { reason: 'bad_case_id', command: 'ask' }],
    ['TANYA LK-7KQ3M', { reason: 'missing_argument', command: 'ask' }],
    ['TUNDA LK-7KQ3M   ', { reason: 'missing_argument', command: 'defer' }],
    ['NIB LK-7KQ3M', { reason: 'missing_argument', command: 'nib' }],
    ['TOLAK lk7kq3m', { reason: 'missing_argument', command: 'reject' }],
    ['ALIHKAN LK-7KQ3M', { reason: 'missing_argument', command: 'reassign' }],
  ])('%j', (text, expected) => {
    expect(parseOperatorCommand(text)).toEqual({ ok: false, ...expected });
  });
});

describe('normaliseCaseId', () => {
  it.each([
    ['LK-7KQ3M', ID],
    ['lk7kq3m', ID],
    ['lk 7kq3m', ID],
    ['LK-7kq3m', ID],
    ['  Lk - 7Kq3m ', ID],
    ['"LK-7KQ3M".', ID],
    ['LK-OOIIL', 'LK-00111'],
    ['lk-oil0z', 'LK-0110Z'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseCaseId(text)).toBe(expected);
  });

  it.each(['', '7KQ3M', 'LK-', 'LK-7KQ3', 'LK-7KQ3MM', 'LK-UUUUU', 'LK-7KQ 3M', 'XK-7KQ3M', 'KLAIM LK-7KQ3M', 'LK-7KQ3M LK-7KQ3M'])(
    'refuses %j',
    (text) => {
      expect(normaliseCaseId(text)).toBeUndefined();
    },
  );
});

describe('generateCaseIdFromBytes', () => {
  it.each([
    [[0, 0, 0, 0, 0], 'LK-00000'],
    [[31, 31, 31, 31, 31], 'LK-ZZZZZ'],
    [[0, 31, 32, 255, 100], 'LK-0Z0Z4'],
    [[10, 18, 20, 26, 27, 99], 'LK-AJMTV'],
  ])('%j → %j', (bytes, expected) => {
    expect(generateCaseIdFromBytes(Uint8Array.from(bytes))).toBe(expected);
  });

  it('needs enough bytes', () => {
    expect(() => generateCaseIdFromBytes(new Uint8Array(CASE_ID_RANDOM_BYTES - 1))).toThrow(RangeError);
  });

  it('produces canonical ids, each symbol from its own byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: CASE_ID_RANDOM_BYTES, maxLength: 16 }), (bytes) => {
        const id = generateCaseIdFromBytes(bytes);
        expect(normaliseCaseId(id)).toBe(id);
        expect([...id.slice(3)].map((symbol) => CROCKFORD_ALPHABET.indexOf(symbol))).toEqual(
          [...bytes.slice(0, 5)].map((byte) => byte % 32),
        );
      }),
    );
  });
});

describe('command audiences', () => {
  it('give every command to operators or coordinators, and BANTUAN to both', () => {
    const names: OperatorCommandName[] = [
      'queue', 'my_cases', 'claim', 'release', 'detail', 'ask', 'request_code', 'defer', 'nib', 'reject', 'help', 'digest', 'reassign',
    ];
    expect(names.filter((name) => !OPERATOR_COMMANDS.has(name) && !COORDINATOR_COMMANDS.has(name))).toEqual([]);
    expect([OPERATOR_COMMANDS.has('help'), COORDINATOR_COMMANDS.has('help')]).toEqual([true, true]);
  });
});

// --- properties -------------------------------------------------------------------------------

const canonicalIdArb = fc
  .array(fc.constantFrom(...CROCKFORD_ALPHABET), { minLength: 5, maxLength: 5 })
  .map((symbols) => `LK-${symbols.join('')}`);

/** How a person might type one canonical symbol: either case, O for 0, I or L for 1. */
function typedSymbolArb(symbol: string): fc.Arbitrary<string> {
  const lookalikes: Record<string, string[]> = { '0': ['0', 'O', 'o'], '1': ['1', 'I', 'i', 'L', 'l'] };
  return fc.constantFrom(...(lookalikes[symbol] ?? [symbol, symbol.toLowerCase()]));
}

/** A canonical id and a loosely typed spelling of it. */
const typedIdArb = canonicalIdArb.chain((id) =>
  fc
    .record({
      prefix: fc.constantFrom('LK', 'lk', 'Lk', 'lK'),
      separator: fc.constantFrom('', '-', ' ', ' - ', '–', '_', '.', '  '),
      symbols: fc.tuple(...[...id.slice(3)].map(typedSymbolArb)),
      wrap: fc.constantFrom<[string, string]>(['', ''], ['*', '*'], ['_', '_'], ['"', '"'], ['', '.'], ['', ',']),
    })
    .map(({ prefix, separator, symbols, wrap: [before, after] }) => ({
      id,
      typed: `${before}${prefix}${separator}${symbols.join('')}${after}`,
    })),
);

const keywordArb = (keyword: string): fc.Arbitrary<string> =>
  fc
    .record({
      lead: fc.constantFrom('', '#', '/', ' ', '# ', ' /'),
      letters: fc.tuple(...[...keyword].map((letter) => fc.constantFrom(letter, letter.toLowerCase()))),
      gap: fc.constantFrom(' ', '  ', '\t', ' \n'),
    })
    .map(({ lead, letters, gap }) => `${lead}${letters.join('')}${gap}`);

const ID_COMMANDS: ReadonlyArray<[string, OperatorCommandName]> = [
  ['KLAIM', 'claim'],
  ['LEPAS', 'release'],
  ['DETAIL', 'detail'],
  ['KODE', 'request_code'],
  ['DIAJUKAN', 'filed'],
  ['NAIKKAN', 'escalate'],
  ['RIWAYAT', 'history'],
];

const TEXT_COMMANDS: ReadonlyArray<[string, OperatorCommandName, string]> = [
  ['TANYA', 'ask', 'question'],
  ['TUNDA', 'defer', 'reason'],
  ['TOLAK', 'reject', 'reason'],
  ['NIB', 'nib', 'nib'],
  ['ALIHKAN', 'reassign', 'operator'],
  ['TUGASKAN', 'reassign', 'operator'],
];

describe('the coordinators\' and new operators\' commands', () => {
  it.each([
    ['REKAP', { name: 'report', period: { kind: 'today' } }],
    ['rekap hari ini', { name: 'report', period: { kind: 'today' } }],
    ['REKAP minggu ini', { name: 'report', period: { kind: 'week' } }],
    ['Rekap Bulan Ini', { name: 'report', period: { kind: 'month' } }],
    ['REKAP 2026-10', { name: 'report', period: { kind: 'calendar_month', month: '2026-10' } }],
    ['CARI LK-7KQ3M', { name: 'search', query: 'LK-7KQ3M' }],
    ['cari  Sumberjo ', { name: 'search', query: 'Sumberjo' }],
    ['OPERATOR', { name: 'operators' }],
    ['TAMBAH OPERATOR 6281234500002 35.05.02.2007 Vina Rahma', { name: 'add_operator', phone: '6281234500002', area: '35.05.02.2007', memberName: 'Vina Rahma' }],
    ['NONAKTIF 0812 3450 0002', { name: 'deactivate', phone: '0812 3450 0002' }],
    ['OSS GANGGUAN', { name: 'oss_status', down: true }],
    ['oss normal', { name: 'oss_status', down: false }],
    ['SIARAN OSS berganti alamat, mohon login ulang', { name: 'broadcast', text: 'OSS berganti alamat, mohon login ulang' }],
    ['KLAIM 1', { name: 'claim_nth', index: 1 }],
    ['klaim 12', { name: 'claim_nth', index: 12 }],
  ] as const)('%j', (text, command) => {
    expect(parseOperatorCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    ['REKAP kemarin', 'bad_argument', 'report'],
    ['REKAP 2026-13', 'bad_argument', 'report'],
    ['CARI', 'missing_argument', 'search'],
    ['TAMBAH OPERATOR 6281234500002', 'missing_argument', 'add_operator'],
    ['NONAKTIF', 'missing_argument', 'deactivate'],
    ['OSS', 'missing_argument', 'oss_status'],
    ['OSS rusak parah', 'bad_argument', 'oss_status'],
    ['SIARAN', 'missing_argument', 'broadcast'],
    ['DIAJUKAN', 'missing_case_id', 'filed'],
  ] as const)('%j fails as %s, naming %s for its usage', (text, reason, command) => {
    expect(parseOperatorCommand(text)).toEqual({ ok: false, reason, command });
  });

  it('"TAMBAH" without OPERATOR is not a command', () => {
    expect(parseOperatorCommand('TAMBAH kegiatan')).toMatchObject({ ok: false, reason: 'unknown_command' });
  });
});

describe('case id properties', () => {
  it('any id survives loose typing, on its own and inside every command', () => {
    fc.assert(
      fc.property(typedIdArb, fc.constantFrom(...ID_COMMANDS), fc.constantFrom('', ' ', '  ', '\n'), ({ id, typed }, [keyword, name], tail) => {
        expect(normaliseCaseId(typed)).toBe(id);
        const text = `${keyword.toLowerCase()} ${typed}${tail}`;
        expect(parseOperatorCommand(text)).toEqual({ ok: true, command: { name, caseId: id } });
      }),
    );
  });

  it('commands with text keep the text as typed, trimmed', () => {
    const textArb = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== '');
    const keywordAndCommand = fc.constantFrom(...TEXT_COMMANDS).chain(([keyword, name, field]) =>
      keywordArb(keyword).map((typedKeyword) => ({ typedKeyword, name, field })),
    );
    fc.assert(
      fc.property(keywordAndCommand, typedIdArb, textArb, ({ typedKeyword, name, field }, { id, typed }, text) => {
        const parsed = parseOperatorCommand(`${typedKeyword}${typed} ${text}`);
        expect(parsed).toEqual({ ok: true, command: { name, caseId: id, [field]: text.trim() } });
      }),
    );
  });

  it('ids of any other length are rejected as bad_case_id', () => {
    const bodyArb = fc
      .string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 1, maxLength: 9 })
      .filter((body) => body.length !== 5);
    fc.assert(
      fc.property(fc.constantFrom(...ID_COMMANDS, ...TEXT_COMMANDS), fc.constantFrom('', '-', ' '), bodyArb, ([keyword, name], separator, body) => {
        expect(parseOperatorCommand(`${keyword} LK${separator}${body} lanjut`)).toEqual({ ok: false, reason: 'bad_case_id', command: name });
      }),
    );
  });

  it('five symbols with one outside Crockford (U, punctuation) are rejected as bad_case_id', () => {
    const badSymbolArb = fc.constantFrom('U', 'u', '#', '@', '+', '%', 'é');
    fc.assert(
      fc.property(canonicalIdArb, badSymbolArb, fc.integer({ min: 0, max: 4 }), (id, bad, position) => {
        const symbols = [...id.slice(3)];
        symbols[position] = bad;
        const typed = `LK-${symbols.join('')}`;
        expect(normaliseCaseId(typed)).toBeUndefined();
        expect(parseOperatorCommand(`KLAIM ${typed}`)).toEqual({ ok: false, reason: 'bad_case_id', command: 'claim' });
      }),
    );
  });

  it('a first argument that does not start with LK is a bad_case_id', () => {
    const wordArb = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((word) => word.trim() !== '' && !/^\s*[*_~`"'“‘([]*lk/i.test(word));
    fc.assert(
      fc.property(fc.constantFrom(...ID_COMMANDS, ...TEXT_COMMANDS), wordArb, ([keyword, name], word) => {
        // KLAIM 1: a number is a position in the last list, not a case id.
        fc.pre(!(name === 'claim' && /^\s*\d{1,2}\s*$/.test(word)));
        expect(parseOperatorCommand(`${keyword} ${word}`)).toEqual({ ok: false, reason: 'bad_case_id', command: name });
      }),
    );
  });
});

describe('parser robustness', () => {
  it('never throws on arbitrary text, and always answers with a known shape', () => {
    const knownReasons = ['unknown_command', 'missing_case_id', 'bad_case_id', 'missing_argument', 'bad_argument', 'bad_ref'];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseOperatorCommand(text);
        expect(parsed.ok || knownReasons.includes(parsed.reason)).toBe(true);
      }),
    );
  });

  it('never throws on a command word followed by arbitrary text', () => {
    const keywords = ['ANTRIAN', 'KASUS', 'BANTUAN', 'RINGKASAN', ...ID_COMMANDS.map(([k]) => k), ...TEXT_COMMANDS.map(([k]) => k)];
    fc.assert(
      fc.property(fc.constantFrom(...keywords), fc.string({ unit: 'grapheme' }), (keyword, rest) => {
        const parsed = parseOperatorCommand(`${keyword} ${rest}`);
        expect(parsed.ok ? parsed.command.name : parsed.command).toBeDefined();
      }),
    );
  });
});
