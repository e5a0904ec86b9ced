// The edge's first durable step: store any media (encrypted), then append the message to the inbox.
// Media goes through the one media policy (bot/media/policy.ts) for every transport: what it does not
// store (a voice note, a video, an unknown type, no size, too large, a failed download) is never
// fetched or kept, and the message is still appended, with the reason, so the conversation answers it.
import type { RefusedMedia, StoredMedia } from '../../flows/engine/types.js';
import type { Inbox } from '../../workers/inbox/inbox.js';
import type { StoredInbound } from '../../workers/inbox/entry.js';
import { baseMimetype, judgeMedia, knownSize, MediaRefusedError, type MediaRefusal } from '../media/policy.js';
import type { MediaStore } from '../../workers/media/store.js';
import type { Inbound, InboundMedia } from '../transport/types.js';

export interface AcceptDeps {
  inbox: Pick<Inbox, 'accept'>;
  media: MediaStore;
  mediaMaxBytes: number;
  clock: () => number;
  /** Wakes local handlers without waiting for the wake list. */
  notify: () => void;
  onAccepted?: (message: Inbound, duplicate: boolean) => void;
  /** Media not stored, and why (`error`: the download failure, for the log; it carries no personal data). */
  onMediaRefused?: (message: Inbound, refused: MediaRefusal, error?: unknown) => void;
}

function refusal(reason: MediaRefusal, media: InboundMedia, size = media.size): RefusedMedia {
  return { refused: reason, mimetype: baseMimetype(media.mimetype), ...(knownSize(size) ? { size } : {}) };
}

/** The bytes, or why there are none: a download that fails or overruns the limit does not lose the message. */
async function fetchMedia(media: InboundMedia, maxBytes: number): Promise<Buffer | { refused: RefusedMedia; error?: unknown }> {
  let data: Buffer;
  try {
    data = await media.download();
  } catch (error) {
    if (error instanceof MediaRefusedError) return { refused: refusal(error.reason, media, error.size) };
    return { refused: refusal('unavailable', media), error };
  }
  if (data.length > maxBytes) return { refused: refusal('too_large', media, data.length) };
  if (data.length === 0) return { refused: refusal('unavailable', media) };
  return data;
}

async function storeMedia(message: Inbound, deps: AcceptDeps): Promise<StoredInbound> {
  const { media, ...rest } = message;
  if (!media) return rest;
  const verdict = judgeMedia(message.kind, media, { maxBytes: deps.mediaMaxBytes });
  if (!verdict.fetch) {
    deps.onMediaRefused?.(message, verdict.refused);
    return { ...rest, media: refusal(verdict.refused, media) };
  }
  const fetched = await fetchMedia(media, deps.mediaMaxBytes);
  if (!Buffer.isBuffer(fetched)) {
    deps.onMediaRefused?.(message, fetched.refused.refused, fetched.error);
    return { ...rest, media: fetched.refused };
  }
  const ref = await deps.media.put(fetched);
  const stored: StoredMedia = { ref, mimetype: baseMimetype(media.mimetype), size: fetched.length, ...(media.filename ? { filename: media.filename } : {}) };
  return { ...rest, media: stored };
}

export function createAccept(deps: AcceptDeps) {
  return async function accept(message: Inbound): Promise<{ duplicate: boolean }> {
    const stored = await storeMedia(message, deps);
    const ref = stored.media && 'ref' in stored.media ? stored.media.ref : undefined;
    let result: { duplicate: boolean };
    try {
      result = await deps.inbox.accept({ id: message.messageId, chat: message.chat, acceptedAt: deps.clock(), type: 'message', message: stored });
    } catch (err) {
      // Nothing refers to the file if the message is not in the inbox.
      if (ref) await deps.media.delete(ref).catch(() => undefined);
      throw err;
    }
    if (result.duplicate && ref) await deps.media.delete(ref);
    if (!result.duplicate) deps.notify();
    deps.onAccepted?.(message, result.duplicate);
    return result;
  };
}
