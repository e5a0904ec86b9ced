// A local three-master Redis Cluster for tests: three redis-server processes with
// --cluster-enabled on free loopback ports (each also needs port + 10000 free, for the cluster
// bus), joined with `redis-cli --cluster create`, ready once every node says cluster_state:ok.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { waitUntil } from '../../../support/wait.js';

const run = promisify(execFile);

export interface LocalCluster {
  ports: number[];
  /** "127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3", as REDIS_CLUSTER_NODES takes it. */
  nodes: string;
  stop(): Promise<void>;
}

async function isFree(port: number): Promise<boolean> {
  const server = createServer();
  // Not events.once(server, 'listening'): it rejects on 'error', and a port in use must answer false.
  const outcome = await new Promise<boolean>((resolve) => {
    server.once('listening', () => resolve(true));
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1');
  });
  if (outcome) await new Promise<void>((resolve) => server.close(() => resolve()));
  return outcome;
}

/** A free port whose cluster-bus port (port + 10000) is free too. */
async function freeClusterPort(taken: readonly number[]): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if (!taken.includes(port) && (await isFree(port)) && (await isFree(port + 10_000))) return port;
  }
}

function startNode(port: number, dir: string): ChildProcess {
  return spawn('redis-server', [
    '--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes',
    '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--cluster-node-timeout', '2000',
    '--dir', dir, '--appendonly', 'yes', '--appendfilename', `appendonly-${port}.aof`, '--appenddirname', `aof-${port}`,
    '--save', '', '--maxmemory-policy', 'noeviction',
  ], { stdio: 'ignore' });
}

async function clusterOk(port: number): Promise<boolean> {
  const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info']).catch(() => ({ stdout: '' }));
  return stdout.includes('cluster_state:ok');
}

export async function startLocalCluster(): Promise<LocalCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-cluster-'));
  const ports: number[] = [];
  for (let i = 0; i < 3; i++) ports.push(await freeClusterPort(ports));
  const children = ports.map((port) => startNode(port, dir));
  const stop = async (): Promise<void> => {
    await Promise.all(children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil(async () => (await Promise.all(ports.map(async (p) => (await run('redis-cli', ['-p', String(p), 'ping']).catch(() => ({ stdout: '' }))).stdout.includes('PONG')))).every(Boolean), 10_000, 'the cluster nodes to answer');
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    await waitUntil(async () => (await Promise.all(ports.map(clusterOk))).every(Boolean), 20_000, 'cluster_state:ok on every node');
  } catch (err) {
    await stop();
    throw err;
  }
  return { ports, nodes: ports.map((p) => `127.0.0.1:${p}`).join(','), stop };
}
