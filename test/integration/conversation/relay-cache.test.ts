// "Does an operator wait on this applicant's message?" answered from memory when nothing is
// pending: a relay set by any instance reaches every instance through the announcement, a pending
// relay is always read from Redis (it expires there), and nothing is remembered while the
// announcements could be missed or for longer than the maximum age.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CachedRelayStore, RELAY_CACHE_MAX_AGE_MS } from '../../../bot/conversation/relay-cache.js';
import { RelayStore } from '../../../workers/casework/relays.js';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { connectTestRedis, redisPool, uniquePrefix } from '../../support/redis.js';
import { waitUntil } from '../../support/wait.js';

const protector = createDataProtector(randomBytes(32));
const pool = redisPool();
afterEach(() => pool.closeAll());

const CHAT = '6285790001001';
const ASK = { caseId: 'LK-7KQ2M', staffKey: 'staff-key' };

async function watched(prefix: string, options: { subscriber?: ReturnType<typeof pool.connect>; clock?: () => number } = {}) {
  const relays = new CachedRelayStore(pool.connect(), protector, prefix, 1000, options.clock);
  const subscriber = options.subscriber ?? pool.connect();
  await relays.watch(subscriber);
  return { relays, subscriber };
}

/** Writes as an older instance would: straight to Redis, announcing nothing. */
function unannounced(prefix: string): RelayStore {
  return new RelayStore(pool.connect(), protector, prefix);
}

describe('CachedRelayStore', () => {
  it('remembers "nothing pending" until another instance sets a relay for the chat', async () => {
    const prefix = uniquePrefix('relay-cache');
    const a = await watched(prefix);
    const b = await watched(prefix);
    expect(await a.relays.pending(CHAT)).toEqual({});
    await unannounced(prefix).set('code', CHAT, ASK);
    // Served from memory: the unannounced relay is not seen.
    expect(await a.relays.pending(CHAT)).toEqual({});
    await b.relays.set('ask', CHAT, ASK);
    await waitUntil(async () => (await a.relays.pending(CHAT)).ask !== undefined, 5_000, 'the announcement to reach the other instance');
    expect(await a.relays.pending(CHAT)).toEqual({ code: ASK, ask: ASK });
  });

  it('reads a pending relay from Redis every time (it may have expired there)', async () => {
    const prefix = uniquePrefix('relay-cache-pos');
    const a = await watched(prefix);
    await a.relays.set('rating', CHAT, { caseId: ASK.caseId });
    expect(await a.relays.pending(CHAT)).toEqual({ rating: { caseId: ASK.caseId } });
    await unannounced(prefix).clear('rating', CHAT);
    expect(await a.relays.pending(CHAT)).toEqual({});
  });

  it('reads Redis while its subscriber is disconnected, and after the maximum age', async () => {
    const prefix = uniquePrefix('relay-cache-off');
    let now = 1_000_000;
    const aged = await watched(prefix, { clock: () => now });
    expect(await aged.relays.pending(CHAT)).toEqual({});
    await unannounced(prefix).set('ask', CHAT, ASK);
    now += RELAY_CACHE_MAX_AGE_MS;
    expect(await aged.relays.pending(CHAT)).toEqual({ ask: ASK });

    const other = '6285790001002';
    // Its own connection, outside the pool: the test closes it.
    const cut = await watched(prefix, { subscriber: connectTestRedis() });
    expect(await cut.relays.pending(other)).toEqual({});
    cut.subscriber.disconnect();
    await unannounced(prefix).set('ask', other, ASK);
    await waitUntil(async () => (await cut.relays.pending(other)).ask !== undefined, 5_000, 'the relay to be read from Redis');
  });
});
