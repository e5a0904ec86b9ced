// Synthetic cases for the casework tests: a dossier like the intake builds, submitted the way the
// applicant's KIRIM submits it (the case store, then dispatch), so tests of operators need not
// replay a 30-question intake each time. One end-to-end test does the whole journey instead.
import { randomUUID } from 'node:crypto';
import type { Dossier } from '../../flows/intake/dossier.js';
import type { App } from '../../bot/app.js';

export const VILLAGE = { code: '35.05.02.2007', name: 'Karanggondang', districtCode: '35.05.02', districtName: 'Udanawu' };
export const OTHER_VILLAGE = { code: '35.05.02.2001', name: 'Jati', districtCode: '35.05.02', districtName: 'Udanawu' };

type DossierChanges = {
  kind?: Dossier['kind'];
  lang?: Dossier['lang'];
  village?: typeof VILLAGE;
  capital?: number;
  legalForm?: Dossier['business']['legalForm'];
  kbli?: string[];
  ktpPhoto?: Dossier['ktpPhoto'];
  businessName?: string;
};

export function syntheticDossier(applicantPhone: string, changes: DossierChanges = {}): Dossier {
  const village = changes.village ?? VILLAGE;
  const kbli = changes.kbli ?? ['56102'];
  return {
    kind: changes.kind ?? 'new',
    ...(changes.kind === 'amendment' ? { existingNib: '9120001234567', amendment: 'kbli' as const } : {}),
    lang: changes.lang ?? 'id',
    consent: { version: '2026-11', at: 0 },
    identity: { nik: '3505015203850001', fullName: 'SITI CONTOH', birthDate: '1985-03-12', gender: 'female', ktpAddress: 'Dusun Contoh RT 1 RW 1' },
    ...(changes.ktpPhoto ? { ktpPhoto: changes.ktpPhoto } : {}),
    contact: { phone: `+${applicantPhone}` },
    business: {
      operating: true,
      name: changes.businessName ?? 'Warung Contoh',
      description: 'jualan nasi pecel',
      kbli: kbli.map((code) => ({ code, title: `Kegiatan ${code}`, version: '2020' as const })),
      kbliUnknown: false,
      products: 'nasi pecel',
      capital: changes.capital ?? 15_000_000,
      landAreaM2: 20,
      workers: 2,
      address: {
        sameAsKtp: true, text: 'Dusun Contoh RT 1 RW 1',
        villageCode: village.code, villageName: village.name, districtCode: village.districtCode, districtName: village.districtName,
        regencyCode: '35.05', regencyName: 'Kabupaten Blitar', postalCode: '66183',
      },
      legalForm: changes.legalForm ?? 'perseorangan',
    },
    declarations: { agreed: true, at: 0 },
    flags: { needsEmailHelp: true, notUmk: false, forDpmptsp: false, kbliUnknown: false, postalCodeUnknown: false, npwpIsNik: true, company: false },
  };
}

/** Submits a case as KIRIM does: stored, then handed to dispatch. Returns its id. */
export async function submitCase(app: App, applicantPhone: string, changes: DossierChanges = {}, now = Date.now()): Promise<string> {
  const { id } = await app.cases.create({
    sourceId: `test-submit-${randomUUID()}`,
    applicantChat: applicantPhone,
    dossier: syntheticDossier(applicantPhone, changes),
    now,
  });
  await app.dispatch.add(id);
  return id;
}
