// The parts of an applicant's intake that the end-to-end tests share: [message, expected in reply].
import { render } from '../../../flows/index.js';

export type ScriptStep = [message: string, expectInReply: string];

/** From the first message through consent, the path questions, NIK and name, up to the KTP address question. */
export const OPENING_STEPS: readonly ScriptStep[] = [
  ['mas mau bikin nib gmn ya', 'GRATIS'],
  ['iyaa kak', render('id', 'askHasNib')],
  ['blm', render('id', 'askLegalForm')],
  ['pribadi', render('id', 'askNik')],
  ['3505 0152 0385 0001', '12 Maret 1985'],
  ['SITI AMINAH', render('id', 'askKtpAddress')],
];

/** The email with a typo that is offered a fix, up to the business questions. */
export const EMAIL_STEPS: readonly ScriptStep[] = [
  ['siti.aminah@gmial.com', render('id', 'askEmailFix', { email: 'siti.aminah@gmail.com' })],
  ['iya', render('id', 'askActivity')],
];

/** From the activity through the business questions, up to "is the business at the KTP address?". */
export const BUSINESS_STEPS: readonly ScriptStep[] = [
  ['jualan nasi pecel di warung', 'Warung makan (56102)'],
  ['yang warung makan', render('id', 'askBusinessName')],
  ['Warung Bu Siti', render('id', 'askOperating')],
  ['udah jalan', render('id', 'askCapital')],
  ['kira2 15jt', 'Rp 15.000.000'],
  ['4x5', render('id', 'askWorkers')],
  ['2 orang', 'alamat KTP'],
];


/** A whole intake up to the summary: the KTP names Sumberjo (several), no photo, the first Sumberjo picked. KIRIM follows. */
export const SUMBERJO_UP_TO_KIRIM: readonly ScriptStep[] = [
  ...OPENING_STEPS,
  ['dsn krajan rt 2 rw 1 ds sumberjo', render('id', 'askKtpPhoto')],
  ['skip', render('id', 'askEmail')],
  ...EMAIL_STEPS,
  ...BUSINESS_STEPS,
  ['iya kak', render('id', 'villageAmbiguous', { name: 'Sumberjo', list: '' }).split('\n')[0] ?? ''],
  ['1', 'KIRIM'],
];

/** The same intake, the kecamatan named in words where it is asked (Kademangan). KIRIM follows. */
export const SUMBERJO_KADEMANGAN_UP_TO_KIRIM: readonly ScriptStep[] = [
  ...SUMBERJO_UP_TO_KIRIM.slice(0, -2),
  ['iya kak', render('id', 'districtOption', { n: '1', district: 'Kademangan' })],
  ['kademangan', 'KIRIM'],
];
