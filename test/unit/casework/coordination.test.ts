// The pure rules of the coordinators' actions: the desk above (NAIKKAN), who a typed operator is
// (TUGASKAN), the area's name, and how long a SIARAN takes; and a reply quoting a notice read as a
// command about the notice's case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOperatorCommand, parseQuotedCommand } from '../../../bot/commands/parse.js';
import { areaLabel, broadcastMinutes, matchMemberByName, nextDeskUp, operatorRefKind } from '../../../flows/casework/coordination.js';
import type { DeskLevel } from '../../../flows/casework/desk.js';
import { buildVillageIndex } from '../../../flows/area/villages.js';
import { translator } from '../../../flows/i18n/index.js';

const CODES = { districtCode: '35.05.02', regencyCode: '35.05' };

describe('nextDeskUp (NAIKKAN)', () => {
  it.each<[DeskLevel, boolean, string | undefined]>([
    ['village', true, '35.05.02'],
    ['village', false, '35.05'],
    ['district', true, '35.05'],
    ['district', false, '35.05'],
    ['regency', true, undefined],
    ['regency', false, undefined],
  ])('from %s (kecamatan staffed: %s) → %s', (level, kecamatanStaffed, code) => {
    const up = nextDeskUp(level, CODES, (c) => kecamatanStaffed && c === CODES.districtCode);
    expect(up?.code).toBe(code);
  });

  it('always goes strictly up, and ends at DPMPTSP within two steps', () => {
    const order: DeskLevel[] = ['village', 'district', 'regency'];
    fc.assert(fc.property(fc.constantFrom(...order), fc.boolean(), (level, staffed) => {
      let at: DeskLevel = level;
      for (let step = 0; step < 3; step++) {
        const up = nextDeskUp(at, CODES, () => staffed);
        if (!up) break;
        expect(order.indexOf(up.level)).toBeGreaterThan(order.indexOf(at));
        at = up.level;
      }
      expect(at).toBe('regency');
    }));
  });
});

describe('matchMemberByName (TUGASKAN <name>)', () => {
  const members = [
    { name: 'Wulan Sari', phone: '6281234500002' },
    { name: 'Wulandari', phone: '6281234500003' },
    { name: 'Vina (contoh)', phone: '6281234500001' },
    { name: 'Budi Santoso', phone: '6281234500004' },
    { name: 'Budi Hartono', phone: '6281234500005' },
  ];

  it.each([
    ['wulan sari', '6281234500002'],
    ['WULAN SARI', '6281234500002'],
    ['wulandari', '6281234500003'],
    ['vina', '6281234500001'],
    ['vina contoh', '6281234500001'],
    ['budi s', '6281234500004'],
    ['hartono', '6281234500005'],
    ['santoso', '6281234500004'],
  ])('"%s" is %s', (typed, phone) => {
    const match = matchMemberByName(typed, members);
    expect(match.kind === 'one' && match.member.phone).toBe(phone);
  });

  it.each(['wulan', 'budi'])('"%s" is ambiguous: several names start so', (typed) => {
    expect(matchMemberByName(typed, members).kind).toBe('many');
  });

  it.each(['siti', '', '  ', '???'])('"%s" is nobody', (typed) => {
    expect(matchMemberByName(typed, members).kind).toBe('none');
  });

  it('every member is found by their whole name, however it is cased', () => {
    fc.assert(fc.property(fc.constantFrom(...members), fc.boolean(), (member, upper) => {
      const match = matchMemberByName(upper ? member.name.toUpperCase() : member.name, members);
      expect(match).toEqual({ kind: 'one', member });
    }));
  });
});

describe('operatorRefKind', () => {
  it.each([
    ['6281234500002', 'phone'], ['081234500002', 'phone'], ['0812-3450-0002', 'phone'], ['+62 812 3450 0002', 'phone'],
    ['Wulan', 'name'], ['Wulan Sari', 'name'], ['Operator 2', 'name'], ['Pak RT 05', 'name'],
  ] as const)('%s is a %s', (typed, kind) => {
    expect(operatorRefKind(typed)).toBe(kind);
  });

  it('an Indonesian mobile number, however spaced, is a phone', () => {
    fc.assert(fc.property(fc.stringMatching(/^8[1-35-9]\d{8,10}$/), fc.constantFrom('0', '62', '+62 '), fc.constantFrom('', ' ', '-'), (national, lead, sep) => {
      const typed = lead + (national.match(/.{1,4}/g) ?? []).join(sep);
      expect(operatorRefKind(typed)).toBe('phone');
    }));
  });
});

describe('areaLabel', () => {
  const villages = buildVillageIndex({ code: '35.05', name: 'Kabupaten Blitar' }, [{ code: '35.05.02', name: 'Udanawu' }],
    [{ code: '35.05.02.2007', name: 'Karanggondang', districtCode: '35.05.02', districtName: 'Udanawu' }]);
  const t = translator('id');
  it.each([
    ['35.05.02.2007', 'Kantor Desa/Kelurahan Karanggondang'],
    ['35.05.02', 'Kantor Kecamatan Udanawu'],
    ['35.05', 'DPMPTSP Kabupaten Blitar'],
    ['35.05.99', '35.05.99'],
  ])('%s → %s', (code, label) => {
    expect(areaLabel(code, villages, t)).toBe(label);
  });
});

describe('broadcastMinutes', () => {
  it('is the whole minutes the letters need at the rate, at least 1', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 6000 }), (n, rate) => {
      const minutes = broadcastMinutes(n, rate);
      expect(minutes).toBeGreaterThanOrEqual(1);
      expect(minutes * rate).toBeGreaterThanOrEqual(n);
      if (minutes > 1) expect((minutes - 1) * rate).toBeLessThan(n);
    }));
  });
});

describe('parseQuotedCommand: a reply to a notice about a case', () => {
  const QUOTED = 'LK-7KQ3M';

  it.each([
    ['KLAIM', { name: 'claim', caseId: QUOTED }],
    ['klaim', { name: 'claim', caseId: QUOTED }],
    ['DETAIL', { name: 'detail', caseId: QUOTED }],
    ['TANYA sudah punya email?', { name: 'ask', caseId: QUOTED, question: 'sudah punya email?' }],
    ['NIB 9120301234567', { name: 'nib', caseId: QUOTED, nib: '9120301234567' }],
    ['DIAJUKAN', { name: 'filed', caseId: QUOTED }],
    ['TUNDA OSS down', { name: 'defer', caseId: QUOTED, reason: 'OSS down' }],
    ['NAIKKAN', { name: 'escalate', caseId: QUOTED }],
    ['TUGASKAN 6281234500002', { name: 'reassign', caseId: QUOTED, operator: '6281234500002' }],
    ['TUGASKAN Wulan Sari', { name: 'reassign', caseId: QUOTED, operator: 'Wulan Sari' }],
  ])('"%s" acts on the quoted case', (text, command) => {
    expect(parseQuotedCommand(text, QUOTED)).toEqual({ ok: true, command });
  });

  it.each(['KLAIM LK-9ZZ3M', 'DETAIL lk 9zz3m', 'KLAIM 1', 'ANTRIAN', 'BALAS BT-7KQ3M ya bu', 'ok siap', 'BALAS'])('"%s" reads as typed', (text) => {
    expect(parseQuotedCommand(text, QUOTED)).toEqual(parseOperatorCommand(text));
  });

  it('without a quoted case it is parseOperatorCommand, for any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      expect(parseQuotedCommand(text, undefined)).toEqual(parseOperatorCommand(text));
    }));
  });

  it('a case id typed in the reply always wins over the quoted one', () => {
    fc.assert(fc.property(fc.constantFrom('KLAIM', 'DETAIL', 'LEPAS', 'KODE', 'DIAJUKAN', 'NAIKKAN'), (word) => {
      const parsed = parseQuotedCommand(`${word} LK-9ZZ3M`, QUOTED);
      expect(parsed.ok && 'caseId' in parsed.command && parsed.command.caseId).toBe('LK-9ZZ3M');
    }));
  });
});
