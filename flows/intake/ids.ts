// Every question of the intake, in the order an applicant meets them. Defined once; the step table,
// the session schema and the summary all refer to these ids. The right path is chosen early: an
// existing NIB and the legal form come first (CV and PT take a short path to DPMPTSP). Questions
// marked "on request" are only asked when the applicant changes that line of the summary. The OSS
// self-declaration is stated under the summary and agreed to with KIRIM.

export const STEP_IDS = [
  'has_nib',
  'existing_nib',
  'amendment_what',
  'legal_form',
  'nik',
  'full_name',
  'ktp_address',
  'ktp_photo',
  'phone', // only when WhatsApp does not show the number, or on request
  'email',
  'email_fix',
  'npwp', // on request: the NIK serves as NPWP
  'activity',
  'kbli_pick',
  'kbli_many',
  'activity_more', // on request: a second activity
  'products', // on request: the activity as described by default
  'business_name',
  'operating',
  'capital',
  'capital_confirm',
  'land_area',
  'workers',
  'same_address',
  'business_address',
  'village',
  'village_district',
  'village_pick',
  'postal_code', // on request: left to the operator by default
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The first question after consent. */
export const FIRST_STEP: StepId = 'has_nib';

/** Where an intake can stand: the consent question, a step, or the summary. */
export const POSITIONS = ['consent', ...STEP_IDS, 'summary'] as const;
export type Position = (typeof POSITIONS)[number];

/** Positions of earlier versions and where an intake standing there carries on. */
export const RETIRED_POSITIONS: Readonly<Record<string, Position>> = {
  nik_confirm: 'full_name',
  phone_offer: 'email',
  // The OSS promise is now agreed to with KIRIM, under the summary that states it.
  declaration: 'summary',
};
