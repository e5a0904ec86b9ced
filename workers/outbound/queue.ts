// The outbound queue. Payloads are sealed (a reply may carry a summary with a NIK); job ids are the
// outbound ids, so enqueueing the same reply twice (a handler retried after a crash) sends it once.
import { createHash } from 'node:crypto';
import { Queue, type ConnectionOptions } from 'bullmq';
import { forgetJobs } from '../forget-jobs.js';
import type { DataProtector } from '../platform/crypto.js';
import type { Outbound } from './message.js';

export const OUTBOUND_QUEUE = 'outbound';

export interface OutboundJobData {
  sealed: string;
}

/** BullMQ job ids may not contain ':' nor be all digits. */
export function outboundJobId(outboundId: string): string {
  return `o-${createHash('sha256').update(outboundId).digest('base64url').slice(0, 32)}`;
}

export class OutboundQueue {
  readonly queue: Queue<OutboundJobData>;

  constructor(connection: ConnectionOptions, prefix: string, private readonly protector: DataProtector) {
    this.queue = new Queue<OutboundJobData>(OUTBOUND_QUEUE, {
      connection,
      prefix: `${prefix}:bull`,
      defaultJobOptions: {
        // Kept for a day so that a re-enqueued id is still recognised as a duplicate.
        removeOnComplete: { age: 24 * 3600, count: 100_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
  }

  /**
   * `priority` (BullMQ's: 1 is the highest) is for bulk messages (SIARAN): BullMQ takes every job
   * without a priority first, so a conversation reply never waits behind them.
   */
  async enqueue(messages: readonly Outbound[], attempts: number, options: { priority?: number } = {}): Promise<void> {
    if (messages.length === 0) return;
    await this.queue.addBulk(messages.map((message) => {
      const jobId = outboundJobId(message.id);
      return {
        name: 'send',
        data: { sealed: this.protector.sealJson(message, jobId) },
        opts: {
          jobId, attempts, backoff: { type: 'exponential' as const, delay: 1000, jitter: 0.3 },
          ...(options.priority === undefined ? {} : { priority: options.priority }),
          // A one-time code must not outlive its delivery, even sealed.
          ...(message.ephemeral ? { removeOnComplete: true, removeOnFail: true } : {}),
        },
      };
    }));
  }

  open(jobId: string, data: OutboundJobData): Outbound {
    return this.protector.openJson(data.sealed, jobId) as Outbound;
  }

  /**
   * Erasure: removes every job not being sent right now whose message `matches`, done ones too (they
   * are kept a day for duplicate detection, with their content). Returns how many went.
   */
  async forget(matches: (message: Outbound) => boolean): Promise<number> {
    return forgetJobs(this.queue, (job) => matches(this.open(job.id ?? '', job.data)));
  }

  async depth(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
