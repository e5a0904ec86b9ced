// Baileys' WAMessage → Loket's Inbound. Pure apart from the injected identity resolver and media
// factory: no I/O here, so the inbound handler can reach the inbox write before any await.
import {
  getContentType,
  isJidBroadcast,
  isJidNewsletter,
  normalizeMessageContent,
  proto,
  toNumber,
} from '@whiskeysockets/baileys';
import type { MessageUpsertType, WAMessage } from '@whiskeysockets/baileys';
import type { Inbound, InboundKind, InboundMedia } from '../types.js';
import type { ResolvedPerson } from './identity.js';
import { isGroupJid, personFromJids, type PersonIds } from './jid.js';

export type SkipReason =
  | 'from_me'
  | 'not_a_chat'
  | 'peer'
  | 'no_id'
  | 'no_content'
  | 'protocol'
  | 'unknown_sender'
  | 'too_old';

export interface MediaMeta {
  mimetype: string;
  /** `fileLength`; absent when WhatsApp did not announce one. */
  size?: number;
  filename?: string;
}

export interface NormalizeContext {
  now: number;
  /** `append` messages (delivered after being offline or replayed) older than this are not answered. */
  maxReplayAgeMs: number;
  resolve: (person: PersonIds) => ResolvedPerson | undefined;
  media: (message: WAMessage, meta: MediaMeta, kind: InboundKind) => InboundMedia;
}

export type Normalized =
  | { ok: true; inbound: Inbound; people: PersonIds[] }
  | { ok: false; reason: SkipReason };

type Content = proto.IMessage;
type Body = Pick<Inbound, 'kind' | 'text' | 'media' | 'location'>;

const skip = (reason: SkipReason): Normalized => ({ ok: false, reason });

export function normalizeInbound(message: WAMessage, type: MessageUpsertType, ctx: NormalizeContext): Normalized {
  const key = message.key;
  if (key.fromMe) return skip('from_me');
  if (!key.id) return skip('no_id');
  if (!key.remoteJid || isJidBroadcast(key.remoteJid) || isJidNewsletter(key.remoteJid)) return skip('not_a_chat');
  if (message.category === 'peer') return skip('peer');
  const at = message.messageTimestamp ? toNumber(message.messageTimestamp) * 1000 : ctx.now;
  if (type === 'append' && ctx.now - at > ctx.maxReplayAgeMs) return skip('too_old');
  const body = bodyOf(message, ctx);
  if ('skip' in body) return skip(body.skip);
  return withParties(message, body, at, ctx);
}

function withParties(message: WAMessage, body: Body, at: number, ctx: NormalizeContext): Normalized {
  const key = message.key;
  const isGroup = isGroupJid(key.remoteJid);
  const person = isGroup ? personFromJids(key.participant, key.participantAlt) : personFromJids(key.remoteJid, key.remoteJidAlt);
  const sender = ctx.resolve(person);
  if (!sender) return skip('unknown_sender');
  const inbound: Inbound = {
    messageId: key.id!,
    chat: isGroup ? key.remoteJid! : sender.id,
    sender: sender.id,
    isGroup,
    at,
    ...definedOnly(body),
  };
  if (sender.phone) inbound.senderPhone = sender.phone;
  const quoted = quotedIdOf(message);
  if (quoted) inbound.quotedId = quoted;
  return { ok: true, inbound, people: [person] };
}

/** The id of the message a reply quotes: every content type that can quote carries contextInfo.stanzaId. */
export function quotedIdOf(message: WAMessage): string | undefined {
  const content = normalizeMessageContent(message.message);
  const type = getContentType(content);
  const inner = type && content ? (content[type] as { contextInfo?: proto.IContextInfo | null } | null | undefined) : undefined;
  return typeof inner === 'object' && inner !== null ? inner.contextInfo?.stanzaId || undefined : undefined;
}

function definedOnly(body: Body): Body {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Body;
}

function bodyOf(message: WAMessage, ctx: NormalizeContext): Body | { skip: SkipReason } {
  const content = normalizeMessageContent(message.message);
  const type = getContentType(content);
  if (!content || !type) return { skip: 'no_content' };
  if (type === 'protocolMessage') return protocolBody(content.protocolMessage);
  return contentBody(type, content, (meta, kind) => ctx.media(message, meta, kind));
}

/** Deletions and edits reach the host (which ignores them politely); other protocol traffic does not. */
function protocolBody(msg: proto.Message.IProtocolMessage | null | undefined): Body | { skip: SkipReason } {
  const Type = proto.Message.ProtocolMessage.Type;
  if (msg?.type === Type.REVOKE) return { kind: 'delete' };
  if (msg?.type === Type.MESSAGE_EDIT) return { kind: 'edit', text: textOf(msg.editedMessage) };
  return { skip: 'protocol' };
}

function textOf(content: Content | null | undefined): string | undefined {
  const inner = normalizeMessageContent(content);
  return inner?.conversation ?? inner?.extendedTextMessage?.text ?? undefined;
}

function mediaMeta(m: { mimetype?: string | null; fileLength?: number | Long | null }, fallbackMime: string): MediaMeta {
  const meta: MediaMeta = { mimetype: m.mimetype || fallbackMime };
  // An unset fileLength reads as the proto default (a zero Long): no size was announced.
  const size = m.fileLength ? toNumber(m.fileLength) : 0;
  if (size > 0) meta.size = size;
  return meta;
}

type Long = Parameters<typeof toNumber>[0] & object;

type MediaFactory = (meta: MediaMeta, kind: InboundKind) => InboundMedia;

function videoBody(video: proto.Message.IVideoMessage, media: MediaFactory): Body {
  return { kind: 'video', text: video.caption ?? undefined, media: media(mediaMeta(video, 'video/mp4'), 'video') };
}

/** Content types that carry something for the host; everything else becomes kind 'other'. */
const BUILDERS: Partial<Record<keyof Content, (c: Content, media: MediaFactory) => Body>> = {
  conversation: (c) => ({ kind: 'text', text: textOf(c) }),
  extendedTextMessage: (c) => ({ kind: 'text', text: textOf(c) }),
  imageMessage: (c, media) => ({ kind: 'image', text: c.imageMessage!.caption ?? undefined, media: media(mediaMeta(c.imageMessage!, 'image/jpeg'), 'image') }),
  documentMessage: (c, media) => documentBody(c.documentMessage!, media),
  audioMessage: (c, media) => ({ kind: 'audio', media: media(mediaMeta(c.audioMessage!, 'audio/ogg'), 'audio') }),
  videoMessage: (c, media) => videoBody(c.videoMessage!, media),
  ptvMessage: (c, media) => videoBody(c.ptvMessage!, media),
  stickerMessage: (c, media) => ({ kind: 'sticker', media: media(mediaMeta(c.stickerMessage!, 'image/webp'), 'sticker') }),
  locationMessage: (c) => ({ kind: 'location', location: locationOf(c.locationMessage) }),
  liveLocationMessage: (c) => ({ kind: 'location', location: locationOf(c.liveLocationMessage) }),
  contactMessage: () => ({ kind: 'contact' }),
  contactsArrayMessage: () => ({ kind: 'contact' }),
  reactionMessage: (c) => ({ kind: 'reaction', text: c.reactionMessage?.text ?? undefined }),
};

function contentBody(type: keyof Content, c: Content, media: MediaFactory): Body {
  return BUILDERS[type]?.(c, media) ?? { kind: 'other' };
}

function documentBody(doc: proto.Message.IDocumentMessage, media: MediaFactory): Body {
  const meta = mediaMeta(doc, 'application/octet-stream');
  if (doc.fileName) meta.filename = doc.fileName;
  return { kind: 'document', text: doc.caption ?? undefined, media: media(meta, 'document') };
}

function locationOf(loc: { degreesLatitude?: number | null; degreesLongitude?: number | null } | null | undefined) {
  return { latitude: loc?.degreesLatitude ?? 0, longitude: loc?.degreesLongitude ?? 0 };
}
