// Redis Cluster, piece by piece on a local three-master cluster: the REDIS_CLUSTER_NODES setting,
// BullMQ queues with a hash-tagged prefix (and why they need one), the in-memory roster, whose change
// announcements (PUBLISH) reach every instance whichever node each is connected to, and SCAN over
// every master. The whole service on a cluster: journey.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, Worker } from 'bullmq';
import type { Cluster } from 'ioredis';
import { ConfigError, loadConfig } from '../../../bot/platform/config.js';
import { scanPages } from '../../../workers/platform/redis-client.js';
import { connectRedis } from '../../../workers/platform/redis.js';
import { runUntilExit } from '../../support/service-process.js';
import { ClusterNodesError, clusterQueuePrefix, connectRedisCluster, parseClusterNodes } from '../../../workers/platform/redis-cluster.js';
import { RosterStore } from '../../../workers/staff/roster.js';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { uniquePrefix } from '../../support/redis.js';
import { waitUntil } from '../../support/wait.js';
import { startLocalCluster, type LocalCluster } from './support/local-cluster.js';

describe('REDIS_CLUSTER_NODES', () => {
  it.each([
    ['127.0.0.1:7000,127.0.0.1:7001', [{ host: '127.0.0.1', port: 7000 }, { host: '127.0.0.1', port: 7001 }]],
    [' redis-a:6379 , redis-b:6380 ', [{ host: 'redis-a', port: 6379 }, { host: 'redis-b', port: 6380 }]],
    ['10.0.0.5:7000,', [{ host: '10.0.0.5', port: 7000 }]],
  ])('reads %j', (text, nodes) => {
    expect(parseClusterNodes(text)).toEqual(nodes);
  });

  it.each(['redis-a', 'redis-a:', ':7000', 'redis-a:70000', 'redis-a:0'])('refuses %j, naming the entry', (text) => {
    expect(() => parseClusterNodes(text)).toThrow(ClusterNodesError);
    expect(() => parseClusterNodes(text)).toThrow(text.trim());
  });
});

describe('the configuration with REDIS_CLUSTER_NODES', () => {
  const base = { DATA_DIR: '/tmp/loket-config-test', REDIS_PREFIX: 'kab' };

  it.each([
    [{}, [], 'kab'],
    [{ REDIS_URL: 'redis://127.0.0.1:6379' }, [], 'kab'],
    [{ REDIS_CLUSTER_NODES: '10.0.0.1:7000, 10.0.0.2:7000' }, [{ host: '10.0.0.1', port: 7000 }, { host: '10.0.0.2', port: 7000 }], '{kab}'],
  ])('%j: the nodes, and every key under the prefix, hash-tagged on a cluster', (env, nodes, keyPrefix) => {
    const config = loadConfig({ ...base, ...env });
    expect(config.redisClusterNodes).toEqual(nodes);
    expect(config.redisKeyPrefix).toBe(keyPrefix);
  });

  it.each([
    [{ REDIS_CLUSTER_NODES: '10.0.0.1' }, /REDIS_CLUSTER_NODES: .*"10\.0\.0\.1"/],
    [{ REDIS_CLUSTER_NODES: ' , ' }, /REDIS_CLUSTER_NODES: no node given/],
    [{ REDIS_CLUSTER_NODES: '10.0.0.1:7000', REDIS_URL: 'redis://127.0.0.1:6379' }, /not both/],
  ])('refuses %j, saying why', (env, reason) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(reason);
  });
});

describe('on a local three-master cluster', () => {
  let cluster: LocalCluster;
  const open: Cluster[] = [];
  const protector = createDataProtector(randomBytes(32));

  function connect(): Cluster {
    const made = connectRedisCluster(parseClusterNodes(cluster.nodes));
    open.push(made);
    return made;
  }

  beforeAll(async () => {
    cluster = await startLocalCluster();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(open.map((c) => c.quit().catch(() => c.disconnect())));
    await cluster.stop();
  });

  it('runs a BullMQ queue whose prefix carries a hash tag; without one its scripts are refused (CROSSSLOT)', async () => {
    const prefix = uniquePrefix('cluster');
    const tagged = new Queue('outbound', { connection: connect(), prefix: clusterQueuePrefix(prefix, 'outbound') });
    const done: string[] = [];
    const worker = new Worker('outbound', (job) => {
      done.push(String((job.data as { n: number }).n));
      return Promise.resolve();
    }, { connection: connect(), prefix: clusterQueuePrefix(prefix, 'outbound') });
    await tagged.addBulk(Array.from({ length: 20 }, (_, n) => ({ name: 'send', data: { n } })));
    await waitUntil(() => done.length === 20, 20_000, 'every job to be processed');
    expect(done.sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, n) => String(n)));
    const untagged = new Queue('outbound', { connection: connect(), prefix: `${prefix}:bull` });
    await expect(untagged.add('send', {})).rejects.toThrow(/CROSSSLOT/);
    await Promise.all([worker.close(), tagged.close(), untagged.close()]);
  });

  it('scans keys on every master, wherever their slots are', async () => {
    const prefix = uniquePrefix('cluster-scan');
    const client = connect();
    // Untagged keys spread over the masters' slots; a cluster's own SCAN would read one node only.
    const keys = Array.from({ length: 30 }, (_, n) => `${prefix}:k${n}`);
    for (const key of keys) await client.set(key, '1');
    const found: string[] = [];
    for await (const page of scanPages(client, `${prefix}:*`, 5)) found.push(...page);
    expect(found.sort()).toEqual([...keys].sort());
  });

  it('the service refuses to start when one of the masters may evict keys, naming the setting', async () => {
    const last = cluster.ports[cluster.ports.length - 1];
    const master = connectRedis(`redis://127.0.0.1:${last}`);
    await master.config('SET', 'maxmemory-policy', 'allkeys-lru');
    try {
      const env = { REDIS_URL: '', REDIS_CLUSTER_NODES: cluster.nodes, REDIS_PREFIX: uniquePrefix('cluster-fit'), DATA_DIR: mkdtempSync(join(tmpdir(), 'loket-cluster-fit-')) };
      const { code, output } = await runUntilExit(env);
      expect(code).toBe(1);
      expect(output).toContain('allkeys-lru');
      expect(output).toContain('noeviction');
    } finally {
      await master.config('SET', 'maxmemory-policy', 'noeviction');
      master.disconnect();
    }
  });

  it('announces roster changes to every instance, whichever node each listens on', async () => {
    const prefix = uniquePrefix('cluster-cache');
    const instances = await Promise.all([0, 1].map(async () => {
      const roster = new RosterStore(connect(), protector, prefix);
      await roster.watch(connect());
      return { roster };
    }));
    const [a, b] = instances;
    if (!a || !b) throw new Error('two instances expected');
    const operator = { phone: '6281234500001', name: 'Vina (contoh)', role: 'operator' as const, areas: ['35.05.02.2007'] };
    expect(await a.roster.get(operator.phone)).toBeUndefined();
    await b.roster.create(operator);
    await waitUntil(async () => (await a.roster.get(operator.phone))?.name === operator.name, 10_000, 'the roster change to reach the other instance');
    await b.roster.update(operator.phone, { active: false });
    await waitUntil(async () => (await a.roster.get(operator.phone))?.active === false, 10_000, 'the update to reach the other instance');
  });
});
