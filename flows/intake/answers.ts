// The answers collected so far: JSON-serialisable and validated with the session on every load.
// Fields whose name ends in "Options"/"Query"/"Suggestion"/"Pending" are working state of a question
// (the list just shown, an amount to confirm), not part of the dossier.

import { z } from 'zod';

export const LEGAL_FORMS = ['perseorangan', 'ud', 'cv', 'pt'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const AMENDMENTS = ['kbli', 'location', 'both'] as const;
export type Amendment = (typeof AMENDMENTS)[number];

export const mediaRefSchema = z.object({
  ref: z.string(),
  mimetype: z.string(),
  size: z.number().int().nonnegative(),
});

export const answersSchema = z
  .object({
    hasNib: z.boolean(),
    /** null: the applicant does not remember the number (OSS finds it by the NIK). */
    existingNib: z.string().nullable(),
    amendment: z.enum(AMENDMENTS),
    legalForm: z.enum(LEGAL_FORMS),
    nik: z.string(),
    birthDate: z.string(),
    gender: z.enum(['female', 'male']),
    fullName: z.string(),
    ktpAddress: z.string(),
    /** The village the KTP address names in the service area: one, or several of that name. */
    homeVillageCode: z.string(),
    homeVillageOptions: z.array(z.string()),
    /** null: the applicant skipped the optional photo. */
    ktpPhoto: mediaRefSchema.nullable(),
    /** The sender's own number as WhatsApp shows it, the default for the OSS account. */
    chatPhone: z.string(),
    phone: z.string(),
    /** null: the applicant has no email and needs help creating one. */
    email: z.string().nullable(),
    emailSuggestion: z.string(),
    /** null or absent: none given; the NIK serves as NPWP. */
    npwp: z.string().nullable(),
    operating: z.boolean(),
    businessName: z.string(),
    activity: z.string(),
    kbliOptions: z.array(z.string()),
    kbli: z.array(z.string()),
    /** Codes picked beyond the lower desks' limit, waiting for the applicant to confirm. */
    kbliPending: z.array(z.string()),
    /** True while an added activity's pick joins the codes already chosen. */
    kbliAdding: z.boolean(),
    kbliUnknown: z.boolean(),
    /** Absent: the activity as described stands for the products. */
    products: z.string(),
    capital: z.number().nonnegative(),
    /** An amount read but not yet confirmed (unusually small, or above the UMK limit). */
    capitalPending: z.number().nonnegative(),
    landArea: z.number().nonnegative(),
    workers: z.number().int().nonnegative(),
    sameAddress: z.boolean(),
    businessAddress: z.string(),
    villageQuery: z.string(),
    villageOptions: z.array(z.string()),
    villageListKind: z.enum(['suggestions', 'same_district']),
    districtOptions: z.array(z.string()),
    villageCode: z.string(),
    /** null or absent: left to the operator. */
    postalCode: z.string().nullable(),
  })
  .partial();

export type Answers = z.infer<typeof answersSchema>;

/** A copy of `answers` without the given fields (answers are never mutated). */
export function without(answers: Answers, ...keys: (keyof Answers)[]): Answers {
  const copy: Answers = { ...answers };
  for (const key of keys) delete copy[key];
  return copy;
}

/** CV and PT register in OSS as companies: DPMPTSP serves them, and the bot only takes a contact. */
export function isCompany(a: Answers): boolean {
  return a.legalForm === 'cv' || a.legalForm === 'pt';
}
