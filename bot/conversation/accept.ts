// The edge's first durable step: store any media (encrypted), then append the message to the inbox.
import type { Inbox } from '../inbox/inbox.js';
import type { StoredInbound } from '../inbox/entry.js';
import type { MediaStore } from '../media/store.js';
import type { Inbound } from '../transport/types.js';

export interface AcceptDeps {
  inbox: Inbox;
  media: MediaStore;
  mediaMaxBytes: number;
  clock: () => number;
  /** Wakes local handlers without waiting for the wake list. */
  notify: () => void;
  onAccepted?: (message: Inbound, duplicate: boolean) => void;
}

async function storeMedia(message: Inbound, deps: AcceptDeps): Promise<StoredInbound> {
  const { media, ...rest } = message;
  if (!media) return rest;
  const { mimetype, size, filename } = media;
  if (size > deps.mediaMaxBytes) return { ...rest, media: { refused: 'too_large', mimetype, size } };
  const data = await media.download();
  if (data.length > deps.mediaMaxBytes) return { ...rest, media: { refused: 'too_large', mimetype, size: data.length } };
  const ref = await deps.media.put(data);
  return { ...rest, media: { ref, mimetype, size: data.length, ...(filename ? { filename } : {}) } };
}

export function createAccept(deps: AcceptDeps) {
  return async function accept(message: Inbound): Promise<{ duplicate: boolean }> {
    const stored = await storeMedia(message, deps);
    const result = await deps.inbox.accept({ id: message.messageId, chat: message.chat, acceptedAt: deps.clock(), type: 'message', message: stored });
    if (result.duplicate && stored.media && 'ref' in stored.media) await deps.media.delete(stored.media.ref);
    if (!result.duplicate) deps.notify();
    deps.onAccepted?.(message, result.duplicate);
    return result;
  };
}
