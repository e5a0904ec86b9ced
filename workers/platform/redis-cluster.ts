// Redis Cluster connections (REDIS_CLUSTER_NODES). On a cluster every key of a deployment carries
// one hash tag (clusterKeyPrefix), so each script, MULTI and BullMQ queue touches one slot; how the
// load could spread over several masters is in docs/scaling.md.
import { Cluster, type ClusterOptions, type Redis } from 'ioredis';

export interface ClusterNode {
  host: string;
  port: number;
}

export class ClusterNodesError extends Error {
  constructor(entry: string) {
    super(`REDIS_CLUSTER_NODES has "${entry}", which is not host:port. Give the nodes comma-separated, e.g. "10.0.0.1:7000,10.0.0.2:7000".`);
    this.name = 'ClusterNodesError';
  }
}

/** "10.0.0.1:7000, redis-b:7001" → the seed nodes; any node of the cluster will do, the rest are discovered. */
export function parseClusterNodes(text: string): ClusterNode[] {
  return text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '').map((entry) => {
    const match = /^(.+):(\d{1,5})$/.exec(entry);
    const port = Number(match?.[2]);
    if (!match?.[1] || port < 1 || port > 65535) throw new ClusterNodesError(entry);
    return { host: match[1], port };
  });
}

export function connectRedisCluster(nodes: readonly ClusterNode[], options: ClusterOptions = {}): Cluster {
  // BullMQ refuses a passed-in cluster whose node options set maxRetriesPerRequest; null also lets
  // commands wait out a failover instead of failing, as for a single node.
  return new Cluster([...nodes], { ...options, redisOptions: { maxRetriesPerRequest: null, ...options.redisOptions } });
}

/**
 * A BullMQ prefix for one queue on a cluster: BullMQ's scripts touch many keys of a queue at once,
 * so they must share a hash slot (the braces), and each queue gets its own tag so that queues
 * spread over the nodes. Every Queue and Worker of the queue must use the same prefix.
 */
export function clusterQueuePrefix(prefix: string, queue: string): string {
  return `{${prefix}:q:${queue}}`;
}

/**
 * The key prefix on a cluster: `loket` becomes `{loket}`, so `{loket}:session:…` and BullMQ's
 * `{loket}:bull:<queue>:…` hash to one slot and every multi-key script stays valid.
 */
export function clusterKeyPrefix(prefix: string): string {
  return `{${prefix}}`;
}

/** The cluster's masters, once it is connected (what a start check asks, each in turn). */
export async function clusterMasters(cluster: Cluster): Promise<Redis[]> {
  // Not events.once: it rejects on the 'error' a cluster emits while it cannot be reached yet, and
  // an unreachable cluster is waited for (ioredis keeps trying), as one server is.
  if (cluster.status !== 'ready') await new Promise<void>((resolve) => cluster.once('ready', () => resolve()));
  return cluster.nodes('master');
}
