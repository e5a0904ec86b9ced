import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataProtector, DecryptionError, InvalidDataKeyError, keyIdOf, loadDataKey, parseDataKey, parseOlderKeys } from '../../../workers/platform/crypto.js';

const protector = createDataProtector(randomBytes(32));

describe('data protection', () => {
  it('round-trips any value under its record id', () => {
    fc.assert(fc.property(fc.string(), fc.string({ minLength: 1 }), (value, record) => {
      expect(protector.open(protector.seal(value, record), record).toString('utf8')).toBe(value);
    }));
  });

  it('uses a fresh IV: the same value sealed twice gives different ciphertexts', () => {
    expect(protector.seal('3505014101900001', 'r1')).not.toBe(protector.seal('3505014101900001', 'r1'));
  });

  it('binds a value to its record id (associated data)', () => {
    const sealed = protector.seal('Siti Aminah', 'case:LK-AAAAA');
    expect(() => protector.open(sealed, 'case:LK-BBBBB')).toThrow(DecryptionError);
  });

  it('detects tampering and the wrong key', () => {
    const sealed = protector.seal('secret', 'r');
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => protector.open(flipped, 'r')).toThrow(DecryptionError);
    expect(() => createDataProtector(randomBytes(32)).open(sealed, 'r')).toThrow(DecryptionError);
  });

  it('gives stable lookup hashes that reveal nothing of the value', () => {
    const h = protector.lookupHash('3505014101900001');
    expect(protector.lookupHash('3505014101900001')).toBe(h);
    expect(h).not.toContain('3505');
    expect(createDataProtector(randomBytes(32)).lookupHash('3505014101900001')).not.toBe(h);
  });

  it('accepts DATA_KEY as hex or base64 and names the problem otherwise', () => {
    const key = randomBytes(32);
    expect(parseDataKey(key.toString('hex'))).toEqual(key);
    expect(parseDataKey(key.toString('base64'))).toEqual(key);
    expect(() => parseDataKey('too-short')).toThrow(InvalidDataKeyError);
  });

  it('without DATA_KEY creates a development key under the data directory and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-key-'));
    const first = loadDataKey(undefined, dir);
    expect(first.developmentKeyFile).toBe(join(dir, 'development-data-key'));
    expect(readFileSync(join(dir, 'development-data-key'), 'utf8')).toHaveLength(64);
    expect(loadDataKey(undefined, dir).key).toEqual(first.key);
    expect(loadDataKey(randomBytes(32).toString('hex'), dir).developmentKeyFile).toBeUndefined();
  });
});

/** A value as sealed before keys had ids: `v1.<iv|tag|ciphertext>`, the key derived the same way. */
function legacySeal(master: Buffer, plain: string, recordId: string): string {
  const enc = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'loket:encrypt', 32));
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', enc, iv);
  cipher.setAAD(Buffer.from(recordId));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

describe('key rotation (DATA_KEY new, DATA_KEYS old)', () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const before = createDataProtector(oldKey);
  const ring = createDataProtector({ current: newKey, older: [oldKey] });
  const newOnly = createDataProtector(newKey);

  it('names the sealing key in every value: v2.<8 hex of the key id>.', () => {
    expect(ring.keyId).toBe(keyIdOf(newKey));
    expect(ring.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(ring.seal('x', 'r').startsWith(`v2.${ring.keyId}.`)).toBe(true);
    expect(keyIdOf(oldKey)).not.toBe(ring.keyId);
  });

  it('opens what the old key sealed, and what was sealed before keys had ids', () => {
    fc.assert(fc.property(fc.string(), fc.string({ minLength: 1 }), (value, record) => {
      expect(ring.open(before.seal(value, record), record).toString('utf8')).toBe(value);
      expect(ring.open(legacySeal(oldKey, value, record), record).toString('utf8')).toBe(value);
    }));
  });

  it('marks old and legacy values for resealing, and only those', () => {
    expect(ring.needsReseal(before.seal('x', 'r'))).toBe(true);
    expect(ring.needsReseal(legacySeal(oldKey, 'x', 'r'))).toBe(true);
    expect(ring.needsReseal(ring.seal('x', 'r'))).toBe(false);
    expect(ring.hasOlderKeys).toBe(true);
    expect(newOnly.hasOlderKeys).toBe(false);
  });

  it('once the old key is dropped, what it sealed no longer opens: reseal first', () => {
    expect(() => newOnly.open(before.seal('x', 'r'), 'r')).toThrow(DecryptionError);
    expect(newOnly.open(ring.seal('x', 'r'), 'r').toString()).toBe('x');
  });

  it('keeps lookup hashes (key names) stable while the oldest key is listed', () => {
    fc.assert(fc.property(fc.string(), (value) => {
      expect(ring.lookupHash(value)).toBe(before.lookupHash(value));
    }));
  });

  it('reads DATA_KEYS as comma-separated keys, hex or base64, and refuses a passphrase among them', () => {
    const other = randomBytes(32);
    expect(parseOlderKeys(` ${oldKey.toString('hex')}, ${other.toString('base64')} `)).toEqual([oldKey, other]);
    expect(parseOlderKeys(undefined)).toEqual([]);
    expect(() => parseOlderKeys(`${oldKey.toString('hex')},correct horse battery staple correct horse b`)).toThrow(InvalidDataKeyError);
  });
});
