// Runs a private redis-server child so that `npm start` works on a fresh machine with no setup.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { once } from 'node:events';

export type AppendFsync = 'always' | 'everysec' | 'no';

export interface EmbeddedRedisOptions {
  dataDir: string;
  appendfsync: AppendFsync;
  /** A fixed port (to restart on the same address); a free loopback port when absent. */
  port?: number;
  binary?: string;
  /** DEBUG from loopback clients (tests and the soak make the server slow on purpose); off in production. */
  debugCommand?: boolean;
}

export interface EmbeddedRedis {
  url: string;
  port: number;
  pid: number;
  /** Resolves when the server exits, by any cause, with the signal or code it exited with. */
  exited: Promise<string>;
  /** SIGTERM and wait: redis flushes the AOF before it exits. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
}

export class RedisNotInstalledError extends Error {
  constructor(binary: string) {
    super(
      `"${binary}" was not found. Loket runs a local Redis when REDIS_URL is not set. ` +
        'Install it with: apt-get install -y redis-server (or set REDIS_URL to an existing server).',
    );
    this.name = 'RedisNotInstalledError';
  }
}

export class RedisStartError extends Error {
  constructor(detail: string) {
    super(`The embedded redis-server did not start: ${detail}`);
    this.name = 'RedisStartError';
  }
}

export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The embedded server's pid file, inside its data directory. */
export function pidFileOf(dataDir: string): string {
  return join(dataDir, 'redis-server.pid');
}

function redisArgs(opts: EmbeddedRedisOptions, port: number): string[] {
  return [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', opts.dataDir,
    '--appendonly', 'yes',
    '--appendfsync', opts.appendfsync,
    '--maxmemory-policy', 'noeviction',
    '--save', '',
    '--daemonize', 'no',
    '--protected-mode', 'yes',
    // Where an operator (or a fault test) finds the server's process.
    '--pidfile', pidFileOf(opts.dataDir),
    ...(opts.debugCommand ? ['--enable-debug-command', 'local'] : []),
  ];
}

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new RedisStartError(`exit code ${code}: ${output.slice(-500)}`)));
  });
}

export async function startEmbeddedRedis(opts: EmbeddedRedisOptions): Promise<EmbeddedRedis> {
  mkdirSync(opts.dataDir, { recursive: true });
  const port = opts.port ?? (await freeLoopbackPort());
  const binary = opts.binary ?? 'redis-server';
  const child = spawn(binary, redisArgs(opts, port), { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await waitUntilReady(child);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new RedisNotInstalledError(binary);
    throw err;
  }
  child.stdout?.resume();
  child.stderr?.resume();
  const exited = once(child, 'exit').then(([code, signal]) => String(signal ?? `exit code ${code}`));
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    exited,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

export interface SupervisorEvents {
  /** The server died on its own (a crash, the OOM killer, an operator's kill). */
  died(reason: string): void;
  restarted(pid: number, afterMs: number): void;
  /** A restart attempt failed; another follows after `retryInMs`. */
  restartFailed(err: unknown, retryInMs: number): void;
}

const RESTART_FIRST_DELAY_MS = 100;
const RESTART_MAX_DELAY_MS = 10_000;

/**
 * The embedded server, kept running: when it dies, it is started again on the same port and data
 * directory (its append-only file brings back everything acknowledged), with a growing delay while
 * it keeps failing. Clients keep the same URL and reconnect by themselves. `stop()` ends supervision.
 */
export async function superviseEmbeddedRedis(opts: EmbeddedRedisOptions, events: SupervisorEvents, start = startEmbeddedRedis): Promise<EmbeddedRedis> {
  let current = await start(opts);
  const fixed: EmbeddedRedisOptions = { ...opts, port: current.port };
  let stopping = false;
  let restarting: Promise<void> | undefined;
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  async function startAgain(diedAt: number): Promise<void> {
    for (let delay = RESTART_FIRST_DELAY_MS; !stopping; delay = Math.min(delay * 2, RESTART_MAX_DELAY_MS)) {
      await sleep(delay);
      if (stopping) return;
      try {
        current = await start(fixed);
      } catch (err) {
        events.restartFailed(err, Math.min(delay * 2, RESTART_MAX_DELAY_MS));
        continue;
      }
      events.restarted(current.pid, Date.now() - diedAt);
      watch();
      return;
    }
  }

  function watch(): void {
    const watched = current;
    void watched.exited.then((reason) => {
      if (stopping || watched !== current) return;
      events.died(reason);
      restarting = startAgain(Date.now()).finally(() => { restarting = undefined; });
    });
  }

  watch();
  return {
    url: current.url,
    port: current.port,
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    stop: async () => {
      stopping = true;
      // A restart under way finishes first, so that the server it started is the one stopped.
      await restarting;
      await current.stop();
    },
    kill: () => current.kill(),
  };
}
