// Send deduplication: a small marker per message sent (about 100 bytes), kept a day, instead of the
// whole completed job (about 1.4 KB). Checked when a message is enqueued (a handler retried after a
// crash enqueues its replies again) and again just before the send (a re-enqueue that raced the
// first send's completion), so a reply is sent once. The key names no chat, not even by its keyed
// hash: a marker outlives an erasure (HAPUS DATA) for a day and must not tie a job to the person.
import type { RedisClient } from '../platform/redis-client.js';
import type { Outbound } from './message.js';

export const SENT_MARK_TTL_SECONDS = 24 * 3600;

export class SentMarks {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly jobIdOf: (outboundId: string) => string,
  ) {}

  /** `<prefix>:sent:<job id>` (a hash of the outbound id): no personal data, no chat. */
  key(message: Pick<Outbound, 'id'>): string {
    return `${this.prefix}:sent:${this.jobIdOf(message.id)}`;
  }

  async isSent(message: Outbound): Promise<boolean> {
    return (await this.redis.exists(this.key(message))) === 1;
  }

  /** The messages not yet sent, in their order (one round trip). */
  async unsent(messages: readonly Outbound[]): Promise<Outbound[]> {
    const pipeline = this.redis.pipeline();
    for (const message of messages) pipeline.exists(this.key(message));
    const replies = (await pipeline.exec()) ?? [];
    return messages.filter((_, i) => replies[i]?.[1] !== 1);
  }

  async markSent(message: Outbound): Promise<void> {
    await this.redis.set(this.key(message), '1', 'EX', SENT_MARK_TTL_SECONDS);
  }
}
