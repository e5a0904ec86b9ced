// Starts one real redis-server for the whole test run; each test isolates itself with a unique key prefix.
import { startEmbeddedRedis, type EmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let redis: EmbeddedRedis | undefined;
let dir: string | undefined;

export async function setup(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'loket-test-redis-'));
  redis = await startEmbeddedRedis({ dataDir: dir, appendfsync: 'no' });
  process.env.LOKET_TEST_REDIS_URL = redis.url;
}

export async function teardown(): Promise<void> {
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

