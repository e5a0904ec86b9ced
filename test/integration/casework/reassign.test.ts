// The case store's moves for coordination against real Redis: a move made once per source (a command
// handled again after a crash is refused as a duplicate and changes nothing), and reassignCase handing
// a case from one holder to another in one step: claims sets, cap, status, timers, the log; a race with
// a claim cannot leave two holders; a refusal changes nothing.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { CASE_STATUSES, CaseStore, type CaseEvent, type ReassignSpec } from '../../../workers/cases/store.js';
import { syntheticDossier } from '../../support/casework.js';
import { redisPool, uniquePrefix } from '../../support/redis.js';

const protector = createDataProtector(randomBytes(32));
const pool = redisPool();
afterEach(() => pool.closeAll());

const T0 = Date.UTC(2026, 2, 2, 2, 0);
const VINA = 'staff-key-vina';
const WULAN = 'staff-key-wulan';
const event = (type: string): CaseEvent => ({ at: T0, actor: 'staff:coordinator', type });

let sources = 0;
async function setup(): Promise<{ redis: Redis; store: CaseStore; id: string }> {
  const redis = pool.connect();
  const store = new CaseStore(redis, protector, uniquePrefix('reassign'));
  sources += 1;
  const { id } = await store.create({ sourceId: `src-${sources}`, applicantChat: '6281234599101', dossier: syntheticDossier('6281234599101'), now: T0 });
  return { redis, store, id };
}

async function snapshot(redis: Redis, store: CaseStore, id: string): Promise<unknown> {
  const k = store.keys;
  return {
    hash: await redis.hgetall(k.case(id)), log: await redis.llen(k.log(id)), timers: await redis.zrange(k.timers, 0, -1),
    statuses: await Promise.all(CASE_STATUSES.map((s) => redis.zrange(k.status(s), 0, -1))),
    claims: await Promise.all([VINA, WULAN].map((s) => redis.smembers(k.claims(s)))),
  };
}

const toWulan = (over: Partial<ReassignSpec> = {}): ReassignSpec => ({
  from: ['claimed', 'filed', 'waiting_oss'], previous: VINA, to: { staffKey: WULAN, cap: 10 }, event: event('reassigned'),
  timers: { claim_remind: T0 + 3600_000 }, ...over,
});

describe('a move once per source', () => {
  it('the second attempt with the same source is a duplicate and changes nothing', async () => {
    const { redis, store, id } = await setup();
    const spec = { from: ['queued'] as const, to: 'claimed' as const, claim: { action: 'take' as const, staffKey: VINA, cap: 10 }, event: event('claimed'), once: 'entry-1:claim' };
    expect(await store.transition(id, spec)).toEqual({ ok: true, version: 2 });
    const after = await snapshot(redis, store, id);
    expect(await store.transition(id, { ...spec, from: ['queued', 'claimed'] })).toMatchObject({ ok: false, reason: 'duplicate', status: 'claimed', holder: VINA });
    expect(await snapshot(redis, store, id)).toEqual(after);
  });

  it('a refused move does not use up its source', async () => {
    const { store, id } = await setup();
    const spec = { from: ['claimed'] as const, to: 'queued' as const, event: event('released'), once: 'entry-2' };
    expect(await store.transition(id, spec)).toMatchObject({ ok: false, reason: 'status' });
    expect(await store.transition(id, { ...spec, from: ['queued'] })).toMatchObject({ ok: true });
  });

  it('another source moves again', async () => {
    const { store, id } = await setup();
    const base = { from: ['queued'] as const, event: event('detail_viewed') };
    expect(await store.transition(id, { ...base, once: 'a' })).toMatchObject({ ok: true, version: 2 });
    expect(await store.transition(id, { ...base, once: 'b' })).toMatchObject({ ok: true, version: 3 });
  });
});

describe('reassignCase', () => {
  async function heldByVina() {
    const made = await setup();
    await made.store.transition(made.id, { from: ['queued'], to: 'claimed', claim: { action: 'take', staffKey: VINA, cap: 10 }, event: event('claimed') });
    return made;
  }

  it('moves the claim from one holder to the other, arms the timers at the new version and logs it', async () => {
    const { redis, store, id } = await heldByVina();
    const result = await store.reassign(id, toWulan());
    expect(result).toEqual({ ok: true, version: 3 });
    const record = await store.get(id);
    expect(record?.status).toBe('claimed');
    expect(record?.fields.claimedBy).toBe(WULAN);
    expect(await store.claimsOf(VINA)).toEqual([]);
    expect(await store.claimsOf(WULAN)).toEqual([id]);
    expect(await redis.zrange(store.keys.timers, 0, -1)).toEqual([`${id}|claim_remind|3`]);
    expect((await store.events(id)).map((e) => e.type)).toEqual(['submitted', 'claimed', 'reassigned']);
  });

  it('gives a queued case straight to the operator, claimed', async () => {
    const { store, id } = await setup();
    expect(await store.reassign(id, toWulan({ from: ['queued'], previous: undefined, status: 'claimed' }))).toMatchObject({ ok: true });
    expect(await store.inStatus('claimed')).toEqual([{ id, since: T0 }]);
    expect(await store.inStatus('queued')).toEqual([]);
    expect(await store.claimsOf(WULAN)).toEqual([id]);
  });

  it.each([
    ['the new holder at their cap', { to: { staffKey: WULAN, cap: 0 } }, 'cap'],
    ['a holder other than expected (someone claimed it meanwhile)', { previous: 'staff-key-other' }, 'holder'],
    ['the case in a status not allowed', { from: ['queued'] as const }, 'status'],
    ['the new holder already holding it', { to: { staffKey: VINA, cap: 10 } }, 'same'],
  ] as const)('refuses %s, changing nothing', async (_what, over, reason) => {
    const { redis, store, id } = await heldByVina();
    const before = await snapshot(redis, store, id);
    expect(await store.reassign(id, toWulan(over as Partial<ReassignSpec>))).toMatchObject({ ok: false, reason });
    expect(await snapshot(redis, store, id)).toEqual(before);
  });

  it('a queued case claimed in the same instant: exactly one holder either way', async () => {
    for (let round = 0; round < 5; round++) {
      const { store, id } = await setup();
      const [reassigned, claimed] = await Promise.all([
        store.reassign(id, toWulan({ from: ['queued'], previous: undefined, status: 'claimed' })),
        store.transition(id, { from: ['queued'], to: 'claimed', claim: { action: 'take', staffKey: VINA, cap: 10 }, event: event('claimed') }),
      ]);
      expect([reassigned.ok, claimed.ok].filter(Boolean)).toHaveLength(1);
      const holders = [...(await store.claimsOf(VINA)), ...(await store.claimsOf(WULAN))];
      expect(holders).toEqual([id]);
    }
  });

  it('handled again with the same source: a duplicate, nothing moves twice', async () => {
    const { redis, store, id } = await heldByVina();
    expect(await store.reassign(id, toWulan({ once: 'entry-9:reassign' }))).toMatchObject({ ok: true });
    const after = await snapshot(redis, store, id);
    expect(await store.reassign(id, toWulan({ once: 'entry-9:reassign' }))).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(await snapshot(redis, store, id)).toEqual(after);
  });
});
