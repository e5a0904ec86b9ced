// Encrypted media (KTP photos, NIB PDFs) as files under the data directory. Refs are random ids, or
// derived from the inbound message (`mediaRefFor`), so that storing one message again (a re-send, a
// retry after a Redis timeout) lands on the same file instead of orphaning or deleting one.
import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataProtector } from '../platform/crypto.js';

export class MediaNotFoundError extends Error {
  constructor(ref: string) {
    super(`no media stored under ref ${ref}`);
    this.name = 'MediaNotFoundError';
  }
}

export interface MediaStore {
  /** Stores `data` under a new random ref, or under `at` (from `refFor`), replacing what is there. */
  put(data: Buffer, at?: string): Promise<string>;
  exists(ref: string): Promise<boolean>;
  /** The ref of one inbound message's media: the same for every delivery of that message. */
  refFor(chat: string, messageId: string): string;
  get(ref: string): Promise<Buffer>;
  delete(ref: string): Promise<void>;
}

const REF_PATTERN = /^m_[A-Za-z0-9_-]{22}$/;

export function createMediaStore(dir: string, protector: DataProtector): MediaStore {
  const pathOf = (ref: string): string => {
    if (!REF_PATTERN.test(ref)) throw new MediaNotFoundError(ref);
    return join(dir, `${ref}.sealed`);
  };
  /** Written whole or not at all: a failed write (a full disk) leaves no partial file behind. */
  async function write(ref: string, data: Buffer): Promise<void> {
    await mkdir(dir, { recursive: true });
    const tmp = `${pathOf(ref)}.${randomBytes(6).toString('base64url')}.tmp`;
    try {
      await writeFile(tmp, protector.seal(data, ref), { mode: 0o600 });
      await rename(tmp, pathOf(ref));
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }
  return {
    async put(data, at) {
      const ref = at ?? `m_${randomBytes(16).toString('base64url')}`;
      await write(ref, data);
      return ref;
    },
    exists: (ref) => access(pathOf(ref)).then(() => true, () => false),
    refFor: (chat, messageId) => `m_${protector.lookupHash(`media:${chat}:${messageId}`)}`,
    async get(ref) {
      const sealed = await readFile(pathOf(ref), 'utf8').catch(() => {
        throw new MediaNotFoundError(ref);
      });
      return protector.open(sealed, ref);
    },
    async delete(ref) {
      await rm(pathOf(ref), { force: true });
    },
  };
}

/** Media refs anywhere in a JSON value (a session, a dossier). */
export function mediaRefsIn(value: unknown): string[] {
  const text = JSON.stringify(value) ?? '';
  return [...text.matchAll(/"(m_[A-Za-z0-9_-]{22})"/g)].map((m) => m[1] ?? '').filter(Boolean);
}

