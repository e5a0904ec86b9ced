// Replies to a notice. WhatsApp tells which message a reply quotes (its id), not what it said, so
// when a notice about a case is queued its message ids (as the network will know them) are noted
// with the case id; an operator who replies "KLAIM" or "DETAIL" to a new-case notice then acts on
// that case. The records hold case ids only and expire.
import type { RedisClient } from '../platform/redis-client.js';
import type { DataProtector } from '../platform/crypto.js';
import type { Outbound } from '../outbound/message.js';

/** Notices are acted on within days; an older quote falls back to typing the case id. */
export const QUOTE_TTL_S = 14 * 24 * 3600;

/** The ids the network gives a sent message (the simulator: its outbound id; Baileys: one per part). */
export type NetworkIds = (outboundId: string) => readonly string[];

export class QuoteStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    private readonly prefix: string,
  ) {}

  private key(messageId: string): string {
    return `${this.prefix}:quote:${this.protector.lookupHash(`quote:${messageId}`)}`;
  }

  /** Notes the case of every notice about one, before it is sent (a reply can only come after). */
  async remember(messages: readonly Outbound[], networkIds: NetworkIds): Promise<void> {
    const about = messages.filter((m) => m.about !== undefined);
    if (about.length === 0) return;
    const multi = this.redis.multi();
    for (const message of about) {
      for (const id of networkIds(message.id)) multi.set(this.key(id), message.about?.caseId ?? '', 'EX', QUOTE_TTL_S);
    }
    await multi.exec();
  }

  /** The case of the quoted notice, if it was one and is still remembered. */
  async caseOf(quotedId: string | undefined): Promise<string | undefined> {
    if (!quotedId) return undefined;
    return (await this.redis.get(this.key(quotedId))) || undefined;
  }
}
