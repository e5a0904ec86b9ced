// The roster served from memory (every message asks whether its sender is staff): a change made by
// any instance reaches every instance's cache through the announcement, and a cache that may have
// missed announcements (its subscriber connection gone) is not used.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { RosterStore, type StaffInput } from '../../../workers/staff/roster.js';
import { connectTestRedis, redisPool, uniquePrefix } from '../../support/redis.js';
import { waitUntil } from '../../support/wait.js';

const protector = createDataProtector(randomBytes(32));
const pool = redisPool();
afterEach(() => pool.closeAll());

const vina: StaffInput = { phone: '6281234500001', name: 'Vina (contoh)', role: 'operator', areas: ['35.05.02.2007'] };
const budi: StaffInput = { phone: '6281234500002', name: 'Budi (contoh)', role: 'coordinator', areas: ['35.05'] };

async function watched(prefix: string, subscriber = pool.connect()): Promise<{ roster: RosterStore; subscriber: ReturnType<typeof pool.connect> }> {
  const roster = new RosterStore(pool.connect(), protector, prefix);
  await roster.watch(subscriber);
  return { roster, subscriber };
}

/** Puts a member into the roster hash directly, as a write that announces nothing would. */
async function writeUnannounced(prefix: string, member: StaffInput): Promise<void> {
  const scratch = uniquePrefix('scratch');
  const other = new RosterStore(pool.connect(), protector, scratch);
  await other.create(member);
  const redis = pool.connect();
  const key = other.staffKey(member.phone);
  await redis.hset(`${prefix}:staff`, key, (await redis.hget(`${scratch}:staff`, key)) ?? '');
}

describe('RosterStore cache', () => {
  it('answers from memory until a change is announced, by itself or another instance', async () => {
    const prefix = uniquePrefix('roster-cache');
    const a = await watched(prefix);
    const b = await watched(prefix);
    expect(await a.roster.get(vina.phone)).toBeUndefined();
    await writeUnannounced(prefix, vina);
    // Served from memory: the unannounced write is not seen yet.
    expect(await a.roster.get(vina.phone)).toBeUndefined();
    await b.roster.create(budi);
    await waitUntil(async () => (await a.roster.get(budi.phone)) !== undefined, 5_000, 'the announcement to reach the other instance');
    expect((await a.roster.list()).map((m) => m.name)).toEqual(['Budi (contoh)', 'Vina (contoh)']);
    // The writer's own cache is dropped at once, without waiting for its announcement.
    await b.roster.update(budi.phone, { active: false });
    expect((await b.roster.get(budi.phone))?.active).toBe(false);
    await waitUntil(async () => (await a.roster.get(budi.phone))?.active === false, 5_000, 'the update to reach the other instance');
  });

  it('reads Redis while its subscriber is disconnected (announcements could be missed)', async () => {
    const prefix = uniquePrefix('roster-cache-off');
    // Its own connection, outside the pool: the test closes it.
    const a = await watched(prefix, connectTestRedis());
    expect(await a.roster.get(vina.phone)).toBeUndefined();
    a.subscriber.disconnect();
    await writeUnannounced(prefix, vina);
    await waitUntil(async () => (await a.roster.get(vina.phone))?.name === vina.name, 5_000, 'the roster to be read from Redis');
  });
});
