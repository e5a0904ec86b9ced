// A case as the admin API shows it: masked by default (enough to recognise the person, useless to
// anyone else), in full only when asked for explicitly (and then the caller logs an audit event).
import type { Dossier } from '../intake/dossier.js';
import { maskPersonal } from '../understand/mask.js';
import { maskNik } from '../casework/dossier-view.js';
import type { AreaNames } from './summary.js';
import type { ReportCase } from './types.js';

/** "SITI CONTOH" → "S*** C*****". */
export function maskName(name: string): string {
  return name.replace(/\S+/g, (word) => `${[...word][0] ?? ''}${'*'.repeat(Math.max(0, [...word].length - 1))}`);
}

/** "+6281234567890" → "+6281******890". */
export function maskPhone(phone: string): string {
  return phone.replace(/\d/g, (d, i: number) => (i <= 4 || i >= phone.length - 3 ? d : '*'));
}

/** "siti.aminah@gmail.com" → "s•••@gmail.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '•••' : `${email.slice(0, 1)}•••${email.slice(at)}`;
}

export interface Applicant {
  name: string;
  nik: string;
  phone: string;
  email?: string;
  birthDate?: string;
  ktpAddress?: string;
}

export function maskedApplicant(dossier: Dossier): Applicant {
  const { identity, contact } = dossier;
  return {
    name: maskName(identity.fullName),
    nik: identity.nik === '' ? '' : maskNik(identity.nik),
    phone: maskPhone(contact.phone),
    ...(contact.email ? { email: maskEmail(contact.email) } : {}),
  };
}

export function revealedApplicant(dossier: Dossier): Applicant {
  const { identity, contact } = dossier;
  return {
    name: identity.fullName, nik: identity.nik, phone: contact.phone, birthDate: identity.birthDate, ktpAddress: identity.ktpAddress,
    ...(contact.email ? { email: contact.email } : {}),
  };
}

export interface CaseView {
  id: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  anonymized: boolean;
  desk?: string;
  deskCode?: string;
  village?: { code: string; name: string };
  district?: { code: string; name: string };
  business?: { name: string; legalForm: string; kbli: string[] };
  holder?: string;
  rating?: number;
  applicant?: Applicant;
  /** Revealed only: the applicant's WhatsApp chat. */
  applicantChat?: string;
}

function area(code: string | undefined, name: (code: string) => string | undefined): { code: string; name: string } | undefined {
  return code ? { code, name: name(code) ?? '-' } : undefined;
}

/** The case's shape without personal data: from the report view, and from the dossier while it exists. */
export function caseView(c: ReportCase, names: AreaNames, dossier: Dossier | undefined, holder: string | undefined): CaseView {
  const village = area(c.villageCode, (code) => names.villageName(code));
  const district = area(c.districtCode, (code) => names.districtName(code));
  return {
    id: c.id, status: c.status, createdAt: new Date(c.createdAt).toISOString(), updatedAt: new Date(c.updatedAt).toISOString(), anonymized: c.anonymized,
    ...(c.desk ? { desk: c.desk } : {}), ...(c.deskCode ? { deskCode: c.deskCode } : {}),
    ...(village ? { village } : {}), ...(district ? { district } : {}),
    ...(dossier ? { business: { name: dossier.business.name, legalForm: dossier.business.legalForm, kbli: dossier.business.kbli.map((k) => k.code) } } : {}),
    ...(holder ? { holder } : {}), ...(c.rating !== undefined ? { rating: c.rating } : {}),
    ...(dossier ? { applicant: maskedApplicant(dossier) } : {}),
  };
}

export interface EventView {
  at: string;
  type: string;
  /** 'applicant', 'system', 'admin' or 'staff'. */
  actor: string;
  staff?: string;
  detail?: Record<string, string | number | boolean>;
}

/** Detail values as operators would see them: staff texts with NIKs, phones and emails masked; the applicant's own words left out. */
function maskedDetail(fromApplicant: boolean, detail: Record<string, unknown> | undefined): EventView['detail'] {
  if (!detail) return undefined;
  const entries = Object.entries(detail).flatMap(([key, value]): [string, string | number | boolean][] => {
    if (typeof value === 'string') return fromApplicant ? [] : [[key, maskPersonal(value)]];
    return typeof value === 'number' || typeof value === 'boolean' ? [[key, value]] : [];
  });
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

export function eventView(e: { at: number; type: string; actor: string; detail?: Record<string, unknown> }, nameOf: (staffKey: string) => string | undefined): EventView {
  const staffKey = e.actor.startsWith('staff:') ? e.actor.slice('staff:'.length) : undefined;
  const staff = staffKey === undefined ? undefined : nameOf(staffKey);
  const detail = maskedDetail(e.actor === 'applicant' || e.type === 'applicant_message', e.detail);
  return {
    at: new Date(e.at).toISOString(), type: e.type, actor: staffKey === undefined ? e.actor : 'staff',
    ...(staff ? { staff } : {}), ...(detail ? { detail } : {}),
  };
}
