// A connection with no 'error' listener makes ioredis print a stack trace to stderr at every failed
// reconnect: a Redis outage of a minute would bury the log under hundreds of them, one per connection.
// With this, each connection logs one line when it loses Redis, and one when it has it again.
import type { RedisClient } from '../../workers/platform/redis-client.js';
import type { Logger } from '../../workers/platform/logger.js';

/** Logs the first error of each outage (no URL: it may hold a password), and the recovery. */
export function logOutages(redis: RedisClient, logger: Logger, name: string): RedisClient {
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    logger.warn({ event: 'redis_connection_lost', connection: name, err: err.message }, 'a Redis connection is down; it reconnects by itself');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ event: 'redis_connection_back', connection: name }, 'a Redis connection is back');
  });
  return redis;
}

const BULL_ERROR_EVERY_MS = 60_000;

/**
 * An 'error' listener for a BullMQ queue or worker (without one, BullMQ prints every error of an
 * outage to stderr): one log line per minute at most, per queue or worker.
 */
export function bullErrorLogger(logger: Logger, name: string): (err: Error) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (err) => {
    if (Date.now() - last < BULL_ERROR_EVERY_MS) return;
    last = Date.now();
    logger.warn({ event: 'queue_redis_error', queue: name, err: err.message }, 'a job queue cannot reach Redis; it retries by itself');
  };
}
