import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Boom } from '@hapi/boom';
import { DisconnectReason } from '@whiskeysockets/baileys';
import { backoffDelay, decideOnClose, disconnectStatusCode } from '../../../bot/transport/baileys/reconnect-policy.js';

const half = () => 0.5;

describe('decideOnClose', () => {
  const table: Array<[string, number | undefined, string]> = [
    ['restartRequired (515, after pairing)', DisconnectReason.restartRequired, 'restart_now'],
    ['connectionClosed (428)', DisconnectReason.connectionClosed, 'backoff'],
    ['connectionLost / timedOut (408)', DisconnectReason.connectionLost, 'backoff'],
    ['unavailableService (503)', DisconnectReason.unavailableService, 'backoff'],
    ['badSession (500)', DisconnectReason.badSession, 'backoff'],
    ['no status at all', undefined, 'backoff'],
    ['connectionReplaced (440)', DisconnectReason.connectionReplaced, 'stop_replaced'],
    ['loggedOut (401)', DisconnectReason.loggedOut, 'stop_logged_out'],
    ['forbidden (403)', DisconnectReason.forbidden, 'stop_logged_out'],
    ['multideviceMismatch (411)', DisconnectReason.multideviceMismatch, 'stop_mismatch'],
  ];

  it.each(table)('%s → %s', (_name, code, action) => {
    expect(decideOnClose(code, 0, half).action).toBe(action);
  });

  it('tells logged-out from forbidden', () => {
    expect(decideOnClose(401, 0, half)).toEqual({ action: 'stop_logged_out', reason: 'logged_out' });
    expect(decideOnClose(403, 0, half)).toEqual({ action: 'stop_logged_out', reason: 'forbidden' });
  });
});

describe('backoffDelay', () => {
  it('stays between half and all of the capped exponential step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const step = Math.min(60_000, 1_000 * 2 ** attempt);
        const d = backoffDelay(attempt, () => r);
        return d >= Math.floor(step / 2) && d <= step;
      }),
    );
  });

  it('grows with each attempt until the cap', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 7].map((a) => backoffDelay(a, () => 0));
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});

describe('disconnectStatusCode', () => {
  it('reads the status code from Baileys Boom errors', () => {
    expect(disconnectStatusCode(new Boom('Connection Failure', { statusCode: DisconnectReason.loggedOut }))).toBe(401);
  });

  it('is undefined for plain errors and nothing', () => {
    expect(disconnectStatusCode(new Error('x'))).toBeUndefined();
    expect(disconnectStatusCode(undefined)).toBeUndefined();
  });
});
