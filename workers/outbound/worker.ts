// Sends queued messages through the transport. Runs only in the process that owns the transport.
// Two lanes: conversation replies (many chats at once, each chat in order, with a natural delay and
// a typing indicator before each message) and bulk (one at a time, at its own slower pace). Only
// the send itself draws from the number's token bucket (pace.ts). A network outage or a retried
// failure delays the chat's later messages behind it, so nothing overtakes a message of its chat.
import { DelayedError, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from '../platform/logger.js';
import { maskChat } from '../platform/logger.js';
import { MediaNotFoundError, type MediaStore } from '../media/store.js';
import {
  RateLimitedError,
  ReachoutLockedError,
  TransportUnavailableError,
  UndeliverableError,
  type Outbound,
  type ResolvedOutbound,
  type Sender,
} from './message.js';
import { ChatLanes, TokenLine, type LaneTurn } from './lanes.js';
import { DEFAULT_TIMELOCK_MS, type NumberPace } from './pace.js';
import { OUTBOUND_BULK_QUEUE, OUTBOUND_QUEUE, type OutboundJobData, type OutboundQueue } from './queue.js';
import { NO_DELAY, hasDelays, pauseBeforeMs, typingMs, type TypingSettings } from './typing-delay.js';

export interface OutboundWorkerDeps {
  connection: ConnectionOptions;
  prefix: string;
  queue: OutboundQueue;
  transport: Sender;
  media: MediaStore;
  logger: Logger;
  /** The number's send pace; absent: unlimited (tests, the simulator). */
  pace?: NumberPace;
  /** Several numbers: the pace of the number that serves this chat (overrides `pace`). */
  paceFor?: (chat: string) => Promise<NumberPace>;
  /** Reading and typing delays before a reply; absent: none. */
  typing?: TypingSettings;
  /** Replies being paced at once (each chat holds one slot while it "types"). */
  concurrency?: number;
  /**
   * Whether this process can send now (it owns a connected number). While not, the workers fetch
   * nothing: a standby process must not take a chat's messages and hold them back.
   */
  ready?: () => boolean;
  /** How long the number stops after an outage or a 429 (tests shorten them). */
  pauses?: { unavailableMs: number; rateLimitedMs: number };
  random?: () => number;
  now?: () => number;
  onSent?: (outcome: 'sent' | 'failed', message: Outbound) => void;
  /** Deliveries recorded on their case (the NIB): skipped once recorded, recorded once sent. */
  tracked?: TrackedDeliveries;
}

export interface TrackedDeliveries {
  isDelivered(message: Outbound): Promise<boolean>;
  delivered(message: Outbound): Promise<void>;
}

export interface OutboundWorkers {
  replies: Worker<OutboundJobData>;
  bulk: Worker<OutboundJobData>;
  close(): Promise<void>;
}

const PAUSE_WHEN_UNAVAILABLE_MS = 5000;
/** After a 429 the number stops for a minute (and the pace halves its rate for a while). */
export const PAUSE_WHEN_RATE_LIMITED_MS = 60_000;
const DEFAULT_CONCURRENCY = 100;

/** An earlier message of the same chat turned up while this one was on its way: it goes behind. */
class OvertakenError extends Error {
  constructor(readonly behind: number) {
    super('an earlier message of this chat is still on its way');
    this.name = 'OvertakenError';
  }
}

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

export function createOutboundWorkers(deps: OutboundWorkerDeps): OutboundWorkers {
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;
  const typing = deps.typing ?? NO_DELAY;
  const pauses = deps.pauses ?? { unavailableMs: PAUSE_WHEN_UNAVAILABLE_MS, rateLimitedMs: PAUSE_WHEN_RATE_LIMITED_MS };
  const lanes = new ChatLanes(now);
  // One line per number: numbers send side by side, each at its own pace.
  const lines = new Map<NumberPace, TokenLine>();
  const lineOf = (pace: NumberPace): TokenLine => lines.get(pace) ?? lines.set(pace, new TokenLine()).get(pace)!;
  const paceOf = async (chat: string): Promise<NumberPace | undefined> => (deps.paceFor ? deps.paceFor(chat) : deps.pace);
  const common = {
    connection: deps.connection,
    prefix: `${deps.prefix}:bull`,
    // A crashed sender's job is picked up again within seconds, not BullMQ's default minute.
    lockDuration: 8000,
    stalledInterval: 3000,
    maxStalledCount: 2,
  };
  const replies: Worker<OutboundJobData> = new Worker<OutboundJobData>(OUTBOUND_QUEUE, (job, token) => sendReply(job, token), {
    ...common, concurrency: deps.concurrency ?? DEFAULT_CONCURRENCY, autorun: !deps.ready,
  });
  const bulk: Worker<OutboundJobData> = new Worker<OutboundJobData>(OUTBOUND_BULK_QUEUE, (job, token) => sendBulk(job, token), {
    ...common, concurrency: 1, autorun: !deps.ready,
  });
  const gate = deps.ready ? readinessGate(deps.ready, [replies, bulk]) : undefined;

  async function sendReply(job: Job<OutboundJobData>, token: string | undefined): Promise<void> {
    const message = deps.queue.open(job.id ?? '', job.data);
    const turn = lanes.enter(message.chat, job.id ?? '', job.data.order ?? job.timestamp * 1000);
    try {
      const behind = await turn.ready;
      if (behind !== undefined) return await postpone(job, token, turn, behind + 1);
      await sendOnce(job, message, () => paceReply(message, turn), false);
      turn.done();
    } catch (err) {
      if (err instanceof DelayedError) throw err;
      if (err instanceof OvertakenError) return await postpone(job, token, turn, err.behind + 1);
      const retryAt = retryTimeOf(err, job);
      if (retryAt === undefined) turn.done();
      else return await postpone(job, token, turn, retryAt, err);
      throw err;
    }
  }

  async function sendBulk(job: Job<OutboundJobData>, token: string | undefined): Promise<void> {
    const message = deps.queue.open(job.id ?? '', job.data);
    try {
      await sendOnce(job, message, () => paceBulk(message.chat), true);
    } catch (err) {
      if (!isPause(err)) throw err;
      // The number cannot send now (outage, 429, timelock): wait it out as a delayed job, not a burnt attempt.
      await job.moveToDelayed(retryTimeOf(err, job) ?? now() + pauses.unavailableMs, token);
      throw new DelayedError();
    }
  }

  /** The chat's turn and its later messages wait until `at` (epoch ms), in their order. */
  async function postpone(job: Job<OutboundJobData>, token: string | undefined, turn: LaneTurn, at: number, cause?: unknown): Promise<never> {
    turn.held(at);
    // An ordinary failure: BullMQ's backoff retries it (counting the attempt); the chat waits for it.
    if (cause !== undefined && !isPause(cause)) throw cause as Error;
    await job.moveToDelayed(at, token);
    throw new DelayedError();
  }

  /** When a failed send will be tried again (epoch ms), or undefined when it never will. */
  function retryTimeOf(err: unknown, job: Job<OutboundJobData>): number | undefined {
    if (err instanceof UnrecoverableError) return undefined;
    if (err instanceof TransportUnavailableError) return now() + pauses.unavailableMs;
    if (err instanceof RateLimitedError) return now() + pauses.rateLimitedMs;
    if (err instanceof ReachoutLockedError) return err.untilMs ?? now() + DEFAULT_TIMELOCK_MS;
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) return undefined;
    // BullMQ's exponential backoff (1 s base, jitter only shortens it): its longest next delay.
    return now() + 1000 * 2 ** job.attemptsMade;
  }

  async function sendOnce(job: Job<OutboundJobData>, message: Outbound, pace: () => Promise<void>, isBulk: boolean): Promise<void> {
    const tracked = message.track ? deps.tracked : undefined;
    // A re-enqueued message that raced its first send, or a retry after a crash between the send and
    // the mark: the markers decide, and the message is not sent again.
    if (!(await deps.queue.sent.isSent(message))) {
      if (!(await tracked?.isDelivered(message))) await deliver(job, message, pace, isBulk);
      await deps.queue.sent.markSent(message);
    }
    // Always, even when it was sent before: a crash may have come between the mark and this step
    // (the NIB's delivery log and rating question); it does its own part once.
    await tracked?.delivered(message);
  }

  async function paceReply(message: Outbound, turn: LaneTurn): Promise<void> {
    if (hasDelays(typing)) {
      await sleep(pauseBeforeMs(typing, turn.firstOfBurst, random));
      await showTyping(message.chat);
      await sleep(typingMs(typing, characters(message), random));
    }
    await takeToken(message.chat, false, turn.firstOfBurst ? 0 : 1);
    // Let jobs fetched alongside this one reach their lane, then make sure none of them goes first.
    await new Promise((resolve) => setImmediate(resolve));
    const behind = await turn.again();
    if (behind !== undefined) throw new OvertakenError(behind);
  }

  async function paceBulk(chat: string): Promise<void> {
    const lockedUntil = deps.transport.reachoutLockedUntil?.();
    if (lockedUntil !== undefined && lockedUntil > now()) throw new ReachoutLockedError(lockedUntil);
    await takeToken(chat, true);
  }

  /** Waits, first come first served within this process, until the number's pace allows a send. */
  async function takeToken(chat: string, isBulk: boolean, rank = 0): Promise<void> {
    const pace = await paceOf(chat);
    if (!pace || pace.unlimited) return;
    const take = async (): Promise<void> => {
      for (;;) {
        const wait = await pace.tryTake(isBulk);
        if (wait === 0) return;
        if (wait < 0) throw new ReachoutLockedError(now() + (await pace.bulkPausedForMs()));
        await sleep(wait);
      }
    };
    // Bulk waits outside the line: it asks only while the bucket is half full, and must not block replies.
    return isBulk ? take() : lineOf(pace).inLine(take, rank);
  }

  async function showTyping(chat: string): Promise<void> {
    await deps.transport.typing?.(chat).catch((err: unknown) => {
      deps.logger.debug({ to: maskChat(chat), reason: (err as Error).message }, 'typing indicator not sent');
    });
  }

  async function deliver(job: Job<OutboundJobData>, message: Outbound, pace: () => Promise<void>, isBulk: boolean): Promise<void> {
    try {
      const resolved = await resolveMedia(message, deps.media).catch((err: unknown) => {
        // Passed-on media is deleted right after its send: gone means a retry of a message already out.
        if (message.dropMediaAfterSend && err instanceof MediaNotFoundError) return undefined;
        throw err;
      });
      if (resolved === undefined) return;
      await pace();
      await deps.transport.send(resolved);
    } catch (err) {
      throw await classify(err, message, isBulk);
    }
    await dropPassedOnMedia(message);
    deps.logger.info({ jobId: job.id, to: maskChat(message.chat), kind: kindOf(message), attempt: job.attemptsMade + 1 }, 'sent');
    deps.onSent?.('sent', message);
  }

  async function dropPassedOnMedia(message: Outbound): Promise<void> {
    if (!message.dropMediaAfterSend) return;
    for (const media of [message.image, message.document]) if (media) await deps.media.delete(media.ref);
  }

  async function classify(err: unknown, message: Outbound, isBulk: boolean): Promise<Error> {
    if (err instanceof OvertakenError) return err;
    if (err instanceof TransportUnavailableError) {
      deps.logger.warn({ to: maskChat(message.chat) }, 'transport unavailable; pausing outbound');
      // With several numbers only this chat's number is down: its messages wait, the others go on.
      if (!deps.paceFor) await pauseWorkers(pauses.unavailableMs);
      return err;
    }
    if (err instanceof RateLimitedError) {
      deps.logger.warn({ event: 'wa_rate_limited' }, 'WhatsApp rate-limited the number; pausing and slowing down');
      const pace = await paceOf(message.chat);
      await Promise.all([pauseWorkers(pauses.rateLimitedMs), pace?.backOff()]);
      return err;
    }
    if (err instanceof ReachoutLockedError) return reachoutLocked(err, message, isBulk);
    deps.onSent?.('failed', message);
    deps.logger.warn({ to: maskChat(message.chat), reason: (err as Error).message }, 'send failed');
    // A missing file does not come back: retrying would only hold the chat's later messages behind it.
    const permanent = err instanceof UndeliverableError || err instanceof MediaNotFoundError;
    return permanent ? new UnrecoverableError(err.message) : (err as Error);
  }

  /** Bulk waits until the restriction ends; a reply cannot start a chat now, so it is dropped. */
  async function reachoutLocked(err: ReachoutLockedError, message: Outbound, isBulk: boolean): Promise<Error> {
    const until = err.untilMs ?? now() + DEFAULT_TIMELOCK_MS;
    const pace = await paceOf(message.chat);
    await pace?.pauseBulkUntil(until, now());
    deps.logger.warn({ event: 'wa_reachout_timelock', until: new Date(until).toISOString() }, 'WhatsApp restricts new chats; bulk sends stopped');
    if (isBulk) return new ReachoutLockedError(until);
    deps.onSent?.('failed', message);
    return new UnrecoverableError(err.message);
  }

  async function pauseWorkers(ms: number): Promise<void> {
    await Promise.all([replies.rateLimit(ms), bulk.rateLimit(ms)]);
  }

  return {
    replies,
    bulk,
    async close() {
      gate?.stop();
      await Promise.all([replies.close(), bulk.close()]);
    },
  };
}

const READINESS_CHECK_MS = 500;

/** Runs the workers while `ready()` holds and pauses them (no fetching) while it does not. */
function readinessGate(ready: () => boolean, workers: Worker<OutboundJobData>[]): { stop(): void } {
  let started = false;
  let running = false;
  const sync = (): void => {
    const now = ready();
    if (now === running) return;
    running = now;
    for (const worker of workers) {
      if (!now) void worker.pause(true);
      else if (started) void Promise.resolve(worker.resume());
      else void worker.run();
    }
    started ||= now;
  };
  sync();
  const timer = setInterval(sync, READINESS_CHECK_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** The number cannot send for a while: not the message's fault, so no attempt is counted. */
function isPause(err: unknown): boolean {
  return err instanceof TransportUnavailableError || err instanceof RateLimitedError || err instanceof ReachoutLockedError;
}

function characters(message: Outbound): number {
  return (message.text ?? message.image?.caption ?? message.document?.caption ?? '').length;
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}

function kindOf(message: Outbound): string {
  if (message.document) return 'document';
  if (message.image) return 'image';
  return 'text';
}
