// How a case reads to staff and applicants: desk names, the new-case notice, and the whole dossier
// in the order of the OSS form (what an operator copies field by field).
import type { Dossier } from '../intake/dossier.js';
import { describeInstant } from '../intake/hours.js';
import type { FixedMessageKey, Translate } from '../i18n/index.js';
import type { DeskLevel } from './desk.js';

/** What the views read of a stored case; the case store's records have this shape and more. */
export interface StoredCase {
  id: string;
  dossier: Record<string, unknown>;
  fields: Readonly<Record<string, string | undefined>>;
}

export function dossierOf(record: StoredCase): Dossier {
  return record.dossier as unknown as Dossier;
}

export function deskLevelOf(record: StoredCase): DeskLevel | undefined {
  const level = record.fields.desk;
  return level === 'village' || level === 'district' || level === 'regency' ? level : undefined;
}

export function deskName(level: DeskLevel, dossier: Dossier, t: Translate): string {
  const { address } = dossier.business;
  if (level === 'village') return t('deskNameVillage', { name: address.villageName });
  if (level === 'district') return t('deskNameDistrict', { name: address.districtName });
  return t('deskNameRegency', { name: address.regencyName });
}

/** "3505****0001": enough for an operator to recognise, useless to anyone else. */
export function maskNik(nik: string): string {
  return nik.length < 10 ? '****' : `${nik.slice(0, 4)}********${nik.slice(-4)}`;
}

export function kbliText(dossier: Dossier, t: Translate): string {
  const codes = dossier.business.kbli;
  return codes.length === 0 ? t('opKbliUnknown') : codes.map((k) => `${k.code} ${k.title}`).join('; ');
}

export function rupiah(amount: number): string {
  return `Rp ${new Intl.NumberFormat('id-ID').format(amount)}`;
}

export function when(at: number, timeZone: string, t: Translate): string {
  return describeInstant(at, timeZone, { t });
}

export function newCaseNotice(record: StoredCase, level: DeskLevel, since: number, timeZone: string, t: Translate): string {
  const dossier = dossierOf(record);
  return t('opNewCase', {
    caseId: record.id,
    desk: deskName(level, dossier, t),
    village: `${dossier.business.address.villageName}, ${dossier.business.address.districtName}`,
    business: dossier.business.name,
    kbli: kbliText(dossier, t),
    nik: dossier.identity.nik === '' ? '-' : maskNik(dossier.identity.nik),
    since: when(since, timeZone, t),
  });
}

type Line = [label: FixedMessageKey, value: string | undefined];

function section(title: FixedMessageKey, lines: Line[], t: Translate): string[] {
  const shown = lines.map(([label, value]) => t('opDetailLine', { label: t(label), value: value || t('valueNone') }));
  return [t('opDetailSection', { title: t(title) }), ...shown];
}

function genderText(gender: Dossier['identity']['gender'], t: Translate): string {
  return gender === 'unknown' ? '' : t(gender === 'female' ? 'valueFemale' : 'valueMale');
}

function notes(dossier: Dossier, t: Translate): string[] {
  const { flags } = dossier;
  const lines = [
    ...(flags.company ? [t('noteCompany')] : []),
    ...(flags.needsEmailHelp ? [t('noteNeedsEmail')] : []),
    ...(flags.kbliUnknown && !flags.company ? [t('noteKbliUnknown')] : []),
    ...(flags.postalCodeUnknown ? [t('notePostalUnknown')] : []),
    ...(flags.npwpIsNik ? [t('noteNpwpIsNik')] : []),
  ];
  return lines.length === 0 ? [] : [t('opDetailSection', { title: t('dossierNotes') }), ...lines.map((l) => `• ${l}`)];
}

/** The dossier in the order of the OSS RBA form for individuals. */
export function detailText(record: StoredCase, head: { stage: string; desk: string }, t: Translate): string {
  const d = dossierOf(record);
  const b = d.business;
  const yesNo = (v: boolean): string => t(v ? 'valueYes' : 'valueNo');
  return [
    t('opDetailHeader', { caseId: record.id, stage: head.stage, desk: head.desk }),
    t('opDetailLine', { label: t('fieldKind'), value: t(d.kind === 'new' ? 'valueKindNew' : 'valueKindAmendment') }),
    ...(d.existingNib ? [t('opDetailLine', { label: t('fieldExistingNib'), value: d.existingNib })] : []),
    ...section('dossierIdentity', [
      ['fieldNik', d.identity.nik], ['fieldName', d.identity.fullName], ['fieldBirthDate', d.identity.birthDate],
      ['fieldGender', genderText(d.identity.gender, t)], ['fieldKtpAddress', d.identity.ktpAddress],
    ], t),
    ...section('dossierContact', [['fieldPhone', d.contact.phone], ['fieldEmail', d.contact.email], ['fieldNpwp', d.contact.npwp]], t),
    ...section('dossierBusiness', [
      ['fieldLegalForm', b.legalForm.toUpperCase()], ['fieldBusinessName', b.name], ['fieldActivity', b.description],
      ['fieldKbli', kbliText(d, t)], ['fieldProducts', b.products], ['fieldCapital', rupiah(b.capital)],
      ['fieldWorkers', String(b.workers)], ['fieldOperating', yesNo(b.operating)],
    ], t),
    ...section('dossierLocation', [
      ['fieldAddress', b.address.text], ['fieldVillage', b.address.villageName], ['fieldDistrict', b.address.districtName],
      ['fieldPostalCode', b.address.postalCode], ['fieldLandArea', String(b.landAreaM2)],
    ], t),
    ...notes(d, t),
  ].join('\n');
}
