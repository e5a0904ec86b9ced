// A coordinator's command may change several cases and tell many people. It decides once what it will
// do (its plan: case ids and staff keys, nothing personal), kept under the inbox entry that carried
// it: handled again after a crash, the command finds the same plan, repeats each step (each made once
// per source by the case store) and sends the same messages under the same ids.
import { createHash } from 'node:crypto';
import type { RedisClient } from '../platform/redis-client.js';

/** Longer than any redelivery of an inbox entry (its dedupe window is a week). */
const PLAN_TTL_S = 7 * 24 * 3600;

export class PlanStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(cause: string): string {
    return `${this.prefix}:plan:${createHash('sha256').update(cause).digest('base64url').slice(0, 32)}`;
  }

  /** The plan made for `cause`: the stored one, or the one `make` makes now (the first writer wins). */
  async once<T>(cause: string, make: () => Promise<T>): Promise<T> {
    const key = this.key(cause);
    const stored = await this.redis.get(key);
    if (stored !== null) return JSON.parse(stored) as T;
    const plan = await make();
    const written = await this.redis.set(key, JSON.stringify(plan), 'EX', PLAN_TTL_S, 'NX');
    if (written !== null) return plan;
    return JSON.parse((await this.redis.get(key)) ?? JSON.stringify(plan)) as T;
  }
}
