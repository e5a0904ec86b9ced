import { describe, expect, it, vi } from 'vitest';
import { Readable } from 'node:stream';
import { guardedMedia, MediaTooLargeError } from '../../../bot/transport/baileys/media.js';
import { MediaRefusedError } from '../../../bot/media/policy.js';
import { direct, image, PHONE_A, pnJid } from './wa-fixtures.js';

const policy = { maxBytes: 1_000 };
const message = direct(pnJid(PHONE_A), image(10));

function chunks(...sizes: number[]) {
  return Readable.from(sizes.map((n) => Buffer.alloc(n, 7)));
}

describe('guardedMedia', () => {
  it('refuses media announced over the limit without starting a download', async () => {
    const downloader = vi.fn(() => Promise.resolve(chunks(10)));
    const media = guardedMedia(message, 'image', { mimetype: 'image/jpeg', size: 5_000 }, policy, downloader);
    await expect(media.download()).rejects.toBeInstanceOf(MediaTooLargeError);
    expect(downloader).not.toHaveBeenCalled();
  });

  it.each([
    ['a voice note', 'audio', { mimetype: 'audio/ogg; codecs=opus', size: 10 }, 'unsupported_type'],
    ['a video', 'video', { mimetype: 'video/mp4', size: 10 }, 'unsupported_type'],
    ['a sticker', 'sticker', { mimetype: 'image/webp', size: 10 }, 'unsupported_type'],
    ['an executable', 'document', { mimetype: 'application/x-msdownload', size: 10 }, 'unsupported_type'],
    ['an image without a size', 'image', { mimetype: 'image/jpeg' }, 'unknown_size'],
  ] as const)('never downloads %s (the shared media policy)', async (_name, kind, meta, reason) => {
    const downloader = vi.fn(() => Promise.resolve(chunks(10)));
    const media = guardedMedia(message, kind, meta, policy, downloader);
    await expect(media.download()).rejects.toMatchObject({ name: 'MediaRefusedError', reason });
    await expect(media.download()).rejects.toBeInstanceOf(MediaRefusedError);
    expect(downloader).not.toHaveBeenCalled();
  });

  it('stops reading when the real bytes pass the limit (the announced size lied)', async () => {
    const stream = chunks(400, 400, 400, 400);
    const media = guardedMedia(message, 'image', { mimetype: 'image/jpeg', size: 10 }, policy, () => Promise.resolve(stream));
    const error = await media.download().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaTooLargeError);
    expect(error).toMatchObject({ reason: 'too_large', size: 1_200 });
    expect(stream.destroyed).toBe(true);
  });

  it('returns the bytes when within the limit', async () => {
    const media = guardedMedia(message, 'document', { mimetype: 'image/jpeg; charset=binary', size: 900, filename: 'k.jpg' }, policy, () => Promise.resolve(chunks(500, 400)));
    expect(media.filename).toBe('k.jpg');
    expect(media.size).toBe(900);
    expect((await media.download()).length).toBe(900);
  });

  it('describes an image without a size with no size at all', () => {
    const media = guardedMedia(message, 'image', { mimetype: 'image/jpeg' }, policy, vi.fn());
    expect(media).not.toHaveProperty('size');
  });
});
