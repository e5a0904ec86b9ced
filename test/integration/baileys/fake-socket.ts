// A stand-in for Baileys' WASocket: its `ev` is Baileys' real event buffer, closes carry Baileys'
// Boom errors, and what it "sends" comes back as real proto WebMessageInfo. Only the network is fake.
import { Boom } from '@hapi/boom';
import { makeEventBuffer, proto } from '@whiskeysockets/baileys';
import type { AnyMessageContent, GroupMetadata, MessageUpsertType, MiscMessageGenerationOptions, WAMessage } from '@whiskeysockets/baileys';
import pino from 'pino';
import type { Redis } from 'ioredis';
import { Writable } from 'node:stream';
import type { SocketLike, SocketOptions } from '../../../bot/transport/baileys/socket.js';
import { createBaileysTransport, type BaileysTransportDeps } from '../../../bot/transport/baileys/index.js';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { createLogger } from '../../../workers/platform/logger.js';
import type { Inbound } from '../../../bot/transport/types.js';

export interface SentRecord {
  jid: string;
  content: AnyMessageContent;
  options?: MiscMessageGenerationOptions;
}

export class FakeSocket implements SocketLike {
  readonly ev = makeEventBuffer(pino({ level: 'silent' }));
  readonly sent: SentRecord[] = [];
  readonly groupMetadataCalls: string[] = [];
  readonly pairingRequests: string[] = [];
  readonly presences: { type: string; jid: string | undefined }[] = [];
  ended = false;
  failNextSend: unknown;

  constructor(readonly opts: SocketOptions) {}

  sendMessage(jid: string, content: AnyMessageContent, options?: MiscMessageGenerationOptions): Promise<WAMessage | undefined> {
    if (this.failNextSend) {
      const err = this.failNextSend;
      this.failNextSend = undefined;
      return Promise.reject(err instanceof Error ? err : new Error('send failed'));
    }
    this.sent.push({ jid, content, options });
    const message = 'text' in content ? { conversation: content.text } : { imageMessage: { mimetype: 'image/png' } };
    return Promise.resolve(proto.WebMessageInfo.fromObject({ key: { remoteJid: jid, fromMe: true, id: options?.messageId }, message }) as WAMessage);
  }

  sendPresenceUpdate(type: string, toJid?: string): Promise<void> {
    this.presences.push({ type, jid: toJid });
    return Promise.resolve();
  }

  groupMetadata(jid: string): Promise<GroupMetadata> {
    this.groupMetadataCalls.push(jid);
    return Promise.resolve({ id: jid, subject: 'Koordinator desa', owner: undefined, participants: [] });
  }

  requestPairingCode(phoneNumber: string): Promise<string> {
    this.pairingRequests.push(phoneNumber);
    return Promise.resolve('ABCD1234');
  }

  updateMediaMessage(message: WAMessage): Promise<WAMessage> {
    return Promise.resolve(message);
  }

  end(error: Error | undefined): void {
    if (this.ended) return;
    this.ended = true;
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } });
  }

  open(): void {
    this.ev.emit('connection.update', { connection: 'open' });
  }

  /** WhatsApp closing the connection with a DisconnectReason. */
  close(statusCode: number): void {
    this.end(new Boom('Connection Failure', { statusCode }));
  }

  deliver(type: MessageUpsertType, ...messages: WAMessage[]): void {
    this.ev.emit('messages.upsert', { messages, type });
  }
}

export class SocketFactory {
  readonly sockets: FakeSocket[] = [];

  constructor(private readonly autoOpen = false) {}

  readonly create = (opts: SocketOptions): FakeSocket => {
    const socket = new FakeSocket(opts);
    this.sockets.push(socket);
    if (this.autoOpen) setImmediate(() => socket.open());
    return socket;
  };

  get last(): FakeSocket {
    const s = this.sockets.at(-1);
    if (!s) throw new Error('no socket created yet');
    return s;
  }
}

/** Log lines captured as text, to check what reaches the log. */
export function memoryLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', pretty: false, destination }), lines };
}

export const testProtector = () => createDataProtector(Buffer.alloc(32, 9));

/** An inbox like the host's: SET NX on the message id is the durable write and the dedupe. */
export function redisInbox(redis: Redis, prefix: string) {
  const accepted: Inbound[] = [];
  const accept = async (m: Inbound) => {
    const fresh = await redis.set(`${prefix}:inbox:${m.messageId}`, '1', 'NX');
    if (fresh) accepted.push(m);
    return { duplicate: fresh === null };
  };
  return { accept, accepted };
}

export type TestDeps = Partial<BaileysTransportDeps> & Pick<BaileysTransportDeps, 'redis' | 'keyPrefix'>;

export function makeTransport(deps: TestDeps, factory: SocketFactory) {
  const log = memoryLogger();
  const transport = createBaileysTransport({
    protector: testProtector(),
    logger: log.logger,
    mediaMaxBytes: 5 * 1024 * 1024,
    maxReplayAgeMs: 10 * 60_000,
    leaseMs: 60_000,
    createSocket: factory.create,
    presenter: { qr: () => undefined, code: () => undefined },
    ...deps,
  });
  return { transport, log };
}

/** Every key and value stored under a prefix, as one string to search for plaintext. */
export async function dumpPrefix(redis: Redis, prefix: string): Promise<string> {
  const keys = await redis.keys(`${prefix}*`);
  const parts: string[] = [...keys];
  for (const key of keys) {
    const type = await redis.type(key);
    if (type === 'string') parts.push((await redis.get(key)) ?? '');
    if (type === 'hash') parts.push(...Object.entries(await redis.hgetall(key)).flat());
  }
  return parts.join('\n');
}
