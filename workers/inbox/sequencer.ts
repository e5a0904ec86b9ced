// Drains the inbox: each lane leases one chat at a time and handles its entries in order, saving
// the session and consuming the entry together. Lanes sleep until woken (locally, or through the
// wake list from another process) and re-check at least every second for expired leases.
import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../platform/redis-client.js';
import type { Logger } from '../platform/logger.js';
import { LeaseLostError, SessionConflictError, type Inbox, type StoredSession } from './inbox.js';
import type { InboxEntry } from './entry.js';

export type EntryHandler = (entry: InboxEntry, session: unknown) => Promise<{ session: unknown }>;

export interface SequencerDeps {
  inbox: Inbox;
  /** A dedicated connection: it blocks on the wake list. */
  wakeConnection: RedisClient;
  handle: EntryHandler;
  logger: Logger;
  lanes: number;
  /** Called after each committed entry with the ms from acceptance to commit. */
  onHandled?: (entry: InboxEntry, latencyMs: number) => void;
}

const IDLE_RECHECK_MS = 1000;
const RETRY_DELAY_MS = 1000;

export class Sequencer {
  private running = false;
  private lanes: Promise<void>[] = [];
  private waiters: (() => void)[] = [];
  private waker: Promise<void> | undefined;
  /** A wake-up that came while no lane was idle (all claiming or handling): the next idle() skips its sleep. */
  private wakePending = false;

  constructor(private readonly deps: SequencerDeps) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.lanes = Array.from({ length: this.deps.lanes }, () => this.runLane());
    this.waker = this.listenForWakeups();
  }

  /** Wakes idle lanes in this process (after a local accept). */
  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    this.wakePending = waiters.length === 0;
    for (const wake of waiters) wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    this.deps.wakeConnection.disconnect();
    await Promise.allSettled([...this.lanes, this.waker]);
  }

  private async runLane(): Promise<void> {
    while (this.running) {
      try {
        await this.serveOneChat();
      } catch (err) {
        this.deps.logger.error({ err }, 'inbox lane failed; retrying');
        await this.idle(RETRY_DELAY_MS);
      }
    }
  }

  private async serveOneChat(): Promise<void> {
    const token = randomBytes(9).toString('base64url');
    const claim = await this.deps.inbox.claim(token);
    if (claim.kind === 'idle') {
      await this.idle(claim.retryInMs >= 0 ? Math.min(claim.retryInMs + 5, IDLE_RECHECK_MS) : IDLE_RECHECK_MS);
      return;
    }
    if (claim.entry) await this.drainChat(claim.chatKey, token, claim.entry, claim.session);
  }

  private async drainChat(chatKey: string, token: string, first: InboxEntry, stored: StoredSession | undefined): Promise<void> {
    let version = stored?.version ?? 0;
    let session = stored?.value;
    let entry: InboxEntry | undefined = first;
    while (entry && this.running) {
      const result = await this.handleOne(chatKey, token, entry, session);
      if (!result) return;
      const next = await this.commitOne(chatKey, token, version, entry, result.session);
      if (next === null) return;
      entry = next;
      session = result.session;
      version = session === null || session === undefined ? 0 : version + 1;
    }
    // Stopping with entries left: another instance takes them now rather than after the lease.
    if (entry) await this.handBack(chatKey, token);
  }

  private async handBack(chatKey: string, token: string): Promise<void> {
    try {
      await this.deps.inbox.release(chatKey, token);
    } catch (err) {
      // The lease still expires on its own; nothing is lost.
      this.deps.logger.warn({ err: (err as Error).message }, 'could not hand the chat back on stop; its lease will expire');
    }
  }

  private async handleOne(chatKey: string, token: string, entry: InboxEntry, session: unknown): Promise<{ session: unknown } | undefined> {
    try {
      return await this.deps.handle(entry, session);
    } catch (err) {
      const failures = await this.deps.inbox.fail(chatKey, token, RETRY_DELAY_MS);
      this.deps.logger.error({ err, entryId: entry.id, failures }, failures === 0 ? 'entry dead-lettered after repeated failures' : 'entry failed; will retry');
      return undefined;
    }
  }

  /** Returns the next entry, undefined when the chat is drained, or null when this lane lost the chat. */
  private async commitOne(chatKey: string, token: string, version: number, entry: InboxEntry, session: unknown): Promise<InboxEntry | undefined | null> {
    try {
      const next = await this.deps.inbox.commit(chatKey, token, version, session);
      this.deps.onHandled?.(entry, Date.now() - entry.acceptedAt);
      return next;
    } catch (err) {
      if (err instanceof LeaseLostError || err instanceof SessionConflictError) {
        this.deps.logger.warn({ err: err.message }, 'chat handed over; its entry will be handled again by the new holder');
        return null;
      }
      throw err;
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.wakePending) {
      this.wakePending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const waiters = this.waiters;
      function done(): void {
        clearTimeout(timer);
        const i = waiters.indexOf(done);
        if (i >= 0) waiters.splice(i, 1);
        resolve();
      }
      this.waiters.push(done);
    });
  }

  private async listenForWakeups(): Promise<void> {
    while (this.running) {
      try {
        const popped = await this.deps.wakeConnection.blpop(this.deps.inbox.wakeKey, 1);
        if (popped) this.notify();
      } catch (err) {
        if (!this.running) return;
        this.deps.logger.warn({ err: (err as Error).message }, 'wake listener error');
        await this.idle(RETRY_DELAY_MS);
      }
    }
  }
}
