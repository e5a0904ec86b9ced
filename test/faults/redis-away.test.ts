// Redis away (issue #12, scenario 1): at start and in the middle of traffic. /readyz says so at once,
// POST /sim/inbound answers 503 with a reason instead of accepting what it cannot store, the embedded
// redis-server is restarted by the service on the same data, what was accepted before the outage is
// handled after it, and a WhatsApp message that arrives meanwhile waits for Redis instead of being dropped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freeLoopbackPort, startEmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { direct, pnJid, text } from '../unit/baileys/wa-fixtures.js';
import { startTestApp } from '../support/app.js';
import { SERVICE_SIM_HEADERS, startServiceProcess } from '../support/service-process.js';
import { waitUntil } from '../support/wait.js';
import { PrivateRedis, redisPidIn, startBaileysApp } from './support/faulty-redis.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
});

const APPLICANT = '6281577000001'; // synthetic
/** Longer than any wait under test: a request that waits on a missing Redis without bound fails here. */
const bounded = (): RequestInit => ({ signal: AbortSignal.timeout(20_000) });

async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/sim/inbound`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(20_000) });
}

describe('Redis away in the middle of traffic (simulator)', () => {
  it('/readyz and /sim/inbound answer 503 at once; the same message is accepted after, and everything accepted is handled once', async () => {
    const redis = await PrivateRedis.start();
    cleanup.push(() => redis.stop());
    // A chat being handled when Redis dies is taken up again when its lease ends: kept short here.
    const t = await startTestApp({ env: { REDIS_URL: redis.url, REDIS_ACCEPT_WAIT_MS: '300', CHAT_LEASE_MS: '2000' } });
    cleanup.push(() => t.stop());
    const phone = t.phone(APPLICANT);
    await phone.ask('halo');
    // Accepted just before the outage: handled before or after it, but once.
    expect((await post(t.url, { from: APPLICANT, id: 'before-outage', text: 'menu' })).status).toBe(202);

    await redis.kill();
    const ready = await fetch(`${t.url}/readyz`, bounded());
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready' });
    const refused = await post(t.url, { from: APPLICANT, id: 'during-outage', text: 'menu' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = await refused.text();
    expect(JSON.parse(problem)).toMatchObject({ status: 503, code: 'store_unavailable' });
    expect(problem).not.toContain(APPLICANT.slice(2));
    expect(problem).not.toContain('during-outage');

    await redis.restart();
    await waitUntil(async () => (await fetch(`${t.url}/readyz`, bounded())).status === 200, 20_000, '/readyz to be ready again');
    expect(await (await post(t.url, { from: APPLICANT, id: 'during-outage', text: 'menu' })).json()).toEqual({ id: 'during-outage', duplicate: false });
    await t.settle(30_000);
    // halo, before-outage and during-outage: each handled exactly once (the session version counts them).
    expect((await t.app.inbox.loadSession(t.app.inbox.chatKeyOf(APPLICANT)))?.version).toBe(3);
  }, 60_000);
});

describe('Redis away at start (REDIS_URL)', () => {
  it('the service waits for it, says so, and starts serving once it is there', async () => {
    // Something that takes connections on the port and drops them: Redis is not there yet.
    const port = await freeLoopbackPort();
    let attempts = 0;
    const away = createServer((socket) => { attempts += 1; socket.destroy(); }).listen(port, '127.0.0.1');
    await once(away, 'listening');
    const starting = startServiceProcess({ REDIS_URL: `redis://127.0.0.1:${port}`, DATA_DIR: mkdtempSync(join(tmpdir(), 'loket-fault-late-')) }, { timeoutMs: 40_000 });
    cleanup.push(async () => (await starting).kill());
    await waitUntil(() => attempts >= 3, 20_000, 'the service to try Redis repeatedly');
    away.close();
    await once(away, 'close');
    const redis = await startEmbeddedRedis({ dataDir: mkdtempSync(join(tmpdir(), 'loket-fault-late-redis-')), appendfsync: 'everysec', port });
    cleanup.push(() => redis.stop());
    const service = await starting;
    expect(service.output()).toContain('redis_waiting');
    // The URL is not logged: it may carry a password.
    expect(service.output()).not.toContain('redis://');
    expect((await post(service.url, { from: APPLICANT, id: 'late', text: 'halo' }, SERVICE_SIM_HEADERS)).status).toBe(202);
  }, 60_000);
});

describe('the embedded redis-server dies under the running service', () => {
  it('is restarted by the service on the same data, and the service serves again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-fault-embedded-'));
    // No REDIS_URL: the service runs its own redis-server under DATA_DIR/redis.
    const service = await startServiceProcess({ REDIS_URL: '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    cleanup.push(() => service.kill());
    const first = await post(service.url, { from: APPLICANT, id: 'first', text: 'halo' }, SERVICE_SIM_HEADERS);
    expect(first.status).toBe(202);
    const pid = redisPidIn(join(dataDir, 'redis'));

    process.kill(pid, 'SIGKILL');
    await waitUntil(() => redisPidIn(join(dataDir, 'redis')) !== pid, 20_000, 'a new redis-server pid');
    await waitUntil(async () => (await fetch(`${service.url}/readyz`, bounded())).status === 200, 20_000, '/readyz to be ready again');
    // Same data: the message accepted before the crash is known (a duplicate), and the service takes new ones.
    expect(await (await post(service.url, { from: APPLICANT, id: 'first', text: 'halo' }, SERVICE_SIM_HEADERS)).json()).toEqual({ id: 'first', duplicate: true });
    expect((await post(service.url, { from: APPLICANT, id: 'second', text: 'menu' }, SERVICE_SIM_HEADERS)).status).toBe(202);
    expect(service.output()).toContain('redis_restarted');
  }, 60_000);
});

describe('Redis away while WhatsApp messages arrive (Baileys transport)', () => {
  it('a message that arrives during the outage waits for Redis, then is stored and answered', async () => {
    const redis = await PrivateRedis.start();
    cleanup.push(() => redis.stop());
    // The simulator's bound is short; WhatsApp has already acknowledged its messages, so they must not be given up.
    const t = await startBaileysApp(redis.url, { env: { REDIS_ACCEPT_WAIT_MS: '200' } });
    cleanup.push(() => t.stop());
    await waitUntil(() => t.app.transport.status().ready, 10_000, 'the WhatsApp transport to be open');

    await redis.kill();
    t.socket().deliver('notify', direct(pnJid(APPLICANT), text('halo')));
    // A fixed wait on purpose: the point is that the message is NOT given up during an outage five
    // times longer than REDIS_ACCEPT_WAIT_MS (there is no event for "still waiting").
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(t.waLogs.join('')).not.toContain('wa_inbox_failed');

    await redis.restart();
    await waitUntil(() => t.sentTo(pnJid(APPLICANT)).length > 0, 20_000, 'a reply to the message sent during the outage');
    await t.settle(30_000);
    expect((await t.app.inbox.loadSession(t.app.inbox.chatKeyOf(APPLICANT)))?.version).toBe(1);
  }, 60_000);
});
