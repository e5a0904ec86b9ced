// The intake funnel's counters in Redis: per stage, how many intakes reached it and how many were
// left there. One script call per turn that moves the funnel (most turns do not), idempotent per cause.
import type { Result } from 'ioredis';
import type { RedisClient } from '../platform/redis-client.js';
import type { DataProtector } from '../platform/crypto.js';
import { defineScript } from '../platform/redis.js';
import { funnelRows, type FunnelMove, type FunnelRow } from '../../flows/reports/funnel.js';
import type { Position } from '../../flows/intake/ids.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    recordFunnel(marker: string, reached: string, counters: string, markerTtl: number, restart: string, reachedTtl: number, left: string, ...stages: string[]): Result<number, Context>;
  }
}

/** How long a cause is remembered: longer than any retry of its handling. */
const MARKER_TTL_S = 7 * 24 * 3600;

export class FunnelStore {
  private readonly counters: string;

  /** `intakeTtlSeconds`: how long an intake's reached stages are kept without a turn (its longest life). */
  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    private readonly prefix: string,
    private readonly intakeTtlSeconds: number,
  ) {
    this.counters = `${prefix}:funnel`;
    defineScript(redis, 'recordFunnel', 3, new URL('./recordFunnel.lua', import.meta.url));
  }

  /** Counts a turn's move; `cause` is what caused the turn (the inbox entry), `chatKey` the chat's key. */
  async record(cause: string, chatKey: string, move: FunnelMove): Promise<boolean> {
    const marker = `${this.prefix}:funnel-cause:${this.protector.lookupHash(`funnel:${cause}`)}`;
    const counted = await this.redis.recordFunnel(
      marker, this.reachedKey(chatKey), this.counters, MARKER_TTL_S, move.restart ? '1' : '0', this.intakeTtlSeconds, move.left ?? '', ...move.reached,
    );
    return counted === 1;
  }

  /** An intake dropped by the retention sweep was left where it stood. */
  abandoned(chatKey: string, version: number, at: Position): Promise<boolean> {
    return this.record(`retention:${chatKey}:${version}`, chatKey, { restart: false, reached: [], left: at });
  }

  async rows(): Promise<FunnelRow[]> {
    return funnelRows(await this.redis.hgetall(this.counters));
  }

  private reachedKey(chatKey: string): string {
    return `${this.prefix}:funnel-intake:${chatKey}`;
  }
}
