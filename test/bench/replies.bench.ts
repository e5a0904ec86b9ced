// npm run bench:replies: how long applicants wait for a reply when many chat at once on a number
// paced like a real one, while 1,000 SIARAN letters wait to go out; then the NIB relay (an
// operator's NIB command to the applicant's message). Through the running service: startTestApp on
// the simulator, over its HTTP API, with its own redis-server. Prints figures, asserts nothing.
//
// Each applicant walks the real intake (the e2e script), waits for the reply to each message, then
// "thinks" (THINK_MS ±50 %) before the next; new turns stop after --seconds, and every reply still
// owed is waited for. "Reply" = the first message the service sends in answer (its id is the
// inbound id + "#0"). Self-contained: it runs unchanged on an older checkout (the settings it does
// not know are ignored there), so before/after can run back to back.
//
//   npx tsx test/bench/replies.bench.ts [--applicants 200] [--rate 1] [--turns 6] [--seconds 180]
//        [--think-ms 30000] [--letters 1000] [--nib 20] [--start-spread-ms 5000]
//   --rate: the whole number's cap, messages/s (1 = one real number; 8 ≈ eight numbers' buckets)
import { percentile as nearestRank } from '../../flows/reports/stats.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { VILLAGE, submitCase } from '../support/casework.js';
import { SUMBERJO_UP_TO_KIRIM } from '../e2e/support/intake-script.js';

const { values: args } = parseArgs({
  options: {
    applicants: { type: 'string', default: '200' },
    rate: { type: 'string', default: '1' },
    turns: { type: 'string', default: '6' },
    seconds: { type: 'string', default: '180' },
    'think-ms': { type: 'string', default: '30000' },
    letters: { type: 'string', default: '1000' },
    nib: { type: 'string', default: '20' },
    'memory-sample': { type: 'string', default: '200' },
    'start-spread-ms': { type: 'string', default: '5000' },
  },
});
const APPLICANTS = Number(args.applicants);
const RATE = Number(args.rate);
const TURNS = Math.min(Number(args.turns), SUMBERJO_UP_TO_KIRIM.length);
const SECONDS = Number(args.seconds);
const THINK_MS = Number(args['think-ms']);
const LETTERS = Number(args.letters);
const NIB_CASES = Number(args.nib);
const MEMORY_SAMPLE = Number(args['memory-sample']);
/** Applicants write their first message within this window: 5 s is "all at once" (a market day). */
const START_SPREAD_MS = Number(args['start-spread-ms']);

const GROUP = 'koordinator@g.us';
const KOORDINATOR = { phone: '6281234500090', name: 'Koordinator (contoh)', role: 'coordinator' as const, areas: ['35.05'] };
const OPERATOR = { phone: '6281234500001', name: 'Operator (contoh)', role: 'operator' as const, areas: [VILLAGE.code] };
const NIB = '9120001234567';

/** A real number's pace (docs/whatsapp.md), set explicitly so the simulator behaves like one. */
function pacedEnv(): Record<string, string> {
  return {
    WA_TRANSPORT: 'sim', OUTBOUND_RATE_PER_SECOND: String(RATE), OUTBOUND_BURST: String(Math.max(10, Math.round(10 * RATE))),
    // Before: one worker, a jitter sleep of up to 400 ms before each send (the old Baileys default).
    OUTBOUND_JITTER_MS: '400',
    // After: reading and typing delays, bulk at six a minute.
    OUTBOUND_READ_MS: '500', OUTBOUND_GAP_MS: '800', OUTBOUND_TYPING_MS: '600', OUTBOUND_TYPING_MS_PER_CHAR: '10', OUTBOUND_TYPING_MAX_MS: '1500',
    OUTBOUND_BULK_PER_MINUTE: '6',
    BROADCAST_RATE_PER_MINUTE: '6000', CASE_TIMER_POLL_MS: '3600000',
    HTTP_RATE_LIMIT_PER_MINUTE: '100000000', INBOX_CONCURRENCY: '16', LOG_LEVEL: 'warn',
  };
}

interface OutboxMessage { seq: number; id?: string; text?: string }

let messagesSeen = 0;

class Client {
  private after = 0;
  constructor(private readonly url: string, readonly from: string, readonly chat = from) {}

  async send(text: string): Promise<string> {
    const res = await fetch(`${this.url}/sim/inbound`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: this.from, chat: this.chat, text }),
    });
    if (res.status !== 202) throw new Error(`/sim/inbound answered ${res.status}`);
    return ((await res.json()) as { id: string }).id;
  }

  /** Waits until a message with this id arrives; returns when it was seen (ms since epoch). */
  async waitFor(id: string, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const res = await fetch(`${this.url}/sim/outbox?chat=${encodeURIComponent(this.chat)}&after=${this.after}&wait=5000`);
      const body = (await res.json()) as { messages: OutboxMessage[]; next: number };
      this.after = body.next;
      messagesSeen += body.messages.length;
      if (body.messages.some((m) => m.id === id)) return Date.now();
    }
    throw new Error(`no message ${id} within ${timeoutMs} ms`);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: readonly number[], p: number): number {
  return nearestRank(values, p) ?? Number.NaN;
}

function summary(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(`${label}: n ${sorted.length}  p50 ${Math.round(percentile(sorted, 50))} ms  p90 ${Math.round(percentile(sorted, 90))} ms  max ${Math.round(sorted.at(-1) ?? Number.NaN)} ms`);
  console.log(`${label}: p99 ${Math.round(percentile(sorted, 99))} ms`);
}

/**
 * Redis bytes the outbound queue(s) and send markers keep per message sent, once all are delivered:
 * on a service of its own (own prefix, no pacing), so the paced run starts with a full bucket.
 */
async function bytesPerMessageSent(dataDir: string): Promise<void> {
  const t = await startTestApp({ env: { LOG_LEVEL: 'warn', HTTP_RATE_LIMIT_PER_MINUTE: '100000000' }, dataDir });
  try {
    await measureOutboundBytes(t);
  } finally {
    await t.stop();
  }
}

async function measureOutboundBytes(t: TestApp): Promise<void> {
  const chats = Array.from({ length: 20 }, (_, i) => `62813${String(700000 + i)}`);
  const messages = Array.from({ length: MEMORY_SAMPLE }, (_, i) => ({ id: `mem-${i}#0`, chat: chats[i % chats.length] ?? '', text: `Balasan contoh nomor ${i}: `.padEnd(250, 'x') }));
  await t.app.outbound.enqueue(messages, 3);
  await waitDrained(t, 600_000);
  const prefix = t.config.REDIS_PREFIX;
  let bytes = 0;
  let keys = 0;
  for (const pattern of [`${prefix}:bull:outbound*`, `${prefix}:sent:*`]) {
    for (const key of await t.app.redis.keys(pattern)) {
      bytes += Number(await t.app.redis.memory('USAGE', key)) || 0;
      keys += 1;
    }
  }
  console.log(`outbound memory: ${keys} keys, ${bytes} bytes after ${messages.length} messages sent: ${Math.round(bytes / messages.length)} bytes per message sent`);
}

async function waitDrained(t: TestApp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const depth = await t.app.outbound.depth();
    if ((depth.waiting ?? 0) + (depth.active ?? 0) + (depth.delayed ?? 0) + (depth.prioritized ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error('outbound queue did not drain');
    await sleep(200);
  }
}

/** 1,000 people agreed to announcements; the coordinators send a SIARAN to all of them. */
async function startLetters(t: TestApp): Promise<void> {
  if (LETTERS <= 0) return;
  await t.app.roster.create(KOORDINATOR);
  for (let i = 0; i < LETTERS; i++) await t.app.audience.agree(`62857${String(1_000_000 + i)}`, 'id', Date.now());
  const group = new Client(t.url, KOORDINATOR.phone, GROUP);
  await group.send('SIARAN Kantor desa tutup hari Jumat untuk kerja bakti. Pendaftaran NIB buka lagi hari Senin.');
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const depth = await t.app.outbound.depth();
    if ((depth.prioritized ?? 0) + (depth.waiting ?? 0) >= LETTERS * 0.9) break;
    await sleep(500);
  }
  const depth = await t.app.outbound.depth();
  console.log(`bulk: ${(depth.prioritized ?? 0) + (depth.waiting ?? 0)} SIARAN letters queued before the applicants start`);
}

async function applicant(t: TestApp, n: number, stopAt: number, latencies: number[]): Promise<void> {
  const client = new Client(t.url, `62812${String(3_000_000 + n)}`);
  await sleep(Math.random() * START_SPREAD_MS);
  for (const [text] of SUMBERJO_UP_TO_KIRIM.slice(0, TURNS)) {
    const sentAt = Date.now();
    const id = await client.send(text);
    latencies.push((await client.waitFor(`${id}#0`, 1_800_000)) - sentAt);
    if (Date.now() > stopAt) return;
    await sleep(THINK_MS * (0.5 + Math.random()));
  }
}

async function nibRelay(t: TestApp): Promise<number[]> {
  await t.app.roster.create(OPERATOR);
  const operator = new Client(t.url, OPERATOR.phone);
  const samples: number[] = [];
  for (let i = 0; i < NIB_CASES; i++) {
    const phone = `62812${String(5_000_000 + i)}`;
    const id = await submitCase(t.app, phone);
    const deadline = Date.now() + 120_000;
    while ((await t.app.cases.get(id))?.fields.deskCode === undefined && Date.now() < deadline) await sleep(100);
    const claim = await operator.send(`KLAIM ${id}`);
    await operator.waitFor(`${claim}#0`, 600_000);
    const sentAt = Date.now();
    await operator.send(`NIB ${id} ${NIB}`);
    samples.push((await new Client(t.url, phone).waitFor(`nib:${id}`, 600_000)) - sentAt);
  }
  return samples;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-replies-'));
  const redis = await startEmbeddedRedis({ dataDir: join(dir, 'redis'), appendfsync: 'everysec' });
  process.env.LOKET_TEST_REDIS_URL = redis.url;
  console.log(`bench:replies in ${process.cwd()}: ${APPLICANTS} applicants, ${TURNS} turns each (new turns stop after ${SECONDS} s), think ${THINK_MS} ms ±50 %, first messages within ${START_SPREAD_MS} ms, number cap ${RATE} msg/s, ${LETTERS} SIARAN letters, ${NIB_CASES} NIB relays`);
  await bytesPerMessageSent(join(dir, 'memory'));
  const t = await startTestApp({ env: pacedEnv(), dataDir: join(dir, 'data') });
  try {
    await startLetters(t);
    const latencies: number[] = [];
    const started = Date.now();
    await Promise.all(Array.from({ length: APPLICANTS }, (_, n) => applicant(t, n, started + SECONDS * 1000, latencies)));
    const elapsed = (Date.now() - started) / 1000;
    console.log(`replies: ${latencies.length} turns in ${elapsed.toFixed(0)} s (${(latencies.length / elapsed).toFixed(2)} turns/s), ${messagesSeen} messages seen (${(messagesSeen / latencies.length).toFixed(2)} per turn)`);
    summary('reply latency', latencies);
    const depth = await t.app.outbound.depth();
    console.log(`bulk: ${(depth.prioritized ?? 0) + (depth.waiting ?? 0) + (depth.delayed ?? 0)} letters still queued after the conversations`);
    if (NIB_CASES > 0) summary('NIB relay', await nibRelay(t));
  } finally {
    await t.stop();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
