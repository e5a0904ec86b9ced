// When Redis is full, nothing can be queued: not the message, and not a reply to it (the outbound
// queue lives in Redis too). The sender is told straight through the transport that Loket is busy and
// to send again, at most once a minute per chat, and the coordinators' group is alerted, at most once
// every ten minutes. A failed notice is logged and dropped: it must never hold up the accept path.
import { render } from '../../flows/i18n/index.js';
import type { Logger } from '../../workers/platform/logger.js';
import { maskChat } from '../../workers/platform/logger.js';
import type { Transport } from '../transport/types.js';

export interface BusyNoticeDeps {
  transport: Pick<Transport, 'send'>;
  coordinatorGroup: string;
  logger: Logger;
  clock: () => number;
  /** One busy notice per chat per this long. */
  perChatEveryMs?: number;
  /** One alert to the coordinators per this long. */
  alertEveryMs?: number;
}

const PER_CHAT_EVERY_MS = 60_000;
const ALERT_EVERY_MS = 10 * 60_000;
/** Chats remembered at most; older entries are dropped first (a flood of new chats must not grow memory). */
const MAX_REMEMBERED = 10_000;

export class BusyNotices {
  private readonly lastByChat = new Map<string, number>();
  private lastAlert = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: BusyNoticeDeps) {}

  /** A message from `chat` could not be stored because Redis is full. */
  async storeFull(chat: string): Promise<void> {
    const now = this.deps.clock();
    const sends = [
      ...(this.due(chat, now) ? [this.send(chat, render('id', 'storeBusy'), `busy:${chat}:${now}`)] : []),
      ...(this.alertDue(now) ? [this.send(this.deps.coordinatorGroup, render('id', 'coStoreFull'), `busy-alert:${now}`)] : []),
    ];
    this.deps.logger.error({ event: 'store_full', chat: maskChat(chat) }, 'Redis is full: an inbound message was refused');
    await Promise.all(sends);
  }

  private due(chat: string, now: number): boolean {
    const last = this.lastByChat.get(chat);
    if (last !== undefined && now - last < (this.deps.perChatEveryMs ?? PER_CHAT_EVERY_MS)) return false;
    this.lastByChat.delete(chat);
    this.lastByChat.set(chat, now);
    if (this.lastByChat.size > MAX_REMEMBERED) this.lastByChat.delete(this.lastByChat.keys().next().value ?? '');
    return true;
  }

  private alertDue(now: number): boolean {
    if (now - this.lastAlert < (this.deps.alertEveryMs ?? ALERT_EVERY_MS)) return false;
    this.lastAlert = now;
    return true;
  }

  private async send(chat: string, text: string, id: string): Promise<void> {
    try {
      await this.deps.transport.send({ id, chat, text });
    } catch (err) {
      this.deps.logger.warn({ event: 'busy_notice_failed', to: maskChat(chat), err: (err as Error).message }, 'busy notice could not be sent');
    }
  }
}
