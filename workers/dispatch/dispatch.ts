// Dispatch: a submitted case is routed to its desk by a worker, not in the applicant's chat turn, so
// a slow roster lookup or a restart never holds up the conversation. One job per case (fixed id);
// routing is idempotent, so a job repeated after a crash sends the same notices under the same ids.
// Done jobs are removed at once: nothing naming the case stays behind after HAPUS DATA.
import { createHash } from 'node:crypto';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { CAPPED_EVENTS } from '../platform/queues.js';

export const DISPATCH_QUEUE = 'dispatch';

interface DispatchJob {
  caseId: string;
}

export class DispatchQueue {
  readonly queue: Queue<DispatchJob>;

  constructor(connection: ConnectionOptions, prefix: string) {
    this.queue = new Queue<DispatchJob>(DISPATCH_QUEUE, {
      connection,
      prefix: `${prefix}:bull`,
      streams: CAPPED_EVENTS,
      defaultJobOptions: { attempts: 20, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: { age: 30 * 24 * 3600 } },
    });
  }

  async add(caseId: string): Promise<void> {
    await this.queue.add('dispatch', { caseId }, { jobId: dispatchJobId(caseId) });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

/** One job per case: dispatching the same case again while its job exists adds nothing. */
export function dispatchJobId(caseId: string): string {
  return `d-${createHash('sha256').update(caseId).digest('base64url').slice(0, 24)}`;
}

export function createDispatchWorker(deps: { connection: ConnectionOptions; prefix: string; dispatch: (caseId: string) => Promise<void> }): Worker<DispatchJob> {
  return new Worker<DispatchJob>(DISPATCH_QUEUE, (job) => deps.dispatch(job.data.caseId), {
    connection: deps.connection,
    prefix: `${deps.prefix}:bull`,
    concurrency: 4,
    lockDuration: 8000,
    stalledInterval: 3000,
  });
}
