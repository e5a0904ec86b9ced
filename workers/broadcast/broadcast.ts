// SIARAN: one announcement to everyone who agreed to receive one, without crowding out the
// conversation. Each recipient is a job on its own queue, whose rate limiter spaces them out
// (BROADCAST_RATE_PER_MINUTE: a burst to many strangers is what gets a WhatsApp number banned); the
// worker moves each onto the outbound queue with a low BullMQ priority, which BullMQ takes only after
// every job without one, so a reply to someone chatting never waits behind the announcement.
// Job and message ids derive from the broadcast's reference and the recipient's keyed hash: the same
// SIARAN handled again after a crash reaches nobody twice.
import { createHash } from 'node:crypto';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { CAPPED_EVENTS } from '../platform/queues.js';
import { forgetJobs } from '../forget-jobs.js';
import type { DataProtector } from '../platform/crypto.js';
import type { OutboundQueue } from '../outbound/queue.js';

export const BROADCAST_QUEUE = 'broadcast';
/** Below every conversation reply (which carries no priority); 1 would be BullMQ's highest. */
export const BROADCAST_PRIORITY = 100;

interface BroadcastJobData {
  sealed: string;
}

interface BroadcastLetter {
  ref: string;
  /** The recipient's keyed hash: part of the message id, never their number. */
  recipient: string;
  chat: string;
  text: string;
}

export interface BroadcastDeps {
  connection: ConnectionOptions;
  prefix: string;
  protector: DataProtector;
}

function jobIdOf(ref: string, recipient: string): string {
  return `b-${createHash('sha256').update(`${ref}\n${recipient}`).digest('base64url').slice(0, 32)}`;
}

export class BroadcastQueue {
  readonly queue: Queue<BroadcastJobData>;

  constructor(private readonly deps: BroadcastDeps) {
    this.queue = new Queue<BroadcastJobData>(BROADCAST_QUEUE, {
      connection: deps.connection,
      prefix: `${deps.prefix}:bull`,
      streams: CAPPED_EVENTS,
      // Done jobs are kept a day so that the same SIARAN enqueued again is recognised; erasure removes a person's.
      defaultJobOptions: { attempts: 10, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 } },
    });
  }

  /** Queues one letter per recipient; returns how many. */
  async send(ref: string, letters: readonly Omit<BroadcastLetter, 'ref'>[]): Promise<number> {
    const jobs = letters.map((letter) => {
      const jobId = jobIdOf(ref, letter.recipient);
      return { name: 'letter', data: { sealed: this.deps.protector.sealJson({ ...letter, ref }, jobId) }, opts: { jobId } };
    });
    for (let i = 0; i < jobs.length; i += 500) await this.queue.addBulk(jobs.slice(i, i + 500));
    return jobs.length;
  }

  open(jobId: string, data: BroadcastJobData): BroadcastLetter {
    return this.deps.protector.openJson(data.sealed, jobId) as BroadcastLetter;
  }

  /** Erasure: the person's letters, waiting or done. Returns how many went. */
  async forget(chat: string): Promise<number> {
    return forgetJobs(this.queue, (job) => this.open(job.id ?? '', job.data).chat === chat);
  }

  async depth(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

/** The limiter for a rate per minute: evenly spaced, one at a time. */
export function broadcastLimiter(perMinute: number): { max: number; duration: number } {
  return { max: 1, duration: Math.max(1, Math.round(60_000 / perMinute)) };
}

export function createBroadcastWorker(deps: {
  connection: ConnectionOptions;
  prefix: string;
  letters: BroadcastQueue;
  outbound: OutboundQueue;
  attempts: number;
  perMinute: number;
}): Worker<BroadcastJobData> {
  return new Worker<BroadcastJobData>(BROADCAST_QUEUE, async (job) => {
    const letter = deps.letters.open(job.id ?? '', job.data);
    const message = { id: `siaran:${letter.ref}:${letter.recipient}`, chat: letter.chat, text: letter.text };
    await deps.outbound.enqueue([message], deps.attempts, { priority: BROADCAST_PRIORITY });
  }, {
    connection: deps.connection,
    prefix: `${deps.prefix}:bull`,
    concurrency: 1,
    limiter: broadcastLimiter(deps.perMinute),
    lockDuration: 8000,
    stalledInterval: 3000,
  });
}
