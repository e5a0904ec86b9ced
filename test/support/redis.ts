// Per-test Redis access: one shared server (started by the global setup), a unique key prefix per test.
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';

export function testRedisUrl(): string {
  const url = process.env.LOKET_TEST_REDIS_URL;
  if (!url) throw new Error('LOKET_TEST_REDIS_URL is not set: run the tests through vitest (globalSetup starts redis-server)');
  return url;
}

export function uniquePrefix(label = 't'): string {
  return `test-${label}-${randomBytes(4).toString('hex')}`;
}

export function connectTestRedis(): Redis {
  return new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
}

/** Connections opened during a test, all closed by `closeAll` (call it in afterEach). */
export function redisPool(): { connect: () => Redis; closeAll: () => Promise<void> } {
  const open: Redis[] = [];
  return {
    connect() {
      const redis = connectTestRedis();
      open.push(redis);
      return redis;
    },
    async closeAll() {
      await Promise.all(open.splice(0).map((r) => r.quit()));
    },
  };
}
