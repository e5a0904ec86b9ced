// Pure tests of the village index on a small hand-made area that has the awkward cases of real data:
// a name used in two kecamatan, a desa and a kelurahan with the same name in one kecamatan, a village
// named like its kecamatan, and a two-word name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVillageIndex, type Village, type VillageMatch } from '../../../flows/area/villages.js';

const districts = [
  { code: '99.01.01', name: 'Kademangan' },
  { code: '99.01.02', name: 'Sanankulon' },
  { code: '99.01.03', name: 'Selorejo' },
];

function village(code: string, name: string): Village {
  const district = districts.find((d) => code.startsWith(`${d.code}.`))!;
  return { code, name, districtCode: district.code, districtName: district.name };
}

const villages = [
  village('99.01.01.1001', 'Kademangan'),
  village('99.01.01.2001', 'Sumberjo'),
  village('99.01.01.2002', 'Dawuhan'),
  village('99.01.01.1002', 'Kalipucung'),
  village('99.01.01.2003', 'Kalipucung'),
  village('99.01.02.2001', 'Sumberjo'),
  village('99.01.02.2002', 'Jeding'),
  village('99.01.02.2003', 'Bendowulung'),
  village('99.01.03.2001', 'Olak Alen'),
  village('99.01.03.2002', 'Ampelgading'),
  village('99.01.03.2003', 'Boro'),
];

const index = buildVillageIndex({ code: '99.01', name: 'Kabupaten Contoh' }, districts, villages);

function codeOf(match: VillageMatch): string | undefined {
  return match.kind === 'unique' ? match.village.code : undefined;
}

function codesOf(match: VillageMatch): string[] {
  if (match.kind === 'unique') return [match.village.code];
  return match.kind === 'ambiguous' ? match.candidates.map((v) => v.code) : match.suggestions.map((v) => v.code);
}

describe('VillageIndex.search', () => {
  it.each([
    ['Dawuhan', '99.01.01.2002'],
    ['DAWUHAN', '99.01.01.2002'],
    ['  dawuhan. ', '99.01.01.2002'],
    ['Olak Alen', '99.01.03.2001'],
    ['olakalen', '99.01.03.2001'],
    ['Olak-Alen', '99.01.03.2001'],
    ['Desa Dawuhan', '99.01.01.2002'],
    ['ds. dawuhan', '99.01.01.2002'],
    ['Ds Dawuhan', '99.01.01.2002'],
    ['kel. kademangan', '99.01.01.1001'],
    ['Kelurahan Kademangan', '99.01.01.1001'],
    ['desa kademangan', '99.01.01.1001'],
    ['dawuhn', '99.01.01.2002'],
    ['ampel gadin', '99.01.03.2002'],
    ['ampelgad1ng', '99.01.03.2002'],
    ['bend0wulung', '99.01.02.2003'],
    ['Desa Jeding, Kec. Sanankulon', '99.01.02.2002'],
    ['Desa Jeding Kecamatan Sanankulon Kab. Contoh', '99.01.02.2002'],
    ['Jeding RT 03 RW 01', '99.01.02.2002'],
    ['Dusun Krajan, Desa Jeding', '99.01.02.2002'],
    ['jeding contoh', '99.01.02.2002'],
    ['99.01.03.2003', '99.01.03.2003'],
  ])('finds %j as %s', (text, code) => {
    expect(codeOf(index.search(text))).toBe(code);
  });

  it('calls a name used in two kecamatan ambiguous and names both kecamatan', () => {
    const match = index.search('sumberjo');
    expect(match.kind).toBe('ambiguous');
    if (match.kind !== 'ambiguous') return;
    expect(match.candidates.map((v) => v.code)).toEqual(['99.01.01.2001', '99.01.02.2001']);
    expect(index.districtsOf(match.candidates)).toEqual([districts[0], districts[1]]);
  });

  it.each([
    ['Sumberjo, Kec Sanankulon', '99.01.02.2001'],
    ['desa sumberjo kec. kademangan', '99.01.01.2001'],
    ['Sumber Jo, Sanankulon', '99.01.02.2001'],
    ['sumberjo sanankulon', '99.01.02.2001'],
    ['sumberjo kec sanankulom', '99.01.02.2001'],
  ])('settles %j with the kecamatan in the same answer', (text, code) => {
    expect(codeOf(index.search(text))).toBe(code);
  });

  it('uses "desa" or "kelurahan" to tell apart a desa and a kelurahan of the same name', () => {
    expect(index.search('Kalipucung').kind).toBe('ambiguous');
    expect(codeOf(index.search('Kelurahan Kalipucung'))).toBe('99.01.01.1002');
    expect(codeOf(index.search('desa kalipucung'))).toBe('99.01.01.2003');
  });

  it('suggests the real place when the named kecamatan does not have that village', () => {
    const match = index.search('Desa Jeding, Kec. Selorejo');
    expect(match.kind).toBe('none');
    expect(codesOf(match)).toContain('99.01.02.2002');
  });

  it.each([
    ['Dawuhan Kidul', ['99.01.01.2002']],
    ['sumberjo kulon', ['99.01.01.2001', '99.01.02.2001']],
    ['sumbe', ['99.01.01.2001', '99.01.02.2001']],
  ])('suggests close names for %j when nothing matches well enough', (text, expected) => {
    const match = index.search(text);
    expect(match.kind).toBe('none');
    expect(codesOf(match)).toEqual(expect.arrayContaining(expected));
  });

  it.each(['', '   ', 'desa', 'kec. sanankulon', 'xyzzy', '🙂', 'Kab. Contoh'])('finds nothing for %j', (text) => {
    expect(index.search(text)).toEqual({ kind: 'none', suggestions: [] });
  });
});

describe('VillageIndex.searchInDistrict', () => {
  it('resolves an ambiguous name once the kecamatan is chosen', () => {
    expect(codeOf(index.searchInDistrict('sumberjo', '99.01.02'))).toBe('99.01.02.2001');
    expect(codeOf(index.searchInDistrict('Desa Sumberjo', '99.01.01'))).toBe('99.01.01.2001');
  });

  it('does not leave the chosen kecamatan', () => {
    expect(index.searchInDistrict('jeding', '99.01.01').kind).toBe('none');
    expect(index.searchInDistrict('99.01.02.2002', '99.01.01').kind).toBe('none');
    expect(index.searchInDistrict('jeding', '99.99.99')).toEqual({ kind: 'none', suggestions: [] });
  });
});

describe('VillageIndex lookups', () => {
  it('finds villages and kecamatan by code', () => {
    expect(index.byCode('99.01.03.2001')?.name).toBe('Olak Alen');
    expect(index.byCode('99.01.03.9999')).toBeUndefined();
    expect(index.districtByCode('99.01.02')).toEqual({ code: '99.01.02', name: 'Sanankulon' });
    expect(index.districtByCode('99.01')).toBeUndefined();
  });

  it('lists the area in code order', () => {
    expect(index.regencyCode).toBe('99.01');
    expect(index.regencyName).toBe('Kabupaten Contoh');
    expect(index.districts.map((d) => d.code)).toEqual(['99.01.01', '99.01.02', '99.01.03']);
    expect(index.villages.map((v) => v.code)).toEqual([...villages.map((v) => v.code)].sort());
  });
});

describe('VillageIndex properties', () => {
  // The prefix fits the kind of place (code 1xxx kelurahan, 2xxx desa): where a desa and a kelurahan share
  // a name, the prefix is what tells them apart.
  const prefix = (v: Village) =>
    v.code.split('.')[3]!.startsWith('1')
      ? fc.constantFrom('', 'kel. ', 'Kelurahan ', 'kel ', 'KEL.')
      : fc.constantFrom('', 'desa ', 'Desa ', 'ds. ', 'DS ', 'Ds.');
  const spelled = (name: string) =>
    fc.record({ upper: fc.boolean(), joined: fc.boolean(), dot: fc.boolean() }).map(({ upper, joined, dot }) => {
      const spaced = joined ? name.replace(/ /g, '') : name;
      return `${upper ? spaced.toUpperCase() : spaced.toLowerCase()}${dot ? '.' : ''}`;
    });

  it('finds every village however its name is cased, spaced or prefixed', () => {
    const arbitrary = fc.constantFrom(...villages).chain((v) => fc.tuple(fc.constant(v), prefix(v), spelled(v.name)));
    fc.assert(
      fc.property(arbitrary, ([target, pre, name]) => {
        const match = index.search(pre + name);
        expect(match.kind).not.toBe('none');
        expect(codesOf(match)).toContain(target.code);
      }),
    );
  });

  it('finds every village uniquely when its kecamatan is named too', () => {
    for (const v of villages) {
      const kind = v.code.split('.')[3]!.startsWith('1') ? 'Kelurahan' : 'Desa';
      expect(codeOf(index.search(`${kind} ${v.name}, Kec. ${v.districtName}`))).toBe(v.code);
      expect(codeOf(index.searchInDistrict(`${kind} ${v.name}`, v.districtCode))).toBe(v.code);
    }
  });

  it('never throws and only ever returns villages of the area', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }));
    fc.assert(
      fc.property(anyText, fc.constantFrom('99.01.01', '99.01.02', 'nope'), (text, districtCode) => {
        for (const match of [index.search(text), index.searchInDistrict(text, districtCode)]) {
          for (const code of codesOf(match)) expect(index.byCode(code)).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
