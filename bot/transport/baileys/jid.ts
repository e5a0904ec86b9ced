// Jid helpers: WhatsApp addresses people as `<digits>@s.whatsapp.net` (PN) or `<id>@lid`, with an
// optional device suffix (`:12`) that must never leak into a chat id.
import { isJidGroup, isLidUser, isPnUser, jidDecode, jidNormalizedUser } from '@whiskeysockets/baileys';

/** The two forms one person may have; either may be unknown. */
export interface PersonIds {
  /** `<id>@lid`, device suffix stripped. */
  lid?: string;
  /** Phone digits. */
  pn?: string;
}

function pnDigits(jid: string): string | undefined {
  const user = jidDecode(jid)?.user;
  return user && /^\d+$/.test(user) ? user : undefined;
}

/** Adds one jid (PN or LID, any device) to what is known about a person. */
function addJid(ids: PersonIds, jid: string | null | undefined): PersonIds {
  if (!jid) return ids;
  if (isLidUser(jid)) return { ...ids, lid: ids.lid ?? jidNormalizedUser(jid) };
  if (isPnUser(jid) || jid.endsWith('@c.us')) return { ...ids, pn: ids.pn ?? pnDigits(jid) };
  return ids;
}

/** A person from a primary jid and its alternative form (v7 `remoteJidAlt` / `participantAlt`). */
export function personFromJids(primary: string | null | undefined, alt: string | null | undefined): PersonIds {
  return addJid(addJid({}, primary), alt);
}

export function isGroupJid(jid: string | null | undefined): boolean {
  return Boolean(jid && isJidGroup(jid));
}

/** The jid to send to for an Inbound chat id: phone digits, `<id>@lid` or `<id>@g.us`. */
export function chatToJid(chat: string): string | undefined {
  if (/^\d{6,16}$/.test(chat)) return `${chat}@s.whatsapp.net`;
  if (/^[\d-]+@g\.us$/.test(chat) || /^\d+@lid$/.test(chat)) return chat;
  return undefined;
}
