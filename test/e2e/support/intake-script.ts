// The parts of an applicant's intake that the end-to-end tests share: [message, expected in reply].
import { render } from '../../../flows/index.js';

export type ScriptStep = [message: string, expectInReply: string];

/** From the first message through consent, NIK and name, up to the KTP address question. */
export const OPENING_STEPS: readonly ScriptStep[] = [
  ['mas mau bikin nib gmn ya', 'GRATIS'],
  ['iyaa kak', render('id', 'askHasNib')],
  ['blm', render('id', 'askNik')],
  ['3505 0152 0385 0001', '12 Maret 1985'],
  ['bener', render('id', 'askFullName')],
  ['SITI AMINAH', render('id', 'askKtpAddress')],
];

/** From "no NPWP" through the business questions, up to the village question. */
export const BUSINESS_STEPS: readonly ScriptStep[] = [
  ['ga punya', render('id', 'askOperating')],
  ['udah', render('id', 'askBusinessName')],
  ['Warung Bu Siti', render('id', 'askActivity')],
  ['jualan nasi pecel di warung', '56102'],
  ['1', render('id', 'askProducts')],
  ['nasi pecel, es teh', render('id', 'askCapital')],
  ['kira2 15jt', 'Rp 15.000.000'],
  ['ok', render('id', 'askLandArea')],
  ['4x5', render('id', 'askWorkers')],
  ['2 orang', render('id', 'askSameAddress')],
  ['iya kak', render('id', 'askVillage', { regency: 'Kabupaten Blitar' })],
];
