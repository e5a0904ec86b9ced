// The daily digest in the coordinators' group: one BullMQ job scheduler fires at DIGEST_AT office
// time (one schedule however many processes start it); the job posts the digest and its chart when
// the day is a working day. Posted once per office day: the messages' ids derive from the date, and
// a mark in Redis makes a re-run that day (a retried job, a second trigger) post nothing.
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { CAPPED_EVENTS } from '../platform/queues.js';
import type { RedisClient } from '../platform/redis-client.js';
import { digestTiming, type DigestTiming } from '../../flows/reports/digest-time.js';
import type { OfficeHours } from '../../flows/worktime/index.js';
import type { Notice } from '../casework/notice.js';
import type { Reports } from './reports.js';

export const DIGEST_QUEUE = 'digest';
const SCHEDULER_ID = 'daily-digest';
/** The day's mark outlives the day (and any retry of its job). */
const POSTED_TTL_S = 3 * 24 * 3600;

export type DigestOutcome = 'posted' | 'already_posted' | Extract<DigestTiming, { due: false }>['why'];

export interface DigestPosterDeps {
  reports: Pick<Reports, 'digestNotices'>;
  redis: RedisClient;
  prefix: string;
  officeHours: OfficeHours;
  /** DIGEST_AT, "HH:MM" office time. */
  at: string;
  group: string;
  /** Enqueues the notices with ids derived from `cause`. */
  send: (notices: Notice[], cause: string) => Promise<void>;
}

export class DigestPoster {
  constructor(private readonly deps: DigestPosterDeps) {}

  private postedKey(date: string): string {
    return `${this.deps.prefix}:digest-posted:${date}`;
  }

  /** Posts today's digest if it is due and not posted yet. */
  async run(now: number): Promise<DigestOutcome> {
    const timing = digestTiming(this.deps.officeHours, this.deps.at, now);
    if (!timing.due) return timing.why;
    if ((await this.deps.redis.exists(this.postedKey(timing.date))) === 1) return 'already_posted';
    await this.deps.send(await this.deps.reports.digestNotices(this.deps.group, now), `digest:${timing.date}`);
    // Marked after enqueueing: a crash in between re-sends the same ids, which the outbound queue drops.
    await this.deps.redis.set(this.postedKey(timing.date), String(now), 'EX', POSTED_TTL_S);
    return 'posted';
  }
}

export function digestQueue(connection: ConnectionOptions, prefix: string): Queue {
  return new Queue(DIGEST_QUEUE, { connection, prefix: `${prefix}:bull`, streams: CAPPED_EVENTS, defaultJobOptions: { removeOnComplete: 30, removeOnFail: 30, attempts: 3, backoff: { type: 'exponential', delay: 30_000 } } });
}

/** Every day at `at` (HH:MM) office time; the job itself skips days off. */
export async function scheduleDigest(queue: Queue, at: string, timeZone: string): Promise<void> {
  const [hour, minute] = at.split(':').map(Number);
  await queue.upsertJobScheduler(SCHEDULER_ID, { pattern: `${minute ?? 30} ${hour ?? 15} * * *`, tz: timeZone }, { name: 'digest' });
}

export interface DigestWorkerDeps {
  connection: ConnectionOptions;
  prefix: string;
  poster: DigestPoster;
  clock: () => number;
}

export function createDigestWorker(deps: DigestWorkerDeps): Worker {
  return new Worker(DIGEST_QUEUE, async () => ({ outcome: await deps.poster.run(deps.clock()) }), {
    connection: deps.connection, prefix: `${deps.prefix}:bull`, concurrency: 1,
    // A killed process's digest is taken up by another within seconds (BullMQ's defaults: a minute
    // or more); the lock is renewed every half lockDuration while the job runs, however long it takes.
    lockDuration: 8000, stalledInterval: 3000,
  });
}
