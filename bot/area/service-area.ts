// Loads the service area (one kabupaten/kota, from SERVICE_AREA) out of idn-area-data into a VillageIndex.
// idn-area-data re-parses its CSV files on every getter call (~250 ms for all levels), so each getter is
// called exactly once here; the caller keeps the returned index for the life of the process.
import { getDistricts, getRegencies, getVillages } from 'idn-area-data';
import { buildVillageIndex, type District, type Village, type VillageIndex } from '../../flows/area/villages.js';

export class UnknownServiceAreaError extends Error {
  override readonly name = 'UnknownServiceAreaError';

  constructor(readonly regencyCode: string) {
    super(
      `SERVICE_AREA "${regencyCode}" is not a regency (kabupaten/kota) code in idn-area-data; ` +
        'use a Kemendagri code such as 35.05 (Kabupaten Blitar) or 64.72 (Kota Samarinda)',
    );
  }
}

export async function loadServiceArea(regencyCode: string): Promise<VillageIndex> {
  const code = normaliseRegencyCode(regencyCode);
  // The regency list is small: check it before parsing the 83,762 villages.
  const regency = (await getRegencies({ transform: true })).find((r) => r.code === code);
  if (regency === undefined) throw new UnknownServiceAreaError(regencyCode);
  const [districts, villages] = await Promise.all([getDistricts({ transform: true }), getVillages({ transform: true })]);
  const ownDistricts: District[] = districts
    .filter((d) => d.regencyCode === code)
    .map((d) => ({ code: d.code, name: d.name }));
  const districtNames = new Map(ownDistricts.map((d) => [d.code, d.name]));
  const ownVillages: Village[] = villages.flatMap((v) => {
    const districtName = districtNames.get(v.districtCode);
    return districtName === undefined ? [] : [{ code: v.code, name: v.name, districtCode: v.districtCode, districtName }];
  });
  return buildVillageIndex({ code, name: titleCase(regency.name) }, ownDistricts, ownVillages);
}

/** Accepts "35.05", " 35.05 " and the undotted "3505" that appears in NIK-style codes. */
function normaliseRegencyCode(raw: string): string {
  const trimmed = raw.trim();
  return /^\d{4}$/.test(trimmed) ? `${trimmed.slice(0, 2)}.${trimmed.slice(2)}` : trimmed;
}

// idn-area-data 3.x writes regencies in capitals ("KABUPATEN BLITAR"); villages are already title case.
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
