// The simulator: a WhatsApp stand-in whose "phones" are HTTP clients (the /sim page, tests, training
// tools). Inbound arrives through POST /sim/inbound; what the bot sends lands in a per-chat outbox.
import { EventEmitter } from 'node:events';
import type { Result } from 'ioredis';
import { scanPages, type RedisClient } from '../../../workers/platform/redis-client.js';
import type { DataProtector } from '../../../workers/platform/crypto.js';
import { defineScript } from '../../../workers/platform/redis.js';
import type { InboundHandler, ResolvedOutbound, Transport, TransportStatus } from '../types.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    simDeliver(sent: string, seq: string, outbox: string, sealed: string, markerTtl: number, outboxTtl: number): Result<number, Context>;
  }
}

export interface SimMessage {
  seq: number;
  chat: string;
  /** The message's id, as a reply quotes it (POST /sim/inbound `quotedId`). */
  id?: string;
  text?: string;
  image?: { mimetype: string; base64: string; caption?: string };
  document?: { mimetype: string; filename: string; base64: string; caption?: string };
}

export class SimNotStartedError extends Error {
  constructor() {
    super('the simulator transport has not been started');
    this.name = 'SimNotStartedError';
  }
}

const SENT_MARKER_TTL_S = 7 * 24 * 3600;
/** A simulated phone's screen is kept a week after its last message: dossiers and KTP photos pass through staff screens. */
const OUTBOX_TTL_S = 7 * 24 * 3600;
const POLL_MS = 250;

export class SimTransport implements Transport {
  readonly name = 'sim';
  private accept: InboundHandler | undefined;
  private readonly delivered = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    private readonly prefix: string,
  ) {
    defineScript(redis, 'simDeliver', 3, new URL('./simDeliver.lua', import.meta.url));
  }

  start(accept: InboundHandler): Promise<void> {
    this.accept = accept;
    return Promise.resolve();
  }

  /** The inbound side, called by the /sim/inbound route. */
  receive: InboundHandler = (message) => {
    if (!this.accept) throw new SimNotStartedError();
    return this.accept(message);
  };

  async send(message: ResolvedOutbound): Promise<void> {
    const key = this.outboxKey(message.chat);
    const sealed = this.protector.sealJson(toSimMessage(message), key);
    // Outbound ids name cases and messages: the marker is keyed by their hash.
    const sent = `${this.prefix}:sim:sent:${this.protector.lookupHash(`sent:${message.id}`)}`;
    const seq = await this.redis.simDeliver(sent, `${key}:seq`, key, sealed, SENT_MARKER_TTL_S, OUTBOX_TTL_S);
    if (seq > 0) this.delivered.emit(key);
  }

  async read(chat: string, after: number, limit = 100): Promise<SimMessage[]> {
    const key = this.outboxKey(chat);
    const rows = await this.redis.zrangebyscore(key, `(${after}`, '+inf', 'LIMIT', 0, limit);
    return rows.map((row) => {
      const colon = row.indexOf(':');
      const body = this.protector.openJson(row.slice(colon + 1), key) as Omit<SimMessage, 'seq' | 'chat'>;
      return { seq: Number(row.slice(0, colon)), chat, ...body };
    });
  }

  /** Long-poll: resolves with the first messages after `after`, or [] once `waitMs` has passed. */
  async waitFor(chat: string, after: number, waitMs: number): Promise<SimMessage[]> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const messages = await this.read(chat, after);
      const left = deadline - Date.now();
      if (messages.length > 0 || left <= 0) return messages;
      await this.deliveredOrTimeout(this.outboxKey(chat), Math.min(left, POLL_MS));
    }
  }

  /**
   * Erasure: the person's own screen is emptied, and every message on other screens (operators,
   * coordinators) that names one of `markers` is taken off them, dossiers and KTP photos included.
   */
  async forget(chat: string, markers: readonly string[]): Promise<void> {
    const own = this.outboxKey(chat);
    await this.redis.del(own, `${own}:seq`);
    if (markers.length === 0) return;
    for await (const keys of scanPages(this.redis, `${this.prefix}:sim:outbox:*`)) {
      for (const key of keys.filter((k) => !k.endsWith(':seq'))) await this.dropNaming(key, markers);
    }
  }

  private async dropNaming(key: string, markers: readonly string[]): Promise<void> {
    const rows = await this.redis.zrange(key, 0, -1);
    const naming = rows.filter((row) => {
      const text = this.protector.open(row.slice(row.indexOf(':') + 1), key).toString('utf8');
      return markers.some((marker) => text.includes(marker));
    });
    if (naming.length > 0) await this.redis.zrem(key, ...naming);
  }

  status(): TransportStatus {
    return { ready: this.accept !== undefined, state: this.accept ? 'open' : 'not started' };
  }

  stop(): Promise<void> {
    this.accept = undefined;
    return Promise.resolve();
  }

  private outboxKey(chat: string): string {
    return `${this.prefix}:sim:outbox:${this.protector.lookupHash(`chat:${chat}`)}`;
  }

  private deliveredOrTimeout(key: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.delivered.off(key, done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.delivered.on(key, done);
    });
  }
}

/** Stored without the chat: the outbox key names it (hashed), and read() puts it back. */
function toSimMessage(message: ResolvedOutbound): Omit<SimMessage, 'seq' | 'chat'> {
  const out: Omit<SimMessage, 'seq' | 'chat'> = { id: message.id };
  if (message.text !== undefined) out.text = message.text;
  if (message.image) out.image = { mimetype: message.image.mimetype, base64: message.image.data.toString('base64'), ...(message.image.caption ? { caption: message.image.caption } : {}) };
  if (message.document) {
    const d = message.document;
    out.document = { mimetype: d.mimetype, filename: d.filename, base64: d.data.toString('base64'), ...(d.caption ? { caption: d.caption } : {}) };
  }
  return out;
}
