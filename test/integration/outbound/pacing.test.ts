// The outbound worker's pacing with real BullMQ and Redis: per-chat order while chats are paced side
// by side, typing before each reply, the number's token bucket, bulk behind replies, back-off on
// WhatsApp's signals, and send dedupe by small markers. Only the network is faked (a Sender).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createMediaStore } from '../../../workers/media/store.js';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { createLogger } from '../../../workers/platform/logger.js';
import { RateLimitedError, TransportUnavailableError, type Outbound, type ResolvedOutbound, type Sender } from '../../../workers/outbound/message.js';
import { NumberPace, type PaceSettings } from '../../../workers/outbound/pace.js';
import { OUTBOUND_EVENTS_MAX_LEN, OutboundQueue, outboundJobId } from '../../../workers/outbound/queue.js';
import { createOutboundWorkers, type OutboundWorkerDeps, type OutboundWorkers } from '../../../workers/outbound/worker.js';
import type { TypingSettings } from '../../../workers/outbound/typing-delay.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { waitUntil } from '../../support/wait.js';

const protector = createDataProtector(randomBytes(32));
const logger = createLogger({ level: 'silent', pretty: false });
const UNLIMITED: PaceSettings = { perSecond: 0, burst: 10, bulkPerMinute: 0, backoffMs: 600_000 };
const QUICK_TYPING: TypingSettings = { readMs: 40, gapMs: 20, typingBaseMs: 30, typingPerCharMs: 1, typingMaxMs: 80 };

type Event = { kind: 'typing' | 'send'; chat: string; id: string };

/** The network: records typing and sends in the order they happen; `failures` makes chosen sends throw once. */
class RecordingSender implements Sender {
  readonly events: Event[] = [];
  readonly failures = new Map<string, Error>();
  lockedUntil: number | undefined;
  typing(chat: string): Promise<void> {
    this.events.push({ kind: 'typing', chat, id: '' });
    return Promise.resolve();
  }
  async send(message: ResolvedOutbound): Promise<void> {
    const failure = this.failures.get(message.id);
    if (failure) {
      this.failures.delete(message.id);
      throw failure;
    }
    // A send takes a little while, and not always as long: chats finish out of step.
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 5)));
    this.events.push({ kind: 'send', chat: message.chat, id: message.id });
  }
  reachoutLockedUntil(): number | undefined {
    return this.lockedUntil;
  }
  sent(chat?: string): string[] {
    return this.events.filter((e) => e.kind === 'send' && (chat === undefined || e.chat === chat)).map((e) => e.id);
  }
}

interface Rig {
  redis: Redis;
  prefix: string;
  queue: OutboundQueue;
  sender: RecordingSender;
  pace: NumberPace;
  workers: OutboundWorkers;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function rig(label: string, options: { pace?: PaceSettings; typing?: TypingSettings; start?: boolean; numbers?: boolean; ready?: () => boolean } = {}): Promise<Rig> {
  const prefix = uniquePrefix(label);
  const [redis, queueConnection, workerConnection] = [connectTestRedis(), connectTestRedis(), connectTestRedis()];
  const dir = await mkdtemp(join(tmpdir(), 'loket-pacing-'));
  const queue = new OutboundQueue(queueConnection, prefix, protector);
  const sender = new RecordingSender();
  const pace = new NumberPace(redis, prefix, 'default', options.pace ?? UNLIMITED);
  const deps: OutboundWorkerDeps = {
    connection: workerConnection, prefix, queue, transport: sender, media: createMediaStore(dir, protector), logger, pace,
    typing: options.typing ?? QUICK_TYPING, pauses: { unavailableMs: 300, rateLimitedMs: 300 },
    ...(options.ready ? { ready: options.ready } : {}),
  };
  if (options.numbers) {
    // Two numbers: chats ending in an even digit are served by the second, each number its own pace.
    const second = new NumberPace(redis, prefix, 'second', options.pace ?? UNLIMITED);
    deps.paceFor = (chat) => Promise.resolve(Number(chat.at(-1)) % 2 === 0 ? second : pace);
  }
  const workers = createOutboundWorkers(deps);
  if (options.start === false) await Promise.all([workers.replies.pause(), workers.bulk.pause()]);
  cleanups.push(async () => {
    await workers.close();
    await queue.close();
    await Promise.all([redis, queueConnection, workerConnection].map((r) => r.quit()));
    await rm(dir, { recursive: true, force: true });
  });
  return { redis, prefix, queue, sender, pace, workers };
}

const chatOf = (n: number): string => `62812000${String(n).padStart(5, '0')}`;
const reply = (chat: string, entry: number, part: number): Outbound => ({ id: `e${entry}:${chat}#${part}`, chat, text: `balasan ${entry}.${part}` });

describe('replies, paced per chat', () => {
  it('keeps each chat in order while chats are paced side by side, with typing before every message', async () => {
    // Reading takes 200-600 ms and typing 240-360 ms, far longer than fetching the jobs.
    const r = await rig('order', { typing: { readMs: 400, gapMs: 20, typingBaseMs: 300, typingPerCharMs: 0, typingMaxMs: 300 } });
    const chats = Array.from({ length: 8 }, (_, i) => chatOf(i));
    // Each chat gets two turns of three parts each, enqueued as the conversation would.
    const expected = new Map(chats.map((chat) => [chat, [] as string[]]));
    for (const entry of [1, 2]) {
      for (const chat of chats) {
        const parts = [0, 1, 2].map((part) => reply(chat, entry, part));
        expected.get(chat)!.push(...parts.map((p) => p.id));
        await r.queue.enqueue(parts, 3);
      }
    }
    await waitUntil(() => r.sender.sent().length === 48, 20_000, 'every reply to be sent');

    for (const chat of chats) expect(r.sender.sent(chat), chat).toEqual(expected.get(chat));
    // Typing shows in a chat right before each of its messages.
    for (const chat of chats) {
      const kinds = r.sender.events.filter((e) => e.chat === chat).map((e) => e.kind);
      expect(kinds).toEqual(Array.from({ length: 6 }, () => ['typing', 'send']).flat());
    }
    // Delays ran in parallel: several chats were typing before the first message went out (one
    // after another, only one would be). Not all: on a busy machine fetching jobs can outlast a pause.
    const firstSend = r.sender.events.findIndex((e) => e.kind === 'send');
    expect(new Set(r.sender.events.slice(0, firstSend).map((e) => e.chat)).size).toBeGreaterThanOrEqual(chats.length / 2);
  });

  it('a chat whose send fails waits for its retry, in order; other chats go on meanwhile', async () => {
    const r = await rig('outage');
    const [a, b] = [chatOf(1), chatOf(2)];
    const aParts = [0, 1, 2].map((part) => reply(a, 1, part));
    r.sender.failures.set(aParts[0]!.id, new TransportUnavailableError('socket closed'));
    r.sender.failures.set(aParts[1]!.id, new Error('stream errored mid-send'));
    await r.queue.enqueue(aParts, 5);
    await r.queue.enqueue([reply(b, 1, 0)], 5);
    await waitUntil(() => r.sender.sent().length === 4, 20_000, 'all four messages to be sent');

    expect(r.sender.sent(a)).toEqual(aParts.map((p) => p.id));
    expect(r.sender.sent()[0]).toBe(reply(b, 1, 0).id);
    const idle = async (): Promise<boolean> => Object.values(await r.queue.depth()).every((n) => n === 0);
    await waitUntil(idle, 10_000, 'no job left in any state');
  });
});

describe('send dedupe by markers', () => {
  it('sends a re-enqueued reply once, keeps no done job, and leaves one small marker that expires in a day', async () => {
    const r = await rig('dedupe', { typing: undefined });
    const message = reply(chatOf(1), 1, 0);
    await r.queue.enqueue([message], 3);
    await waitUntil(() => r.sender.sent().length === 1, 15_000, 'the reply to be sent');
    await r.queue.enqueue([message], 3);

    expect(await r.queue.queue.getJob(outboundJobId(message.id))).toBeUndefined();
    const marker = r.queue.sent.key(message);
    expect(marker).not.toContain(message.chat);
    expect(await r.redis.ttl(marker)).toBeGreaterThan(23 * 3600);
    expect(Number(await r.redis.memory('USAGE', marker))).toBeLessThan(200);
    await waitUntil(async () => (await r.queue.depth()).active === 0, 5_000, 'the worker to be idle');
    expect(r.sender.sent()).toEqual([message.id]);
  });

  it('does not send a job added behind the marker (a re-enqueue that raced the first send)', async () => {
    const r = await rig('race', { start: false });
    const message = reply(chatOf(1), 1, 0);
    await r.queue.enqueue([message], 3);
    await r.queue.sent.markSent(message);
    await Promise.all([r.workers.replies.resume(), r.workers.bulk.resume()]);
    await waitUntil(async () => (await r.queue.depth()).waiting === 0 && (await r.queue.depth()).active === 0, 10_000, 'the job to be done');
    expect(r.sender.sent()).toEqual([]);
  });

  it('caps the queue event streams', async () => {
    const r = await rig('streams', { typing: undefined });
    const messages = Array.from({ length: 300 }, (_, i) => reply(chatOf(i % 30), i, 0));
    await r.queue.enqueue(messages, 3);
    await waitUntil(() => r.sender.sent().length === 300, 30_000, 'every message to be sent');
    // MAXLEN ~ trims by whole stream nodes: bounded near the cap, far below BullMQ's 10,000 default.
    expect(await r.redis.xlen(`${r.prefix}:bull:outbound:events`)).toBeLessThanOrEqual(OUTBOUND_EVENTS_MAX_LEN * 3);
  });

  it('erasure finds queued messages in both lanes', async () => {
    const r = await rig('forget', { start: false });
    const person = chatOf(9);
    await r.queue.enqueue([reply(person, 1, 0), reply(chatOf(8), 1, 0)], 3);
    await r.queue.enqueue([{ id: 'siaran:SR-1:x', chat: person, text: 'Pengumuman' }], 3, { priority: 100 });
    expect(await r.queue.forget((m) => m.chat === person)).toBe(2);
    expect(await r.queue.depth()).toMatchObject({ waiting: 1, prioritized: 0 });
  });
});

describe('the number\'s pace', () => {
  it('lets a burst through, then paces; bulk only while the bucket is half full', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 4 }), async (burst, perSecond) => {
      const redis = connectTestRedis();
      try {
        const pace = new NumberPace(redis, uniquePrefix('bucket'), 'default', { perSecond, burst, bulkPerMinute: 0, backoffMs: 60_000 });
        const half = Math.max(1, burst / 2);
        // Bulk may take tokens down to half the bucket, replies the rest.
        let bulkTaken = 0;
        while ((await pace.tryTake(true)) === 0) bulkTaken += 1;
        expect(bulkTaken).toBe(Math.floor(burst - half) + 1);
        let replies = 0;
        while ((await pace.tryTake(false)) === 0) replies += 1;
        expect(bulkTaken + replies).toBe(burst);
        const wait = await pace.tryTake(false);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(Math.ceil(1000 / perSecond));
      } finally {
        redis.disconnect();
      }
    }), { numRuns: 12 });
  });

  it('a 429 halves the rate for a while; a 463 pauses bulk but not replies', async () => {
    const r = await rig('signals', { pace: { perSecond: 2, burst: 1, bulkPerMinute: 6000, backoffMs: 60_000 } });
    expect(await r.pace.tryTake(false)).toBe(0);
    const normalWait = await r.pace.tryTake(false);
    await r.pace.backOff();
    expect(await r.pace.tryTake(false)).toBeGreaterThan(normalWait);

    await r.pace.pauseBulkUntil(Date.now() + 60_000, Date.now());
    expect(await r.pace.tryTake(true)).toBe(-1);
    expect(await r.pace.bulkPausedForMs()).toBeGreaterThan(50_000);
  });

  it('on a 429 the message is retried later and the whole number slows down', async () => {
    const r = await rig('ratelimited', { typing: undefined });
    const message = reply(chatOf(1), 1, 0);
    r.sender.failures.set(message.id, new RateLimitedError('rate-overlimit'));
    await r.queue.enqueue([message], 3);
    await waitUntil(() => r.sender.sent().length === 1, 15_000, 'the retried reply');
    expect(await r.redis.exists(`${r.prefix}:pace:{default}:backoff`)).toBe(1);
  });

  it('while WhatsApp restricts new chats, bulk waits and replies still go', async () => {
    const r = await rig('timelock', { typing: undefined });
    r.sender.lockedUntil = Date.now() + 3600_000;
    const letter: Outbound = { id: 'siaran:SR-2:a', chat: chatOf(2), text: 'Pengumuman' };
    await r.queue.enqueue([letter], 3, { priority: 100 });
    await waitUntil(async () => (await r.queue.bulk.getJobCounts('delayed')).delayed === 1, 10_000, 'the letter to wait');
    await r.queue.enqueue([reply(chatOf(1), 1, 0)], 3);
    await waitUntil(() => r.sender.sent().length === 1, 10_000, 'the reply');
    expect(r.sender.sent()).toEqual([reply(chatOf(1), 1, 0).id]);
    expect(await r.pace.bulkPausedForMs()).toBeGreaterThan(3000_000);
  });

  it('bulk waits for replies: with the bucket low, letters hold back while replies are sent', async () => {
    const r = await rig('lanes', { typing: undefined, pace: { perSecond: 20, burst: 4, bulkPerMinute: 0, backoffMs: 60_000 } });
    const letters = Array.from({ length: 10 }, (_, i): Outbound => ({ id: `siaran:SR-3:${i}`, chat: chatOf(100 + i), text: 'Pengumuman' }));
    const replies = Array.from({ length: 10 }, (_, i) => reply(chatOf(i), 1, 0));
    await Promise.all([r.workers.replies.pause(), r.workers.bulk.pause()]);
    await r.queue.enqueue(letters, 3, { priority: 100 });
    await r.queue.enqueue(replies, 3);
    await Promise.all([r.workers.replies.resume(), r.workers.bulk.resume()]);
    await waitUntil(() => r.sender.sent().length === 20, 20_000, 'everything to be sent');
    // Replies drain the bucket below half, so letters mostly wait: most replies go before most letters.
    const order = r.sender.sent();
    const replyRanks = replies.map((m) => order.indexOf(m.id)).sort((x, y) => x - y);
    expect(replyRanks[7]).toBeLessThan(order.indexOf(letters[5]!.id));
  });

  it('each number has its own bucket: two numbers send twice as much', async () => {
    const r = await rig('numbers', { typing: undefined, numbers: true, pace: { perSecond: 0.1, burst: 1, bulkPerMinute: 0, backoffMs: 60_000 } });
    const [odd, even] = [chatOf(1), chatOf(2)];
    await r.queue.enqueue([reply(odd, 1, 0), reply(odd, 1, 1)], 3);
    await r.queue.enqueue([reply(even, 1, 0), reply(even, 1, 1)], 3);
    await waitUntil(() => r.sender.sent().length === 2, 10_000, 'one message per number');
    // A fixed wait on purpose: nothing more may go out while both buckets are empty (10 s per token).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.sender.sent().sort()).toEqual([reply(odd, 1, 0).id, reply(even, 1, 0).id].sort());
  });

  it('a process whose number is not connected (standby) takes no message; it sends once connected', async () => {
    let connected = false;
    const r = await rig('standby', { typing: undefined, ready: () => connected });
    await r.queue.enqueue([reply(chatOf(1), 1, 0), reply(chatOf(1), 1, 1)], 3);
    // A fixed wait on purpose: the worker must fetch nothing while standby (it checks twice a second).
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await r.queue.depth()).toMatchObject({ waiting: 2, active: 0, delayed: 0 });
    connected = true;
    await waitUntil(() => r.sender.sent().length === 2, 10_000, 'both messages once connected');
    expect(r.sender.sent()).toEqual([reply(chatOf(1), 1, 0).id, reply(chatOf(1), 1, 1).id]);
  });
});
