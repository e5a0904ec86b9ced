// The durable per-chat inbox: messages are deduplicated and queued per chat in one atomic step;
// chats are leased to one handler at a time across all processes (mailroom-style).
import { randomBytes } from 'node:crypto';
import type { Result } from 'ioredis';
import { scanPages, type RedisClient } from '../platform/redis-client.js';
import type { DataProtector } from '../platform/crypto.js';
import { defineScript } from '../platform/redis.js';
import type { InboxEntry } from './entry.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    acceptInbound(seen: string, queue: string, ready: string, wake: string, entry: string, ttl: number, chatKey: string, attempt: string): Result<[number, number], Context>;
    claimChat(ready: string, prefix: string, leaseMs: number, token: string, sessionPrefix: string): Result<[string | null, string | number | null, string | null, string | null] | [string | null, string | number | null], Context>;
    commitHead(queue: string, ready: string, lease: string, session: string, failures: string, token: string, chatKey: string, expected: string, sealed: string, leaseMs: number): Result<[number, string | null] | [number], Context>;
    releaseChat(queue: string, ready: string, lease: string, token: string, chatKey: string): Result<number, Context>;
    failHead(queue: string, ready: string, lease: string, failures: string, dead: string, deadIndex: string, token: string, chatKey: string, maxFailures: number, delayMs: number, keepSeconds: number): Result<number, Context>;
    dropSession(session: string, version: string): Result<number, Context>;
  }
}

export class LeaseLostError extends Error {
  constructor(chatKey: string) {
    super(`the lease on chat ${chatKey} expired before its work was committed`);
    this.name = 'LeaseLostError';
  }
}

export class SessionConflictError extends Error {
  constructor(chatKey: string, expected: number, found: string) {
    super(`session of chat ${chatKey} changed underneath (expected version ${expected}, found ${found})`);
    this.name = 'SessionConflictError';
  }
}

export interface InboxOptions {
  prefix: string;
  seenTtlSeconds: number;
  leaseMs: number;
  maxFailures: number;
  /** How long a dead-lettered entry is kept for inspection. Default 7 days. */
  deadLetterTtlSeconds?: number;
}

const DEFAULT_DEAD_LETTER_TTL_SECONDS = 7 * 24 * 3600;

/** A stored session, for sweeps that judge sessions outside the handling path. */
export interface SessionRow {
  chatKey: string;
  version: number;
  value: unknown;
}

export type Accepted = { duplicate: false } | { duplicate: true; firstAcceptedMsAgo: number };

export interface StoredSession {
  version: number;
  value: unknown;
}

export type Claim =
  | { kind: 'chat'; chatKey: string; entry: InboxEntry | undefined; session: StoredSession | undefined }
  | { kind: 'idle'; retryInMs: number };

export class Inbox {
  private readonly keys: ReturnType<typeof inboxKeys>;

  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    readonly options: InboxOptions,
  ) {
    this.keys = inboxKeys(options.prefix);
    for (const [name, keys] of Object.entries(numberOfKeys)) {
      defineScript(redis, name, keys, new URL(`./scripts/${name}.lua`, import.meta.url));
    }
  }

  chatKeyOf(chat: string): string {
    return this.protector.lookupHash(`chat:${chat}`);
  }

  get wakeKey(): string {
    return this.keys.wake;
  }

  /**
   * Appends the entry unless its id was seen. `attempt` names one accept call across its retries: a
   * try whose answer was lost is then this call's own success, not a duplicate. A duplicate carries
   * how long ago the first delivery was accepted.
   */
  async accept(entry: InboxEntry, attempt: string = randomBytes(9).toString('base64url')): Promise<Accepted> {
    const chatKey = this.chatKeyOf(entry.chat);
    const sealed = this.protector.sealJson(entry, this.keys.queue(chatKey));
    const [code, ageMs] = await this.redis.acceptInbound(
      this.keys.seen(this.protector.lookupHash(`msg:${entry.id}`)), this.keys.queue(chatKey), this.keys.ready, this.keys.wake,
      sealed, this.options.seenTtlSeconds, chatKey, attempt,
    );
    return code === 0 ? { duplicate: true, firstAcceptedMsAgo: ageMs } : { duplicate: false };
  }

  /** Leases the next claimable chat and returns its first entry with its session (one round trip). */
  async claim(token: string): Promise<Claim> {
    const [chatKey, head, version, sealed] = await this.redis.claimChat(this.keys.ready, this.keys.base, this.options.leaseMs, token, this.keys.session(''));
    if (chatKey === null) return { kind: 'idle', retryInMs: Number(head) };
    return { kind: 'chat', chatKey, entry: this.decode(chatKey, head), session: this.openSession(chatKey, version, sealed) };
  }

  async loadSession(chatKey: string): Promise<StoredSession | undefined> {
    const [version, sealed] = await this.redis.hmget(this.keys.session(chatKey), 'v', 'd');
    return this.openSession(chatKey, version, sealed);
  }

  private openSession(chatKey: string, version: string | null | undefined, sealed: string | null | undefined): StoredSession | undefined {
    if (version == null || sealed == null) return undefined;
    return { version: Number(version), value: this.protector.openJson(sealed, this.keys.session(chatKey)) };
  }

  /** Removes the handled head entry and saves the session it produced; returns the next entry. */
  async commit(chatKey: string, token: string, expectedVersion: number, session: unknown): Promise<InboxEntry | undefined> {
    const sealed = session === null || session === undefined ? '' : this.protector.sealJson(session, this.keys.session(chatKey));
    const result = await this.redis.commitHead(
      this.keys.queue(chatKey), this.keys.ready, this.keys.lease(chatKey), this.keys.session(chatKey),
      this.keys.failures(chatKey), token, chatKey, String(expectedVersion), sealed, this.options.leaseMs,
    );
    if (result[0] === -1) throw new LeaseLostError(chatKey);
    if (result[0] === -2) throw new SessionConflictError(chatKey, expectedVersion, String(result[1]));
    return this.decode(chatKey, result[1] ?? null);
  }

  /** Hands a leased chat back (a lane stopping); false when the lease was no longer this token's. */
  async release(chatKey: string, token: string): Promise<boolean> {
    const released = await this.redis.releaseChat(this.keys.queue(chatKey), this.keys.ready, this.keys.lease(chatKey), token, chatKey);
    return released === 1;
  }

  /** The head entry failed; returns 0 when it was moved to the chat's dead-letter list. */
  async fail(chatKey: string, token: string, retryDelayMs: number): Promise<number> {
    return this.redis.failHead(
      this.keys.queue(chatKey), this.keys.ready, this.keys.lease(chatKey), this.keys.failures(chatKey),
      this.keys.dead(chatKey), this.keys.deadIndex, token, chatKey, this.options.maxFailures, retryDelayMs,
      this.options.deadLetterTtlSeconds ?? DEFAULT_DEAD_LETTER_TTL_SECONDS,
    );
  }

  /** Chats with a ready queue, and chats that dead-lettered an entry within the dead-letter TTL. */
  async depth(): Promise<{ readyChats: number; deadLetters: number }> {
    const keep = (this.options.deadLetterTtlSeconds ?? DEFAULT_DEAD_LETTER_TTL_SECONDS) * 1000;
    await this.redis.zremrangebyscore(this.keys.deadIndex, '-inf', Date.now() - keep);
    const [ready, dead] = await Promise.all([this.redis.zcard(this.keys.ready), this.redis.zcard(this.keys.deadIndex)]);
    return { readyChats: ready, deadLetters: dead };
  }

  /** The entries a chat dead-lettered, for inspection. */
  async deadLetters(chat: string): Promise<InboxEntry[]> {
    const chatKey = this.chatKeyOf(chat);
    const rows = await this.redis.lrange(this.keys.dead(chatKey), 0, -1);
    return rows.map((row) => this.decode(chatKey, row)).filter((e): e is InboxEntry => e !== undefined);
  }

  /**
   * Erasure: what the chat dead-lettered. (Its session goes with the handler's own commit, and its
   * queue holds only messages still to be handled.)
   */
  async forgetDeadLetters(chat: string): Promise<void> {
    const chatKey = this.chatKeyOf(chat);
    await this.redis.multi().del(this.keys.dead(chatKey)).zrem(this.keys.deadIndex, chatKey).exec();
  }

  /** Every stored session, a page at a time (SCAN), for the retention sweep. */
  async *sessions(): AsyncGenerator<SessionRow> {
    for await (const keys of scanPages(this.redis, this.keys.session('*'))) {
      for (const key of keys) {
        const chatKey = key.slice(this.keys.session('').length);
        const stored = await this.loadSession(chatKey);
        if (stored) yield { chatKey, ...stored };
      }
    }
  }

  /** Deletes a session judged stale, unless a message changed it since it was read. */
  async dropSession(row: Pick<SessionRow, 'chatKey' | 'version'>): Promise<boolean> {
    return (await this.redis.dropSession(this.keys.session(row.chatKey), String(row.version))) === 1;
  }

  private decode(chatKey: string, sealed: string | number | null | undefined): InboxEntry | undefined {
    if (typeof sealed !== 'string') return undefined;
    return this.protector.openJson(sealed, this.keys.queue(chatKey)) as InboxEntry;
  }
}

const numberOfKeys = { acceptInbound: 4, claimChat: 1, commitHead: 5, failHead: 6, dropSession: 1, releaseChat: 3 } as const;

export function inboxKeys(prefix: string) {
  const base = `${prefix}:inbox:`;
  return {
    base,
    ready: `${base}ready`,
    wake: `${base}wake`,
    dead: (chatKey: string) => `${base}dead:${chatKey}`,
    deadIndex: `${base}dead-index`,
    seen: (idHash: string) => `${base}seen:${idHash}`,
    queue: (chatKey: string) => `${base}q:${chatKey}`,
    lease: (chatKey: string) => `${base}lease:${chatKey}`,
    failures: (chatKey: string) => `${base}fail:${chatKey}`,
    session: (chatKey: string) => `${prefix}:session:${chatKey}`,
  };
}
