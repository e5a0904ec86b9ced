import { describe, expect, it, vi } from 'vitest';
import { proto } from '@whiskeysockets/baileys';
import type { WAMessage } from '@whiskeysockets/baileys';
import { normalizeInbound, type MediaMeta, type NormalizeContext } from '../../../bot/transport/baileys/normalize.js';
import type { PersonIds } from '../../../bot/transport/baileys/jid.js';
import { direct, documentMsg, DOCX, GROUP, image, imageWithoutSize, inGroup, LID_A, PHONE_A, PHONE_B, LID_B, pnJid, text, video, voiceNote, withDevice } from './wa-fixtures.js';

const NOW = Date.UTC(2025, 0, 6, 3, 0, 0);
const atSeconds = Math.floor(NOW / 1000) - 5;

function ctx(over: Partial<NormalizeContext> = {}): NormalizeContext {
  return {
    now: NOW,
    maxReplayAgeMs: 10 * 60_000,
    // The plain rule without any stored mapping: phone digits when known, else the LID.
    resolve: (p: PersonIds) => (p.pn ? { id: p.pn, phone: p.pn } : p.lid ? { id: p.lid } : undefined),
    media: (_m, meta) => ({ ...meta, download: () => Promise.reject(new Error('not in unit tests')) }),
    ...over,
  };
}

function inbound(message: WAMessage, type: 'notify' | 'append' = 'notify', c = ctx()) {
  const n = normalizeInbound(message, type, c);
  if (!n.ok) throw new Error(`skipped: ${n.reason}`);
  return n.inbound;
}

describe('normalizeInbound: every kind', () => {
  const from = pnJid(PHONE_A);
  const cases: Array<{ name: string; message: object; expected: Record<string, unknown> }> = [
    { name: 'conversation', message: text('halo'), expected: { kind: 'text', text: 'halo' } },
    {
      name: 'extended text quoting an earlier message',
      message: { extendedTextMessage: { text: 'ya, yang ini', contextInfo: { stanzaId: 'X1', quotedMessage: { conversation: 'pilih 1 atau 2' } } } },
      expected: { kind: 'text', text: 'ya, yang ini' },
    },
    {
      name: 'image with caption',
      message: image(123_456, 'KTP saya'),
      expected: { kind: 'image', text: 'KTP saya', media: { mimetype: 'image/jpeg', size: 123_456 } },
    },
    {
      name: 'document (KTP sent as a file)',
      message: documentMsg(2_000_000, 'ktp.pdf', 'application/pdf', 'ini ktp'),
      expected: { kind: 'document', text: 'ini ktp', media: { mimetype: 'application/pdf', size: 2_000_000, filename: 'ktp.pdf' } },
    },
    {
      name: 'document with caption (wrapped)',
      message: { documentWithCaptionMessage: { message: documentMsg(5_000, 'ktp.jpg', 'image/jpeg', 'ktp') } },
      expected: { kind: 'document', text: 'ktp', media: { mimetype: 'image/jpeg', size: 5_000, filename: 'ktp.jpg' } },
    },
    { name: 'voice note', message: { audioMessage: { mimetype: 'audio/ogg; codecs=opus', ptt: true, fileLength: 9_000 } }, expected: { kind: 'audio', media: { mimetype: 'audio/ogg; codecs=opus', size: 9_000 } } },
    { name: 'audio file', message: { audioMessage: { mimetype: 'audio/mpeg', fileLength: 90_000 } }, expected: { kind: 'audio' } },
    { name: 'video', message: { videoMessage: { mimetype: 'video/mp4', fileLength: 1_000_000, caption: 'lihat' } }, expected: { kind: 'video', text: 'lihat' } },
    { name: 'sticker', message: { stickerMessage: { mimetype: 'image/webp', fileLength: 20_000 } }, expected: { kind: 'sticker' } },
    { name: 'location', message: { locationMessage: { degreesLatitude: -6.2, degreesLongitude: 106.8 } }, expected: { kind: 'location', location: { latitude: -6.2, longitude: 106.8 } } },
    { name: 'contact card', message: { contactMessage: { displayName: 'Contoh', vcard: 'BEGIN:VCARD\nEND:VCARD' } }, expected: { kind: 'contact' } },
    { name: 'reaction', message: { reactionMessage: { key: { remoteJid: from, id: 'X2' }, text: '👍' } }, expected: { kind: 'reaction', text: '👍' } },
    {
      name: 'edit',
      message: { protocolMessage: { type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT, key: { id: 'X3' }, editedMessage: { conversation: 'koreksi' } } },
      expected: { kind: 'edit', text: 'koreksi' },
    },
    {
      name: 'edit wrapped in editedMessage',
      message: { editedMessage: { message: { protocolMessage: { type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT, key: { id: 'X4' }, editedMessage: { conversation: 'baru' } } } } },
      expected: { kind: 'edit', text: 'baru' },
    },
    { name: 'delete for everyone', message: { protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { id: 'X5' } } }, expected: { kind: 'delete' } },
    { name: 'disappearing-mode text', message: { ephemeralMessage: { message: text('rahasia') } }, expected: { kind: 'text', text: 'rahasia' } },
    { name: 'view-once image', message: { viewOnceMessageV2: { message: image(1_000) } }, expected: { kind: 'image', media: { size: 1_000 } } },
    { name: 'poll (unsupported)', message: { pollCreationMessage: { name: 'x', options: [{ optionName: 'a' }] } }, expected: { kind: 'other' } },
  ];

  it.each(cases)('$name', ({ message, expected }) => {
    const got = inbound(direct(from, message, { atSeconds, id: 'M1' }));
    expect(got).toMatchObject({ messageId: 'M1', chat: PHONE_A, sender: PHONE_A, senderPhone: PHONE_A, isGroup: false, at: atSeconds * 1000, ...expected });
  });

  it('keeps no empty fields (a text message has no media or location)', () => {
    const got = inbound(direct(from, text('halo'), { atSeconds }));
    expect(Object.keys(got).sort()).toEqual(['at', 'chat', 'isGroup', 'kind', 'messageId', 'sender', 'senderPhone', 'text']);
  });
});

describe('normalizeInbound: who wrote', () => {
  it('uses the phone number from remoteJidAlt when the message is LID-addressed', () => {
    const got = inbound(direct(withDevice(LID_A, 12), text('x'), { alt: pnJid(PHONE_A), atSeconds }));
    expect(got).toMatchObject({ chat: PHONE_A, sender: PHONE_A, senderPhone: PHONE_A });
  });

  it('falls back to the LID, device suffix stripped, when no phone number is known', () => {
    const got = inbound(direct(withDevice(LID_A, 3), text('x'), { atSeconds }));
    expect(got.chat).toBe(LID_A);
    expect(got.senderPhone).toBeUndefined();
  });

  it('strips the device suffix from phone-number jids', () => {
    expect(inbound(direct(pnJid(PHONE_A, 7), text('x'), { atSeconds })).chat).toBe(PHONE_A);
  });

  it('replies to the group and names the real sender (LID participant with participantAlt)', () => {
    const got = inbound(inGroup(withDevice(LID_B, 2), text('NIB 123 terbit'), { participantAlt: pnJid(PHONE_B), atSeconds }));
    expect(got).toMatchObject({ chat: GROUP, isGroup: true, sender: PHONE_B, senderPhone: PHONE_B });
  });

  it('hands both forms of the person to the caller so the mapping can be learnt', () => {
    const n = normalizeInbound(direct(LID_A, text('x'), { alt: pnJid(PHONE_A), atSeconds }), 'notify', ctx());
    expect(n.ok && n.people).toEqual([{ lid: LID_A, pn: PHONE_A }]);
  });
});

describe('normalizeInbound: what is not answered', () => {
  const table: Array<{ name: string; message: WAMessage; type?: 'notify' | 'append'; reason: string }> = [
    { name: 'own message (fromMe)', message: direct(pnJid(PHONE_A), text('x'), { fromMe: true, atSeconds }), reason: 'from_me' },
    { name: 'status broadcast', message: inGroup(pnJid(PHONE_A), text('x'), { group: 'status@broadcast', atSeconds }), reason: 'not_a_chat' },
    { name: 'newsletter', message: direct('120363000000000099@newsletter', text('x'), { atSeconds }), reason: 'not_a_chat' },
    { name: 'peer (own devices) message', message: direct(pnJid(PHONE_A), text('x'), { category: 'peer', atSeconds }), reason: 'peer' },
    {
      name: 'history sync notification',
      message: direct(pnJid(PHONE_A), { protocolMessage: { type: proto.Message.ProtocolMessage.Type.HISTORY_SYNC_NOTIFICATION } }, { atSeconds }),
      reason: 'protocol',
    },
    { name: 'message with no content (stub)', message: direct(pnJid(PHONE_A), {}, { atSeconds }), reason: 'no_content' },
    { name: 'offline replay older than the window', message: direct(pnJid(PHONE_A), text('x'), { atSeconds: atSeconds - 11 * 60 }), type: 'append', reason: 'too_old' },
  ];

  it.each(table)('$name → $reason', ({ message, type, reason }) => {
    expect(normalizeInbound(message, type ?? 'notify', ctx())).toEqual({ ok: false, reason });
  });

  it('accepts an offline (append) message inside the window', () => {
    expect(inbound(direct(pnJid(PHONE_A), text('x'), { atSeconds: atSeconds - 9 * 60 }), 'append').kind).toBe('text');
  });

  it('does not apply the replay window to live (notify) messages', () => {
    expect(inbound(direct(pnJid(PHONE_A), text('x'), { atSeconds: atSeconds - 3600 }), 'notify').kind).toBe('text');
  });
});

describe('normalizeInbound: media', () => {
  it('describes media without fetching it', () => {
    const media = vi.fn((_m: WAMessage, meta: MediaMeta) => ({ ...meta, download: vi.fn() }));
    const got = inbound(direct(pnJid(PHONE_A), image(50_000_000), { atSeconds }), 'notify', ctx({ media }));
    expect(got.media).toMatchObject({ mimetype: 'image/jpeg', size: 50_000_000 });
    expect(media).toHaveBeenCalledTimes(1);
    expect(got.media?.download).not.toHaveBeenCalled();
  });

  it.each([
    ['a voice note', voiceNote(9_000), 'audio', { mimetype: 'audio/ogg; codecs=opus', size: 9_000 }],
    ['a video', video(2_000_000), 'video', { mimetype: 'video/mp4', size: 2_000_000 }],
    ['a Word file', documentMsg(30_000, 'surat.docx', DOCX), 'document', { mimetype: DOCX, size: 30_000, filename: 'surat.docx' }],
    ['a sticker', { stickerMessage: { mimetype: 'image/webp', fileLength: 20_000 } }, 'sticker', { mimetype: 'image/webp', size: 20_000 }],
    ['an image without fileLength', imageWithoutSize(), 'image', { mimetype: 'image/jpeg' }],
  ])('describes %s with its kind, for the media policy', (_name, message, kind, meta) => {
    const media = vi.fn((_m: WAMessage, m: MediaMeta) => ({ ...m, download: vi.fn() }));
    inbound(direct(pnJid(PHONE_A), message, { atSeconds }), 'notify', ctx({ media }));
    expect(media).toHaveBeenCalledWith(expect.anything(), meta, kind);
  });

  it('passes no size when WhatsApp announced none (not a size of 0)', () => {
    const got = inbound(direct(pnJid(PHONE_A), imageWithoutSize('KTP'), { atSeconds }));
    expect(got.media).not.toHaveProperty('size');
    expect(got).toMatchObject({ kind: 'image', text: 'KTP' });
  });
});
