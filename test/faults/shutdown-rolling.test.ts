// Graceful shutdown (issue #12, scenario 4). SIGTERM with chats and jobs in flight: the service
// finishes the jobs and chats it is working on (no job left active) and exits 0; and a rolling restart
// of two instances under load loses and repeats nothing (each message handled once, every applicant's
// screen the same as every other's, who all sent the same script).
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { Inbox } from '../../workers/inbox/inbox.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { OPENING_STEPS } from '../e2e/support/intake-script.js';
import { connectTestRedis, testRedisUrl, uniquePrefix } from '../support/redis.js';
import { SERVICE_SIM_HEADERS, startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { waitUntil } from '../support/wait.js';
import { deliver, runChats, screen } from './support/traffic.js';
import { PrivateRedis } from './support/faulty-redis.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
});

/** Synthetic applicants' numbers. */
const chatsOf = (count: number, base: number): string[] => Array.from({ length: count }, (_, i) => `62815${base}${String(i).padStart(5, '0')}`);

interface Deployment {
  env: Record<string, string>;
  inbox: Inbox;
  redis: Redis;
  prefix: string;
  start(): Promise<ServiceProcess>;
}

function deployment(extra: Record<string, string>): Deployment {
  const key = randomBytes(32);
  const prefix = uniquePrefix('shutdown');
  const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, DATA_DIR: mkdtempSync(join(tmpdir(), 'loket-fault-shutdown-')), DATA_KEY: key.toString('hex'), ...extra };
  const redis = connectTestRedis();
  cleanup.push(() => Promise.resolve(redis.disconnect()));
  const inbox = new Inbox(redis, createDataProtector(key), { prefix, seenTtlSeconds: 60, leaseMs: 15_000, maxFailures: 3 });
  const start = async (): Promise<ServiceProcess> => {
    const service = await startServiceProcess(env);
    cleanup.push(() => service.kill());
    return service;
  };
  return { env, inbox, redis, prefix, start };
}

/** SIGTERM, and the exit it leads to. */
async function terminate(service: ServiceProcess): Promise<{ code: number | null; signal: string | null }> {
  const exited = once(service.child, 'exit') as Promise<[number | null, string | null]>;
  service.child.kill('SIGTERM');
  const [code, signal] = await exited;
  return { code, signal };
}

/** Jobs any BullMQ worker of this deployment holds (locked, running). */
async function activeJobs(d: Deployment): Promise<number> {
  const lists = await d.redis.keys(`${d.prefix}:bull:*:active`);
  const lengths = await Promise.all(lists.map((k) => d.redis.llen(k)));
  return lengths.reduce((a, b) => a + b, 0);
}

/** No reply waits to be sent: the outbound queue has nothing waiting, delayed or running. */
async function outboundIdle(d: Deployment): Promise<boolean> {
  const base = `${d.prefix}:bull:outbound`;
  const [wait, active, delayed, prioritized] = await Promise.all([d.redis.llen(`${base}:wait`), d.redis.llen(`${base}:active`), d.redis.zcard(`${base}:delayed`), d.redis.zcard(`${base}:prioritized`)]);
  return wait + active + delayed + prioritized === 0;
}

/** A chat's screen as a multiset: loss or repetition is under test here, not the order of parallel sends. */
async function sortedScreen(url: string, chat: string): Promise<string[]> {
  return (await screen(url, chat)).sort();
}

async function sessionVersions(d: Deployment, chats: readonly string[]): Promise<(number | undefined)[]> {
  return Promise.all(chats.map(async (chat) => (await d.inbox.loadSession(d.inbox.chatKeyOf(chat)))?.version));
}

describe('SIGTERM with chats and jobs in flight', () => {
  it('finishes the jobs it runs, exits 0, and a new instance handles the rest, each message once', async () => {
    const d = deployment({ INBOX_CONCURRENCY: '1', CHAT_LEASE_MS: '3000' });
    const first = await d.start();
    // A simulator long-poll for a chat that gets nothing: it must not hold the stop up for its whole wait.
    const poll = fetch(`${first.url}/sim/outbox?chat=6281599999999&wait=25000`, { headers: SERVICE_SIM_HEADERS, signal: AbortSignal.timeout(20_000) });
    const chats = chatsOf(100, 1);
    await Promise.all(chats.map((chat) => deliver(() => [first.url], { from: chat, id: `${chat}-0`, text: 'halo' })));
    await waitUntil(async () => (await activeJobs(d)) > 0 && (await d.inbox.depth()).readyChats > 1, 10_000, 'jobs in the hands of the service, chats waiting');

    const exit = await terminate(first);
    expect(exit).toEqual({ code: 0, signal: null });
    const polled = await poll;
    expect(polled.status).toBe(200);
    expect(await polled.json()).toMatchObject({ messages: [] });
    // Mid-traffic: chats were still waiting when it stopped, and every job it was running was finished.
    expect((await d.inbox.depth()).readyChats).toBeGreaterThan(0);
    expect(await activeJobs(d)).toBe(0);
    // Handed back: no chat stays leased to the stopped instance until CHAT_LEASE_MS passes.
    expect(await d.redis.keys(`${d.prefix}:inbox:lease:*`)).toEqual([]);

    const second = await d.start();
    await waitUntil(async () => (await d.inbox.depth()).readyChats === 0, 30_000, 'the new instance to drain the inbox');
    expect(await sessionVersions(d, chats)).toEqual(chats.map(() => 1));
    await waitUntil(() => outboundIdle(d), 30_000, 'every reply to be delivered');
    const reference = await sortedScreen(second.url, chats[0] ?? '');
    expect(reference.length).toBeGreaterThan(0);
    for (const chat of chats) expect(await sortedScreen(second.url, chat)).toEqual(reference);
  }, 90_000);
});

describe('a rolling restart of two instances under load', () => {
  it('loses and repeats nothing', async () => {
    const d = deployment({ INBOX_CONCURRENCY: '4', CHAT_LEASE_MS: '3000' });
    const urls: string[] = [];
    let a = await d.start();
    let b = await d.start();
    urls.push(a.url, b.url);
    const script = OPENING_STEPS.slice(0, 4).map(([message]) => message);
    const chats = chatsOf(16, 2);
    let accepted = 0;
    const traffic = runChats(() => urls, chats, script).then((all) => { accepted = all.length; return all; });

    // Restart each instance in turn while the applicants keep writing.
    const roll = async (old: ServiceProcess): Promise<ServiceProcess> => {
      urls.splice(urls.indexOf(old.url), 1);
      expect(await terminate(old)).toEqual({ code: 0, signal: null });
      const fresh = await d.start();
      urls.push(fresh.url);
      return fresh;
    };
    await waitUntil(async () => (await sessionVersions(d, chats)).some((v) => (v ?? 0) >= 1), 20_000, 'traffic to be under way');
    a = await roll(a);
    b = await roll(b);
    const deliveries = await traffic;
    expect(accepted).toBe(chats.length * script.length);
    // A message sent again after a cut-off answer may already have been stored: then it is a duplicate, not a second entry.
    expect(deliveries.every((x) => x.attempts >= 1)).toBe(true);

    await waitUntil(async () => (await sessionVersions(d, chats)).every((v) => v === script.length), 40_000, 'every message to be handled');
    expect(await sessionVersions(d, chats)).toEqual(chats.map(() => script.length));
    await waitUntil(() => outboundIdle(d), 30_000, 'every reply to be delivered');
    const reference = await sortedScreen(a.url, chats[0] ?? '');
    expect(reference.length).toBeGreaterThanOrEqual(script.length);
    for (const chat of chats) expect(await sortedScreen(b.url, chat)).toEqual(reference);
  }, 120_000);
});

describe('SIGTERM while Redis is away', () => {
  it('does not hang: after SHUTDOWN_TIMEOUT_MS it exits, saying so', async () => {
    const redis = await PrivateRedis.start();
    cleanup.push(() => redis.stop());
    const service = await startServiceProcess({ REDIS_URL: redis.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'loket-fault-stuck-')), SHUTDOWN_TIMEOUT_MS: '1500' });
    cleanup.push(() => service.kill());
    await redis.kill();
    await waitUntil(async () => (await fetch(`${service.url}/readyz`)).status === 503, 10_000, '/readyz to see Redis gone');
    // The stop waits for Redis (lanes and workers hold commands for it); the test's own bound is the 60 s test timeout.
    expect(await terminate(service)).toEqual({ code: 1, signal: null });
    expect(service.output()).toContain('shutdown_timeout');
  }, 60_000);
});
