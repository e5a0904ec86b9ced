// Every applicant message asks whether an operator waits on it (a TANYA answer, the OSS code, the
// rating). Nearly always nobody does, so that answer is remembered per chat: "nothing pending" is
// kept in memory until a relay is set for the chat, by this process or another (announced on a
// channel). Only the negative answer is kept: a pending relay expires in Redis (the code after ten
// minutes), so it is always read from there.
import type { RedisClient } from '../../workers/platform/redis-client.js';
import type { DataProtector } from '../../workers/platform/crypto.js';
import { RelayStore, type PendingRelay, type RelayKind } from '../../workers/casework/relays.js';

/** How many chats with nothing pending are remembered (about 60 B each); the oldest are forgotten first. */
export const RELAY_CACHE_MAX_CHATS = 100_000;
/** How long "nothing pending" is trusted without hearing of a change: an announcement lost in a reconnect heals by itself. */
export const RELAY_CACHE_MAX_AGE_MS = 5 * 60_000;

export class CachedRelayStore extends RelayStore {
  /** Chat id -> when "nothing pending" was read, oldest first. */
  private readonly nothingPending = new Map<string, number>();
  private readonly channel: string;
  private live = false;
  /** Bumped by every change heard of: a read that overlapped one is not remembered. */
  private changes = 0;

  constructor(
    private readonly connection: RedisClient,
    private readonly hasher: DataProtector,
    prefix: string,
    private readonly maxChats = RELAY_CACHE_MAX_CHATS,
    private readonly clock: () => number = Date.now,
  ) {
    super(connection, hasher, prefix);
    this.channel = `${prefix}:relay:changed`;
  }

  /**
   * Starts remembering, once subscribed to the change announcements on `subscriber` (a connection
   * of its own, which may be shared with other watchers). While it is disconnected, announcements
   * could be missed: nothing is remembered then.
   */
  async watch(subscriber: RedisClient): Promise<void> {
    subscriber.on('message', (channel: string, chatId: string) => {
      if (channel === this.channel) this.changed(chatId);
    });
    subscriber.on('close', () => this.suspend());
    subscriber.on('ready', () => { this.live = true; });
    await subscriber.subscribe(this.channel);
    this.live = true;
  }

  override async pending(applicantChat: string): Promise<Partial<Record<RelayKind, PendingRelay>>> {
    const id = this.chatId(applicantChat);
    if (this.live && this.clock() - (this.nothingPending.get(id) ?? -Infinity) < RELAY_CACHE_MAX_AGE_MS) return {};
    const before = this.changes;
    const found = await super.pending(applicantChat);
    if (this.live && before === this.changes && Object.keys(found).length === 0) this.remember(id);
    return found;
  }

  override async set(kind: RelayKind, applicantChat: string, relay: PendingRelay): Promise<void> {
    await super.set(kind, applicantChat, relay);
    await this.announce(applicantChat);
  }

  override async clear(kind: RelayKind, applicantChat: string): Promise<void> {
    await super.clear(kind, applicantChat);
    await this.announce(applicantChat);
  }

  override async clearAll(applicantChat: string): Promise<void> {
    await super.clearAll(applicantChat);
    await this.announce(applicantChat);
  }

  /** A keyed hash: the channel never carries a phone number. */
  private chatId(applicantChat: string): string {
    return this.hasher.lookupHash(`relay-chat:${applicantChat}`);
  }

  private async announce(applicantChat: string): Promise<void> {
    const id = this.chatId(applicantChat);
    this.changed(id);
    await this.connection.publish(this.channel, id);
  }

  private changed(id: string): void {
    this.changes++;
    this.nothingPending.delete(id);
  }

  private remember(id: string): void {
    this.nothingPending.delete(id);
    this.nothingPending.set(id, this.clock());
    if (this.nothingPending.size <= this.maxChats) return;
    const oldest = this.nothingPending.keys().next().value;
    if (oldest !== undefined) this.nothingPending.delete(oldest);
  }

  private suspend(): void {
    this.live = false;
    this.changes++;
    this.nothingPending.clear();
  }
}
