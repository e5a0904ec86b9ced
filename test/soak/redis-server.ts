// The soak's own redis-server, as production would run it (AOF with `appendfsync always`, no
// eviction), with the DEBUG command enabled so that the soak can make it slow on purpose. It can be
// SIGKILLed and started again on the same port and data directory: the service keeps its REDIS_URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { freeLoopbackPort } from '../../bot/platform/embedded-redis.js';

export interface SoakRedis {
  url: string;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
  /** The same server again: same port, same data directory, its AOF. */
  startAgain(): Promise<void>;
  /** DEBUG SLEEP: the server answers nobody for `ms`. */
  sleep(ms: number): Promise<void>;
  usedMemory(): Promise<number>;
  stop(): Promise<void>;
}

export type AppendFsync = 'always' | 'everysec';

function redisArgs(port: number, dir: string, fsync: AppendFsync): string[] {
  return [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
    '--appendonly', 'yes', '--appendfsync', fsync, '--maxmemory-policy', 'noeviction', '--save', '',
    '--enable-debug-command', 'local', '--daemonize', 'no',
  ];
}

async function spawnReady(port: number, dir: string, fsync: AppendFsync): Promise<ChildProcess> {
  const child = spawn('redis-server', redisArgs(port, dir, fsync), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-400)}`)));
  });
  child.stdout?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

/** `appendfsync always` as production runs it; `everysec` to see what the fsyncs cost. */
export async function startSoakRedis(dir: string, fsync: AppendFsync = 'always'): Promise<SoakRedis> {
  const port = await freeLoopbackPort();
  let child = await spawnReady(port, dir, fsync);
  const url = `redis://127.0.0.1:${port}`;
  // The soak's own look at the server; never the service's connections.
  const control = new Redis(url, { maxRetriesPerRequest: null });
  // While the server is down on purpose, reconnect attempts fail: expected, and not worth a line.
  control.on('error', () => undefined);
  return {
    url,
    kill: () => killHard(child),
    async startAgain() {
      child = await spawnReady(port, dir, fsync);
    },
    async sleep(ms) {
      // A connection of its own: DEBUG SLEEP holds up whoever sent it, too.
      const sleeper = new Redis(url, { maxRetriesPerRequest: null });
      sleeper.on('error', () => undefined);
      try {
        await sleeper.call('DEBUG', 'SLEEP', String(ms / 1000));
      } finally {
        sleeper.disconnect();
      }
    },
    async usedMemory() {
      const info = await control.info('memory');
      return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
    },
    async stop() {
      control.disconnect();
      await killHard(child);
    },
  };
}
