// The edge's first durable step: store any media (encrypted), then append the message to the inbox.
// Media goes through the one media policy (bot/media/policy.ts) for every transport: what it does not
// store (a voice note, a video, an unknown type, no size, too large, a failed download) is never
// fetched or kept, and the message is still appended, with the reason, so the conversation answers it.
import type { RefusedMedia, StoredMedia } from '../../flows/engine/types.js';
import type { Accepted, Inbox } from '../../workers/inbox/inbox.js';
import type { StoredInbound } from '../../workers/inbox/entry.js';
import { baseMimetype, judgeBytes, judgeMedia, knownSize, MediaRefusedError, safeFilename, type MediaRefusal } from '../media/policy.js';
import type { MediaStore } from '../../workers/media/store.js';
import type { Inbound, InboundMedia } from '../transport/types.js';
import { StoreFullError } from '../faults/store-guard.js';

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
  /** The message could not be stored because Redis is full: its sender is told to send again later. */
  onStoreFull?: (message: Inbound) => Promise<void>;
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
  const unfit = judgeBytes(media.mimetype, data);
  return unfit ? { refused: refusal(unfit, media, data.length) } : data;
}

async function storeMedia(message: Inbound, deps: AcceptDeps, created?: (ref: string) => void): Promise<StoredInbound> {
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
  // The same file for every delivery of this message: a re-send or a retry never orphans one.
  const ref = deps.media.refFor(message.chat, message.messageId);
  if (!(await deps.media.exists(ref))) {
    await deps.media.put(fetched, ref);
    created?.(ref);
  }
  const stored: StoredMedia = { ref, mimetype: baseMimetype(media.mimetype), size: fetched.length, ...(safeFilename(media.filename) ? { filename: safeFilename(media.filename) } : {}) };
  return { ...rest, media: stored };
}

/**
 * A duplicate older than this whose file this call had to create: the first delivery's file was
 * deleted since (the KTP photo after the NIB, an erasure), and must not come back. Younger ones may be
 * a simultaneous delivery of the same message whose entry points to this very file.
 */
const RESURRECTED_AFTER_MS = 60_000;

export function createAccept(deps: AcceptDeps) {
  return async function accept(message: Inbound): Promise<{ duplicate: boolean }> {
    let created: string | undefined;
    const stored = await storeMedia(message, deps, (ref) => { created = ref; });
    let result: Accepted;
    try {
      result = await deps.inbox.accept({ id: message.messageId, chat: message.chat, acceptedAt: deps.clock(), type: 'message', message: stored });
    } catch (err) {
      // Redis refused the write (full): nothing refers to a file this call created. After a timeout
      // the file stays: a try may still have landed, and a re-send stores the same file again.
      if (err instanceof StoreFullError && created) await deps.media.delete(created).catch(() => undefined);
      // Not awaited: the notice goes straight through the network, and must not hold up the answer.
      if (err instanceof StoreFullError) void deps.onStoreFull?.(message);
      throw err;
    }
    if (result.duplicate && created && result.firstAcceptedMsAgo > RESURRECTED_AFTER_MS) await deps.media.delete(created);
    if (!result.duplicate) deps.notify();
    deps.onAccepted?.(message, result.duplicate);
    return { duplicate: result.duplicate };
  };
}
