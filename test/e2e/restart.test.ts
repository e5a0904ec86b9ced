// Nothing accepted is lost: not when the service is SIGKILLed, not when Redis restarts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Inbox } from '../../workers/inbox/inbox.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { connectRedis } from '../../workers/platform/redis.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { connectTestRedis, testRedisUrl, uniquePrefix } from '../support/redis.js';
import { SERVICE_SIM_HEADERS, startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { waitUntil } from '../support/wait.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const CHATS = Array.from({ length: 30 }, (_, i) => `628130000${String(i).padStart(4, '0')}`);
const PER_CHAT = 3;

async function postAll(url: string): Promise<void> {
  await Promise.all(CHATS.map(async (chat) => {
    for (let n = 0; n < PER_CHAT; n++) {
      const res = await fetch(`${url}/sim/inbound`, { method: 'POST', headers: { ...SERVICE_SIM_HEADERS, 'content-type': 'application/json' }, body: JSON.stringify({ from: chat, id: `${chat}-${n}`, text: n === 0 ? 'halo' : 'menu' }) });
      expect(res.status).toBe(202);
    }
  }));
}

describe('durability', () => {
  it('a service killed (SIGKILL) after accepting messages handles them after restart, each once', async () => {
    const key = randomBytes(32);
    const prefix = uniquePrefix('kill');
    const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, DATA_DIR: mkdtempSync(join(tmpdir(), 'loket-kill-')), DATA_KEY: key.toString('hex'), INBOX_CONCURRENCY: '1' };
    const first: ServiceProcess = await startServiceProcess(env);
    cleanup.push(() => first.kill());
    await postAll(first.url);
    await first.kill('SIGKILL');

    const redis = connectTestRedis();
    cleanup.push(() => Promise.resolve(redis.disconnect()));
    const inbox = new Inbox(redis, createDataProtector(key), { prefix, seenTtlSeconds: 60, leaseMs: 15_000, maxFailures: 3 });
    const pendingAtKill = (await inbox.depth()).readyChats;
    expect(pendingAtKill).toBeGreaterThan(0);

    const second = await startServiceProcess({ ...env, CHAT_LEASE_MS: '15000' });
    cleanup.push(() => second.kill());
    await waitUntil(async () => (await inbox.depth()).readyChats === 0, 40_000, 'the restarted service to drain the inbox');
    for (const chat of CHATS) {
      expect((await inbox.loadSession(inbox.chatKeyOf(chat)))?.version).toBe(PER_CHAT);
    }
  }, 90_000);

  it('a Redis restart (AOF) loses no accepted message or session', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-aof-'));
    let redis: EmbeddedRedis = await startEmbeddedRedis({ dataDir: dir, appendfsync: 'always' });
    cleanup.push(() => redis.stop());
    const t: TestApp = await startTestApp({ env: { REDIS_URL: redis.url } });
    cleanup.push(() => t.stop());
    const phone = t.phone('6281400000001');
    await phone.ask('halo');
    const inbox = t.app.inbox;
    const chatKey = inbox.chatKeyOf('6281400000001');
    const before = await inbox.loadSession(chatKey);
    expect(before?.version).toBe(1);

    await redis.kill();
    // Accepted while Redis is down: the POST waits for Redis and is acknowledged only once written.
    const during = phone.send({ id: 'during-outage', text: 'menu' });
    redis = await startEmbeddedRedis({ dataDir: dir, appendfsync: 'always', port: redis.port });
    expect(await during).toEqual({ id: 'during-outage', duplicate: false });
    await t.settle(30_000);
    const after = await inbox.loadSession(chatKey);
    expect(after?.version).toBe(2);
    const check = connectRedis(redis.url);
    cleanup.push(() => Promise.resolve(check.disconnect()));
    expect(await check.exists(`${t.config.REDIS_PREFIX}:session:${chatKey}`)).toBe(1);
    expect((await phone.drain()).length).toBeGreaterThan(0);
  }, 60_000);
});
