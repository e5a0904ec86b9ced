// Reads what Loket sealed without knowing which record each value belongs to: AES-GCM without its
// tag check is a stream cipher, so the test can read every sealed value it finds in a Redis dump,
// job data included, and look for personal data inside. Test-only; production always verifies.
import { createDecipheriv, hkdfSync } from 'node:crypto';
import type { Redis } from 'ioredis';

const SEALED = /v1\.[A-Za-z0-9_-]{40,}|v2\.[0-9a-f]{8}\.[A-Za-z0-9_-]{40,}/g;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function encryptionKey(master: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'loket:encrypt', 32));
}

function payloadOf(sealed: string): string {
  return sealed.startsWith('v2.') ? sealed.slice('v2.'.length + 9) : sealed.slice('v1.'.length);
}

function openUnverified(key: Buffer, sealed: string): string {
  const raw = Buffer.from(payloadOf(sealed), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  return decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)).toString('utf8');
}

/** `text` with every sealed value in it replaced by its plain text, nested seals too. */
export function revealSealed(master: Buffer, text: string, depth = 0): string {
  if (depth > 3) return text;
  const key = encryptionKey(master);
  return text.replace(SEALED, (sealed) => revealSealed(master, openUnverified(key, sealed), depth + 1));
}

type RedisReader = Pick<Redis, 'keys' | 'type' | 'get' | 'lrange' | 'hgetall' | 'smembers' | 'zrange' | 'xrange'>;

async function valueOf(redis: RedisReader, key: string): Promise<unknown> {
  const type = await redis.type(key);
  if (type === 'string') return redis.get(key);
  if (type === 'list') return redis.lrange(key, 0, -1);
  if (type === 'hash') return redis.hgetall(key);
  if (type === 'set') return redis.smembers(key);
  if (type === 'zset') return redis.zrange(key, 0, -1);
  if (type === 'stream') return redis.xrange(key, '-', '+');
  return type;
}

/**
 * Redis as an attacker holding the data key would read it: one line per key under `prefix` (keys
 * matching `skip` left out), the value as JSON with every sealed value in it opened.
 */
export async function revealedDump(redis: RedisReader, prefix: string, master: Buffer, skip?: RegExp): Promise<string> {
  const keys = (await redis.keys(`${prefix}:*`)).filter((k) => !skip?.test(k));
  const lines = await Promise.all(keys.map(async (k) => `${k} ${revealSealed(master, JSON.stringify(await valueOf(redis, k)))}`));
  return lines.join('\n');
}
