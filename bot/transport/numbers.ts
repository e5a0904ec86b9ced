// Several service numbers behind one Transport. Each number is its own transport (its own Baileys
// socket, auth state and owner lease); a chat stays with the number the person first wrote to: the
// first inbound message records it, and replies, notices and typing go out through that number. A
// chat nobody has written from yet (a staff member, a group before its first message) goes out
// through the primary number. Outbound capacity adds up: each number has its own pace.
import type { RedisClient } from '../../workers/platform/redis-client.js';
import type { DataProtector } from '../../workers/platform/crypto.js';
import type { Inbound, InboundHandler, ResolvedOutbound, Transport, TransportStatus } from './types.js';

export interface NumberedTransport {
  /** The number's digits (only ever shown masked, stored as a keyed hash). */
  number: string;
  transport: Transport;
}

/** Where each chat's number is kept: `<prefix>:wa-route:{<chat key>}` → the number's keyed hash. */
export class ChatRoutes {
  constructor(private readonly redis: RedisClient, private readonly protector: DataProtector, private readonly prefix: string) {}

  key(chat: string): string {
    return `${this.prefix}:wa-route:{${this.protector.lookupHash(`chat:${chat}`)}}`;
  }

  numberKey(number: string): string {
    return this.protector.lookupHash(number);
  }

  /** The first number a chat wrote to stays its number. */
  async remember(chat: string, number: string): Promise<void> {
    await this.redis.set(this.key(chat), this.numberKey(number), 'NX');
  }

  async numberOf(chat: string): Promise<string | undefined> {
    return (await this.redis.get(this.key(chat))) ?? undefined;
  }

  async forget(chat: string): Promise<void> {
    await this.redis.del(this.key(chat));
  }
}

export class RoutedTransport implements Transport {
  readonly name: 'sim' | 'baileys';
  private readonly byKey = new Map<string, NumberedTransport>();
  private readonly primary: NumberedTransport;

  /** `numbers[0]` is the primary number. */
  constructor(readonly numbers: readonly NumberedTransport[], private readonly routes: ChatRoutes) {
    const primary = numbers[0];
    if (!primary) throw new Error('RoutedTransport needs at least one number');
    this.primary = primary;
    this.name = primary.transport.name;
    for (const numbered of numbers) this.byKey.set(routes.numberKey(numbered.number), numbered);
  }

  async start(accept: InboundHandler): Promise<void> {
    await Promise.all(this.numbers.map(({ number, transport }) => transport.start(this.recording(number, accept))));
  }

  async send(message: ResolvedOutbound): Promise<void> {
    await (await this.numberFor(message.chat)).transport.send(message);
  }

  async typing(chat: string): Promise<void> {
    await (await this.numberFor(chat)).transport.typing?.(chat);
  }

  /** Bulk may go only while none of the numbers is restricted: the latest end of a restriction. */
  reachoutLockedUntil(): number | undefined {
    const ends = this.numbers.map(({ transport }) => transport.reachoutLockedUntil?.()).filter((t): t is number => t !== undefined);
    return ends.length === 0 ? undefined : Math.max(...ends);
  }

  /** The number that serves this chat (its keyed hash names the number's pace and session). */
  async numberFor(chat: string): Promise<NumberedTransport> {
    const key = await this.routes.numberOf(chat);
    return (key === undefined ? undefined : this.byKey.get(key)) ?? this.primary;
  }

  async forget(chat: string, markers: readonly string[]): Promise<void> {
    await Promise.all(this.numbers.map(({ transport }) => transport.forget(chat, markers)));
    await this.routes.forget(chat);
  }

  /** Ready while at least one number is connected; the state lists each number's. */
  status(): TransportStatus {
    const states = this.numbers.map(({ transport }) => transport.status());
    return { ready: states.some((s) => s.ready), state: states.map((s) => s.state).join(',') };
  }

  async stop(): Promise<void> {
    await Promise.all(this.numbers.map(({ transport }) => transport.stop()));
  }

  networkIds(outboundId: string): readonly string[] {
    return this.primary.transport.networkIds?.(outboundId) ?? [outboundId];
  }

  private recording(number: string, accept: InboundHandler): InboundHandler {
    return async (message: Inbound) => {
      await this.routes.remember(message.chat, number);
      return accept(message);
    };
  }
}
