import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Redis } from 'ioredis';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { systemClock, type Clock } from '../../../bot/transport/baileys/clock.js';
import { NumberLease } from '../../../bot/transport/baileys/lease.js';
import type { BaileysTransport } from '../../../bot/transport/baileys/index.js';
import { makeTransport, redisInbox, SocketFactory } from './fake-socket.js';

const LEASE_MS = 900;
const NUMBER = '628110000099';
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

/** The real clock, counting how often the transport scheduled a lease attempt. */
function countingClock(): Clock & { scheduled: number } {
  const clock = {
    scheduled: 0,
    now: () => systemClock.now(),
    schedule: (ms: number, fn: () => void) => {
      clock.scheduled += 1;
      return systemClock.schedule(ms, fn);
    },
  };
  return clock;
}

/** A "process": its own Redis connection, clock and socket factory. */
async function process_(prefix: string) {
  const redis = connectTestRedis();
  const clock = countingClock();
  const factory = new SocketFactory(true);
  const { transport } = makeTransport({ redis, keyPrefix: prefix, clock, leaseMs: LEASE_MS, number: NUMBER }, factory);
  cleanup.push(() => transport.stop(), () => redis.quit());
  await transport.start(redisInbox(redis, prefix).accept);
  return { redis, clock, factory, transport };
}

const ready = (t: BaileysTransport) => expect(t.status().ready).toBe(true);

describe('one owner per number', () => {
  it('lets exactly one of two processes connect; the other takes over within the lease time when the owner dies', async () => {
    const prefix = uniquePrefix('lease');
    const a = await process_(prefix);
    await vi.waitFor(() => ready(a.transport));
    const b = await process_(prefix);
    // B keeps trying (several lease attempts) without ever opening a socket.
    await vi.waitFor(() => expect(b.clock.scheduled).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
    expect(b.factory.sockets).toHaveLength(0);
    expect(b.transport.status()).toMatchObject({ ready: false, state: 'standby' });
    expect(a.factory.sockets).toHaveLength(1);

    // A dies: its Redis connection is gone, so it stops renewing without releasing.
    const killedAt = Date.now();
    a.redis.disconnect();
    await vi.waitFor(() => ready(b.transport), { timeout: 5_000, interval: 20 });
    expect(Date.now() - killedAt).toBeLessThan(LEASE_MS * 2);
    expect(b.factory.sockets).toHaveLength(1);
    // A, unable to renew, dropped its socket rather than keep a second client on the number.
    await vi.waitFor(() => expect(a.factory.sockets[0]!.ended).toBe(true));
    expect(a.transport.status().ready).toBe(false);
  });

  it('hands over promptly when the owner stops cleanly', async () => {
    const prefix = uniquePrefix('lease');
    const a = await process_(prefix);
    await vi.waitFor(() => ready(a.transport));
    const b = await process_(prefix);
    await a.transport.stop();
    await vi.waitFor(() => ready(b.transport), { timeout: 5_000, interval: 20 });
    expect(b.factory.sockets).toHaveLength(1);
  });
});

describe('NumberLease scripts', () => {
  let redis: Redis;
  afterEach(() => redis.quit());

  it('acquires, renews, refuses others and releases only its own lease', async () => {
    redis = connectTestRedis();
    const key = `${uniquePrefix('lease')}:lease`;
    const mine = new NumberLease(redis, key, 'owner-a', 10_000);
    const theirs = new NumberLease(redis, key, 'owner-b', 10_000);
    expect(await mine.acquire()).toBe(true);
    expect(await mine.acquire()).toBe(true);
    expect(await theirs.acquire()).toBe(false);
    expect(await theirs.renew()).toBe(false);
    expect(await theirs.release()).toBe(false);
    expect(await mine.renew()).toBe(true);
    expect(await redis.pttl(key)).toBeGreaterThan(9_000);
    expect(await mine.release()).toBe(true);
    expect(await theirs.acquire()).toBe(true);
  });
});
