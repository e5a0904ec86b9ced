// The answers collected so far: JSON-serialisable and validated with the session on every load.
// Fields whose name ends in "Options"/"Query"/"Suggestion" are working state of a question (the
// list just shown), not part of the dossier.

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
    existingNib: z.string(),
    amendment: z.enum(AMENDMENTS),
    nik: z.string(),
    birthDate: z.string(),
    gender: z.enum(['female', 'male']),
    nikConfirmed: z.boolean(),
    fullName: z.string(),
    ktpAddress: z.string(),
    /** null: the applicant skipped the optional photo. */
    ktpPhoto: mediaRefSchema.nullable(),
    offeredPhone: z.string(),
    phone: z.string(),
    /** null: the applicant has no email and needs help creating one. */
    email: z.string().nullable(),
    emailSuggestion: z.string(),
    /** null: skipped (optional; the NIK serves as NPWP). */
    npwp: z.string().nullable(),
    operating: z.boolean(),
    businessName: z.string(),
    activity: z.string(),
    kbliOptions: z.array(z.string()),
    kbli: z.array(z.string()),
    kbliUnknown: z.boolean(),
    products: z.string(),
    capital: z.number().nonnegative(),
    capitalConfirmed: z.boolean(),
    landArea: z.number().nonnegative(),
    workers: z.number().int().nonnegative(),
    sameAddress: z.boolean(),
    businessAddress: z.string(),
    villageQuery: z.string(),
    villageOptions: z.array(z.string()),
    villageListKind: z.enum(['suggestions', 'same_district']),
    districtOptions: z.array(z.string()),
    villageCode: z.string(),
    /** null: the applicant does not know it. */
    postalCode: z.string().nullable(),
    legalForm: z.enum(LEGAL_FORMS),
    declared: z.boolean(),
  })
  .partial();

export type Answers = z.infer<typeof answersSchema>;

/** A copy of `answers` without the given fields (answers are never mutated). */
export function without(answers: Answers, ...keys: (keyof Answers)[]): Answers {
  const copy: Answers = { ...answers };
  for (const key of keys) delete copy[key];
  return copy;
}
