// The media store on disk: a file is written whole or not at all, and one inbound message's media
// always lands on the same ref (a re-send or a retry after a Redis timeout never orphans a file).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { createMediaStore } from '../../../workers/media/store.js';

const protector = createDataProtector(randomBytes(32));

function freshStore() {
  const dir = mkdtempSync(join(tmpdir(), 'loket-media-'));
  return { dir, store: createMediaStore(dir, protector) };
}

describe('media store', () => {
  it('gives every delivery of one message the same ref, and different messages or chats different refs', () => {
    const { store } = freshStore();
    const ref = store.refFor('6281500000001', 'msg-1');
    expect(store.refFor('6281500000001', 'msg-1')).toBe(ref);
    expect(new Set([ref, store.refFor('6281500000001', 'msg-2'), store.refFor('6281500000002', 'msg-1')]).size).toBe(3);
  });

  it('stores at a given ref and reads it back; exists says whether the file is there', async () => {
    const { store } = freshStore();
    const ref = store.refFor('6281500000001', 'msg-1');
    expect(await store.exists(ref)).toBe(false);
    expect(await store.put(Buffer.from('photo bytes'), ref)).toBe(ref);
    expect(await store.exists(ref)).toBe(true);
    expect((await store.get(ref)).toString()).toBe('photo bytes');
  });

  it('leaves no partial file behind when a write fails part-way', async () => {
    const { dir, store } = freshStore();
    const ref = store.refFor('6281500000001', 'msg-1');
    // The final name is taken by a non-empty folder: the write of the temporary file succeeds and
    // the rename fails, as a write cut short by a full disk would.
    mkdirSync(join(dir, `${ref}.sealed`), { recursive: true });
    writeFileSync(join(dir, `${ref}.sealed`, 'blocker'), '');
    await expect(store.put(Buffer.from('photo bytes'), ref)).rejects.toThrow();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
