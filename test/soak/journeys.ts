// Journeys as data: what a simulated applicant and the operator of their village send, and what
// each must see in return, from the first "mau bikin nib" to the NIB relayed and rated. The intake
// is the end-to-end tests' own script (test/e2e/support/intake-script.ts), with a KTP photo, a NIK
// of its own per applicant and one of the villages of kecamatan Nglegok.
import { render } from '../../flows/index.js';
import { BUSINESS_STEPS, EMAIL_STEPS, OPENING_STEPS, type ScriptStep } from '../e2e/support/intake-script.js';
import { solidPng } from '../e2e/support/png.js';
import type { Seen } from './phone.js';

export type Actor = 'applicant' | 'operator';

/** One journey's facts: who, where, and what the service told it so far. */
export interface Journey {
  index: number;
  applicant: string;
  operator: string;
  village: Village;
  nik: string;
  birthDate: string;
  nib: string;
  caseId?: string;
}

export interface Step {
  name: string;
  actor: Actor;
  /** The message (a simulator body without `from` and `id`); none: the step waits for what the service sends by itself. */
  send?: (j: Journey) => Record<string, unknown>;
  /** The message that completes the step. */
  expect: (j: Journey) => (m: Seen) => boolean;
  capture?: (j: Journey, m: Seen) => void;
}

export interface Village {
  name: string;
  code: string;
}

/** Villages of kecamatan Nglegok (35.05.09), each with an operator of its own (its village desk). */
export const VILLAGES: readonly Village[] = [
  { name: 'jiwut', code: '35.05.09.2010' },
  { name: 'kedawung', code: '35.05.09.2002' },
  { name: 'ngoran', code: '35.05.09.2003' },
  { name: 'dayu', code: '35.05.09.2004' },
  { name: 'bangsri', code: '35.05.09.2005' },
  { name: 'kemloko', code: '35.05.09.2006' },
  { name: 'penataran', code: '35.05.09.2007' },
  { name: 'krenceng', code: '35.05.09.2008' },
  { name: 'modangan', code: '35.05.09.2011' },
];

export const BUSINESS = 'Warung Bu Siti';
const SCRIPT_NIK = '3505 0152 0385 0001';
const KTP_PHOTO = solidPng(64, 40, [30, 144, 255]).toString('base64');
/** Not a real PDF: what matters is that the same bytes reach the applicant once. */
const NIB_PDF = Buffer.from('%PDF-1.4\n% synthetic NIB document for the soak\n%%EOF\n').toString('base64');
const CASE_ID = /LK-[0-9A-Z]{5}/;

const contains = (text: string) => (m: Seen): boolean => m.text?.includes(text) === true;
const text = (body: string) => (): Record<string, unknown> => ({ text: body });

/** Synthetic: a woman born on 12 March, a serial of her own (and a year of her own past 9,999 applicants). */
export function syntheticNik(index: number): { nik: string; birthDate: string } {
  const serial = String((index % 9999) + 1).padStart(4, '0');
  const year = 85 - Math.floor(index / 9999);
  return { nik: `3505 0152 03${String(year).padStart(2, '0')} ${serial}`, birthDate: `12 Maret 19${String(year).padStart(2, '0')}` };
}

function scripted([message, expected]: ScriptStep): Step {
  if (message === SCRIPT_NIK) {
    return { name: 'NIK', actor: 'applicant', send: (j) => ({ text: j.nik }), expect: (j) => contains(j.birthDate) };
  }
  return { name: message, actor: 'applicant', send: text(message), expect: () => contains(expected) };
}

const caseId = (j: Journey): string => j.caseId ?? 'LK-?????';

const INTAKE: readonly Step[] = [
  ...OPENING_STEPS.map(scripted),
  { name: 'KTP address', actor: 'applicant', send: (j) => ({ text: `dsn krajan rt 2 rw 1 ds ${j.village.name} kec nglegok` }), expect: () => contains(render('id', 'askKtpPhoto')) },
  { name: 'KTP photo', actor: 'applicant', send: () => ({ image: { mimetype: 'image/png', base64: KTP_PHOTO } }), expect: () => contains(render('id', 'ktpPhotoReceived')) },
  ...EMAIL_STEPS.map(scripted),
  ...BUSINESS_STEPS.map(scripted),
  { name: 'business at the KTP address', actor: 'applicant', send: text('iya sama'), expect: () => contains('KIRIM') },
  {
    name: 'KIRIM', actor: 'applicant', send: text('KIRIM'),
    expect: () => (m) => CASE_ID.test(m.text ?? ''),
    capture: (j, m) => { j.caseId = CASE_ID.exec(m.text ?? '')?.[0]; },
  },
];

const AFTER_SUBMISSION: readonly Step[] = [
  { name: 'announcements asked', actor: 'applicant', expect: () => contains(render('id', 'apAnnouncementsAsk')) },
  {
    name: 'announcements answered', actor: 'applicant', send: (j) => ({ text: j.index % 2 === 0 ? 'YA' : 'TIDAK' }),
    expect: (j) => contains(render('id', j.index % 2 === 0 ? 'apAnnouncementsYes' : 'apAnnouncementsNo')),
  },
  { name: 'case notice to the operator', actor: 'operator', expect: (j) => contains(caseId(j)) },
  { name: 'KLAIM', actor: 'operator', send: (j) => ({ text: `KLAIM ${caseId(j)}` }), expect: (j) => contains(render('id', 'opClaimed', { caseId: caseId(j) })) },
  {
    // The KTP photo the applicant sent reaches the holder byte for byte.
    name: 'DETAIL with the KTP photo', actor: 'operator', send: (j) => ({ text: `DETAIL ${caseId(j)}` }),
    expect: (j) => (m) => m.image?.caption === render('id', 'opKtpCaption', { caseId: caseId(j) }) && m.image.base64 === KTP_PHOTO,
  },
  {
    name: 'NIB with its PDF', actor: 'operator',
    send: (j) => ({ document: { mimetype: 'application/pdf', base64: NIB_PDF, filename: 'nib.pdf', caption: `NIB ${caseId(j)} ${j.nib}` } }),
    expect: (j) => contains(render('id', 'opNibRecorded', { caseId: caseId(j) })),
  },
  { name: 'NIB relayed', actor: 'applicant', expect: (j) => contains(render('id', 'apNib', { caseId: caseId(j), nib: j.nib, business: BUSINESS })) },
  { name: 'NIB PDF relayed', actor: 'applicant', expect: (j) => (m) => m.document?.filename === `NIB-${caseId(j)}.pdf` },
  { name: 'KTP photo deleted', actor: 'applicant', expect: () => contains(render('id', 'apKtpDeleted')) },
  { name: 'rating', actor: 'applicant', send: text('5'), expect: () => contains(render('id', 'apRatingThanks', { rating: '5' })) },
];

/** The whole journey, greeting to rating. */
export const JOURNEY: readonly Step[] = [...INTAKE, ...AFTER_SUBMISSION];

/** The operators of the roster: one per village, each at their village desk. */
export function operatorPhone(villageIndex: number, run: number): string {
  return `62812${String(run % 1000).padStart(3, '0')}9${String(villageIndex).padStart(3, '0')}`;
}

export function applicantPhone(index: number, run: number): string {
  return `62819${String(run % 1000).padStart(3, '0')}${String(index).padStart(5, '0')}`;
}

export function newJourney(index: number, run: number, villages: readonly Village[]): Journey {
  const v = index % villages.length;
  const village = villages[v] ?? VILLAGES[0]!;
  return {
    index, applicant: applicantPhone(index, run), operator: operatorPhone(v, run), village,
    ...syntheticNik(index), nib: `912${String(run % 1000).padStart(3, '0')}${String(index).padStart(7, '0')}`,
  };
}

export function rosterFor(villages: readonly Village[], run: number): { staff: Record<string, unknown>[] } {
  return {
    staff: villages.map((v, i) => ({ phone: operatorPhone(i, run), name: `Petugas ${v.name} (soak)`, role: 'operator', areas: [v.code], maxOpenCases: 200 })),
  };
}
