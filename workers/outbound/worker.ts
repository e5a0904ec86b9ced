// Sends queued replies through the transport. Runs only in the process that owns the transport.
// One job at a time keeps each chat's order; a network outage pauses the queue (rate limit) rather
// than failing jobs, so nothing overtakes a message that is waiting to be retried.
import { RateLimitError, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from '../platform/logger.js';
import { maskChat } from '../platform/logger.js';
import { MediaNotFoundError, type MediaStore } from '../media/store.js';
import { TransportUnavailableError, UndeliverableError, type Outbound, type ResolvedOutbound, type Sender } from './message.js';
import { OUTBOUND_QUEUE, type OutboundJobData, type OutboundQueue } from './queue.js';

export interface OutboundWorkerDeps {
  connection: ConnectionOptions;
  prefix: string;
  queue: OutboundQueue;
  transport: Sender;
  media: MediaStore;
  logger: Logger;
  ratePerSecond: number;
  jitterMs: number;
  random?: () => number;
  onSent?: (outcome: 'sent' | 'failed', message: Outbound) => void;
  /** Deliveries recorded on their case (the NIB): skipped once recorded, recorded once sent. */
  tracked?: TrackedDeliveries;
}

export interface TrackedDeliveries {
  isDelivered(message: Outbound): Promise<boolean>;
  delivered(message: Outbound): Promise<void>;
}

const PAUSE_WHEN_UNAVAILABLE_MS = 5000;

export async function resolveMedia(message: Outbound, media: MediaStore): Promise<ResolvedOutbound> {
  const resolved: ResolvedOutbound = { id: message.id, chat: message.chat };
  if (message.text !== undefined) resolved.text = message.text;
  if (message.image) {
    const { ref, mimetype, caption } = message.image;
    resolved.image = { mimetype, data: await media.get(ref), ...(caption ? { caption } : {}) };
  }
  if (message.document) {
    const { ref, mimetype, caption, filename } = message.document;
    resolved.document = { mimetype, filename: filename ?? 'dokumen.pdf', data: await media.get(ref), ...(caption ? { caption } : {}) };
  }
  return resolved;
}

function rateLimiter(ratePerSecond: number): { max: number; duration: number } | undefined {
  if (ratePerSecond <= 0) return undefined;
  return ratePerSecond >= 1 ? { max: Math.round(ratePerSecond), duration: 1000 } : { max: 1, duration: Math.round(1000 / ratePerSecond) };
}

export function createOutboundWorker(deps: OutboundWorkerDeps): Worker<OutboundJobData> {
  const random = deps.random ?? Math.random;
  const limiter = rateLimiter(deps.ratePerSecond);
  const worker: Worker<OutboundJobData> = new Worker<OutboundJobData>(OUTBOUND_QUEUE, (job) => sendOne(job), {
    connection: deps.connection,
    prefix: `${deps.prefix}:bull`,
    concurrency: 1,
    ...(limiter ? { limiter } : {}),
    // A crashed sender's job is picked up again within seconds, not BullMQ's default minute.
    lockDuration: 8000,
    stalledInterval: 3000,
    maxStalledCount: 2,
  });

  async function sendOne(job: Job<OutboundJobData>): Promise<void> {
    const message = deps.queue.open(job.id ?? '', job.data);
    const tracked = message.track ? deps.tracked : undefined;
    // A retry after a crash between the send and the mark: the mark decides, the message is not sent again.
    if (!(await tracked?.isDelivered(message))) await deliver(job, message);
    await tracked?.delivered(message);
  }

  async function deliver(job: Job<OutboundJobData>, message: Outbound): Promise<void> {
    if (deps.jitterMs > 0) await new Promise((r) => setTimeout(r, Math.floor(random() * deps.jitterMs)));
    try {
      const resolved = await resolveMedia(message, deps.media).catch((err: unknown) => {
        // Passed-on media is deleted right after its send: gone means a retry of a message already out.
        if (message.dropMediaAfterSend && err instanceof MediaNotFoundError) return undefined;
        throw err;
      });
      if (resolved === undefined) return;
      await deps.transport.send(resolved);
    } catch (err) {
      throw await classify(err, message);
    }
    await dropPassedOnMedia(message);
    deps.logger.info({ jobId: job.id, to: maskChat(message.chat), kind: kindOf(message), attempt: job.attemptsMade + 1 }, 'sent');
    deps.onSent?.('sent', message);
  }

  async function dropPassedOnMedia(message: Outbound): Promise<void> {
    if (!message.dropMediaAfterSend) return;
    for (const media of [message.image, message.document]) if (media) await deps.media.delete(media.ref);
  }

  async function classify(err: unknown, message: Outbound): Promise<Error> {
    if (err instanceof TransportUnavailableError) {
      deps.logger.warn({ to: maskChat(message.chat) }, 'transport unavailable; pausing outbound');
      await worker.rateLimit(PAUSE_WHEN_UNAVAILABLE_MS);
      return new RateLimitError();
    }
    deps.onSent?.('failed', message);
    deps.logger.warn({ to: maskChat(message.chat), reason: (err as Error).message }, 'send failed');
    return err instanceof UndeliverableError ? new UnrecoverableError(err.message) : (err as Error);
  }

  return worker;
}

function kindOf(message: Outbound): string {
  if (message.document) return 'document';
  if (message.image) return 'image';
  return 'text';
}
