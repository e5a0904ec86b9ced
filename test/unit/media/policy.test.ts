// The one media policy both transports go through (bot/media/policy.ts, applied in accept.ts): what is
// fetched and stored, and the reason for everything else, which is still accepted into the inbox.
import { describe, expect, it, vi } from 'vitest';
import { createAccept } from '../../../bot/conversation/accept.js';
import type { InboxEntry } from '../../../workers/inbox/entry.js';
import { judgeMedia, MediaRefusedError, STORED_MIMETYPES, type MediaVerdict } from '../../../bot/media/policy.js';
import type { MediaStore } from '../../../workers/media/store.js';
import type { Inbound, InboundKind, InboundMedia } from '../../../bot/transport/types.js';
import { KTP_PHOTO_TYPES } from '../../../flows/intake/steps/identity.js';

const MAX = 5 * 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fetch: MediaVerdict = { fetch: true };
const refuse = (refused: Extract<MediaVerdict, { fetch: false }>['refused']): MediaVerdict => ({ fetch: false, refused });

describe('judgeMedia', () => {
  it.each<[string, InboundKind, string, number | undefined, MediaVerdict]>([
    ['a JPEG photo', 'image', 'image/jpeg', 300_000, fetch],
    ['a PNG photo', 'image', 'image/png', 300_000, fetch],
    ['a WebP photo', 'image', 'image/webp', 300_000, fetch],
    ['a PDF', 'document', 'application/pdf', 2_000_000, fetch],
    ['a photo sent as a document', 'document', 'image/jpeg', 4_000_000, fetch],
    ['a mimetype with parameters and capitals', 'image', 'Image/JPEG; charset=binary', 1_000, fetch],
    ['exactly the limit', 'image', 'image/jpeg', MAX, fetch],
    ['one byte over the limit', 'image', 'image/jpeg', MAX + 1, refuse('too_large')],
    ['a 40 MB PDF', 'document', 'application/pdf', 40_000_000, refuse('too_large')],
    ['a voice note', 'audio', 'audio/ogg; codecs=opus', 9_000, refuse('unsupported_type')],
    ['a voice note with no size', 'audio', 'audio/ogg; codecs=opus', undefined, refuse('unsupported_type')],
    ['an audio file', 'audio', 'audio/mpeg', 90_000, refuse('unsupported_type')],
    ['a video', 'video', 'video/mp4', 2_000_000, refuse('unsupported_type')],
    ['a huge video', 'video', 'video/mp4', 90_000_000, refuse('unsupported_type')],
    ['a sticker (WebP, but a sticker)', 'sticker', 'image/webp', 20_000, refuse('unsupported_type')],
    ['a video sent as a document', 'document', 'video/mp4', 2_000_000, refuse('unsupported_type')],
    ['a recording sent as a document', 'document', 'audio/ogg', 9_000, refuse('unsupported_type')],
    ['a Word file', 'document', DOCX, 30_000, refuse('unsupported_type')],
    ['an executable', 'document', 'application/x-msdownload', 30_000, refuse('unsupported_type')],
    ['a HEIC original', 'document', 'image/heic', 3_000_000, refuse('unsupported_type')],
    ['an SVG', 'image', 'image/svg+xml', 3_000, refuse('unsupported_type')],
    ['no mimetype at all', 'document', '', 3_000, refuse('unsupported_type')],
    ['a photo with no size', 'image', 'image/jpeg', undefined, refuse('unknown_size')],
    ['a photo of size 0', 'image', 'image/jpeg', 0, refuse('unknown_size')],
    ['a negative size', 'image', 'image/jpeg', -5, refuse('unknown_size')],
    ['a fractional size', 'image', 'image/jpeg', 10.5, refuse('unknown_size')],
    ['a NaN size', 'image', 'image/jpeg', Number.NaN, refuse('unknown_size')],
    ['a text message with media attached', 'text', 'image/jpeg', 1_000, refuse('unsupported_type')],
  ])('%s', (_name, kind, mimetype, size, verdict) => {
    expect(judgeMedia(kind, { mimetype, size }, { maxBytes: MAX })).toEqual(verdict);
  });

  it('stores every type the KTP question can use (and the KTP question uses every type stored)', () => {
    expect([...KTP_PHOTO_TYPES].sort()).toEqual([...STORED_MIMETYPES].sort());
  });
});

function memoryStore() {
  const files = new Map<string, Buffer>();
  let n = 0;
  const store: MediaStore = {
    exists: (ref) => Promise.resolve(files.has(ref)),
    refFor: (_chat, messageId) => `m_${messageId.padStart(22, '0').slice(-22)}`,
    put: (data, at) => {
      const ref = at ?? `m_${String(++n).padStart(22, '0')}`;
      files.set(ref, data);
      return Promise.resolve(ref);
    },
    get: (ref) => Promise.resolve(files.get(ref) ?? Buffer.alloc(0)),
    delete: (ref) => {
      files.delete(ref);
      return Promise.resolve();
    },
  };
  return { store, files };
}

function harness(over: { failInbox?: boolean } = {}) {
  const entries: InboxEntry[] = [];
  const { store, files } = memoryStore();
  const refusals: [string, unknown][] = [];
  const accept = createAccept({
    inbox: {
      accept: (entry) => {
        if (over.failInbox) return Promise.reject(new Error('redis down'));
        entries.push(entry);
        return Promise.resolve({ duplicate: false });
      },
    },
    media: store,
    mediaMaxBytes: 1_000,
    clock: () => 1,
    notify: () => undefined,
    onMediaRefused: (_m, reason, error) => refusals.push([reason, error]),
  });
  const stored = () => {
    const entry = entries.at(-1);
    return entry?.type === 'message' ? entry.message.media : undefined;
  };
  return { accept, entries, files, refusals, stored };
}

function inbound(kind: Inbound['kind'], media: Partial<InboundMedia> & { download: InboundMedia['download'] }): Inbound {
  return { messageId: `m${Math.random()}`, chat: '628110000001', sender: '628110000001', isGroup: false, kind, at: 1, media: { mimetype: 'image/jpeg', ...media } };
}

describe('accept: media through the policy', () => {
  it('downloads and stores a photo within the limit, under its plain mimetype', async () => {
    const h = harness();
    // A JPEG's signature, then filler: the bytes must be what the mimetype says (judgeBytes).
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(496, 1)]);
    await h.accept(inbound('image', { mimetype: 'image/jpeg; charset=binary', size: 500, filename: 'ktp.jpg', download: () => Promise.resolve(jpeg) }));
    expect(h.stored()).toMatchObject({ mimetype: 'image/jpeg', size: 500, filename: 'ktp.jpg' });
    expect(h.files.size).toBe(1);
  });

  it.each<[string, Inbound['kind'], Partial<InboundMedia>, object]>([
    ['a voice note', 'audio', { mimetype: 'audio/ogg; codecs=opus', size: 900 }, { refused: 'unsupported_type', mimetype: 'audio/ogg', size: 900 }],
    ['a video', 'video', { mimetype: 'video/mp4', size: 900 }, { refused: 'unsupported_type', mimetype: 'video/mp4', size: 900 }],
    ['a Word file', 'document', { mimetype: DOCX, size: 900 }, { refused: 'unsupported_type', mimetype: DOCX, size: 900 }],
    ['a photo without a size', 'image', { mimetype: 'image/jpeg' }, { refused: 'unknown_size', mimetype: 'image/jpeg' }],
    ['a photo over the limit', 'image', { mimetype: 'image/jpeg', size: 5_000 }, { refused: 'too_large', mimetype: 'image/jpeg', size: 5_000 }],
  ])('accepts %s into the inbox with its reason, never downloaded nor stored', async (_name, kind, media, described) => {
    const h = harness();
    const download = vi.fn(() => Promise.resolve(Buffer.alloc(10)));
    await expect(h.accept(inbound(kind, { ...media, download }))).resolves.toEqual({ duplicate: false });
    expect(h.entries).toHaveLength(1);
    expect(h.entries[0]).toMatchObject({ type: 'message', message: { kind } });
    expect(h.stored()).toEqual(described);
    expect(download).not.toHaveBeenCalled();
    expect(h.files.size).toBe(0);
    expect(h.refusals.map(([reason]) => reason)).toEqual([(described as { refused: string }).refused]);
  });

  it.each<[string, InboundMedia['download'], object]>([
    ['the download fails', () => Promise.reject(new Error('media expired')), { refused: 'unavailable', mimetype: 'image/jpeg', size: 500 }],
    ['the bytes pass the limit (the size lied)', () => Promise.resolve(Buffer.alloc(1_500)), { refused: 'too_large', mimetype: 'image/jpeg', size: 1_500 }],
    ['the transport stops an overrunning stream', () => Promise.reject(new MediaRefusedError('too_large', 'over', 1_200)), { refused: 'too_large', mimetype: 'image/jpeg', size: 1_200 }],
    ['nothing comes back', () => Promise.resolve(Buffer.alloc(0)), { refused: 'unavailable', mimetype: 'image/jpeg', size: 500 }],
  ])('does not drop the message when %s', async (_name, download, described) => {
    const h = harness();
    await h.accept(inbound('image', { size: 500, download }));
    expect(h.stored()).toEqual(described);
    expect(h.files.size).toBe(0);
  });

  it('hands a download failure to the host for its log', async () => {
    const h = harness();
    const error = new Error('media expired');
    await h.accept(inbound('image', { size: 500, download: () => Promise.reject(error) }));
    expect(h.refusals).toEqual([['unavailable', error]]);
  });

  it('removes the stored file when the inbox write fails (the message is not accepted)', async () => {
    const h = harness({ failInbox: true });
    await expect(h.accept(inbound('image', { size: 500, download: () => Promise.resolve(Buffer.alloc(500)) }))).rejects.toThrow('redis down');
    expect(h.files.size).toBe(0);
  });
});
