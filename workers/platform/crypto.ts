// Encryption at rest for personal data: AES-256-GCM, a fresh IV per value, the record id as
// associated data (a ciphertext copied under another record's id fails to decrypt), and an HMAC
// for lookups so that equal NIKs or phone numbers can be found without storing them in clear.
// Sealed values name the key that sealed them, so a new DATA_KEY can come in while older ones
// (DATA_KEYS) still open what they sealed, until the re-seal job has rewritten it.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDataKey } from './data-key.js';

/** Values sealed before keys had ids: tried with every key of the ring. */
const LEGACY = 'v1';
/** `v2.<key id>.<iv|tag|ciphertext, base64url>`. */
const VERSION = 'v2';
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
  /** Encrypts with the current key; `recordId` binds the value to the record it is stored under. */
  seal(plain: string | Buffer, recordId: string): string;
  /** Decrypts with whichever key of the ring sealed it. */
  open(sealed: string, recordId: string): Buffer;
  sealJson(value: unknown, recordId: string): string;
  openJson(sealed: string, recordId: string): unknown;
  /** Keyed hash for lookups and key names (base64url, 22 chars = 128 bits). */
  lookupHash(value: string): string;
  /** True when the value was sealed with an older key (or before keys had ids): re-seal it. */
  needsReseal(sealed: string): boolean;
  /** The current key's id, as it appears in sealed values. */
  readonly keyId: string;
  /** True when older keys are configured: what they sealed is to be re-sealed. */
  readonly hasOlderKeys: boolean;
}

/**
 * The keys in use: `current` seals, `older` (most recent first, oldest last) still open what they
 * sealed. Lookup hashes (key names, duplicate checks) stay derived from the oldest key, so that a new
 * key does not move every record; keep that one listed.
 */
export interface KeyRing {
  current: Buffer;
  older?: readonly Buffer[];
}

function subKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `loket:${purpose}`, 32));
}

/** A short, non-secret id of a key, written into what it seals. */
export function keyIdOf(master: Buffer): string {
  return createHmac('sha256', subKey(master, 'key-id')).update('loket').digest('hex').slice(0, 8);
}

interface RingKey {
  id: string;
  enc: Buffer;
}

function sealWith(key: RingKey, plain: string | Buffer, recordId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.enc, iv);
  cipher.setAAD(Buffer.from(recordId));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `${VERSION}.${key.id}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

function openWith(enc: Buffer, payload: string, recordId: string): Buffer | undefined {
  const raw = Buffer.from(payload, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', enc, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(recordId));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

export function createDataProtector(keys: Buffer | KeyRing): DataProtector {
  const ring: KeyRing = Buffer.isBuffer(keys) ? { current: keys } : keys;
  const masters = [ring.current, ...(ring.older ?? [])];
  if (masters.some((k) => k.length !== 32)) throw new InvalidDataKeyError();
  const ringKeys: RingKey[] = masters.map((k) => ({ id: keyIdOf(k), enc: subKey(k, 'encrypt') }));
  const [current] = ringKeys as [RingKey];
  const macKey = subKey(masters.at(-1) ?? ring.current, 'lookup');

  const open = (sealed: string, recordId: string): Buffer => {
    const [version, id, payload] = sealed.split('.', 3);
    const candidates = version === VERSION ? ringKeys.filter((k) => k.id === id) : version === LEGACY ? ringKeys : [];
    const body = version === LEGACY ? sealed.slice(LEGACY.length + 1) : payload;
    for (const key of candidates) {
      const plain = body === undefined ? undefined : openWith(key.enc, body, recordId);
      if (plain) return plain;
    }
    throw new DecryptionError(recordId);
  };

  const seal = (plain: string | Buffer, recordId: string): string => sealWith(current, plain, recordId);
  return {
    seal,
    open,
    sealJson: (value, recordId) => seal(JSON.stringify(value), recordId),
    openJson: (sealed, recordId) => JSON.parse(open(sealed, recordId).toString('utf8')) as unknown,
    lookupHash: (value) => createHmac('sha256', macKey).update(value).digest().subarray(0, 16).toString('base64url'),
    needsReseal: (sealed) => !sealed.startsWith(`${VERSION}.${current.id}.`),
    keyId: current.id,
    hasOlderKeys: ringKeys.length > 1,
  };
}

export function parseDataKey(text: string): Buffer {
  const key = decodeDataKey(text);
  if (key === undefined) throw new InvalidDataKeyError();
  return key;
}

export interface LoadedKey {
  key: Buffer;
  /** Set when no DATA_KEY was configured and a development key file was used or created. */
  developmentKeyFile?: string;
}

/** DATA_KEYS: older keys, comma-separated, oldest last. */
export function parseOlderKeys(text: string | undefined): Buffer[] {
  return (text ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '').map(parseDataKey);
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
