import { describe, expect, it, vi } from 'vitest';
import { Readable } from 'node:stream';
import { guardedMedia, MediaTooLargeError, MediaTypeRefusedError, acceptListed, DEFAULT_ACCEPTED_MIMETYPES } from '../../../bot/transport/baileys/media.js';
import { direct, image, PHONE_A, pnJid } from './wa-fixtures.js';

const policy = { maxBytes: 1_000, acceptMimetype: acceptListed(DEFAULT_ACCEPTED_MIMETYPES) };
const message = direct(pnJid(PHONE_A), image(10));

function chunks(...sizes: number[]) {
  return Readable.from(sizes.map((n) => Buffer.alloc(n, 7)));
}

describe('guardedMedia', () => {
  it('refuses media announced over the limit without starting a download', async () => {
    const downloader = vi.fn(() => Promise.resolve(chunks(10)));
    const media = guardedMedia(message, { mimetype: 'image/jpeg', size: 5_000 }, policy, downloader);
    await expect(media.download()).rejects.toBeInstanceOf(MediaTooLargeError);
    expect(downloader).not.toHaveBeenCalled();
  });

  it('refuses a mimetype that is not accepted without downloading', async () => {
    const downloader = vi.fn(() => Promise.resolve(chunks(10)));
    const media = guardedMedia(message, { mimetype: 'application/x-msdownload', size: 10 }, policy, downloader);
    await expect(media.download()).rejects.toBeInstanceOf(MediaTypeRefusedError);
    expect(downloader).not.toHaveBeenCalled();
  });

  it('stops reading when the real bytes pass the limit (the announced size lied)', async () => {
    const stream = chunks(400, 400, 400, 400);
    const media = guardedMedia(message, { mimetype: 'image/jpeg', size: 10 }, policy, () => Promise.resolve(stream));
    await expect(media.download()).rejects.toBeInstanceOf(MediaTooLargeError);
    expect(stream.destroyed).toBe(true);
  });

  it('returns the bytes when within the limit', async () => {
    const media = guardedMedia(message, { mimetype: 'image/jpeg; charset=binary', size: 900, filename: 'k.jpg' }, policy, () => Promise.resolve(chunks(500, 400)));
    expect(media.filename).toBe('k.jpg');
    expect((await media.download()).length).toBe(900);
  });
});
