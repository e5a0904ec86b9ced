// The rules of the coordinators' actions, pure: which desk is above a case's desk (NAIKKAN), who
// "TUGASKAN LK-7KQ2M wulan" means, which cases an OSS outage holds, and how long a SIARAN takes.
import type { VillageIndex } from '../area/villages.js';
import type { Translate } from '../i18n/index.js';
import type { Desk, DeskLevel } from './desk.js';

/** The codes a case's desks can have, from its dossier. */
export interface DeskCodes {
  districtCode: string;
  regencyCode: string;
}

/**
 * NAIKKAN: the desk above, as dispatch would route past an empty one: village → kecamatan (when
 * someone active serves it) → DPMPTSP. Undefined at DPMPTSP, the top.
 */
export function nextDeskUp(level: DeskLevel, codes: DeskCodes, staffed: (code: string) => boolean): Desk | undefined {
  if (level === 'regency') return undefined;
  if (level === 'village' && staffed(codes.districtCode)) return { level: 'district', code: codes.districtCode };
  return { level: 'regency', code: codes.regencyCode };
}

export interface NamedMember {
  name: string;
  phone: string;
}

export type MemberMatch<M> = { kind: 'one'; member: M } | { kind: 'none' } | { kind: 'many'; members: M[] };

/** Lower case, letters and digits only, single spaces: "Vina (contoh)" → "vina contoh". */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function matchOf<M>(members: M[]): MemberMatch<M> | undefined {
  if (members.length === 1 && members[0] !== undefined) return { kind: 'one', member: members[0] };
  return members.length > 1 ? { kind: 'many', members } : undefined;
}

/**
 * The member a typed name means: the whole name; else names of which each typed word starts a word
 * ("wulan" for "Wulan Sari"); else names containing it. Several at the same rank are ambiguous.
 */
export function matchMemberByName<M extends NamedMember>(typed: string, members: readonly M[]): MemberMatch<M> {
  const wanted = nameKey(typed);
  if (wanted === '') return { kind: 'none' };
  const words = wanted.split(' ');
  const startsWords = (name: string): boolean => words.every((w) => name.split(' ').some((part) => part.startsWith(w)));
  const ranks: ((name: string) => boolean)[] = [(name) => name === wanted, startsWords, (name) => name.includes(wanted)];
  for (const rank of ranks) {
    const found = matchOf(members.filter((m) => rank(nameKey(m.name))));
    if (found) return found;
  }
  return { kind: 'none' };
}

/** What TUGASKAN's operator argument is: a phone number when it is digits (spaced or dashed as people write them), else a name. */
export function operatorRefKind(typed: string): 'phone' | 'name' {
  return /^\d{6,}$/.test(typed.replace(/[\s\-.()+]/g, '')) ? 'phone' : 'name';
}

/** Cases an OSS outage holds: those someone is filing (or has filed) in OSS. A queued case waits anyway. */
export const OSS_HOLDABLE = ['claimed', 'filed', 'waiting_oss'] as const;

/** The longest announcement: one WhatsApp bubble that is still read to the end. */
export const BROADCAST_MAX_CHARS = 1000;

/** Whole minutes a broadcast to `recipients` takes at `perMinute`, at least 1. */
export function broadcastMinutes(recipients: number, perMinute: number): number {
  return Math.max(1, Math.ceil(recipients / Math.max(1, perMinute)));
}

/** Where a staff member of this area code works, in words: the desk's name ("Kantor Kecamatan Udanawu"). */
export function areaLabel(code: string, villages: Pick<VillageIndex, 'byCode' | 'districtByCode' | 'regencyCode' | 'regencyName'>, t: Translate): string {
  const village = villages.byCode(code);
  if (village) return t('deskNameVillage', { name: village.name });
  const district = villages.districtByCode(code);
  if (district) return t('deskNameDistrict', { name: district.name });
  return code === villages.regencyCode ? t('deskNameRegency', { name: villages.regencyName }) : code;
}
