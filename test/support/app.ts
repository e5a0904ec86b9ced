// Starts the real service (inbox, sequencer, BullMQ workers, simulator, HTTP) against the test
// Redis, with its own key prefix, data directory and captured logs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createApp, type App, type AppDeps } from '../../bot/app.js';
import { buildFlowDeps } from '../../bot/flow-deps.js';
import { loadConfig, type Config } from '../../bot/platform/config.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { createLogger } from '../../workers/platform/logger.js';
import { connectRedis } from '../../workers/platform/redis.js';
import type { FlowDeps } from '../../flows/index.js';
import { testRedisUrl, uniquePrefix } from './redis.js';
import { waitUntil } from './wait.js';

export { waitUntil };

export interface TestApp {
  app: App;
  url: string;
  config: Config;
  logs: string[];
  key: Buffer;
  /** Resolves once every accepted message is handled and every reply delivered. */
  settle(timeoutMs?: number): Promise<void>;
  phone(from: string, chat?: string): SimPhone;
  stop(): Promise<void>;
}


/**
 * Nothing left to do, read upstream first: a handler queues its replies, timers and dispatch before
 * its entry leaves the inbox, and jobs queue their messages before they end, so reading each stage
 * after the ones that feed it cannot miss work moving between them (reads taken side by side can:
 * an inbox read just after a commit and an outbound read just before it both see nothing).
 */
async function isSettled(app: App): Promise<boolean> {
  const pending = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
  const unsent = (counts: Record<string, number>): number => pending(counts) - (counts.failed ?? 0);
  if ((await app.inbox.depth()).readyChats > 0) return false;
  if (pending(await app.timers.queue.getJobCounts('waiting', 'active')) > 0) return false;
  if (pending(await app.dispatch.queue.getJobCounts('waiting', 'active', 'delayed')) > 0) return false;
  if (unsent(await app.broadcasts.depth()) > 0) return false;
  return unsent(await app.outbound.depth()) === 0;
}

let flowDeps: Promise<FlowDeps> | undefined;

export interface TestAppOptions {
  env?: Record<string, string>;
  key?: Buffer;
  prefix?: string;
  dataDir?: string;
  clock?: () => number;
  overrides?: Partial<AppDeps>;
}

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: opts.prefix ?? uniquePrefix('app'),
    DATA_DIR: opts.dataDir ?? mkdtempSync(join(tmpdir(), 'loket-data-')),
    PORT: '0',
    LOG_LEVEL: 'info',
    INBOX_CONCURRENCY: '4',
    ...opts.env,
  });
  const logs: string[] = [];
  const destination = new Writable({ write(chunk: Buffer, _enc, done) { logs.push(chunk.toString()); done(); } });
  const key = opts.key ?? randomBytes(32);
  const flowConfig = await (flowDeps ??= buildFlowDeps(config));
  const app = await createApp({
    config,
    logger: createLogger({ level: config.LOG_LEVEL, pretty: false, destination }),
    protector: createDataProtector(key),
    connect: () => connectRedis(config.REDIS_URL ?? ''),
    flow: flowConfig,
    clock: opts.clock ?? Date.now,
    ...opts.overrides,
  });
  await app.start();
  const address = await app.server.listen({ port: 0, host: '127.0.0.1' });
  const settle = (timeoutMs = 15_000): Promise<void> => waitUntil(() => isSettled(app), timeoutMs, 'the service to settle');
  return { app, url: address, config, logs, key, settle, phone: (from, chat) => new SimPhone(address, from, settle, chat), stop: () => app.stop() };
}

export interface SimMessage { seq: number; chat: string; id?: string; text?: string; image?: unknown; document?: unknown }

/** A phone talking to the simulator over its public HTTP API. */
export class SimPhone {
  private after = 0;
  constructor(
    readonly baseUrl: string,
    readonly from: string,
    private readonly settle: () => Promise<void>,
    readonly chat?: string,
    /** Sent as `Authorization: Bearer <token>` to a locked simulator. */
    private readonly token?: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...extra, ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) };
  }

  async send(body: Record<string, unknown> | string): Promise<{ id: string; duplicate: boolean }> {
    const payload = typeof body === 'string' ? { text: body } : body;
    const res = await fetch(`${this.baseUrl}/sim/inbound`, {
      method: 'POST',
      headers: this.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({ from: this.from, ...(this.chat ? { chat: this.chat } : {}), ...payload }),
    });
    if (res.status !== 202) throw new Error(`POST /sim/inbound answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as { id: string; duplicate: boolean };
  }

  /** Waits (long-polling) until at least `count` new messages have arrived, and returns them. */
  async receive(count = 1, timeoutMs = 15_000): Promise<SimMessage[]> {
    const got: SimMessage[] = [];
    const deadline = Date.now() + timeoutMs;
    while (got.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} message(s) for ${this.chat ?? this.from}, got ${got.length}: ${JSON.stringify(got.map((m) => m.text?.slice(0, 80)))}`);
      const res = await fetch(`${this.baseUrl}/sim/outbox?chat=${encodeURIComponent(this.chat ?? this.from)}&after=${this.after}&wait=${Math.min(left, 5000)}`, { headers: this.headers() });
      const body = (await res.json()) as { messages: SimMessage[]; next: number };
      got.push(...body.messages);
      this.after = body.next;
    }
    return got;
  }

  /** Everything that arrived since the last read (call after the service has settled). */
  async drain(): Promise<SimMessage[]> {
    const res = await fetch(`${this.baseUrl}/sim/outbox?chat=${encodeURIComponent(this.chat ?? this.from)}&after=${this.after}`, { headers: this.headers() });
    const body = (await res.json()) as { messages: SimMessage[]; next: number };
    this.after = body.next;
    return body.messages;
  }

  /** Sends a message, waits until the service has handled it, and returns all replies as one text. */
  async ask(message: string | Record<string, unknown>): Promise<string> {
    await this.send(message);
    await this.settle();
    return (await this.drain()).map((m) => m.text ?? '').join('\n---\n');
  }
}
