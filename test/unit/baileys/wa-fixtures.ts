// Synthetic WhatsApp messages in the exact shape Baileys 7 emits: content built with Baileys' own
// proto types, keys shaped like decode-wa-message.ts builds them (v7 adds remoteJidAlt and
// participantAlt, which the protobuf MessageKey does not carry, so they are set on the key object).
import { proto } from '@whiskeysockets/baileys';
import type { WAMessage, WAMessageKey } from '@whiskeysockets/baileys';

/** Synthetic identities only. */
export const PHONE_A = '628110000001';
export const LID_A = '190000000000001@lid';
export const PHONE_B = '628110000002';
export const LID_B = '190000000000002@lid';
export const GROUP = '120363000000000001@g.us';

export const pnJid = (digits: string, device?: number) => `${digits}${device ? `:${device}` : ''}@s.whatsapp.net`;
export const withDevice = (lid: string, device: number) => lid.replace('@lid', `:${device}@lid`);

let seq = 0;
export const nextId = () => `3EB0TEST${String(++seq).padStart(8, '0')}`;

export interface BuildOptions {
  id?: string;
  atSeconds?: number;
  fromMe?: boolean;
  category?: string;
}

function build(key: WAMessageKey, message: proto.IMessage, opts: BuildOptions): WAMessage {
  const info = proto.WebMessageInfo.fromObject({
    key,
    message,
    messageTimestamp: opts.atSeconds ?? Math.floor(Date.now() / 1000),
  }) as WAMessage;
  info.key = { ...key };
  if (opts.category) info.category = opts.category;
  return info;
}

/** A direct message; `from` is the primary jid (PN or LID), `alt` the other form when WhatsApp sends it. */
export function direct(from: string, message: object, opts: BuildOptions & { alt?: string } = {}): WAMessage {
  const key: WAMessageKey = {
    remoteJid: from,
    remoteJidAlt: opts.alt,
    fromMe: opts.fromMe ?? false,
    id: opts.id ?? nextId(),
    participant: undefined,
    addressingMode: from.endsWith('@lid') ? 'lid' : 'pn',
  };
  return build(key, proto.Message.fromObject(message), opts);
}

export function inGroup(participant: string, message: object, opts: BuildOptions & { participantAlt?: string; group?: string } = {}): WAMessage {
  const key: WAMessageKey = {
    remoteJid: opts.group ?? GROUP,
    fromMe: opts.fromMe ?? false,
    id: opts.id ?? nextId(),
    participant,
    participantAlt: opts.participantAlt,
    addressingMode: participant.endsWith('@lid') ? 'lid' : 'pn',
  };
  return build(key, proto.Message.fromObject(message), opts);
}

export const text = (t: string) => ({ conversation: t });
export const image = (size: number, caption?: string, mimetype = 'image/jpeg') => ({
  imageMessage: { mimetype, fileLength: size, caption, url: 'https://mmg.whatsapp.net/x', mediaKey: Buffer.alloc(32, 1) },
});
export const documentMsg = (size: number, fileName: string, mimetype: string, caption?: string) => ({
  documentMessage: { mimetype, fileLength: size, fileName, caption, url: 'https://mmg.whatsapp.net/y', mediaKey: Buffer.alloc(32, 2) },
});

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A push-to-talk voice note as WhatsApp sends it (Opus in Ogg). */
export const voiceNote = (size?: number, seconds = 7) => ({
  audioMessage: { mimetype: 'audio/ogg; codecs=opus', ptt: true, seconds, fileLength: size, url: 'https://mmg.whatsapp.net/a', mediaKey: Buffer.alloc(32, 3) },
});
export const video = (size: number, caption?: string) => ({
  videoMessage: { mimetype: 'video/mp4', seconds: 12, fileLength: size, caption, url: 'https://mmg.whatsapp.net/v', mediaKey: Buffer.alloc(32, 4) },
});
/** An image whose fileLength is missing: its size cannot be checked before downloading. */
export const imageWithoutSize = (caption?: string) => ({
  imageMessage: { mimetype: 'image/jpeg', caption, url: 'https://mmg.whatsapp.net/x', mediaKey: Buffer.alloc(32, 1) },
});
/** A kind Loket has no use for (a poll): it reaches the conversation as kind 'other'. */
export const poll = (name: string) => ({
  pollCreationMessage: { name, options: [{ optionName: 'ya' }, { optionName: 'tidak' }], selectableOptionsCount: 1 },
});
