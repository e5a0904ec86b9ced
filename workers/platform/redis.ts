// Redis connections and scripts. Connections are created in the composition root and passed in.
import { readFileSync } from 'node:fs';
import { Redis, type RedisOptions } from 'ioredis';

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
export function defineScript(redis: Redis, name: string, numberOfKeys: number, file: URL): void {
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

export type AofRewrite = 'started' | 'append_only_off' | 'already_running' | 'not_permitted';

/**
 * Asks Redis to rewrite its append-only file, so that what was deleted (an erased applicant, purged
 * cases) leaves the file on disk too; without a rewrite the AOF keeps every write ever made.
 * Managed Redis may forbid CONFIG or BGREWRITEAOF: that is reported, not thrown, and the caller logs it.
 */
export async function rewriteAppendOnlyFile(redis: Redis): Promise<AofRewrite> {
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
