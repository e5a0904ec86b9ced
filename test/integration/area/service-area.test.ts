// The service area loaded from the real idn-area-data package (Kemendagri codes): Kabupaten Blitar,
// where LOSS DOL runs in 248 villages, and Kota Blitar for a kelurahan-only area.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadServiceArea, UnknownServiceAreaError } from '../../../bot/area/service-area.js';
import type { Village, VillageIndex, VillageMatch } from '../../../flows/area/villages.js';

function codeOf(match: VillageMatch): string | undefined {
  return match.kind === 'unique' ? match.village.code : undefined;
}

function isKelurahan(village: Village): boolean {
  return village.code.split('.')[3]!.startsWith('1');
}

describe('Kabupaten Blitar (35.05)', () => {
  let blitar: VillageIndex;

  beforeAll(async () => {
    blitar = await loadServiceArea('35.05');
  });

  it('has 22 kecamatan and 248 villages (220 desa, 28 kelurahan)', () => {
    expect(blitar.regencyCode).toBe('35.05');
    expect(blitar.regencyName).toBe('Kabupaten Blitar');
    expect(blitar.districts).toHaveLength(22);
    expect(blitar.villages).toHaveLength(248);
    expect(blitar.villages.filter(isKelurahan)).toHaveLength(28);
    expect(blitar.districts[0]).toEqual({ code: '35.05.01', name: 'Wonodadi' });
    expect(blitar.districtByCode('35.05.17')?.name).toBe('Wlingi');
  });

  it('keys every village on a code inside its own kecamatan', () => {
    expect(new Set(blitar.villages.map((v) => v.code)).size).toBe(248);
    for (const v of blitar.villages) {
      expect(v.code.startsWith(`${v.districtCode}.`)).toBe(true);
      expect(blitar.districtByCode(v.districtCode)?.name).toBe(v.districtName);
      expect(blitar.byCode(v.code)).toEqual(v);
    }
  });

  it('calls Sumberjo ambiguous across its three kecamatan and settles it by kecamatan', () => {
    const match = blitar.search('sumberjo');
    expect(match.kind).toBe('ambiguous');
    if (match.kind !== 'ambiguous') return;
    expect(blitar.districtsOf(match.candidates).map((d) => d.name)).toEqual(['Kademangan', 'Sanankulon', 'Sutojayan']);
    expect(codeOf(blitar.searchInDistrict('sumberjo', '35.05.07'))).toBe('35.05.07.2009');
    expect(codeOf(blitar.search('Desa Sumberjo, Kec. Sutojayan'))).toBe('35.05.12.2010');
    expect(codeOf(blitar.search('sumberjo kademangan'))).toBe('35.05.04.2006');
  });

  it('calls every repeated name ambiguous, and every village unique once its kecamatan is named', () => {
    const counts = new Map<string, number>();
    for (const v of blitar.villages) counts.set(v.name, (counts.get(v.name) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1).map(([name]) => name);
    expect(repeated).toHaveLength(17);
    for (const name of repeated) expect(blitar.search(name).kind, name).toBe('ambiguous');
    for (const v of blitar.villages) {
      expect(codeOf(blitar.search(`${v.name}, Kec ${v.districtName}`)), v.name).toBe(v.code);
      expect(codeOf(blitar.searchInDistrict(v.name, v.districtCode)), v.name).toBe(v.code);
    }
  });

  it.each([
    ['Sumber Jo, kec kademangan', '35.05.04.2006'],
    ['sumberj0 kec. sanankulon', '35.05.07.2009'],
    ['kel. kauman', '35.05.03.1010'],
    ['Kelurahan Satreyan', '35.05.10.1010'],
    ['kel satrean', '35.05.10.1010'],
    ['ds. jiwut', '35.05.09.2010'],
    ['olakalen', '35.05.21.2008'],
    ['Desa Jatinom RT 02 RW 03 Kec Kanigoro Kab. Blitar', '35.05.10.2002'],
    ['Tulungrejo kec gandusari', '35.05.15.2013'],
    ['kademangn', '35.05.04.1011'],
  ])('finds %j as %s', (text, code) => {
    expect(codeOf(blitar.search(text))).toBe(code);
  });

  it('suggests the real kecamatan when the named one is wrong', () => {
    const match = blitar.search('Desa Jiwut, Kec. Wlingi');
    expect(match.kind).toBe('none');
    if (match.kind !== 'none') return;
    expect(match.suggestions.map((v) => v.code)).toContain('35.05.09.2010');
  });

  it('finds nothing for a place outside the area', () => {
    expect(blitar.search('Kepanjen Kidul').kind).toBe('none');
  });
});

describe('Kota Blitar (35.72)', () => {
  it('reads "kel. kepanjen kidul" as the kelurahan Kepanjenkidul', async () => {
    const kota = await loadServiceArea('3572');
    expect(kota.regencyName).toBe('Kota Blitar');
    expect(codeOf(kota.search('kel. kepanjen kidul'))).toBe('35.72.01.1001');
    expect(codeOf(kota.search('Sananwetan, Kota Blitar'))).toBe('35.72.03.1004');
  });
});

describe('unknown service area', () => {
  it.each(['35.99', '', 'Blitar', '35.05.01'])('rejects SERVICE_AREA=%j with a clear error', async (code) => {
    const loading = loadServiceArea(code);
    await expect(loading).rejects.toBeInstanceOf(UnknownServiceAreaError);
    await expect(loading).rejects.toThrow(/SERVICE_AREA/);
  });
});
