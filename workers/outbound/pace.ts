// How fast one WhatsApp number sends: a token bucket for the whole number, shared by every process
// (a named Lua script), with a slower bucket of its own for bulk sends, plus the back-off marks
// WhatsApp's signals set. Only the moment of a send draws a token: the natural delays before it
// (reading, typing) run in parallel across chats. docs/whatsapp.md explains the defaults.
import type { RedisClient } from '../platform/redis-client.js';
import { defineScript } from '../platform/redis.js';

export interface PaceSettings {
  /** The whole number's sustained rate, messages a second; 0 = unlimited (the simulator). */
  perSecond: number;
  /** How many messages may go at once after a quiet spell. */
  burst: number;
  /** Bulk sends (SIARAN, digests, reminders, escalations), messages a minute; 0 = only the number's cap. */
  bulkPerMinute: number;
  /** How long a 429 (rate-overlimit) halves the number's rate. */
  backoffMs: number;
}

type TakeToken = (keys: [string, string, string, string], ...argv: string[]) => Promise<number>;

const BULK_BURST = 1;
/** When WhatsApp does not say when a reachout timelock ends, bulk stays off this long. */
export const DEFAULT_TIMELOCK_MS = 24 * 3600_000;

export class NumberPace {
  private readonly keys: [string, string, string, string];

  /** `number` names the number's keys: its bot number's lookup hash, or `default`. */
  constructor(private readonly redis: RedisClient, prefix: string, number: string, private readonly settings: PaceSettings) {
    defineScript(redis, 'takeSendToken', 4, new URL('./takeSendToken.lua', import.meta.url));
    // One hash tag per number: the script's four keys live in one Redis Cluster slot.
    const base = `${prefix}:pace:{${number}}`;
    this.keys = [`${base}:all`, `${base}:bulk`, `${base}:backoff`, `${base}:bulk-paused`];
  }

  get unlimited(): boolean {
    return this.settings.perSecond <= 0 && this.settings.bulkPerMinute <= 0;
  }

  /** 0 when the caller may send now; otherwise ms to wait (-1: bulk is paused, see bulkPausedForMs). */
  async tryTake(bulk: boolean): Promise<number> {
    if (this.unlimited) return 0;
    const { perSecond, burst, bulkPerMinute } = this.settings;
    const script = (this.redis as unknown as { takeSendToken: TakeToken }).takeSendToken;
    return script.call(this.redis, this.keys, String(perSecond), String(burst), String(bulkPerMinute / 60), String(BULK_BURST), bulk ? '1' : '0');
  }

  /** WhatsApp answered 429: halve the rate for a while (every process sees it). */
  async backOff(): Promise<void> {
    await this.redis.set(this.keys[2], '1', 'PX', this.settings.backoffMs);
  }

  /** WhatsApp restricted new chats (463): no bulk until `untilMs` (epoch ms). */
  async pauseBulkUntil(untilMs: number, now: number): Promise<void> {
    await this.redis.set(this.keys[3], '1', 'PX', Math.max(1000, untilMs - now));
  }

  async bulkPausedForMs(): Promise<number> {
    return Math.max(0, await this.redis.pttl(this.keys[3]));
  }
}
