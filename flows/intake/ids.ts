// Every question of the intake, in the order an applicant meets them. Defined once; the step table,
// the session schema and the summary all refer to these ids.

export const STEP_IDS = [
  'has_nib',
  'existing_nib',
  'amendment_what',
  'nik',
  'nik_confirm',
  'full_name',
  'ktp_address',
  'ktp_photo',
  'phone_offer',
  'phone',
  'email',
  'email_fix',
  'npwp',
  'operating',
  'business_name',
  'activity',
  'kbli_pick',
  'products',
  'capital',
  'capital_confirm',
  'land_area',
  'workers',
  'same_address',
  'business_address',
  'village',
  'village_district',
  'village_pick',
  'postal_code',
  'legal_form',
  'declaration',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The first question after consent. */
export const FIRST_STEP: StepId = 'has_nib';

/** Where an intake can stand: the consent question, a step, or the summary. */
export const POSITIONS = ['consent', ...STEP_IDS, 'summary'] as const;
export type Position = (typeof POSITIONS)[number];
