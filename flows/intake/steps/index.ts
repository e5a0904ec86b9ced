// The intake's step table: every StepId maps to its step, checked by the compiler.

import type { StepTable } from '../../engine/step.js';
import type { Answers } from '../answers.js';
import type { IntakeContext } from '../context.js';
import type { StepId } from '../ids.js';
import * as business from './business.js';
import * as contact from './contact.js';
import * as identity from './identity.js';
import * as location from './location.js';

export const STEPS: StepTable<StepId, Answers, IntakeContext> = {
  has_nib: identity.hasNib,
  existing_nib: identity.existingNib,
  amendment_what: identity.amendmentWhat,
  nik: identity.nik,
  nik_confirm: identity.nikConfirm,
  full_name: identity.fullName,
  ktp_address: identity.ktpAddress,
  ktp_photo: identity.ktpPhoto,
  phone_offer: contact.phoneOffer,
  phone: contact.phone,
  email: contact.email,
  email_fix: contact.emailFix,
  npwp: contact.npwp,
  operating: business.operating,
  business_name: business.businessName,
  activity: business.activity,
  kbli_pick: business.kbliPick,
  products: business.products,
  capital: business.capital,
  capital_confirm: business.capitalConfirm,
  land_area: business.landArea,
  workers: business.workers,
  same_address: location.sameAddress,
  business_address: location.businessAddress,
  village: location.village,
  village_district: location.villageDistrict,
  village_pick: location.villagePick,
  postal_code: location.postalCode,
  legal_form: business.legalForm,
  declaration: business.declaration,
};
