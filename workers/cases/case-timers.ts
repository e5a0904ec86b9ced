// Case timers (SLA reminders, escalations, the OSS retry reminder). They are armed atomically with
// the case transition that starts them, in a sorted set scored by due time, and fired by the office
// clock rather than the machine's: BullMQ delays follow the wall clock, an injected clock lets the
// SLAs be exercised across a weekend in a test. A timer carries the case version it was armed at,
// so one for a state that has moved on does nothing. Each process ticks; a due timer is claimed
// with a lease (claimDueTimers.lua), so two processes never fire it together, and a process that
// dies while firing leaves it to another once the lease has run out.
import type { Result } from 'ioredis';
import type { RedisClient } from '../platform/redis-client.js';
import { defineScript } from '../platform/redis.js';
import type { Logger } from '../platform/logger.js';
import type { CaseTimerName } from './store.js';

export interface DueTimer {
  caseId: string;
  name: CaseTimerName;
  version: number;
  at: number;
}

export type FireTimer = (timer: DueTimer) => Promise<void>;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    claimDueTimers(timers: string, now: number, leaseMs: number, limit: number): Result<string[], Context>;
  }
}

const BATCH = 100;
/** Longer than any firing takes (a few Redis calls); how long a dead process's timer waits for another. */
export const TIMER_LEASE_MS = 10_000;

export function parseTimerMember(member: string, at: number): DueTimer | undefined {
  const [caseId, name, version] = member.split('|');
  if (!caseId || !name || !version) return undefined;
  return { caseId, name: name as CaseTimerName, version: Number(version), at };
}

export class CaseTimerRunner {
  private interval: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly redis: RedisClient,
    private readonly key: string,
    private readonly clock: () => number,
    private readonly fire: FireTimer,
    private readonly logger: Logger,
    private readonly leaseMs = TIMER_LEASE_MS,
  ) {
    defineScript(redis, 'claimDueTimers', 1, new URL('./claimDueTimers.lua', import.meta.url));
  }

  /** Timers not yet fired, soonest first (for STATUS wording, reports and tests). */
  async pending(caseId?: string): Promise<DueTimer[]> {
    const flat = await this.redis.zrange(this.key, 0, -1, 'WITHSCORES');
    const timers: DueTimer[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const timer = parseTimerMember(flat[i] ?? '', Number(flat[i + 1]));
      if (timer && (caseId === undefined || timer.caseId === caseId)) timers.push(timer);
    }
    return timers;
  }

  /** Fires every timer due by the clock; returns how many fired. Overlapping calls share one run. */
  tick(): Promise<number> {
    this.running ??= this.fireDue().finally(() => { this.running = undefined; });
    return this.running;
  }

  start(everyMs: number): void {
    this.interval = setInterval(() => {
      this.tick().catch((err: Error) => this.logger.warn({ err: err.message }, 'case timers could not run'));
    }, everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.interval);
    await this.running?.catch(() => 0);
  }

  /** A failed timer is due again at once (its lease given back): the next tick retries it. */
  private async failed(timer: DueTimer, member: string, err: Error): Promise<false> {
    this.logger.warn({ caseId: timer.caseId, timer: timer.name, err: err.message }, 'case timer failed; retrying on the next tick');
    await this.redis.zadd(this.key, 'XX', timer.at, member);
    return false;
  }

  private async fireDue(): Promise<number> {
    const members = await this.redis.claimDueTimers(this.key, this.clock(), this.leaseMs, BATCH);
    let fired = 0;
    for (let i = 0; i + 1 < members.length; i += 2) {
      const member = members[i] ?? '';
      const timer = parseTimerMember(member, Number(members[i + 1]));
      // Removed only after it ran: a crash in between fires it again once the lease has run out, and every handler is idempotent.
      // A failing timer stays for the next tick without holding up the others.
      const done = timer ? await this.fire(timer).then(() => true, (err: Error) => this.failed(timer, member, err)) : true;
      if (!done) continue;
      await this.redis.zrem(this.key, member);
      fired += 1;
    }
    return fired;
  }
}
