// The roster store against real Redis: create/get/list/update, atomic creation and race-free updates
// across connections, seeding that never overrides admin changes, and nothing personal in clear.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { RosterStore, type StaffInput } from '../../../workers/staff/roster.js';
import { redisPool, uniquePrefix } from '../../support/redis.js';

const protector = createDataProtector(randomBytes(32));
const pool = redisPool();
const connect = pool.connect;

afterEach(() => pool.closeAll());

function store(prefix: string, clock?: () => number): RosterStore {
  return new RosterStore(connect(), protector, prefix, clock);
}

const vina: StaffInput = { phone: '6281234500001', name: 'Vina (contoh)', role: 'operator', areas: ['35.05.02.2007'] };
const budi: StaffInput = { phone: '6281234500002', name: 'Budi (contoh)', role: 'coordinator', areas: ['35.05'], maxOpenCases: 30 };
const citra: StaffInput = { phone: '6281234500003', name: 'Citra (contoh)', role: 'operator', areas: ['35.05.02'], active: false };

describe('RosterStore', () => {
  it('creates with defaults, finds by phone in any form and by staff key, lists by name', async () => {
    let now = 1_000;
    const roster = store(uniquePrefix('roster'), () => now);
    expect(await roster.create(vina)).toEqual({
      created: true,
      member: { ...vina, maxOpenCases: 10, active: true, createdAt: 1_000, updatedAt: 1_000 },
    });
    now = 2_000;
    await roster.create(budi);
    await roster.create(citra);

    expect((await roster.get('0812-3450-0001'))?.name).toBe('Vina (contoh)');
    expect((await roster.get('+62 812 3450 0002'))?.maxOpenCases).toBe(30);
    expect((await roster.getByKey(roster.staffKey('6281234500003')))?.active).toBe(false);
    expect(await roster.get('6281234500099')).toBeUndefined();
    expect(await roster.getByKey('no-such-key')).toBeUndefined();
    expect((await roster.list()).map((m) => m.name)).toEqual(['Budi (contoh)', 'Citra (contoh)', 'Vina (contoh)']);
  });

  it('derives one staff key from every way of writing a phone, and different keys for different phones', () => {
    const roster = store(uniquePrefix('roster'));
    const key = roster.staffKey('6281234500001');
    expect(['081234500001', '+62 812-3450-0001', '62 812 3450 0001'].map((p) => roster.staffKey(p))).toEqual([key, key, key]);
    expect(roster.staffKey('6281234500002')).not.toBe(key);
    expect(key).not.toContain('81234500001');
  });

  it('refuses a second member with the same phone and returns the existing one', async () => {
    const roster = store(uniquePrefix('roster'));
    await roster.create(vina);
    const again = await roster.create({ ...vina, phone: '081234500001', name: 'Someone else (contoh)' });
    expect(again.created).toBe(false);
    expect(again.member.name).toBe('Vina (contoh)');
    expect(await roster.list()).toHaveLength(1);
  });

  it('updates only the given fields, keeps createdAt, and answers undefined for an unknown phone', async () => {
    let now = 1_000;
    const roster = store(uniquePrefix('roster'), () => now);
    await roster.create(vina);
    now = 5_000;
    const updated = await roster.update('081234500001', { areas: ['35.05.02', '35.05.03'], active: false, name: undefined });
    expect(updated).toEqual({ ...vina, areas: ['35.05.02', '35.05.03'], maxOpenCases: 10, active: false, createdAt: 1_000, updatedAt: 5_000 });
    expect(await roster.get(vina.phone)).toEqual(updated);
    expect(await roster.update('6281234500099', { active: false })).toBeUndefined();
    expect(await roster.list()).toHaveLength(1);
  });

  it('creates exactly one member when the same phone is created at once from several connections', async () => {
    const prefix = uniquePrefix('roster');
    const rosters = Array.from({ length: 6 }, () => store(prefix));
    const outcomes = await Promise.all(rosters.map((r, i) => r.create({ ...vina, name: `Vina ${i} (contoh)` })));
    const winners = outcomes.filter((o) => o.created);
    expect(winners).toHaveLength(1);
    const stored = await rosters[0]!.get(vina.phone);
    expect(stored).toEqual(winners[0]!.member);
    for (const o of outcomes) expect(o.member).toEqual(stored);
  });

  it('loses no change when different fields are patched at once from several connections', async () => {
    const prefix = uniquePrefix('roster');
    await store(prefix).create(vina);
    const patches = [
      { name: 'Vina Lestari (contoh)' },
      { role: 'coordinator' as const },
      { areas: ['35.05.04'] },
      { maxOpenCases: 42 },
      { active: false },
    ];
    await Promise.all(patches.map((patch) => store(prefix).update(vina.phone, patch)));
    expect(await store(prefix).get(vina.phone)).toMatchObject(Object.assign({}, ...patches) as object);
  });

  it('seeds the absent members only and keeps what the admin API changed', async () => {
    const roster = store(uniquePrefix('roster'));
    expect(await roster.seed([vina, budi])).toBe(2);
    await roster.update(vina.phone, { name: 'Vina Lestari (contoh)', active: false });
    expect(await roster.seed([vina, budi, citra])).toBe(1);
    const byPhone = new Map((await roster.list()).map((m) => [m.phone, m]));
    expect(byPhone.get(vina.phone)).toMatchObject({ name: 'Vina Lestari (contoh)', active: false });
    expect(byPhone.get(citra.phone)?.name).toBe('Citra (contoh)');
    expect(byPhone.size).toBe(3);
  });

  it('keeps no phone number and no name in clear anywhere under its prefix', async () => {
    const prefix = uniquePrefix('roster');
    const redis = connect();
    const roster = new RosterStore(redis, protector, prefix);
    await roster.seed([vina, budi, citra]);
    await roster.update(budi.phone, { name: 'Budi Santoso (contoh)' });

    const stored = await everythingUnder(redis, prefix);
    expect(stored.length).toBeGreaterThan(3);
    const secrets = [vina, budi, citra].flatMap((m) => [m.phone, m.phone.slice(2), m.name]).concat('Santoso');
    for (const value of stored) for (const secret of secrets) expect(value).not.toContain(secret);
  });

  it('cannot read a member whose sealed value was moved under another member', async () => {
    const prefix = uniquePrefix('roster');
    const redis = connect();
    const roster = new RosterStore(redis, protector, prefix);
    await roster.seed([vina, budi]);
    const vinaSealed = await redis.hget(`${prefix}:staff`, roster.staffKey(vina.phone));
    await redis.hset(`${prefix}:staff`, roster.staffKey(budi.phone), vinaSealed!);
    await expect(roster.get(budi.phone)).rejects.toThrow(/cannot decrypt/);
  });
});

/** Every key name, hash field and value stored under the prefix. */
async function everythingUnder(redis: Redis, prefix: string): Promise<string[]> {
  const keys = await redis.keys(`${prefix}*`);
  const parts: string[] = [...keys];
  for (const key of keys) {
    expect(await redis.type(key)).toBe('hash');
    parts.push(...Object.entries(await redis.hgetall(key)).flat());
  }
  return parts;
}
