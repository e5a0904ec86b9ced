// Redis connections and scripts. Connections are created in the composition root and passed in.
import { readFileSync } from 'node:fs';
import { Redis, type RedisOptions } from 'ioredis';
import type { RedisClient } from './redis-client.js';

export class EvictionPolicyError extends Error {
  constructor(policy: string) {
    super(
      `REDIS_URL points to a server whose maxmemory-policy is "${policy}". Loket needs "noeviction": ` +
        'queues and sessions must never be evicted. Run CONFIG SET maxmemory-policy noeviction (and persist it), or unset REDIS_URL to use the embedded Redis.',
    );
    this.name = 'EvictionPolicyError';
  }
}

/** Registers a Lua script file as a named command on this connection (once). */
export function defineScript(redis: RedisClient, name: string, numberOfKeys: number, file: URL): void {
  const commands = redis as unknown as Record<string, unknown>;
  if (typeof commands[name] === 'function') return;
  redis.defineCommand(name, { numberOfKeys, lua: readFileSync(file, 'utf8') });
}

export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  // null: BullMQ workers require it, and commands wait out a short Redis outage instead of failing.
  return new Redis(url, { maxRetriesPerRequest: null, ...options });
}

export async function assertNoEviction(redis: Redis): Promise<void> {
  const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
  const policy = reply[1] ?? 'unknown';
  if (policy !== 'noeviction') throw new EvictionPolicyError(policy);
}

export class AppendOnlyOffError extends Error {
  constructor() {
    super(
      'REDIS_URL points to a server with appendonly "no": a Redis restart would lose every accepted message since its last snapshot. ' +
        'Run CONFIG SET appendonly yes (and persist it in redis.conf), or unset REDIS_URL to use the embedded Redis.',
    );
    this.name = 'AppendOnlyOffError';
  }
}

export class RedisFullError extends Error {
  constructor(readonly memory: RedisMemory) {
    super(
      `REDIS_URL points to a server that is full: used_memory ${memory.usedBytes} bytes has reached maxmemory ${memory.maxBytes}. ` +
        'With noeviction it refuses every write. Raise maxmemory (CONFIG SET maxmemory <bytes>, and in redis.conf) or free memory, then start again.',
    );
    this.name = 'RedisFullError';
  }
}

export interface RedisMemory {
  usedBytes: number;
  /** 0: no limit. */
  maxBytes: number;
}

/** `INFO <section>` as a map of its `name:value` lines. */
export async function infoSection(redis: Redis, section: string): Promise<Map<string, string>> {
  const text = await redis.info(section);
  const pairs = text.split(/\r?\n/).map((line) => line.split(':')).filter((p): p is [string, string] => p.length === 2);
  return new Map(pairs);
}

export async function redisMemory(redis: Redis): Promise<RedisMemory> {
  const memory = await infoSection(redis, 'memory');
  return { usedBytes: Number(memory.get('used_memory') ?? 0), maxBytes: Number(memory.get('maxmemory') ?? 0) };
}

/** Whether writes are refused for lack of memory (noeviction at maxmemory). */
export function isFull(memory: RedisMemory): boolean {
  return memory.maxBytes > 0 && memory.usedBytes >= memory.maxBytes;
}

/**
 * What Loket needs of a Redis it did not start: no eviction, an append-only file, and room to write.
 * Read with INFO where it can be (managed Redis often forbids CONFIG), each refusal naming its setting.
 */
export async function assertRedisFit(redis: Redis): Promise<void> {
  await assertNoEviction(redis);
  const persistence = await infoSection(redis, 'persistence');
  if (persistence.get('aof_enabled') !== '1') throw new AppendOnlyOffError();
  const memory = await redisMemory(redis);
  if (isFull(memory)) throw new RedisFullError(memory);
}

/** Redis refused a write because maxmemory is reached (the OOM error of a noeviction server). */
export function isOutOfMemory(err: unknown): boolean {
  return err instanceof Error && /^OOM\b/.test(err.message);
}

export type AofRewrite = 'started' | 'append_only_off' | 'already_running' | 'not_permitted';

/**
 * Asks Redis to rewrite its append-only file, so that what was deleted (an erased applicant, purged
 * cases) leaves the file on disk too; without a rewrite the AOF keeps every write ever made.
 * Managed Redis may forbid CONFIG or BGREWRITEAOF: that is reported, not thrown, and the caller logs it.
 */
export async function rewriteAppendOnlyFile(redis: RedisClient): Promise<AofRewrite> {
  try {
    const [, appendOnly] = (await redis.config('GET', 'appendonly')) as [string, string];
    if (appendOnly !== 'yes') return 'append_only_off';
    await redis.bgrewriteaof();
    return 'started';
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/already in progress/i.test(message)) return 'already_running';
    if (/unknown command|NOPERM|not allowed|disabled/i.test(message)) return 'not_permitted';
    throw err;
  }
}
