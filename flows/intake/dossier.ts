// The dossier handed to the host on KIRIM: everything an operator needs to file the NIB in OSS,
// plus the flags that route it (DPMPTSP for UD/CV/PT or capital above the UMK limit).

import type { Answers, Amendment, LegalForm } from './answers.js';
import type { FlowDeps } from './deps.js';
import type { StepId } from './ids.js';
import { UMK_CAPITAL_LIMIT, kbliTitle } from './steps/business.js';

export interface DossierKbli {
  code: string;
  title: string;
  version: '2020';
}

export type Dossier = {
  kind: 'new' | 'amendment';
  existingNib?: string;
  amendment?: Amendment;
  lang: 'id' | 'en';
  consent: { version: string; at: number };
  identity: { nik: string; fullName: string; birthDate: string; gender: 'female' | 'male'; ktpAddress: string };
  ktpPhoto?: { ref: string; mimetype: string; size: number };
  contact: { phone: string; email?: string; npwp?: string };
  business: {
    operating: boolean;
    name: string;
    description: string;
    kbli: DossierKbli[];
    kbliUnknown: boolean;
    products: string;
    capital: number;
    landAreaM2: number;
    workers: number;
    address: {
      sameAsKtp: boolean;
      text: string;
      villageCode: string;
      villageName: string;
      districtCode: string;
      districtName: string;
      regencyCode: string;
      regencyName: string;
      postalCode?: string;
    };
    legalForm: LegalForm;
  };
  declarations: { agreed: true; at: number };
  flags: { needsEmailHelp: boolean; notUmk: boolean; forDpmptsp: boolean; kbliUnknown: boolean; postalCodeUnknown: boolean };
};

/** A required answer and the question that collects it, in the order they are asked. */
const REQUIRED: readonly [keyof Answers, StepId][] = [
  ['hasNib', 'has_nib'],
  ['nik', 'nik'],
  ['nikConfirmed', 'nik_confirm'],
  ['fullName', 'full_name'],
  ['ktpAddress', 'ktp_address'],
  ['ktpPhoto', 'ktp_photo'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['npwp', 'npwp'],
  ['operating', 'operating'],
  ['businessName', 'business_name'],
  ['activity', 'activity'],
  ['products', 'products'],
  ['capital', 'capital'],
  ['capitalConfirmed', 'capital_confirm'],
  ['landArea', 'land_area'],
  ['workers', 'workers'],
  ['sameAddress', 'same_address'],
  ['villageCode', 'village'],
  ['postalCode', 'postal_code'],
  ['legalForm', 'legal_form'],
  ['declared', 'declaration'],
];

/** Confirmations: present but false means the question still waits for its "ya". */
const MUST_BE_TRUE: ReadonlySet<keyof Answers> = new Set(['nikConfirmed', 'capitalConfirmed', 'declared']);

/** The first question whose answer the dossier still lacks, or undefined when it is complete. */
export function missingStep(a: Answers): StepId | undefined {
  if (a.hasNib && (a.existingNib === undefined || a.amendment === undefined)) return 'existing_nib';
  const missing = REQUIRED.find(([field]) => a[field] === undefined || (MUST_BE_TRUE.has(field) && a[field] !== true));
  if (missing) return missing[1];
  if (a.kbli === undefined && !a.kbliUnknown) return 'kbli_pick';
  if (a.sameAddress === false && a.businessAddress === undefined) return 'business_address';
  return undefined;
}

/** Builds the dossier from complete answers; undefined when something is missing or inconsistent. */
export function buildDossier(a: Answers, consent: { version: string; at: number }, deps: FlowDeps, lang: 'id' | 'en', now: number): Dossier | undefined {
  if (missingStep(a) !== undefined) return undefined;
  const village = deps.villages.byCode(a.villageCode ?? '');
  const { nik, fullName, birthDate, gender, ktpAddress, phone, businessName, activity, products, capital, landArea, workers, legalForm } = a;
  if (!village || !nik || !fullName || !birthDate || !gender || !ktpAddress || !phone || !businessName) return undefined;
  if (!activity || !products || capital === undefined || landArea === undefined || workers === undefined || !legalForm) return undefined;
  const notUmk = capital > UMK_CAPITAL_LIMIT;
  const kbliUnknown = a.kbliUnknown === true;
  return {
    kind: a.hasNib ? 'amendment' : 'new',
    ...(a.hasNib && a.existingNib ? { existingNib: a.existingNib, ...(a.amendment ? { amendment: a.amendment } : {}) } : {}),
    lang,
    consent,
    identity: { nik, fullName, birthDate, gender, ktpAddress },
    ...(a.ktpPhoto ? { ktpPhoto: a.ktpPhoto } : {}),
    contact: { phone: `+${phone}`, ...(a.email ? { email: a.email } : {}), ...(a.npwp ? { npwp: a.npwp } : {}) },
    business: {
      operating: a.operating === true,
      name: businessName,
      description: activity,
      kbli: (a.kbli ?? []).map((code) => ({ code, title: kbliTitle(code), version: '2020' as const })),
      kbliUnknown,
      products,
      capital,
      landAreaM2: landArea,
      workers,
      address: {
        sameAsKtp: a.sameAddress === true,
        text: a.sameAddress ? ktpAddress : (a.businessAddress ?? ''),
        villageCode: village.code,
        villageName: village.name,
        districtCode: village.districtCode,
        districtName: village.districtName,
        regencyCode: deps.villages.regencyCode,
        regencyName: deps.villages.regencyName,
        ...(a.postalCode ? { postalCode: a.postalCode } : {}),
      },
      legalForm,
    },
    declarations: { agreed: true, at: now },
    flags: {
      needsEmailHelp: a.email === null,
      notUmk,
      forDpmptsp: notUmk || legalForm !== 'perseorangan',
      kbliUnknown,
      postalCodeUnknown: a.postalCode === null,
    },
  };
}
