// The intake's step table: every StepId maps to its step, checked by the compiler.

import type { StepId } from '../ids.js';
import * as business from './business.js';
import * as contact from './contact.js';
import type { IntakeStep } from './define.js';
import * as identity from './identity.js';
import * as location from './location.js';
import * as path from './path.js';

export const STEPS: { readonly [K in StepId]: IntakeStep & { readonly id: K } } = {
  has_nib: path.hasNib,
  existing_nib: path.existingNib,
  amendment_what: path.amendmentWhat,
  legal_form: path.legalForm,
  nik: identity.nik,
  full_name: identity.fullName,
  ktp_address: identity.ktpAddress,
  ktp_photo: identity.ktpPhoto,
  phone: contact.phone,
  email: contact.email,
  email_fix: contact.emailFix,
  npwp: contact.npwp,
  activity: business.activity,
  kbli_pick: business.kbliPick,
  kbli_many: business.kbliMany,
  activity_more: business.activityMore,
  products: business.products,
  business_name: business.businessName,
  operating: business.operating,
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
};
