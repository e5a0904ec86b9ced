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

/** Larger than any phone camera's photo (200 MP sensors save 50 MP): only a decompression bomb declares more. */
export const MAX_IMAGE_PIXELS = 100_000_000;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The stored type the bytes' own signature names, or undefined when they carry none of them. */
export function sniffMimetype(data: Buffer): string | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return data.toString('latin1', 0, 5) === '%PDF-' ? 'application/pdf' : undefined;
}

/** JPEG start-of-frame markers (baseline, progressive, lossless…), which carry the image size. */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegPixels(data: Buffer): number | undefined {
  let at = 2;
  while (at + 9 <= data.length && data[at] === 0xff) {
    const marker = data[at + 1] ?? 0;
    if (JPEG_FRAMES.has(marker)) return data.readUInt16BE(at + 5) * data.readUInt16BE(at + 7);
    at += 2 + data.readUInt16BE(at + 2);
  }
  return undefined;
}

function webpPixels(data: Buffer): number | undefined {
  const chunk = data.toString('latin1', 12, 16);
  if (chunk === 'VP8X' && data.length >= 30) return (1 + data.readUIntLE(24, 3)) * (1 + data.readUIntLE(27, 3));
  if (chunk === 'VP8L' && data.length >= 25) {
    const bits = data.readUInt32LE(21);
    return ((bits & 0x3fff) + 1) * (((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8 ' && data.length >= 30) return (data.readUInt16LE(26) & 0x3fff) * (data.readUInt16LE(28) & 0x3fff);
  return undefined;
}

/** Width × height as the image's header declares it, read without decoding; undefined when not found. */
export function declaredPixels(mimetype: string, data: Buffer): number | undefined {
  if (mimetype === 'image/png') return data.length >= 24 ? data.readUInt32BE(16) * data.readUInt32BE(20) : undefined;
  if (mimetype === 'image/jpeg') return jpegPixels(data);
  return mimetype === 'image/webp' ? webpPixels(data) : undefined;
}

/**
 * Judges fetched bytes before anything stores or decodes them: they must be what the mimetype says
 * (a "photo" that is a ZIP or a page is refused), and an image must not declare more pixels than a
 * camera makes (a few hundred bytes can declare 60000×60000, gigabytes once decoded).
 */
export function judgeBytes(mimetype: string, data: Buffer): MediaRefusal | undefined {
  const declared = baseMimetype(mimetype);
  if (sniffMimetype(data) !== declared) return 'unsupported_type';
  const pixels = declaredPixels(declared, data);
  return pixels !== undefined && pixels > MAX_IMAGE_PIXELS ? 'unsupported_type' : undefined;
}

/** The longest file name kept (WhatsApp shows about this much). */
const MAX_FILENAME_CHARS = 100;

/**
 * A sender's file name as it may be shown to an operator and sent on: its last path segment only,
 * without control or direction characters (an RTL override can disguise `exe.pdf`), at most 100
 * characters; undefined when nothing is left.
 */
export function safeFilename(name: string | undefined): string | undefined {
  const base = (name ?? '').split(/[/\\]/).at(-1) ?? '';
  const clean = [...base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().replace(/^\.+/, '')].slice(0, MAX_FILENAME_CHARS).join('');
  return clean === '' ? undefined : clean;
}
