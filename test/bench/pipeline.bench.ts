// `npm run bench`: whole intake conversations (KBLI search and village lookup included, up to KIRIM
// and the case it creates) through the real service (bot/app.ts: inbox accept with dedupe, per-chat
// sequencing under a lease, router, relays, roster, the conversation engine, timers, case creation
// and dispatch, session commit, replies on BullMQ and their delivery to an in-memory network) against
// a real redis-server with AOF everysec, and a raw Redis baseline measured in the same run at the same
// concurrency. Replies are "sent" to a network that only counts them: no pacing applies.
//
// Phases:
//  1. memory: SAMPLE whole intakes on an empty Redis; once everything is delivered, every key is
//     measured (SCAN + MEMORY USAGE), grouped by what it is, and divided by the intakes.
//  2. one stage per population size (`--applicants 1000,10000,100000`): the Redis is topped up
//     with pre-seeded sessions (half idle after KIRIM, half mid-intake, copies of real ones, each
//     sealed for its own key) to that many applicants, then SAMPLE more whole intakes are run and
//     timed. Whole intakes for every applicant of a population would take hours at 100,000.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Socket } from 'node:net';
import type { Redis } from 'ioredis';
import { createApp, type App } from '../../bot/app.js';
import { buildFlowDeps } from '../../bot/flow-deps.js';
import { loadConfig } from '../../bot/platform/config.js';
import { startEmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import type { InboundHandler, ResolvedOutbound, Transport } from '../../bot/transport/types.js';
import { inboxKeys } from '../../workers/inbox/inbox.js';
import { createDataProtector, type DataProtector } from '../../workers/platform/crypto.js';
import { createLogger } from '../../workers/platform/logger.js';
import { connectRedis, infoSection } from '../../workers/platform/redis.js';
import { SUMBERJO_UP_TO_KIRIM } from '../e2e/support/intake-script.js';

const { values: args } = parseArgs({
  options: {
    applicants: { type: 'string', default: process.env.BENCH_APPLICANTS ?? '1000,10000,100000' },
    sample: { type: 'string', default: process.env.BENCH_SAMPLE ?? '150' },
    lanes: { type: 'string', default: process.env.BENCH_CONCURRENCY ?? '16' },
    'in-flight': { type: 'string' },
  },
});
const SIZES = (args.applicants ?? '').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const SAMPLE = Number(args.sample);
const LANES = Number(args.lanes);
// Closed loop, like people: each simulated applicant sends its next message once the previous one was handled.
const IN_FLIGHT = Number(args['in-flight'] ?? LANES * 2);
const PREFIX = 'bench';
const INTAKE: readonly string[] = [...SUMBERJO_UP_TO_KIRIM.map(([message]) => message), 'KIRIM'];
const MID_INTAKE_STEP = 12;

/** Writes to Redis sockets (the bench opens no other): one per round trip, a pipeline or MULTI being one. */
let socketWrites = 0;
const writesByConnection = new Map<string, number>();
const labels = new WeakMap<Socket, string>();
const { write } = Socket.prototype as unknown as { write: (this: Socket, ...args: unknown[]) => boolean };
Socket.prototype.write = function countedWrite(this: Socket, ...args: unknown[]) {
  socketWrites++;
  const label = labels.get(this) ?? 'other';
  writesByConnection.set(label, (writesByConnection.get(label) ?? 0) + 1);
  return write.apply(this, args);
};

/** The service's connections in the order bot/app.ts makes them; each is named in the round-trip breakdown. */
let made = 0;
function labelled(redis: Redis): Redis {
  const label = `#${made++}`;
  redis.on('connect', () => {
    const stream = (redis as unknown as { stream?: Socket }).stream;
    if (stream) labels.set(stream, label);
  });
  return redis;
}

/** A network that takes every message at once and only counts it. */
class CountingNetwork implements Transport {
  readonly name = 'sim';
  sent = 0;
  accept: InboundHandler | undefined;
  start(accept: InboundHandler): Promise<void> {
    this.accept = accept;
    return Promise.resolve();
  }
  send(_message: ResolvedOutbound): Promise<void> {
    this.sent++;
    return Promise.resolve();
  }
  forget(): Promise<void> { return Promise.resolve(); }
  status() { return { ready: true, state: 'bench' }; }
  stop(): Promise<void> { return Promise.resolve(); }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function inParallel(total: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) await task(next++);
  }));
}

async function baseline(redis: Redis, total: number): Promise<number> {
  const value = randomBytes(350).toString('base64');
  const start = performance.now();
  await inParallel(total, LANES, (i) => redis.set(`${PREFIX}:baseline:${i % 2000}`, value));
  const rate = total / ((performance.now() - start) / 1000);
  await redis.del(...Array.from({ length: Math.min(total, 2000) }, (_, i) => `${PREFIX}:baseline:${i}`));
  return rate;
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number((await infoSection(redis, 'memory')).get('used_memory') ?? 0);
}

/**
 * CPU ms used so far by this process (the whole service) and by redis-server. Contention from other
 * work on the machine stretches wall-clock rates but hardly the CPU a message costs, so the CPU
 * ratio is the steadier figure on a shared machine.
 */
async function cpuMs(redis: Redis): Promise<{ node: number; redis: number }> {
  const used = process.cpuUsage();
  const cpu = await infoSection(redis, 'cpu');
  return { node: (used.user + used.system) / 1000, redis: (Number(cpu.get('used_cpu_user') ?? 0) + Number(cpu.get('used_cpu_sys') ?? 0)) * 1000 };
}

async function cpuSince(redis: Redis, start: { node: number; redis: number }, count: number): Promise<{ node: number; redis: number }> {
  const now = await cpuMs(redis);
  return { node: (now.node - start.node) / count, redis: (now.redis - start.redis) / count };
}

/** Calls per command since the last CONFIG RESETSTAT. */
async function commandCalls(redis: Redis): Promise<Map<string, number>> {
  const stats = await infoSection(redis, 'commandstats');
  const calls = new Map<string, number>();
  for (const [name, value] of stats) {
    const count = /calls=(\d+)/.exec(value)?.[1];
    if (count) calls.set(name.replace(/^cmdstat_/, ''), Number(count));
  }
  return calls;
}

/** What a key is, for the memory breakdown: hash tags and hashed ids stripped. */
function keyClass(key: string): string {
  const plain = key.replace(/[{}]/g, '');
  const bull = /:bull:([a-z-]+):(.*)$/.exec(plain) ?? /^[^:]+:([a-z-]+):bull:(.*)$/.exec(plain) ?? /^[^:]+:q:([a-z-]+):(.*)$/.exec(plain);
  if (bull) {
    const rest = bull[2] ?? '';
    const part = /^(events|meta|id|marker|stalled-check|limiter|de|dn|repeat)\b/.exec(rest)?.[1]
      ?? (/^(wait|active|delayed|completed|failed|prioritized|paused|pc)$/.test(rest) ? 'state lists' : 'job hashes (+logs)');
    return `bullmq ${bull[1]}: ${part}`;
  }
  const parts = plain.split(':').slice(1).filter((p) => !/^[A-Za-z0-9_-]{16,}$/.test(p) && !/^c$/.test(p)).map((p) => p.replace(/^LK-\w+$/, '<case>'));
  return parts.slice(0, 2).join(':') || plain;
}

async function memoryByClass(redis: Redis): Promise<Map<string, { keys: number; bytes: number }>> {
  const classes = new Map<string, { keys: number; bytes: number }>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'COUNT', 500);
    cursor = next;
    const sizes = await Promise.all(keys.map((k) => redis.memory('USAGE', k, 'SAMPLES', '0')));
    keys.forEach((key, i) => {
      const row = classes.get(keyClass(key)) ?? { keys: 0, bytes: 0 };
      row.keys++;
      row.bytes += sizes[i] ?? 0;
      classes.set(keyClass(key), row);
    });
  } while (cursor !== '0');
  return classes;
}

interface Bench {
  app: App;
  redis: Redis;
  network: CountingNetwork;
  protector: DataProtector;
  waiting: Map<string, () => void>;
  latencies: number[];
}

function phoneOf(n: number): string {
  return `62813${String(n).padStart(8, '0')}`;
}

async function say(bench: Bench, chat: string, id: string, text: string): Promise<void> {
  const handled = new Promise<void>((resolve) => bench.waiting.set(id, resolve));
  await bench.network.accept?.({ messageId: id, chat, sender: chat, senderPhone: chat, isGroup: false, kind: 'text', text, at: Date.now() });
  await handled;
  bench.waiting.delete(id);
}

async function intake(bench: Bench, chat: string, steps: readonly string[]): Promise<void> {
  for (const [n, text] of steps.entries()) await say(bench, chat, `bench-${chat}-${n}`, text);
}

/** Every reply delivered, every case dispatched, no chat waiting. */
async function settle(app: App): Promise<void> {
  for (;;) {
    const [inbox, out, dispatch] = await Promise.all([
      app.inbox.depth(), app.outbound.depth(), app.dispatch.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
    ]);
    const pending = (c: Record<string, number>): number => Object.entries(c).filter(([k]) => k !== 'failed').reduce((a, [, v]) => a + v, 0);
    if (inbox.readyChats === 0 && pending(out) === 0 && pending(dispatch) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whole intakes for `count` new applicants, numbered from `first`; returns messages/s. */
async function runIntakes(bench: Bench, first: number, count: number): Promise<{ rate: number; messages: number }> {
  bench.latencies.length = 0;
  const start = performance.now();
  await inParallel(count, IN_FLIGHT, (i) => intake(bench, phoneOf(first + i), INTAKE));
  const messages = count * INTAKE.length;
  return { rate: messages / ((performance.now() - start) / 1000), messages };
}

/** The stored session of a chat, as the inbox keeps it (to copy it for the seeded population). */
async function storedSession(bench: Bench, chat: string): Promise<unknown> {
  const stored = await bench.app.inbox.loadSession(bench.app.inbox.chatKeyOf(chat));
  if (!stored) throw new Error(`no session for ${chat}: the intake script did not run as expected`);
  return stored.value;
}

async function seed(bench: Bench, from: number, to: number, sessions: readonly unknown[]): Promise<void> {
  const keys = inboxKeys(PREFIX);
  for (let start = from; start < to; start += 1000) {
    const pipeline = bench.redis.pipeline();
    for (let n = start; n < Math.min(to, start + 1000); n++) {
      const key = keys.session(bench.app.inbox.chatKeyOf(`62899${String(n).padStart(8, '0')}`));
      pipeline.hset(key, 'v', 1, 'd', bench.protector.sealJson(sessions[n % sessions.length], key));
    }
    await pipeline.exec();
  }
}

function printMemory(classes: Map<string, { keys: number; bytes: number }>, intakes: number): number {
  const rows = [...classes].sort((a, b) => b[1].bytes - a[1].bytes);
  const total = rows.reduce((sum, [, r]) => sum + r.bytes, 0);
  console.log(`  redis per completed intake  ${(total / intakes / 1024).toFixed(1)} KB (${intakes} intakes, all keys, MEMORY USAGE over SCAN), of which:`);
  for (const [name, r] of rows) {
    console.log(`    ${name.padEnd(40)} ${(r.bytes / intakes).toFixed(0).padStart(7)} B  ${(r.keys / intakes).toFixed(2).padStart(6)} keys`);
  }
  return total / intakes;
}

function printCommands(before: Map<string, number>, after: Map<string, number>, messages: number): void {
  const delta = [...after].map(([name, calls]) => [name, calls - (before.get(name) ?? 0)] as const).filter(([name, d]) => d > 0 && name !== 'info');
  const total = delta.reduce((sum, [, d]) => sum + d, 0);
  const top = delta.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, d]) => `${name} ${(d / messages).toFixed(2)}`).join(', ');
  console.log(`  redis commands/message      ${(total / messages).toFixed(1)} (INFO commandstats, Lua-internal calls included; top: ${top})`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  const server = await startEmbeddedRedis({ dataDir: dir, appendfsync: 'everysec' });
  const config = loadConfig({ REDIS_URL: server.url, DATA_DIR: dir, REDIS_PREFIX: PREFIX, INBOX_CONCURRENCY: String(LANES), PORT: '0', LOG_LEVEL: 'warn' });
  const protector = createDataProtector(randomBytes(32));
  const network = new CountingNetwork();
  const waiting = new Map<string, () => void>();
  const latencies: number[] = [];
  const app = await createApp({
    config, protector, transport: network, clock: Date.now, flow: await buildFlowDeps(config),
    logger: createLogger({ level: 'warn', pretty: false }),
    connect: () => labelled(connectRedis(server.url)),
    onHandled: (id, ms) => {
      latencies.push(ms);
      waiting.get(id)?.();
    },
  });
  await app.start();
  const redis = connectRedis(server.url);
  const bench: Bench = { app, redis, network, protector, waiting, latencies };
  console.log(`Loket pipeline benchmark: whole intakes (${INTAKE.length} messages each, KBLI search and village lookup, up to KIRIM), ${LANES} handler lanes, ${IN_FLIGHT} applicants in flight, redis AOF everysec on loopback`);

  // Phase 1: what a completed intake leaves in Redis, once everything is delivered.
  await redis.config('RESETSTAT');
  const calls0 = await commandCalls(redis);
  const writes0 = socketWrites;
  writesByConnection.clear();
  const warm = await runIntakes(bench, 0, SAMPLE);
  await settle(app);
  const writes = socketWrites - writes0;
  printCommands(calls0, await commandCalls(redis), warm.messages);
  console.log(`  redis round trips/message   ${(writes / warm.messages).toFixed(1)} (socket writes of every connection: handling, replies' delivery, timers, idle polling)`);
  console.log(`    by connection (in the order bot/app.ts opens them; #0 does the handling): ${[...writesByConnection].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${(n / warm.messages).toFixed(2)}`).join(', ')}`);
  const cases = (await Promise.all([0, SAMPLE - 1].map((n) => app.cases.statusFor(phoneOf(n))))).map((c) => c.length);
  if (cases.some((n) => n !== 1)) throw new Error(`an intake did not end in one case (${cases.join(', ')}): the script no longer matches the conversation`);
  const perIntake = printMemory(await memoryByClass(redis), SAMPLE);
  console.log(`  replies sent                ${(network.sent / SAMPLE).toFixed(1)} per intake`);

  // Sessions to copy: one idle after KIRIM, one mid-intake.
  const idle = await storedSession(bench, phoneOf(0));
  await intake(bench, phoneOf(SAMPLE), INTAKE.slice(0, MID_INTAKE_STEP));
  const mid = await storedSession(bench, phoneOf(SAMPLE));
  let next = SAMPLE + 1;
  let seeded = 0;
  type Cpu = { node: number; redis: number };
  const rows: { size: number; rate: number; p50: number; p99: number; rss: number; raw: number; cpu: Cpu; cpuSet: Cpu }[] = [];
  const total = (c: Cpu): number => c.node + c.redis;
  for (const size of SIZES) {
    const before = await usedMemory(redis);
    const target = Math.max(0, size - next);
    await seed(bench, seeded, seeded + target, [idle, mid]);
    const perSeeded = target > 0 ? (await usedMemory(redis) - before) / target : NaN;
    seeded += target;
    const keys = inboxKeys(PREFIX);
    const [idleB, midB] = await Promise.all([0, 1].map((n) => redis.memory('USAGE', keys.session(app.inbox.chatKeyOf(`62899${String(n).padStart(8, '0')}`)), 'SAMPLES', '0')));
    const cpu0 = await cpuMs(redis);
    const run = await runIntakes(bench, next, SAMPLE);
    next += SAMPLE;
    await settle(app);
    const cpu = await cpuSince(redis, cpu0, run.messages);
    const sorted = [...latencies].sort((a, b) => a - b);
    const cpuSet0 = await cpuMs(redis);
    const raw = await baseline(redis, 20_000);
    const cpuSet = await cpuSince(redis, cpuSet0, 20_000);
    rows.push({ size, rate: run.rate, p50: percentile(sorted, 50), p99: percentile(sorted, 99), rss: process.memoryUsage().rss, raw, cpu, cpuSet });
    console.log(`  ${String(size).padStart(7)} applicants: ${run.rate.toFixed(0)} messages/s, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ` +
      `CPU/message ${cpu.node.toFixed(2)} ms node + ${cpu.redis.toFixed(2)} ms redis, baseline ${raw.toFixed(0)} SET/s, ` +
      `session bytes idle ${idleB} / mid-intake ${midB} (seeded: ${perSeeded.toFixed(0)} B each incl. overhead), RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, redis ${((await usedMemory(redis)) / 2 ** 20).toFixed(0)} MB`);
  }
  const first = rows[0];
  if (first) {
    const rates = rows.map((r) => r.rate);
    console.log(`  messages/second        ${first.rate.toFixed(0)} (at ${first.size} applicants)`);
    console.log(`  handling latency p50   ${first.p50.toFixed(1)} ms (accepted -> replies enqueued and session saved)`);
    console.log(`  handling latency p99   ${first.p99.toFixed(1)} ms`);
    console.log(`  baseline SET/second    ${first.raw.toFixed(0)} (ioredis, same concurrency)`);
    console.log(`  pipeline/baseline      ${(first.rate / first.raw).toFixed(3)} (each message costs ~${(first.raw / first.rate).toFixed(1)} raw SETs)`);
    console.log(`  CPU pipeline/baseline  ${(total(first.cpuSet) / total(first.cpu)).toFixed(4)} (CPU of node + redis per message: ${total(first.cpu).toFixed(2)} ms, per raw SET ${(total(first.cpuSet) * 1000).toFixed(1)} µs; steadier than wall clock on a shared machine)`);
    console.log(`  curve                  slowest/fastest stage ${(Math.min(...rates) / Math.max(...rates)).toFixed(2)} by messages/s, ` +
      `${(Math.min(...rows.map((r) => 1 / total(r.cpu))) / Math.max(...rows.map((r) => 1 / total(r.cpu)))).toFixed(2)} by CPU per message (flat within 20% when >= 0.80)`);
  }
  console.log(`  redis per intake       ${(perIntake / 1024).toFixed(1)} KB`);

  await app.stop();
  redis.disconnect();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
