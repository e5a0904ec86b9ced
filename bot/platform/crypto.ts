// Encryption at rest for personal data: AES-256-GCM, a fresh IV per value, the record id as
// associated data (a ciphertext copied under another record's id fails to decrypt), and an HMAC
// for lookups so that equal NIKs or phone numbers can be found without storing them in clear.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(recordId: string) {
    super(`cannot decrypt the value stored for record ${recordId} (wrong key, wrong record or tampered)`);
    this.name = 'DecryptionError';
  }
}

export class InvalidDataKeyError extends Error {
  constructor() {
    super('DATA_KEY must be 32 bytes, written as 64 hex characters or 44 base64 characters');
    this.name = 'InvalidDataKeyError';
  }
}

export interface DataProtector {
  /** Encrypts; `recordId` binds the value to the record it is stored under. */
  seal(plain: string | Buffer, recordId: string): string;
  open(sealed: string, recordId: string): Buffer;
  sealJson(value: unknown, recordId: string): string;
  openJson(sealed: string, recordId: string): unknown;
  /** Keyed hash for lookups and key names (base64url, 22 chars = 128 bits). */
  lookupHash(value: string): string;
}

function subKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `loket:${purpose}`, 32));
}

export function createDataProtector(masterKey: Buffer): DataProtector {
  if (masterKey.length !== 32) throw new InvalidDataKeyError();
  const encKey = subKey(masterKey, 'encrypt');
  const macKey = subKey(masterKey, 'lookup');

  const seal = (plain: string | Buffer, recordId: string): string => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', encKey, iv);
    cipher.setAAD(Buffer.from(recordId));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  };

  const open = (sealed: string, recordId: string): Buffer => {
    if (!sealed.startsWith(`${VERSION}.`)) throw new DecryptionError(recordId);
    const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(recordId));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new DecryptionError(recordId);
    }
  };

  return {
    seal,
    open,
    sealJson: (value, recordId) => seal(JSON.stringify(value), recordId),
    openJson: (sealed, recordId) => JSON.parse(open(sealed, recordId).toString('utf8')) as unknown,
    lookupHash: (value) => createHmac('sha256', macKey).update(value).digest().subarray(0, 16).toString('base64url'),
  };
}

export function parseDataKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new InvalidDataKeyError();
  return key;
}

export interface LoadedKey {
  key: Buffer;
  /** Set when no DATA_KEY was configured and a development key file was used or created. */
  developmentKeyFile?: string;
}

/** DATA_KEY when configured; otherwise a development key kept under the data directory. */
export function loadDataKey(dataKey: string | undefined, dataDir: string): LoadedKey {
  if (dataKey) return { key: parseDataKey(dataKey) };
  const file = join(dataDir, 'development-data-key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return { key: parseDataKey(readFileSync(file, 'utf8')), developmentKeyFile: file };
}
