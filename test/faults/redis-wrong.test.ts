// Redis wrong or full (issue #12, scenario 2): an evicting policy, AOF off or maxmemory reached make
// the start refuse, naming the setting; a Redis that fills up at runtime refuses writes (noeviction),
// and then applicants are told "sedang sibuk, coba lagi sebentar" and the coordinators are alerted,
// while nothing already stored is evicted.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { render } from '../../flows/i18n/index.js';
import { AppendOnlyOffError, assertRedisFit, EvictionPolicyError, RedisFullError } from '../../workers/platform/redis.js';
import { direct, GROUP, pnJid, text } from '../unit/baileys/wa-fixtures.js';
import { startTestApp } from '../support/app.js';
import { runUntilExit } from '../support/service-process.js';
import { waitUntil } from '../support/wait.js';
import { PrivateRedis, startBaileysApp } from './support/faulty-redis.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
});

interface WrongSetting {
  setting: string;
  /** CONFIG SET arguments that make the server unfit, and those that undo it. */
  wrong: [string, string];
  right: [string, string];
  error: new (...args: never[]) => Error;
}

const WRONG: WrongSetting[] = [
  { setting: 'maxmemory-policy', wrong: ['maxmemory-policy', 'allkeys-lru'], right: ['maxmemory-policy', 'noeviction'], error: EvictionPolicyError },
  { setting: 'appendonly', wrong: ['appendonly', 'no'], right: ['appendonly', 'yes'], error: AppendOnlyOffError },
  // One byte: whatever the server holds is over it, as a full server's is.
  { setting: 'maxmemory', wrong: ['maxmemory', '1'], right: ['maxmemory', '0'], error: RedisFullError },
];

describe('a Redis unfit for Loket at start', () => {
  let redis: PrivateRedis;
  let client: Redis;
  beforeAll(async () => {
    redis = await PrivateRedis.start('everysec');
    client = redis.client();
  });
  afterAll(async () => {
    client.disconnect();
    await redis.stop();
  });

  it.each(WRONG)('$setting: assertRedisFit refuses it, naming the setting', async ({ setting, wrong, right, error }) => {
    await expect(assertRedisFit(client)).resolves.toBeUndefined();
    await client.config('SET', ...wrong);
    try {
      const refused = assertRedisFit(client);
      await expect(refused).rejects.toThrow(error);
      await expect(refused).rejects.toThrow(setting);
    } finally {
      await client.config('SET', ...right);
    }
  });

  it('the service refuses to start on each, with a message naming the setting', async () => {
    const servers = await Promise.all(WRONG.map(() => PrivateRedis.start('everysec')));
    cleanup.push(() => Promise.all(servers.map((s) => s.stop())).then(() => undefined));
    const runs = await Promise.all(WRONG.map(async ({ wrong }, i) => {
      const server = servers[i] as PrivateRedis;
      const c = server.client();
      await c.config('SET', ...wrong);
      c.disconnect();
      return runUntilExit({ REDIS_URL: server.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'loket-fault-unfit-')) });
    }));
    runs.forEach(({ code, output }, i) => {
      expect(code).toBe(1);
      expect(output).toContain(WRONG[i]?.setting);
      expect(output).not.toMatch(/at .*\.ts:\d+/); // a message for the operator, not a stack trace
    });
  }, 60_000);
});

describe('Redis full at runtime', () => {
  const APPLICANT = '6281577000002'; // synthetic

  it('applicants are told to try again, the coordinators alerted once, and nothing stored is evicted', async () => {
    const redis = await PrivateRedis.start('everysec');
    cleanup.push(() => redis.stop());
    const admin = redis.client();
    cleanup.push(() => Promise.resolve(admin.disconnect()));
    const wa = await startBaileysApp(redis.url, { env: { COORDINATOR_GROUP: GROUP } });
    cleanup.push(() => wa.stop());
    const sim = await startTestApp({ env: { REDIS_URL: redis.url } });
    cleanup.push(() => sim.stop());
    await waitUntil(() => wa.app.transport.status().ready, 10_000, 'the WhatsApp transport to be open');
    wa.socket().deliver('notify', direct(pnJid(APPLICANT), text('halo')));
    await waitUntil(() => wa.sentTo(pnJid(APPLICANT)).length > 0, 15_000, 'the first reply');
    await wa.settle();
    const stored = (await admin.keys('*')).sort();

    await admin.config('SET', 'maxmemory', '1');
    wa.socket().deliver('notify', direct(pnJid(APPLICANT), text('menu')), direct(pnJid(APPLICANT), text('1')));
    await waitUntil(() => wa.logs.join('').split('"store_full"').length - 1 >= 2, 15_000, 'both messages to be refused');
    await waitUntil(() => wa.sentTo(GROUP).length > 0, 15_000, 'the coordinators alert');
    const busy = wa.sentTo(pnJid(APPLICANT)).filter((t) => t === render('id', 'storeBusy'));
    expect(render('id', 'storeBusy')).toContain('sedang sibuk, coba lagi sebentar');
    // One notice per chat per minute, one alert per ten minutes: a flood is not answered by a flood.
    expect(busy).toHaveLength(1);
    expect(wa.sentTo(GROUP)).toEqual([render('id', 'coStoreFull')]);

    const refused = await fetch(`${sim.url}/sim/inbound`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: APPLICANT, id: 'when-full', text: 'halo' }) });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ code: 'store_full' });

    // noeviction: every key stored before is still there.
    expect((await admin.keys('*')).sort()).toEqual(expect.arrayContaining(stored));
    expect(Number(/evicted_keys:(\d+)/.exec(await admin.info('stats'))?.[1])).toBe(0);

    await admin.config('SET', 'maxmemory', '0');
    wa.socket().deliver('notify', direct(pnJid(APPLICANT), text('menu')));
    await waitUntil(async () => (await wa.app.inbox.loadSession(wa.app.inbox.chatKeyOf(APPLICANT)))?.version === 2, 15_000, 'the message sent again to be handled');
  }, 60_000);
});
