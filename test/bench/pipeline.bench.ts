// `npm run bench`: many simulated chats through the real path (inbox accept with dedupe, per-chat
// sequencing under a lease, the conversation engine, session save with compare-and-set, reply
// enqueue on BullMQ) against a real redis-server with AOF everysec, and a raw Redis baseline
// measured in the same run at the same concurrency. The outbound rate limit does not apply:
// replies are enqueued, not sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { buildFlowDeps } from '../../bot/flow-deps.js';
import { createApplicantHost } from '../../bot/conversation/applicant.js';
import { delivering } from '../../bot/conversation/router.js';
import { createAccept } from '../../bot/conversation/accept.js';
import { Inbox } from '../../workers/inbox/inbox.js';
import { Sequencer } from '../../workers/inbox/sequencer.js';
import { createMediaStore } from '../../workers/media/store.js';
import { loadConfig } from '../../bot/platform/config.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { startEmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { createLogger } from '../../workers/platform/logger.js';
import { connectRedis } from '../../workers/platform/redis.js';
import { CaseStore } from '../../workers/cases/store.js';
import { OutboundQueue } from '../../workers/outbound/queue.js';

const CHATS = Number(process.env.BENCH_CHATS ?? 2000);
const PER_CHAT = Number(process.env.BENCH_MESSAGES_PER_CHAT ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
// Closed loop, like people: each simulated chat sends its next message after the previous one was handled.
const CHATS_IN_FLIGHT = Number(process.env.BENCH_CHATS_IN_FLIGHT ?? CONCURRENCY * 2);
const SCRIPT = ['halo', 'MENU', 'BANTUAN', 'BAHASA', 'help', 'menu', 'halo lagi'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function inParallel(total: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) await task(next++);
  }));
}

async function baseline(redis: Redis, prefix: string, total: number): Promise<number> {
  const value = randomBytes(350).toString('base64');
  const start = performance.now();
  await inParallel(total, CONCURRENCY, (i) => redis.set(`${prefix}:baseline:${i % 2000}`, value));
  return total / ((performance.now() - start) / 1000);
}

async function sessionBytes(redis: Redis, prefix: string): Promise<number> {
  const keys = (await redis.keys(`${prefix}:session:*`)).slice(0, 200);
  const sizes = await Promise.all(keys.map((k) => redis.memory('USAGE', k)));
  return sizes.reduce<number>((a, b) => a + (b ?? 0), 0) / Math.max(1, keys.length);
}

function notInBench(): never {
  throw new Error('the bench does not exercise help requests, complaints or case messages');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  const server = await startEmbeddedRedis({ dataDir: dir, appendfsync: 'everysec' });
  const config = loadConfig({ REDIS_URL: server.url, DATA_DIR: dir, REDIS_PREFIX: 'bench' });
  const protector = createDataProtector(randomBytes(32));
  const logger = createLogger({ level: 'warn', pretty: false });
  const redis = connectRedis(server.url);
  const inbox = new Inbox(redis, protector, { prefix: 'bench', seenTtlSeconds: 3600, leaseMs: 15_000, maxFailures: 3 });
  const queueConnection = connectRedis(server.url);
  const outbound = new OutboundQueue(queueConnection, 'bench', protector);
  const media = createMediaStore(join(dir, 'media'), protector);
  const total = CHATS * PER_CHAT;
  const latencies: number[] = [];
  const waiting = new Map<string, () => void>();
  const handle = delivering(createApplicantHost({
    flow: await buildFlowDeps(config), cases: new CaseStore(redis, protector, 'bench'), media,
    schedule: () => Promise.resolve(),
    onCaseCreated: () => Promise.resolve(), eraseChatTraces: () => Promise.resolve(), clock: Date.now, logger,
    // The bench sends greetings and MENU only: nothing here asks for a person or writes after submitting.
    helpdesk: { request: notInBench, forward: notInBench, complain: notInBench }, forwardToCase: notInBench,
    announcements: { agree: notInBench, withdraw: notInBench },
  }), (messages) => outbound.enqueue(messages, 3));
  const sequencer = new Sequencer({
    inbox, wakeConnection: connectRedis(server.url), handle, logger, lanes: CONCURRENCY,
    onHandled: (entry, ms) => {
      latencies.push(ms);
      waiting.get(entry.id)?.();
    },
  });
  const accept = createAccept({ inbox, media, mediaMaxBytes: 1 << 20, clock: Date.now, notify: () => sequencer.notify() });
  sequencer.start();

  const start = performance.now();
  await inParallel(CHATS, CHATS_IN_FLIGHT, async (c) => {
    const chat = `62812${String(c).padStart(8, '0')}`;
    for (let n = 0; n < PER_CHAT; n++) {
      const messageId = `bench-${c}-${n}`;
      const handled = new Promise<void>((resolve) => waiting.set(messageId, resolve));
      await accept({ messageId, chat, sender: chat, senderPhone: chat, isGroup: false, kind: 'text', text: SCRIPT[n % SCRIPT.length] ?? 'halo', at: Date.now() });
      await handled;
      waiting.delete(messageId);
    }
  });
  const seconds = (performance.now() - start) / 1000;
  const rate = total / seconds;
  const raw = await baseline(redis, 'bench', total);
  latencies.sort((a, b) => a - b);
  const bytes = await sessionBytes(redis, 'bench');

  console.log(`Loket pipeline benchmark (${CHATS} chats x ${PER_CHAT} messages = ${total}, ${CONCURRENCY} handler lanes, ${CHATS_IN_FLIGHT} chats in flight, redis AOF everysec on loopback)`);
  console.log(`  messages/second        ${rate.toFixed(0)}`);
  console.log(`  handling latency p50   ${percentile(latencies, 50).toFixed(1)} ms (accepted -> reply enqueued and session saved)`);
  console.log(`  handling latency p99   ${percentile(latencies, 99).toFixed(1)} ms`);
  console.log(`  redis bytes/session    ${bytes.toFixed(0)}`);
  console.log(`  baseline SET/second    ${raw.toFixed(0)} (ioredis, same concurrency)`);
  console.log(`  pipeline/baseline      ${(rate / raw).toFixed(3)} (each message costs ~${(raw / rate).toFixed(1)} raw SETs)`);

  await sequencer.stop();
  await outbound.close();
  queueConnection.disconnect();
  redis.disconnect();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
