// Runs a private redis-server child so that `npm start` works on a fresh machine with no setup.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { once } from 'node:events';

export type AppendFsync = 'always' | 'everysec' | 'no';

export interface EmbeddedRedisOptions {
  dataDir: string;
  appendfsync: AppendFsync;
  /** A fixed port (to restart on the same address); a free loopback port when absent. */
  port?: number;
  binary?: string;
}

export interface EmbeddedRedis {
  url: string;
  port: number;
  pid: number;
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
  const exited = once(child, 'exit');
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
