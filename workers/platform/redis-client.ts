// One Redis server or a Redis Cluster (REDIS_CLUSTER_NODES): the stores take either. Both have the
// same commands; what differs is made explicit here (duplicating with options, scanning every node).
import { Cluster, type Redis, type RedisOptions } from 'ioredis';

export type RedisClient = Redis | Cluster;

/** The servers that hold keys: the one server, or every master of a cluster. */
export function serversOf(client: RedisClient): Redis[] {
  return client instanceof Cluster ? client.nodes('master') : [client];
}

/**
 * Another connection like `client`, with some connection options changed. A cluster takes
 * them per node (redisOptions), and the offline queue on the cluster itself.
 */
export function duplicateWith(client: RedisClient, options: RedisOptions): RedisClient {
  if (!(client instanceof Cluster)) return client.duplicate(options);
  const { enableOfflineQueue, ...perNode } = options;
  return client.duplicate([], {
    redisOptions: { ...client.options.redisOptions, ...perNode },
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
  });
}

/**
 * Every key matching `match`, a page at a time. SCAN reads one server: on a cluster each master
 * is scanned in turn (a cluster's SCAN would go to whichever node, and miss the others' keys).
 */
export async function* scanPages(client: RedisClient, match: string, count = 200): AsyncGenerator<string[]> {
  for (const server of serversOf(client)) {
    let cursor = '0';
    do {
      const [next, keys] = await server.scan(cursor, 'MATCH', match, 'COUNT', count);
      cursor = next;
      yield keys;
    } while (cursor !== '0');
  }
}
