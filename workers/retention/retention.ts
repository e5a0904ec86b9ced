// Personal data is kept only as long as it is needed (UU 27/2022). Once a day: issued and closed
// cases older than RETENTION_DAYS, and rejected or cancelled ones older than RETENTION_REJECTED_DAYS,
// lose their personal data (CaseStore.anonymize: the counts and reports keep them); their media
// files are deleted; and intakes left unfinished for ABANDONED_DAYS are deleted with their session
// (an idle session goes too once none of its cases holds personal data any more).
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { CAPPED_EVENTS } from '../platform/queues.js';
import { sessionSchema, type Session } from '../../flows/intake/session.js';
import type { AofRewrite } from '../platform/redis.js';
import type { CaseStatus, CaseStore } from '../cases/store.js';

const DAY_MS = 24 * 3600_000;

export const RETENTION_QUEUE = 'retention';

export interface RetentionPolicy {
  issuedDays: number;
  rejectedDays: number;
  abandonedDays: number;
}

/** The stored sessions, as the inbox keeps them. */
export interface SessionSource {
  sessions(): AsyncIterable<{ chatKey: string; version: number; value: unknown }>;
  dropSession(row: { chatKey: string; version: number }): Promise<boolean>;
}

export interface RetentionDeps {
  cases: CaseStore;
  sessions: SessionSource;
  deleteMedia: (ref: string) => Promise<void>;
  /** After a purge: rewrites Redis' append-only file, which otherwise keeps the purged writes. */
  rewriteAppendOnlyFile: () => Promise<AofRewrite>;
  policy: RetentionPolicy;
  /** An unfinished intake was dropped (the funnel counts where it was left). */
  onAbandoned?: (row: { chatKey: string; version: number }, session: Session) => Promise<void>;
}

export interface RetentionReport {
  cases: number;
  mediaFiles: number;
  sessions: number;
  /** Whether the append-only file is being rewritten; absent when nothing was purged. */
  aof?: AofRewrite;
}

const ISSUED: readonly CaseStatus[] = ['nib_issued', 'closed'];
const REFUSED: readonly CaseStatus[] = ['rejected', 'cancelled'];

export class Retention {
  constructor(private readonly deps: RetentionDeps) {}

  async run(now: number): Promise<RetentionReport> {
    const { issuedDays, rejectedDays } = this.deps.policy;
    const due = [
      ...(await this.deps.cases.closedBefore(ISSUED, now - issuedDays * DAY_MS)),
      ...(await this.deps.cases.closedBefore(REFUSED, now - rejectedDays * DAY_MS)),
    ];
    let mediaFiles = 0;
    for (const id of due) {
      const refs = await this.deps.cases.anonymize(id, now, 'expired');
      await Promise.all(refs.map((ref) => this.deps.deleteMedia(ref)));
      mediaFiles += refs.length;
    }
    const sessions = await this.sweepSessions(now);
    const purged = due.length + sessions > 0;
    return { cases: due.length, mediaFiles, sessions, ...(purged ? { aof: await this.deps.rewriteAppendOnlyFile() } : {}) };
  }

  /** Sessions quiet for ABANDONED_DAYS go, unless they still point at a case with personal data. */
  private async sweepSessions(now: number): Promise<number> {
    const before = now - this.deps.policy.abandonedDays * DAY_MS;
    let dropped = 0;
    for await (const row of this.deps.sessions.sessions()) {
      const parsed = sessionSchema.safeParse(row.value);
      const session = parsed.success ? parsed.data : undefined;
      if (session && (session.lastActivity >= before || (await this.stillNeeded(session)))) continue;
      if (!(await this.deps.sessions.dropSession(row))) continue;
      dropped += 1;
      if (session?.mode === 'intake') await this.deps.onAbandoned?.(row, session);
    }
    return dropped;
  }

  private async stillNeeded(session: Session): Promise<boolean> {
    if (session.mode !== 'idle') return false;
    const live = await Promise.all(session.cases.map(async (id) => (await this.deps.cases.get(id)) !== undefined));
    return live.includes(true);
  }
}

/** The daily run, at `at` (HH:MM) office time: one BullMQ job scheduler, however many processes start it. */
export async function scheduleRetention(queue: Queue, at: string, timeZone: string): Promise<void> {
  const [hour, minute] = at.split(':').map(Number);
  await queue.upsertJobScheduler('daily-retention', { pattern: `${minute ?? 30} ${hour ?? 2} * * *`, tz: timeZone }, { name: 'purge' });
}

export function retentionQueue(connection: ConnectionOptions, prefix: string): Queue {
  return new Queue(RETENTION_QUEUE, { connection, prefix: `${prefix}:bull`, streams: CAPPED_EVENTS, defaultJobOptions: { removeOnComplete: 30, removeOnFail: 30 } });
}

/** How long after an erasure the append-only file is rewritten: the turn and its last reply are done by then. */
export const COMPACT_AFTER_MS = 5 * 60_000;

/**
 * After HAPUS DATA: a rewrite of the append-only file, delayed until the erasing turn has finished
 * (its inbox entry and its confirmation's job are written after the erasure itself). Erasures in
 * the same few minutes share one rewrite.
 */
export async function scheduleCompaction(queue: Queue, now: number): Promise<void> {
  const bucket = Math.floor(now / COMPACT_AFTER_MS);
  await queue.add('compact', {}, { jobId: `compact-${bucket}`, delay: (bucket + 2) * COMPACT_AFTER_MS - now });
}

export interface RetentionWorkerDeps {
  connection: ConnectionOptions;
  prefix: string;
  retention: Retention;
  rewriteAppendOnlyFile: () => Promise<AofRewrite>;
  clock: () => number;
}

export function createRetentionWorker(deps: RetentionWorkerDeps): Worker {
  return new Worker(RETENTION_QUEUE, async (job) => (job.name === 'compact' ? { aof: await deps.rewriteAppendOnlyFile() } : deps.retention.run(deps.clock())), {
    connection: deps.connection, prefix: `${deps.prefix}:bull`, concurrency: 1,
    // A killed process's purge is taken up by another within seconds; the lock is renewed while it runs.
    lockDuration: 8000, stalledInterval: 3000,
  });
}
