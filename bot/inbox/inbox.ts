// The durable per-chat inbox: messages are deduplicated and queued per chat in one atomic step;
// chats are leased to one handler at a time across all processes (mailroom-style).
import type { Redis, Result } from 'ioredis';
import type { DataProtector } from '../platform/crypto.js';
import { defineScript } from '../platform/redis.js';
import type { InboxEntry } from './entry.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    acceptInbound(seen: string, queue: string, ready: string, wake: string, entry: string, ttl: number, chatKey: string): Result<number, Context>;
    claimChat(ready: string, prefix: string, leaseMs: number, token: string): Result<[string | null, string | number | null], Context>;
    commitHead(queue: string, ready: string, lease: string, session: string, failures: string, token: string, chatKey: string, expected: string, sealed: string, leaseMs: number): Result<[number, string | null] | [number], Context>;
    failHead(queue: string, ready: string, lease: string, failures: string, dead: string, token: string, chatKey: string, maxFailures: number, delayMs: number): Result<number, Context>;
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
}

export interface StoredSession {
  version: number;
  value: unknown;
}

export type Claim =
  | { kind: 'chat'; chatKey: string; entry: InboxEntry | undefined }
  | { kind: 'idle'; retryInMs: number };

export class Inbox {
  private readonly keys: ReturnType<typeof inboxKeys>;

  constructor(
    private readonly redis: Redis,
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

  async accept(entry: InboxEntry): Promise<{ duplicate: boolean }> {
    const chatKey = this.chatKeyOf(entry.chat);
    const sealed = this.protector.sealJson(entry, this.keys.queue(chatKey));
    const added = await this.redis.acceptInbound(
      this.keys.seen(this.protector.lookupHash(`msg:${entry.id}`)), this.keys.queue(chatKey), this.keys.ready, this.keys.wake,
      sealed, this.options.seenTtlSeconds, chatKey,
    );
    return { duplicate: added === 0 };
  }

  async claim(token: string): Promise<Claim> {
    const [chatKey, head] = await this.redis.claimChat(this.keys.ready, this.keys.base, this.options.leaseMs, token);
    if (chatKey === null) return { kind: 'idle', retryInMs: Number(head) };
    return { kind: 'chat', chatKey, entry: this.decode(chatKey, head) };
  }

  async loadSession(chatKey: string): Promise<StoredSession | undefined> {
    const [version, sealed] = await this.redis.hmget(this.keys.session(chatKey), 'v', 'd');
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

  /** The head entry failed; returns 0 when it was moved to the dead-letter list. */
  async fail(chatKey: string, token: string, retryDelayMs: number): Promise<number> {
    return this.redis.failHead(
      this.keys.queue(chatKey), this.keys.ready, this.keys.lease(chatKey), this.keys.failures(chatKey),
      this.keys.dead, token, chatKey, this.options.maxFailures, retryDelayMs,
    );
  }

  async depth(): Promise<{ readyChats: number; deadLetters: number }> {
    const [ready, dead] = await Promise.all([this.redis.zcard(this.keys.ready), this.redis.llen(this.keys.dead)]);
    return { readyChats: ready, deadLetters: dead };
  }

  /** Deletes a chat's session outright (erasure), outside the handling path. */
  async deleteSession(chat: string): Promise<void> {
    await this.redis.del(this.keys.session(this.chatKeyOf(chat)));
  }

  private decode(chatKey: string, sealed: string | number | null | undefined): InboxEntry | undefined {
    if (typeof sealed !== 'string') return undefined;
    return this.protector.openJson(sealed, this.keys.queue(chatKey)) as InboxEntry;
  }
}

const numberOfKeys = { acceptInbound: 4, claimChat: 1, commitHead: 5, failHead: 5 } as const;

export function inboxKeys(prefix: string) {
  const base = `${prefix}:inbox:`;
  return {
    base,
    ready: `${base}ready`,
    wake: `${base}wake`,
    dead: `${base}dead`,
    seen: (idHash: string) => `${base}seen:${idHash}`,
    queue: (chatKey: string) => `${base}q:${chatKey}`,
    lease: (chatKey: string) => `${base}lease:${chatKey}`,
    failures: (chatKey: string) => `${base}fail:${chatKey}`,
    session: (chatKey: string) => `${prefix}:session:${chatKey}`,
  };
}
