// The dossier handed to the host on KIRIM: everything an operator needs to file the NIB in OSS,
// plus the flags that route it (DPMPTSP for UD/CV/PT or capital above the UMK limit). What the
// applicant was not asked has its default here: products are the activity as described, the NIK
// serves as NPWP, the postal code is left to the operator. A CV or PT leaves only a contact.

import type { Village } from '../area/villages.js';
import { isCompany, type Answers, type Amendment, type LegalForm } from './answers.js';
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
  /** For a company (CV/PT) only the contact's name is asked: the other fields are empty, gender 'unknown'. */
  identity: { nik: string; fullName: string; birthDate: string; gender: 'female' | 'male' | 'unknown'; ktpAddress: string };
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
  /** Absent for a company: DPMPTSP takes the declaration with the company's filing. */
  declarations?: { agreed: true; at: number };
  flags: {
    needsEmailHelp: boolean;
    notUmk: boolean;
    forDpmptsp: boolean;
    kbliUnknown: boolean;
    postalCodeUnknown: boolean;
    /** No NPWP given: the NIK serves as NPWP. */
    npwpIsNik: boolean;
    /** A CV or PT: a contact only, for DPMPTSP to call. */
    company: boolean;
  };
};

/** A required answer and the question that collects it, in the order they are asked. */
type Requirement = readonly [keyof Answers, StepId];

const REQUIRED_FOR_COMPANY: readonly Requirement[] = [
  ['hasNib', 'has_nib'],
  ['legalForm', 'legal_form'],
  ['fullName', 'full_name'],
  ['phone', 'phone'],
  ['activity', 'activity'],
  ['businessName', 'business_name'],
  ['villageCode', 'village'],
];

const REQUIRED: readonly Requirement[] = [
  ['hasNib', 'has_nib'],
  ['legalForm', 'legal_form'],
  ['nik', 'nik'],
  ['fullName', 'full_name'],
  ['ktpAddress', 'ktp_address'],
  ['ktpPhoto', 'ktp_photo'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['activity', 'activity'],
  ['businessName', 'business_name'],
  ['operating', 'operating'],
  ['capital', 'capital'],
  ['landArea', 'land_area'],
  ['workers', 'workers'],
  ['sameAddress', 'same_address'],
  ['villageCode', 'village'],
];

/** The first question whose answer the dossier still lacks, or undefined when it is complete. */
export function missingStep(a: Answers): StepId | undefined {
  if (a.hasNib && (a.existingNib === undefined || a.amendment === undefined)) return 'existing_nib';
  const missing = (isCompany(a) ? REQUIRED_FOR_COMPANY : REQUIRED).find(([field]) => a[field] === undefined);
  if (missing?.[1] === 'village') return a.districtOptions !== undefined ? 'village_district' : a.villageOptions !== undefined ? 'village_pick' : 'village';
  if (missing) return missing[1];
  if (isCompany(a)) return undefined;
  if (a.kbli === undefined && !a.kbliUnknown) return 'kbli_pick';
  if (a.sameAddress === false && a.businessAddress === undefined) return 'business_address';
  return undefined;
}

function kbliOf(a: Answers): DossierKbli[] {
  return (a.kbli ?? []).map((code) => ({ code, title: kbliTitle(code), version: '2020' as const }));
}

function addressOf(a: Answers, village: Village, deps: FlowDeps): Dossier['business']['address'] {
  return {
    sameAsKtp: a.sameAddress === true,
    text: a.sameAddress ? (a.ktpAddress ?? '') : (a.businessAddress ?? ''),
    villageCode: village.code,
    villageName: village.name,
    districtCode: village.districtCode,
    districtName: village.districtName,
    regencyCode: deps.villages.regencyCode,
    regencyName: deps.villages.regencyName,
    ...(a.postalCode ? { postalCode: a.postalCode } : {}),
  };
}

function existingOf(a: Answers): Pick<Dossier, 'kind' | 'existingNib' | 'amendment'> {
  if (!a.hasNib) return { kind: 'new' };
  return { kind: 'amendment', ...(a.existingNib ? { existingNib: a.existingNib } : {}), ...(a.amendment ? { amendment: a.amendment } : {}) };
}

/** Builds the dossier from complete answers; undefined when something is missing or inconsistent. */
export function buildDossier(a: Answers, consent: { version: string; at: number }, deps: FlowDeps, lang: 'id' | 'en', now: number): Dossier | undefined {
  if (missingStep(a) !== undefined) return undefined;
  const village = deps.villages.byCode(a.villageCode ?? '');
  if (!village || !a.legalForm || !a.fullName || !a.phone || !a.businessName || !a.activity) return undefined;
  if (isCompany(a)) return companyDossier(a, { village, legalForm: a.legalForm, consent, deps, lang });
  const { nik, birthDate, gender, ktpAddress, capital, landArea, workers } = a;
  if (!nik || !birthDate || !gender || !ktpAddress || capital === undefined || landArea === undefined || workers === undefined) return undefined;
  const notUmk = capital > UMK_CAPITAL_LIMIT;
  const kbliUnknown = a.kbliUnknown === true;
  return {
    ...existingOf(a),
    lang,
    consent,
    identity: { nik, fullName: a.fullName, birthDate, gender, ktpAddress },
    ...(a.ktpPhoto ? { ktpPhoto: a.ktpPhoto } : {}),
    contact: { phone: `+${a.phone}`, ...(a.email ? { email: a.email } : {}), ...(a.npwp ? { npwp: a.npwp } : {}) },
    business: {
      operating: a.operating === true,
      name: a.businessName,
      description: a.activity,
      kbli: kbliOf(a),
      kbliUnknown,
      products: a.products ?? a.activity,
      capital,
      landAreaM2: landArea,
      workers,
      address: addressOf(a, village, deps),
      legalForm: a.legalForm,
    },
    // KIRIM under the summary that states the OSS promise is the applicant's agreement to it.
    declarations: { agreed: true, at: now },
    flags: {
      needsEmailHelp: a.email === null,
      notUmk,
      forDpmptsp: notUmk || isCompany(a),
      kbliUnknown,
      postalCodeUnknown: !a.postalCode,
      npwpIsNik: !a.npwp,
      company: false,
    },
  };
}

interface CompanyParts {
  village: Village;
  legalForm: LegalForm;
  consent: { version: string; at: number };
  deps: FlowDeps;
  lang: 'id' | 'en';
}

/** A CV or PT: only a contact and what the business is; DPMPTSP takes it from there. */
function companyDossier(a: Answers, parts: CompanyParts): Dossier {
  return {
    ...existingOf(a),
    lang: parts.lang,
    consent: parts.consent,
    identity: { nik: '', fullName: a.fullName ?? '', birthDate: '', gender: 'unknown', ktpAddress: '' },
    contact: { phone: `+${a.phone ?? ''}` },
    business: {
      operating: a.operating === true,
      name: a.businessName ?? '',
      description: a.activity ?? '',
      kbli: [],
      kbliUnknown: true,
      products: a.activity ?? '',
      capital: 0,
      landAreaM2: 0,
      workers: 0,
      address: addressOf(a, parts.village, parts.deps),
      legalForm: parts.legalForm,
    },
    flags: { needsEmailHelp: false, notUmk: false, forDpmptsp: true, kbliUnknown: true, postalCodeUnknown: true, npwpIsNik: false, company: true },
  };
}
