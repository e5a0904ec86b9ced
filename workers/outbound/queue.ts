// The outbound queue. Payloads are sealed (a reply may carry a summary with a NIK); job ids are the
// outbound ids, so enqueueing the same reply twice while it waits adds it once, and a small "sent"
// marker (sent-marks.ts) recognises it once it has gone: done jobs are removed at once.
import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import type { RedisClient } from '../platform/redis-client.js';
import { forgetJobs } from '../forget-jobs.js';
import type { DataProtector } from '../platform/crypto.js';
import type { Outbound } from './message.js';
import { SentMarks } from './sent-marks.js';

export const OUTBOUND_QUEUE = 'outbound';
/** The bulk lane: its own queue, so its slow pace never holds a conversation reply's slot. */
export const OUTBOUND_BULK_QUEUE = 'outbound-bulk';
/**
 * A priority puts a message in the bulk lane; within it, BullMQ takes a lower number first.
 * Notices nobody is waiting for (escalations, reminders, the digest) go before SIARAN letters
 * (workers/broadcast, priority 100).
 */
export const NOTICE_PRIORITY = 50;
/**
 * The queue's event stream (BullMQ keeps 10,000 events by default); Loket reads no queue events.
 * Every Queue made on this queue must pass the same value: each writes it into the queue's meta.
 */
export const OUTBOUND_EVENTS_MAX_LEN = 100;

export interface OutboundJobData {
  sealed: string;
  /** When it was queued (µs, strictly increasing in a process): a chat's messages are sent in this order. */
  order?: number;
}

/** BullMQ job ids may not contain ':' nor be all digits. */
export function outboundJobId(outboundId: string): string {
  return `o-${createHash('sha256').update(outboundId).digest('base64url').slice(0, 32)}`;
}

let lastOrder = 0;

/** Microseconds since the epoch, never the same twice in one process. */
function nextOrder(): number {
  lastOrder = Math.max(Date.now() * 1000, lastOrder + 1);
  return lastOrder;
}

export class OutboundQueue {
  /** Conversation replies (and every message without a priority). */
  readonly queue: Queue<OutboundJobData>;
  readonly bulk: Queue<OutboundJobData>;
  readonly sent: SentMarks;

  constructor(connection: RedisClient, prefix: string, private readonly protector: DataProtector) {
    this.queue = outboundQueue(OUTBOUND_QUEUE, connection, prefix);
    this.bulk = outboundQueue(OUTBOUND_BULK_QUEUE, connection, prefix);
    this.sent = new SentMarks(connection, prefix, outboundJobId);
  }

  /**
   * `priority` (BullMQ's: 1 is the highest) puts a message in the bulk lane (SIARAN letters,
   * notices): BullMQ takes every job without a priority first, and bulk has its own slower pace.
   */
  async enqueue(messages: readonly Outbound[], attempts: number, options: { priority?: number } = {}): Promise<void> {
    if (messages.length === 0) return;
    const unsent = await this.sent.unsent(messages);
    if (unsent.length === 0) return;
    const lane = options.priority === undefined ? this.queue : this.bulk;
    await lane.addBulk(unsent.map((message) => {
      const jobId = outboundJobId(message.id);
      return {
        name: 'send',
        data: { sealed: this.protector.sealJson(message, jobId), order: nextOrder() },
        opts: {
          jobId, attempts, backoff: { type: 'exponential' as const, delay: 1000, jitter: 0.3 },
          ...(options.priority === undefined ? {} : { priority: options.priority }),
          // A one-time code must not outlive its delivery, even sealed.
          ...(message.ephemeral ? { removeOnFail: true } : {}),
        },
      };
    }));
  }

  open(jobId: string, data: OutboundJobData): Outbound {
    return this.protector.openJson(data.sealed, jobId) as Outbound;
  }

  /**
   * Erasure: removes every job not being sent right now whose message `matches` (waiting, delayed,
   * failed; done jobs are gone at once, and their markers hold no content). Returns how many went.
   */
  async forget(matches: (message: Outbound) => boolean): Promise<number> {
    const concerns = (job: { id?: string | undefined; data: OutboundJobData }): boolean => matches(this.open(job.id ?? '', job.data));
    return (await forgetJobs(this.queue, concerns)) + (await forgetJobs(this.bulk, concerns));
  }

  /** Both lanes' jobs by state, added up. */
  async depth(): Promise<Record<string, number>> {
    const states = ['waiting', 'prioritized', 'active', 'delayed', 'failed'] as const;
    const [replies, bulk] = await Promise.all([this.queue, this.bulk].map((q) => q.getJobCounts(...states)));
    return Object.fromEntries(states.map((state) => [state, (replies?.[state] ?? 0) + (bulk?.[state] ?? 0)]));
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), this.bulk.close()]);
  }
}

function outboundQueue(name: string, connection: RedisClient, prefix: string): Queue<OutboundJobData> {
  return new Queue<OutboundJobData>(name, {
    connection,
    prefix: `${prefix}:bull`,
    streams: { events: { maxLen: OUTBOUND_EVENTS_MAX_LEN } },
    defaultJobOptions: {
      // Duplicates are told by the sent markers: a done job would cost ~1.4 KB for a day.
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
}
