// What to do when the WhatsApp socket closes, decided from Baileys' DisconnectReason alone.
// Baileys never reconnects by itself; a wrong policy either loops (440: two clients fighting over
// one session, a known cause of restrictions) or silently stays down.
import { DisconnectReason } from '@whiskeysockets/baileys';
import type { RandomSource } from './clock.js';

export type CloseDecision =
  /** Expected right after pairing (515): reconnect now, it is not a failure. */
  | { action: 'restart_now' }
  /** A network-level failure: try again after `delayMs`. */
  | { action: 'backoff'; delayMs: number }
  /** Another client took the session: stay down until a human acts. */
  | { action: 'stop_replaced' }
  /** The device was unlinked or the number is restricted: wipe the auth state, re-pair. */
  | { action: 'stop_logged_out'; reason: 'logged_out' | 'forbidden' }
  /** The account and this client disagree about multi-device: a human must look. */
  | { action: 'stop_mismatch' };

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60_000 };

/** Exponential backoff with "equal jitter": somewhere between half and all of the capped step. */
export function backoffDelay(attempt: number, random: RandomSource, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  const step = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + random() * (step / 2));
}

/** `attempt` counts the failed reconnects since the socket was last open (0 for the first). */
export function decideOnClose(
  statusCode: number | undefined,
  attempt: number,
  random: RandomSource,
  opts: BackoffOptions = DEFAULT_BACKOFF,
): CloseDecision {
  const fixed = statusCode === undefined ? undefined : FIXED_DECISIONS[statusCode];
  // 428 closed, 408 lost/timed out, 503 unavailable, 500 bad session and anything unknown.
  return fixed ?? { action: 'backoff', delayMs: backoffDelay(attempt, random, opts) };
}

const FIXED_DECISIONS: Record<number, CloseDecision> = {
  [DisconnectReason.restartRequired]: { action: 'restart_now' },
  [DisconnectReason.connectionReplaced]: { action: 'stop_replaced' },
  [DisconnectReason.loggedOut]: { action: 'stop_logged_out', reason: 'logged_out' },
  [DisconnectReason.forbidden]: { action: 'stop_logged_out', reason: 'forbidden' },
  [DisconnectReason.multideviceMismatch]: { action: 'stop_mismatch' },
};

/** The status code Baileys attaches to a close (a Boom error's `output.statusCode`). */
export function disconnectStatusCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const output = (error as { output?: { statusCode?: unknown } }).output;
  return typeof output?.statusCode === 'number' ? output.statusCode : undefined;
}
