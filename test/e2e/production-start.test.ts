// Production refuses to start without a real data key: no key written next to the data, no
// passphrase taken as a key, and the operator is told what to set.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runUntilExit } from '../support/service-process.js';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';

function productionEnv(extra: Record<string, string>): { env: Record<string, string>; dataDir: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-prod-start-'));
  return { dataDir, env: { NODE_ENV: 'production', REDIS_URL: testRedisUrl(), REDIS_PREFIX: uniquePrefix('prod-start'), DATA_DIR: dataDir, DATA_KEY: '', ...extra } };
}

describe('starting in production', () => {
  it.each([
    ['without DATA_KEY', {}, 'DATA_KEY: required in production'],
    ['with a passphrase as DATA_KEY', { DATA_KEY: 'kantor dpmptsp blitar rahasia sekali 2026!!' }, 'a passphrase is not accepted'],
    ['with the simulator enabled and no SIM_TOKEN', { DATA_KEY: randomBytes(32).toString('hex'), SIM_ENABLED: 'true' }, 'SIM_TOKEN: required'],
  ])('%s: exits 1 with the reason, and writes nothing into DATA_DIR', async (_what, extra, reason) => {
    const { env, dataDir } = productionEnv(extra);
    const { code, output } = await runUntilExit(env);
    expect(code).toBe(1);
    expect(output).toContain(reason);
    expect(readdirSync(dataDir)).toEqual([]);
  }, 40_000);
});
