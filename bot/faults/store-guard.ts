// The accept path's view of Redis when Redis is in trouble. A message is acknowledged only once it is
// stored, so when Redis cannot store it the edge must say so rather than wait forever (the shared
// connections queue commands without limit, which is right for workers and wrong for a caller who can
// be told to retry). Two answers: unavailable (RedisClient cannot be reached within a bounded wait) and full
// (RedisClient refuses writes at maxmemory). Both are retried by the sender, with the same message id.
import { randomBytes } from 'node:crypto';
import type { RedisOptions } from 'ioredis';
import type { RedisClient } from '../../workers/platform/redis-client.js';
import type { Inbox } from '../../workers/inbox/inbox.js';
import { isOutOfMemory } from '../../workers/platform/redis.js';

export class StoreUnavailableError extends Error {
  constructor(waitedMs: number) {
    super(`Redis could not be reached within ${waitedMs} ms; the message was not stored`);
    this.name = 'StoreUnavailableError';
  }
}

export class StoreFullError extends Error {
  constructor() {
    super('Redis is full (maxmemory reached, noeviction): the message was not stored');
    this.name = 'StoreFullError';
  }
}

/** A write that failed because the connection is down, not because of what was written. */
export function isConnectionFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'MaxRetriesPerRequestError') return true;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'ETIMEDOUT') return true;
  return /Stream isn't writeable|Connection is closed|LOADING|Connection lost|Command timed out/i.test(err.message);
}

export interface StoreGuardOptions {
  /** How long a write may wait for Redis to come back: infinite for a sender that cannot be told to retry. */
  waitMs: number;
  /** Ends a wait early (the service is stopping). */
  signal?: AbortSignal;
}

const RETRY_EVERY_MS = 100;

/** Resolves once `connection` is ready, or false when `untilMs` (epoch) passes or the wait is aborted first. */
function readyBefore(connection: RedisClient, untilMs: number, signal?: AbortSignal): Promise<boolean> {
  if (connection.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean): void => {
      clearTimeout(timer);
      connection.off('ready', onReady);
      signal?.removeEventListener('abort', onAbort);
      resolve(ready);
    };
    const onReady = (): void => done(true);
    const onAbort = (): void => done(false);
    const left = untilMs - Date.now();
    const timer = setTimeout(() => done(connection.status === 'ready'), Math.max(0, Math.min(left, RETRY_EVERY_MS)));
    connection.once('ready', onReady);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `write` on a fail-fast connection (no offline queue, no retries of its own), retrying while
 * Redis is unreachable until `waitMs` has passed. The write must be idempotent (the inbox's is, by
 * message id): a write whose answer was lost with the connection may have been applied. The abort
 * signal ends a wait for Redis, never a write that can go ahead (a stopping service still stores
 * what it has in hand).
 */
export async function storeWithin<T>(connection: RedisClient, write: () => Promise<T>, options: StoreGuardOptions): Promise<T> {
  const started = Date.now();
  const deadline = started + options.waitMs;
  for (;;) {
    if (await readyBefore(connection, deadline, options.signal)) {
      try {
        return await write();
      } catch (err) {
        if (isOutOfMemory(err)) throw new StoreFullError();
        if (!isConnectionFailure(err)) throw err;
      }
      // The connection may still read as ready for a moment after it failed (or Redis is loading).
      await pause(Math.min(RETRY_EVERY_MS, Math.max(0, deadline - Date.now())));
    }
    if (Date.now() >= deadline || options.signal?.aborted) throw new StoreUnavailableError(Date.now() - started);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The accept path's own connection: a command fails at once while Redis is unreachable (instead of
 * queueing without limit), is not re-sent by ioredis after a reconnect (storeWithin decides), and a
 * Redis that hangs is given up on after `commandTimeoutMs`.
 */
export function failFastOptions(commandTimeoutMs: number): RedisOptions {
  return { maxRetriesPerRequest: 0, enableOfflineQueue: false, autoResendUnfulfilledCommands: false, commandTimeout: commandTimeoutMs };
}

/** The inbox's accept, bounded: it stores within `options.waitMs` or throws StoreUnavailableError / StoreFullError. */
export function guardedInbox(inbox: Pick<Inbox, 'accept'>, connection: RedisClient, options: StoreGuardOptions): Pick<Inbox, 'accept'> {
  // One attempt token across the retries: a try that Redis applied after its answer was lost is ours.
  return { accept: (entry, attempt = randomBytes(9).toString('base64url')) => storeWithin(connection, () => inbox.accept(entry, attempt), options) };
}
