// Inbound media is fetched only on demand, and only after the announced size and mimetype pass:
// downloadMediaMessage has no size limit in buffer mode, so bytes are streamed and counted, and the
// download is abandoned the moment it passes the cap (the announced size may lie).
import type { WAMessage } from '@whiskeysockets/baileys';
import type { InboundMedia } from '../types.js';
import type { MediaMeta } from './normalize.js';

export class MediaTooLargeError extends Error {
  constructor(readonly size: number, readonly maxBytes: number) {
    super(`media of ${size} bytes exceeds the limit of ${maxBytes} bytes`);
    this.name = 'MediaTooLargeError';
  }
}

export class MediaTypeRefusedError extends Error {
  constructor(readonly mimetype: string) {
    super(`media type ${mimetype} is not accepted`);
    this.name = 'MediaTypeRefusedError';
  }
}

/** Returns the decrypted media as a stream of chunks. */
export type MediaDownloader = (message: WAMessage) => Promise<AsyncIterable<Uint8Array>>;

export interface MediaPolicy {
  maxBytes: number;
  /** Mimetypes whose bytes may be fetched (the KTP arrives as an image or as a document). */
  acceptMimetype: (mimetype: string) => boolean;
}

export const DEFAULT_ACCEPTED_MIMETYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'];

export function acceptListed(list: readonly string[]): (mimetype: string) => boolean {
  return (mimetype) => list.includes(mimetype.split(';')[0]!.trim().toLowerCase());
}

export function guardedMedia(message: WAMessage, meta: MediaMeta, policy: MediaPolicy, downloader: MediaDownloader): InboundMedia {
  const media: InboundMedia = {
    mimetype: meta.mimetype,
    size: meta.size,
    download: async () => {
      if (meta.size > policy.maxBytes) throw new MediaTooLargeError(meta.size, policy.maxBytes);
      if (!policy.acceptMimetype(meta.mimetype)) throw new MediaTypeRefusedError(meta.mimetype);
      return collectCapped(await downloader(message), policy.maxBytes);
    },
  };
  if (meta.filename) media.filename = meta.filename;
  return media;
}

async function collectCapped(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new MediaTooLargeError(total, maxBytes);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
