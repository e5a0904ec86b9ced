// Shared fault-test helpers: a private redis-server a test may kill, restart or fill without
// disturbing the other tests, and the service built with the Baileys transport over a fake socket
// (only the WhatsApp network is fake; messages are Baileys' own WebMessageInfo).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { startEmbeddedRedis, pidFileOf, type AppendFsync, type EmbeddedRedis } from '../../../bot/platform/embedded-redis.js';
import { connectRedis, redisMemory } from '../../../workers/platform/redis.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../../support/app.js';
import { makeTransport, SocketFactory, type FakeSocket } from '../../integration/baileys/fake-socket.js';

/**
 * A redis-server of the test's own (or the soak's), restartable on the same port and data (its
 * append-only file), with DEBUG enabled so that it can be made slow on purpose.
 */
export class PrivateRedis {
  private constructor(
    readonly dir: string,
    private server: EmbeddedRedis,
    private readonly appendfsync: AppendFsync,
  ) {}

  static async start(appendfsync: AppendFsync = 'always', dir = mkdtempSync(join(tmpdir(), 'loket-fault-redis-'))): Promise<PrivateRedis> {
    return new PrivateRedis(dir, await startEmbeddedRedis({ dataDir: dir, appendfsync, debugCommand: true }), appendfsync);
  }

  get url(): string {
    return this.server.url;
  }

  /** SIGKILL, as a crash would. */
  kill(): Promise<void> {
    return this.server.kill();
  }

  /** Started again on the same port and data (killed first if it still runs). */
  async restart(): Promise<void> {
    await this.server.kill();
    this.server = await startEmbeddedRedis({ dataDir: this.dir, appendfsync: this.appendfsync, port: this.server.port, debugCommand: true });
  }

  /** DEBUG SLEEP: the server answers nobody for `ms` (on a connection of its own, which it holds up too). */
  async sleep(ms: number): Promise<void> {
    const sleeper = this.client();
    try {
      await sleeper.call('DEBUG', 'SLEEP', String(ms / 1000));
    } finally {
      sleeper.disconnect();
    }
  }

  async usedMemory(): Promise<number> {
    const reader = this.client();
    try {
      return (await redisMemory(reader)).usedBytes;
    } finally {
      reader.disconnect();
    }
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  /** A plain client (commands wait out an outage), closed by the caller. */
  client(): Redis {
    return quiet(connectRedis(this.url));
  }
}

/** A test's own connection: its errors during an outage the test made are expected, not news. */
function quiet(redis: Redis): Redis {
  return redis.on('error', () => undefined);
}

/** The pid a redis-server wrote in its data directory's pid file. */
export function redisPidIn(dataDir: string): number {
  return Number(readFileSync(pidFileOf(dataDir), 'utf8').trim());
}

export interface BaileysTestApp extends TestApp {
  socket: () => FakeSocket;
  /** The Baileys transport's own log lines. */
  waLogs: string[];
  /** The texts the fake socket was asked to send to `jid`. */
  sentTo(jid: string): string[];
}

/** The whole service (inbox, sequencer, workers) with the Baileys transport on a fake, open socket. */
export async function startBaileysApp(redisUrl: string, opts: TestAppOptions = {}): Promise<BaileysTestApp> {
  const factory = new SocketFactory(true);
  const redis = quiet(connectRedis(redisUrl));
  // Lease renewals far beyond the test: a lost lease would drop the socket, which is not under test here.
  const { transport, log } = makeTransport({ redis, keyPrefix: `fault-wa-${Date.now()}`, leaseMs: 3_000_000 }, factory);
  const t = await startTestApp({ ...opts, env: { REDIS_URL: redisUrl, ...opts.env }, overrides: { transport, ...opts.overrides } });
  const stop = async (): Promise<void> => {
    await t.stop();
    redis.disconnect();
  };
  const sentTo = (jid: string): string[] =>
    factory.sockets.flatMap((s) => s.sent).filter((r) => r.jid === jid).map((r) => ('text' in r.content ? String(r.content.text) : ''));
  return { ...t, stop, socket: () => factory.last, sentTo, waLogs: log.lines };
}
