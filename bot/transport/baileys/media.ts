// Inbound media is fetched only on demand, and only when the shared media policy (bot/media/policy.ts)
// stores it: the host's accept step judges it before calling download(), and download() judges it
// again, so nothing else can fetch a voice note or an oversized file either. downloadMediaMessage has
// no size limit in buffer mode, so bytes are streamed and counted, and the download is abandoned the
// moment it passes the cap (the announced size may lie).
import type { WAMessage } from '@whiskeysockets/baileys';
import { judgeMedia, MediaRefusedError, type MediaPolicy } from '../../media/policy.js';
import type { InboundKind, InboundMedia } from '../types.js';
import type { MediaMeta } from './normalize.js';

export class MediaTooLargeError extends MediaRefusedError {
  constructor(size: number | undefined, readonly maxBytes: number) {
    super('too_large', `media of ${size ?? 'unknown'} bytes exceeds the limit of ${maxBytes} bytes`, size);
    this.name = 'MediaTooLargeError';
  }
}

/** Returns the decrypted media as a stream of chunks. */
export type MediaDownloader = (message: WAMessage) => Promise<AsyncIterable<Uint8Array>>;

export function guardedMedia(message: WAMessage, kind: InboundKind, meta: MediaMeta, policy: MediaPolicy, downloader: MediaDownloader): InboundMedia {
  const media: InboundMedia = {
    mimetype: meta.mimetype,
    download: async () => {
      const verdict = judgeMedia(kind, meta, policy);
      if (!verdict.fetch && verdict.refused === 'too_large') throw new MediaTooLargeError(meta.size, policy.maxBytes);
      if (!verdict.fetch) throw new MediaRefusedError(verdict.refused, `${kind} media (${meta.mimetype}) is not fetched: ${verdict.refused}`);
      return collectCapped(await downloader(message), policy.maxBytes);
    },
  };
  if (meta.size !== undefined) media.size = meta.size;
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
