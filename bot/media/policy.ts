// One rule for inbound media, whatever the transport (the simulator, Baileys): which files Loket keeps
// (the KTP as a photo or a PDF, and photos or PDFs an operator asks for), up to what size, and why
// anything else is not fetched. Refused media is never downloaded nor stored, but the message still
// reaches the conversation as a message of its kind with the reason, so the applicant is answered.
import type { MediaRefusal } from '../../flows/engine/types.js';
import type { InboundKind } from '../transport/types.js';

export type { MediaRefusal };

/** Mimetypes whose bytes are fetched and stored (encrypted); the KTP question uses exactly these. */
export const STORED_MIMETYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);

/** Only photos and files are stored: a voice note, a video or a sticker never is, whatever its mimetype. */
const STORED_KINDS: ReadonlySet<InboundKind> = new Set(['image', 'document']);

export interface MediaPolicy {
  /** MEDIA_MAX_BYTES. */
  maxBytes: number;
}

export interface MediaDescription {
  mimetype: string;
  /** As announced by the sender; absent when WhatsApp gave none. */
  size?: number | undefined;
}

export type MediaVerdict = { fetch: true } | { fetch: false; refused: MediaRefusal };

/** `Image/JPEG; charset=binary` → `image/jpeg`. */
export function baseMimetype(mimetype: string): string {
  return (mimetype.split(';')[0] ?? '').trim().toLowerCase();
}

/** A size that can be checked before downloading: a positive whole number of bytes. */
export function knownSize(size: number | undefined): size is number {
  return size !== undefined && Number.isSafeInteger(size) && size > 0;
}

/** Decides, before any byte is fetched, whether a message's media may be downloaded and stored. */
export function judgeMedia(kind: InboundKind, media: MediaDescription, policy: MediaPolicy): MediaVerdict {
  if (!STORED_KINDS.has(kind) || !STORED_MIMETYPES.has(baseMimetype(media.mimetype))) return { fetch: false, refused: 'unsupported_type' };
  if (!knownSize(media.size)) return { fetch: false, refused: 'unknown_size' };
  if (media.size > policy.maxBytes) return { fetch: false, refused: 'too_large' };
  return { fetch: true };
}

/** A download stopped by the policy (the bytes passed the limit although the announced size did not). */
export class MediaRefusedError extends Error {
  constructor(
    readonly reason: MediaRefusal,
    message: string,
    readonly size?: number,
  ) {
    super(message);
    this.name = 'MediaRefusedError';
  }
}
