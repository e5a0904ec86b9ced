import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataProtector, DecryptionError, InvalidDataKeyError, loadDataKey, parseDataKey } from '../../../bot/platform/crypto.js';

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
