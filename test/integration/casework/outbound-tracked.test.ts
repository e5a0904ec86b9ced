// The outbound worker's delivery tracking (the NIB relay) and ephemeral jobs (the OSS code), with
// real BullMQ and Redis; only the WhatsApp network is faked, behind the Transport interface.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createMediaStore } from '../../../workers/media/store.js';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { createLogger } from '../../../workers/platform/logger.js';
import { UndeliverableError, type Outbound, type ResolvedOutbound, type Transport, type TransportStatus } from '../../../bot/transport/types.js';
import { OutboundQueue, outboundJobId, type OutboundJobData } from '../../../workers/outbound/queue.js';
import { createOutboundWorkers, type TrackedDeliveries } from '../../../workers/outbound/worker.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { waitUntil } from '../../support/wait.js';

const protector = createDataProtector(randomBytes(32));
const logger = createLogger({ level: 'silent', pretty: false });
const APPLICANT = '6281234599001';
const OPERATOR = '6281234500001';

/** The network: records what it is asked to send; `failNext` makes the next sends throw. */
class RecordingTransport implements Transport {
  readonly name = 'sim' as const;
  readonly sent: ResolvedOutbound[] = [];
  readonly failNext: Error[] = [];
  start(): Promise<void> { return Promise.resolve(); }
  send(message: ResolvedOutbound): Promise<void> {
    const failure = this.failNext.shift();
    if (failure) return Promise.reject(failure);
    this.sent.push(message);
    return Promise.resolve();
  }
  forget(): Promise<void> { return Promise.resolve(); }
  status(): TransportStatus { return { ready: true, state: 'open' }; }
  stop(): Promise<void> { return Promise.resolve(); }
}

/** Records kept the way the case keeps its "relayed" mark. */
class Marks implements TrackedDeliveries {
  readonly marked = new Set<string>();
  readonly asked: string[] = [];
  readonly deliveredCalls: string[] = [];
  isDelivered(message: Outbound): Promise<boolean> {
    this.asked.push(message.id);
    return Promise.resolve(this.marked.has(message.track?.caseId ?? ''));
  }
  delivered(message: Outbound): Promise<void> {
    this.deliveredCalls.push(message.id);
    this.marked.add(message.track?.caseId ?? '');
    return Promise.resolve();
  }
}

interface Rig {
  redis: Redis;
  prefix: string;
  queue: OutboundQueue;
  transport: RecordingTransport;
  marks: Marks;
  worker: Worker<OutboundJobData>;
  bulk: Worker<OutboundJobData>;
  completed: string[];
  failed: string[];
}

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function rig(label: string): Promise<Rig> {
  const prefix = uniquePrefix(label);
  const redis = connectTestRedis();
  const queueConnection = connectTestRedis();
  const workerConnection = connectTestRedis();
  const dir = await mkdtemp(join(tmpdir(), 'loket-outbound-'));
  const queue = new OutboundQueue(queueConnection, prefix, protector);
  const transport = new RecordingTransport();
  const marks = new Marks();
  const { replies: worker, bulk } = createOutboundWorkers({
    connection: workerConnection, prefix, queue, transport, media: createMediaStore(dir, protector), logger, tracked: marks,
  });
  const completed: string[] = [];
  const failed: string[] = [];
  worker.on('completed', (job) => completed.push(job.id ?? ''));
  worker.on('failed', (job) => failed.push(job?.id ?? ''));
  cleanups.push(async () => {
    await Promise.all([worker.close(), bulk.close()]);
    await queue.close();
    await Promise.all([redis, queueConnection, workerConnection].map((r) => r.quit()));
    await rm(dir, { recursive: true, force: true });
  });
  return { redis, prefix, queue, transport, marks, worker, bulk, completed, failed };
}

const nib = (caseId: string): Outbound => ({
  id: `nib:${caseId}`, chat: APPLICANT, text: `NIB Anda: 9120001234567 (kasus ${caseId})`, track: { caseId, kind: 'nib' },
});

const jobKey = (r: Rig, outboundId: string): string => `${r.prefix}:bull:outbound:${outboundJobId(outboundId)}`;

describe('outbound worker: tracked deliveries', () => {
  it('sends a tracked message once and records its delivery; enqueuing it again sends nothing more', async () => {
    const r = await rig('tracked');
    const message = nib('K7Q2M');

    await r.queue.enqueue([message], 3);
    await waitUntil(() => r.completed.length === 1, 15_000, 'the NIB job to complete');
    await r.queue.enqueue([message], 3);

    expect(r.transport.sent).toEqual([{ id: message.id, chat: APPLICANT, text: message.text }]);
    expect(r.marks.asked).toEqual([message.id]);
    expect(r.marks.deliveredCalls).toEqual([message.id]);
    // The done job is gone; its small sent marker is what recognised the second enqueue.
    expect(await r.queue.queue.getJobState(outboundJobId(message.id))).toBe('unknown');
    expect(await r.redis.exists(r.queue.sent.key(message))).toBe(1);
    expect(await r.queue.depth()).toEqual({ waiting: 0, prioritized: 0, active: 0, delayed: 0, failed: 0 });
  });

  it('does not send a message whose delivery is already recorded, but still confirms it', async () => {
    const r = await rig('recorded');
    const message = nib('K7Q2M');
    r.marks.marked.add('K7Q2M');

    await r.queue.enqueue([message], 3);
    await waitUntil(() => r.completed.length === 1, 15_000, 'the NIB job to complete');

    expect(r.transport.sent).toEqual([]);
    expect(r.marks.deliveredCalls).toEqual([message.id]);
  });

  it('after a failed send, the retry sends once and records once', async () => {
    const r = await rig('retry');
    const message = nib('K7Q2M');
    r.transport.failNext.push(new Error('socket closed mid-send'));

    await r.queue.enqueue([message], 3);
    await waitUntil(() => r.completed.length === 1, 15_000, 'the retried NIB job to complete');

    expect(r.transport.sent.map((m) => m.id)).toEqual([message.id]);
    expect(r.marks.asked).toEqual([message.id, message.id]);
    expect(r.marks.deliveredCalls).toEqual([message.id]);
  });

  it('leaves untracked messages alone: sent without asking or recording', async () => {
    const r = await rig('untracked');
    const message: Outbound = { id: 'entry-1#0', chat: APPLICANT, text: 'Kasus K7Q2M diteruskan ke desa.' };

    await r.queue.enqueue([message], 3);
    await waitUntil(() => r.completed.length === 1, 15_000, 'the job to complete');

    expect(r.transport.sent.map((m) => m.id)).toEqual([message.id]);
    expect(r.marks.asked).toEqual([]);
    expect(r.marks.deliveredCalls).toEqual([]);
  });
});

describe('outbound queue: ephemeral jobs', () => {
  it('leaves no job behind for an ephemeral message once sent, nor for a normal one (a marker is kept for dedupe)', async () => {
    const r = await rig('ephemeral');
    const code: Outbound = { id: 'entry-9:relay#0', chat: OPERATOR, text: 'Kode OSS kasus K7Q2M: 482913', ephemeral: true };
    const normal: Outbound = { id: 'entry-9:relay#1', chat: APPLICANT, text: 'Kode sudah diteruskan.' };

    await r.queue.enqueue([code, normal], 3);
    await waitUntil(() => r.completed.length === 2, 15_000, 'both jobs to complete');

    expect(r.transport.sent.map((m) => m.text)).toEqual([code.text, normal.text]);
    expect(await r.redis.keys(`${jobKey(r, code.id)}*`)).toEqual([]);
    expect(await r.redis.keys(`${jobKey(r, normal.id)}*`)).toEqual([]);
    expect(await r.redis.zcard(`${r.prefix}:bull:outbound:completed`)).toBe(0);
    expect(await r.redis.exists(r.queue.sent.key(normal), r.queue.sent.key(code))).toBe(2);
  });

  it('leaves no job behind for an ephemeral message that cannot be delivered either', async () => {
    const r = await rig('ephemeral-failed');
    const code: Outbound = { id: 'entry-10:relay#0', chat: OPERATOR, text: 'Kode OSS kasus K7Q2M: 482913', ephemeral: true };
    r.transport.failNext.push(new UndeliverableError('recipient not on WhatsApp'));

    await r.queue.enqueue([code], 3);
    await waitUntil(() => r.failed.length === 1, 15_000, 'the job to fail');

    expect(r.transport.sent).toEqual([]);
    expect(await r.redis.keys(`${jobKey(r, code.id)}*`)).toEqual([]);
    expect(await r.redis.zcard(`${r.prefix}:bull:outbound:failed`)).toBe(0);
  });
});
