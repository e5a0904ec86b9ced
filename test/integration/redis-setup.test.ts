// The embedded Redis's start-up refusals: a missing redis-server, and an evicting external server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RedisNotInstalledError, startEmbeddedRedis, type EmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { assertNoEviction, connectRedis, EvictionPolicyError } from '../../workers/platform/redis.js';

let server: EmbeddedRedis | undefined;
afterEach(async () => { await server?.stop(); server = undefined; });

describe('redis at start-up', () => {
  it('says how to install redis-server when it is missing', async () => {
    const start = startEmbeddedRedis({ dataDir: mkdtempSync(join(tmpdir(), 'loket-nr-')), appendfsync: 'no', binary: 'redis-server-not-installed' });
    await expect(start).rejects.toThrow(RedisNotInstalledError);
    await expect(start).rejects.toThrow(/apt-get install -y redis-server/);
  });

  it('starts with AOF on and noeviction, and refuses a server that evicts, naming REDIS_URL', async () => {
    server = await startEmbeddedRedis({ dataDir: mkdtempSync(join(tmpdir(), 'loket-ev-')), appendfsync: 'everysec' });
    const redis = connectRedis(server.url);
    try {
      expect(await redis.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      await expect(assertNoEviction(redis)).resolves.toBeUndefined();
      await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
      await expect(assertNoEviction(redis)).rejects.toThrow(EvictionPolicyError);
      await expect(assertNoEviction(redis)).rejects.toThrow(/REDIS_URL .*"allkeys-lru".*noeviction/);
    } finally {
      redis.disconnect();
    }
  });
});
