// Durable conversation timers (inactivity reminder, expiry): delayed BullMQ jobs that, when due,
// put a trigger into the chat's inbox so that it is sequenced with the chat's messages. The
// engine ignores a timer whose token no longer matches, so a stale timer would do no harm; but
// each turn sets its timers again, so a chat keeps one pending job per timer name: a new one
// replaces the one still waiting (BullMQ deduplication, replace mode), instead of one job per
// message piling up until it fires. A timer firing at that moment keeps running and the new one
// is added when it finishes (keepLastIfActive).
import { createHash } from 'node:crypto';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { forgetJobs } from '../forget-jobs.js';
import { CAPPED_EVENTS } from '../platform/queues.js';
import type { DataProtector } from '../platform/crypto.js';
import type { Inbox } from '../inbox/inbox.js';

export const TIMER_QUEUE = 'timers';

interface TimerJobData {
  sealed: string;
}

interface TimerPayload {
  chat: string;
  name: string;
  token: string;
}

export interface TimerSchedulerDeps {
  connection: ConnectionOptions;
  prefix: string;
  protector: DataProtector;
  clock: () => number;
}

export class TimerScheduler {
  readonly queue: Queue<TimerJobData>;

  constructor(private readonly deps: TimerSchedulerDeps) {
    this.queue = new Queue<TimerJobData>(TIMER_QUEUE, {
      connection: deps.connection,
      prefix: `${deps.prefix}:bull`,
      // A fired timer's trigger is deduplicated by the inbox (its id is the job id): nothing needs the done job.
      defaultJobOptions: { removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 }, attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
      streams: CAPPED_EVENTS,
    });
  }

  async schedule(chat: string, name: string, token: string, at: number): Promise<void> {
    const jobId = timerJobId(chat, name, token);
    const payload: TimerPayload = { chat, name, token };
    await this.queue.add('fire', { sealed: this.deps.protector.sealJson(payload, jobId) }, {
      jobId, delay: Math.max(0, at - this.deps.clock()),
      deduplication: { id: this.slotId(chat, name), replace: true, keepLastIfActive: true },
    });
  }

  /** One pending timer per chat and name: the deduplication id (a keyed hash: no phone number in Redis). */
  slotId(chat: string, name: string): string {
    return this.deps.protector.lookupHash(`timer:${chat}\n${name}`);
  }

  /** Erasure: removes the chat's timers, pending and done. Returns how many went. */
  async forget(chat: string): Promise<number> {
    return forgetJobs(this.queue, (job) => (this.deps.protector.openJson(job.data.sealed, job.id ?? '') as TimerPayload).chat === chat);
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

export function timerJobId(chat: string, name: string, token: string): string {
  return `t-${createHash('sha256').update(`${chat}\n${name}\n${token}`).digest('base64url').slice(0, 32)}`;
}

export function createTimerWorker(deps: TimerSchedulerDeps & { inbox: Inbox; notify: () => void }): Worker<TimerJobData> {
  return new Worker<TimerJobData>(TIMER_QUEUE, async (job) => {
    const id = job.id ?? '';
    const { chat, name, token } = deps.protector.openJson(job.data.sealed, id) as TimerPayload;
    await deps.inbox.accept({ id, chat, acceptedAt: deps.clock(), type: 'trigger', trigger: { type: 'timer', name, token } });
    deps.notify();
  }, { connection: deps.connection, prefix: `${deps.prefix}:bull`, concurrency: 4, lockDuration: 8000, stalledInterval: 3000 });
}
