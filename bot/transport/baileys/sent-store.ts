// What Baileys' getMessage needs: when a recipient's phone cannot decrypt one of our messages it
// asks for a retry, and Baileys re-encrypts the original from here. Only recent messages are
// served: answering retries for old ones after a reconnect re-sends days-old messages.
import { proto } from '@whiskeysockets/baileys';
import type { WAMessage, WAMessageKey } from '@whiskeysockets/baileys';
import type { RedisClient } from '../../../workers/platform/redis-client.js';
import type { DataProtector } from '../../../workers/platform/crypto.js';

interface StoredSent {
  at: number;
  /** proto.Message, protobuf-encoded, base64. */
  message: string;
}

export class SentMessageStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    private readonly base: string,
    /** Retries are served for this long after sending. */
    private readonly retryWindowMs: number,
    private readonly now: () => number,
  ) {}

  async remember(sent: WAMessage | undefined): Promise<void> {
    const id = sent?.key.id;
    if (!id || !sent.message) return;
    const key = this.keyOf(id);
    const value: StoredSent = { at: this.now(), message: Buffer.from(proto.Message.encode(sent.message).finish()).toString('base64') };
    await this.redis.set(key, this.protector.sealJson(value, key), 'PX', this.retryWindowMs);
  }

  /** `undefined` on a miss: returning an empty message would make Baileys relay it and burn the retry. */
  async lookup(waKey: WAMessageKey): Promise<proto.IMessage | undefined> {
    if (!waKey.id) return undefined;
    const key = this.keyOf(waKey.id);
    const sealed = await this.redis.get(key);
    if (!sealed) return undefined;
    const stored = this.protector.openJson(sealed, key) as StoredSent;
    if (this.now() - stored.at > this.retryWindowMs) return undefined;
    return proto.Message.decode(Buffer.from(stored.message, 'base64'));
  }

  private keyOf(id: string): string {
    return `${this.base}:sent:${this.protector.lookupHash(id)}`;
  }
}
