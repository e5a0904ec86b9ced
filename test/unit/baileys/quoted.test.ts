// A WhatsApp reply quotes an earlier message by its id (contextInfo.stanzaId, in Baileys' own message
// types): Loket carries it as Inbound.quotedId, whatever the reply's content, so that a reply to a
// notice acts on the notice's case. The id Loket gives a sent part is the one a reply quotes.
import { describe, expect, it } from 'vitest';
import { normalizeInbound, type NormalizeContext } from '../../../bot/transport/baileys/normalize.js';
import { waMessageId } from '../../../bot/transport/baileys/outbound.js';
import type { PersonIds } from '../../../bot/transport/baileys/jid.js';
import { direct, GROUP, inGroup, PHONE_A, pnJid, text } from './wa-fixtures.js';

const NOW = Date.UTC(2025, 0, 6, 3, 0, 0);
const ctx: NormalizeContext = {
  now: NOW,
  maxReplayAgeMs: 600_000,
  resolve: (p: PersonIds) => (p.pn ? { id: p.pn, phone: p.pn } : undefined),
  media: (_m, meta) => ({ ...meta, download: () => Promise.reject(new Error('not in unit tests')) }),
};
const NOTICE = waMessageId('dispatch:LK-7KQ3M#0', 0);
const quoting = { stanzaId: NOTICE, participant: '6280000000000@s.whatsapp.net', quotedMessage: { conversation: 'Kasus baru LK-7KQ3M' } };

function quotedIdOf(message: object, group = false): string | undefined {
  const wa = group ? inGroup(pnJid(PHONE_A), message, { group: GROUP }) : direct(pnJid(PHONE_A), message);
  const n = normalizeInbound(wa, 'notify', ctx);
  if (!n.ok) throw new Error(`skipped: ${n.reason}`);
  return n.inbound.quotedId;
}

describe('a reply carries the quoted message id', () => {
  it.each([
    ['a text reply', { extendedTextMessage: { text: 'KLAIM', contextInfo: quoting } }],
    ['a document reply (the NIB PDF)', { documentMessage: { mimetype: 'application/pdf', fileLength: 1000, fileName: 'nib.pdf', caption: 'NIB 9120301234567', contextInfo: quoting } }],
    ['an image reply', { imageMessage: { mimetype: 'image/jpeg', fileLength: 1000, caption: 'foto', contextInfo: quoting } }],
  ])('%s', (_what, message) => {
    expect(quotedIdOf(message)).toBe(NOTICE);
  });

  it('in the coordinators\' group too', () => {
    expect(quotedIdOf({ extendedTextMessage: { text: 'NAIKKAN', contextInfo: quoting } }, true)).toBe(NOTICE);
  });

  it.each([
    ['a plain message', text('KLAIM')],
    ['extended text without a quote', { extendedTextMessage: { text: 'KLAIM' } }],
    ['a mention without a quote', { extendedTextMessage: { text: 'KLAIM', contextInfo: { mentionedJid: [pnJid(PHONE_A)] } } }],
  ])('%s has none', (_what, message) => {
    expect(quotedIdOf(message)).toBeUndefined();
  });
});
