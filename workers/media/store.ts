// Encrypted media (KTP photos, NIB PDFs) as files under the data directory; refs are random ids.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataProtector } from '../platform/crypto.js';

export class MediaNotFoundError extends Error {
  constructor(ref: string) {
    super(`no media stored under ref ${ref}`);
    this.name = 'MediaNotFoundError';
  }
}

export interface MediaStore {
  put(data: Buffer): Promise<string>;
  get(ref: string): Promise<Buffer>;
  delete(ref: string): Promise<void>;
}

const REF_PATTERN = /^m_[A-Za-z0-9_-]{22}$/;

export function createMediaStore(dir: string, protector: DataProtector): MediaStore {
  const pathOf = (ref: string): string => {
    if (!REF_PATTERN.test(ref)) throw new MediaNotFoundError(ref);
    return join(dir, `${ref}.sealed`);
  };
  return {
    async put(data) {
      await mkdir(dir, { recursive: true });
      const ref = `m_${randomBytes(16).toString('base64url')}`;
      const tmp = `${pathOf(ref)}.tmp`;
      await writeFile(tmp, protector.seal(data, ref), { mode: 0o600 });
      await rename(tmp, pathOf(ref));
      return ref;
    },
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
