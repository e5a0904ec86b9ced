// The case store's transition script against real Redis: one winner of a claim race, the cap, LEPAS,
// status indexes, versions, refusals that change nothing, timers armed with the new version, sealed
// events, and HAPUS DATA taking the case's timers and claims with it.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { CASE_STATUSES, CaseStore, type CaseEvent, type TransitionSpec } from '../../../workers/cases/store.js';
import { syntheticDossier } from '../../support/casework.js';
import { redisPool, uniquePrefix } from '../../support/redis.js';

const protector = createDataProtector(randomBytes(32));
const pool = redisPool();
const connect = pool.connect;

afterEach(() => pool.closeAll());

// Synthetic identities only (the dossier's NIK and name come from test/support/casework.ts).
const APPLICANT = '6281234599001';
const OTHER_APPLICANT = '6281234599002';
const T0 = Date.UTC(2026, 2, 2, 2, 0);
const KTP_REF = `m_${'K'.repeat(22)}`;

let sources = 0;

async function newCase(store: CaseStore, chat = APPLICANT, now = T0): Promise<string> {
  sources += 1;
  const dossier = syntheticDossier(chat, { ktpPhoto: { ref: KTP_REF, mimetype: 'image/jpeg', size: 1000 } });
  const { id, created } = await store.create({ sourceId: `src-${sources}`, applicantChat: chat, dossier, now });
  expect(created).toBe(true);
  return id;
}

const event = (type: string, at: number, detail?: Record<string, unknown>): CaseEvent => ({ at, actor: 'staff:test', type, ...(detail ? { detail } : {}) });

function take(staffKey: string, at: number, cap = 10): TransitionSpec {
  return { from: ['queued'], to: 'claimed', claim: { action: 'take', staffKey, cap }, event: event('claimed', at, { by: 'Vina (contoh)' }) };
}

function drop(staffKey: string, at: number): TransitionSpec {
  return { from: ['claimed'], to: 'queued', holder: staffKey, claim: { action: 'drop', staffKey }, event: event('released', at) };
}

/** Everything a refused transition must leave as it was. */
async function snapshot(redis: Redis, store: CaseStore, id: string, staffKeys: string[]): Promise<unknown> {
  const k = store.keys;
  return {
    hash: await redis.hgetall(k.case(id)),
    log: await redis.lrange(k.log(id), 0, -1),
    timers: await redis.zrange(k.timers, 0, -1, 'WITHSCORES'),
    statuses: await Promise.all(CASE_STATUSES.map((s) => redis.zrange(k.status(s), 0, -1, 'WITHSCORES'))),
    claims: await Promise.all(staffKeys.map((s) => redis.smembers(k.claims(s)))),
  };
}

/** Every value stored under the prefix, as text. */
async function everything(redis: Redis, prefix: string): Promise<string> {
  const keys = await redis.keys(`${prefix}:*`);
  const parts: string[] = [];
  for (const key of keys) {
    const type = await redis.type(key);
    if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') parts.push(...(await redis.lrange(key, 0, -1)));
    else if (type === 'zset') parts.push(...(await redis.zrange(key, 0, -1)));
    else if (type === 'set') parts.push(...(await redis.smembers(key)));
    else if (type === 'string') parts.push((await redis.get(key)) ?? '');
  }
  return `${keys.join('\n')}\n${parts.join('\n')}`;
}

describe('CaseStore.transition', () => {
  it('of 20 operators claiming at once exactly one wins; the others are told the status and the winner', async () => {
    const prefix = uniquePrefix('claim-race');
    const stores = Array.from({ length: 5 }, () => new CaseStore(connect(), protector, prefix));
    const [first] = stores as [CaseStore];
    const id = await newCase(first);
    const staff = Array.from({ length: 20 }, (_, i) => `staff-${i}`);

    const results = await Promise.all(staff.map((key, i) => (stores[i % stores.length] as CaseStore).transition(id, take(key, T0 + 1000))));

    const winners = staff.filter((_, i) => results[i]?.ok);
    expect(winners).toHaveLength(1);
    const winner = winners[0] as string;
    const refusals = results.filter((r) => !r.ok);
    expect(refusals).toHaveLength(19);
    for (const r of refusals) expect(r).toEqual({ ok: false, reason: 'status', status: 'claimed', holder: winner });

    const record = await first.get(id);
    expect(record?.status).toBe('claimed');
    expect(record?.fields.claimedBy).toBe(winner);
    expect(record?.version).toBe(2);
    expect(await first.claimsOf(winner)).toEqual([id]);
    for (const key of staff.filter((s) => s !== winner)) expect(await first.claimsOf(key)).toEqual([]);
    expect((await first.events(id)).map((e) => e.type)).toEqual(['submitted', 'claimed']);
  });

  it('enforces the cap on open cases, and a LEPAS makes room again', async () => {
    const prefix = uniquePrefix('cap');
    const store = new CaseStore(connect(), protector, prefix);
    const ids = [await newCase(store), await newCase(store), await newCase(store)];
    const [a, b, c] = ids as [string, string, string];

    expect((await store.transition(a, take('vina', T0, 2))).ok).toBe(true);
    expect((await store.transition(b, take('vina', T0, 2))).ok).toBe(true);
    expect(await store.transition(c, take('vina', T0, 2))).toEqual({ ok: false, reason: 'cap', status: 'queued', holder: '' });
    expect((await store.claimsOf('vina')).sort()).toEqual([a, b].sort());
    expect((await store.get(c))?.status).toBe('queued');

    expect(await store.transition(a, drop('vina', T0 + 10))).toEqual({ ok: true, version: 3 });
    expect(await store.claimsOf('vina')).toEqual([b]);
    const released = await store.get(a);
    expect(released?.status).toBe('queued');
    expect(released?.fields.claimedBy).toBeUndefined();
    expect(released?.fields.claimedAt).toBeUndefined();

    expect((await store.transition(c, take('vina', T0 + 20, 2))).ok).toBe(true);
    expect((await store.claimsOf('vina')).sort()).toEqual([b, c].sort());
  });

  it('holds the cap when one operator claims many cases at once', async () => {
    const prefix = uniquePrefix('cap-race');
    const stores = Array.from({ length: 4 }, () => new CaseStore(connect(), protector, prefix));
    const first = stores[0] as CaseStore;
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await newCase(first));

    const results = await Promise.all(ids.map((id, i) => (stores[i % stores.length] as CaseStore).transition(id, take('vina', T0, 3))));

    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array.from({ length: 5 }, () => 'cap'));
    expect(await first.claimsOf('vina')).toHaveLength(3);
    expect(await first.countInStatus('claimed')).toBe(3);
    expect(await first.countInStatus('queued')).toBe(5);
  });

  it('moves the case between the status indexes with the time it entered each', async () => {
    const store = new CaseStore(connect(), protector, uniquePrefix('index'));
    const id = await newCase(store);
    expect(await store.inStatus('queued')).toEqual([{ id, since: T0 }]);

    await store.transition(id, take('vina', T0 + 1000));
    expect(await store.inStatus('queued')).toEqual([]);
    expect(await store.inStatus('claimed')).toEqual([{ id, since: T0 + 1000 }]);

    await store.transition(id, { from: ['claimed'], to: 'waiting_oss', holder: 'vina', event: event('held', T0 + 2000) });
    expect(await store.inStatus('claimed')).toEqual([]);
    expect(await store.inStatus('waiting_oss')).toEqual([{ id, since: T0 + 2000 }]);
    expect((await store.get(id))?.fields.statusSince).toBe(String(T0 + 2000));

    // Staying in a status (a note, a field change) keeps the time it was entered.
    await store.transition(id, { from: ['waiting_oss'], event: event('note', T0 + 3000), fields: { ossNote: 'OSS down' } });
    expect(await store.inStatus('waiting_oss')).toEqual([{ id, since: T0 + 2000 }]);
    for (const status of CASE_STATUSES.filter((s) => s !== 'waiting_oss')) expect(await store.countInStatus(status)).toBe(0);
  });

  it('increments the version by one per accepted move and stamps updatedAt; fields are set and deleted', async () => {
    const store = new CaseStore(connect(), protector, uniquePrefix('version'));
    const id = await newCase(store);
    expect((await store.get(id))?.version).toBe(1);

    expect(await store.transition(id, { from: ['queued'], fields: { desk: 'village', deskCode: '35.05.02.2007' }, event: event('dispatched', T0 + 5) }))
      .toEqual({ ok: true, version: 2 });
    expect(await store.transition(id, take('vina', T0 + 6))).toEqual({ ok: true, version: 3 });
    expect(await store.transition(id, { from: ['claimed'], holder: 'vina', fields: { desk: '', note: 'x' }, event: event('edited', T0 + 7) }))
      .toEqual({ ok: true, version: 4 });

    const record = await store.get(id);
    expect(record?.version).toBe(4);
    expect(record?.updatedAt).toBe(T0 + 7);
    expect(record?.fields.desk).toBeUndefined();
    expect(record?.fields.deskCode).toBe('35.05.02.2007');
    expect(record?.fields.note).toBe('x');
    expect((await store.events(id)).map((e) => [e.type, e.at])).toEqual([
      ['submitted', T0], ['dispatched', T0 + 5], ['claimed', T0 + 6], ['edited', T0 + 7],
    ]);
  });

  it('refuses with the reason and changes nothing: wrong status, stale version, another holder, over the cap, no such case', async () => {
    const prefix = uniquePrefix('refuse');
    const redis = connect();
    const store = new CaseStore(redis, protector, prefix);
    const id = await newCase(store);
    const other = await newCase(store);
    await store.transition(other, take('vina', T0, 1));
    await store.transition(id, { from: ['queued'], event: event('dispatched', T0 + 1), timers: { queue_sla: T0 + 3_600_000 } });
    const before = await snapshot(redis, store, id, ['vina', 'budi']);

    const attempts: [TransitionSpec, string][] = [
      [{ from: ['claimed', 'waiting_oss'], to: 'filed', event: event('filed', T0 + 9), timers: { claim_remind: T0 + 99 } }, 'status'],
      [{ from: ['queued'], version: 1, to: 'claimed', event: event('late timer', T0 + 9), fields: { x: 'y' } }, 'version'],
      [{ from: ['queued'], holder: 'budi', to: 'rejected', event: event('rejected', T0 + 9) }, 'holder'],
      [take('vina', T0 + 9, 1), 'cap'],
      [drop('budi', T0 + 9), 'status'],
    ];
    for (const [spec, reason] of attempts) {
      expect(await store.transition(id, spec)).toEqual({ ok: false, reason, status: 'queued', holder: '' });
      expect(await snapshot(redis, store, id, ['vina', 'budi'])).toEqual(before);
    }

    expect(await store.transition('ZZZZZ', take('budi', T0))).toEqual({ ok: false, reason: 'missing', status: '', holder: '' });
    expect(await redis.exists(store.keys.case('ZZZZZ'), store.keys.log('ZZZZZ'))).toBe(0);
    expect(await store.claimsOf('budi')).toEqual([]);
  });

  it('accepts a move at the expected version and refuses the same move once the version has moved on', async () => {
    const store = new CaseStore(connect(), protector, uniquePrefix('expect'));
    const id = await newCase(store);
    const { version } = (await store.transition(id, take('vina', T0))) as { version: number };
    const remind: TransitionSpec = { from: ['claimed'], version, event: event('reminded', T0 + 10) };

    expect(await store.transition(id, remind)).toEqual({ ok: true, version: version + 1 });
    expect(await store.transition(id, remind)).toEqual({ ok: false, reason: 'version', status: 'claimed', holder: 'vina' });
    expect((await store.events(id)).map((e) => e.type)).toEqual(['submitted', 'claimed', 'reminded']);
  });

  it('arms timers with the new version, due at the given instants', async () => {
    const redis = connect();
    const store = new CaseStore(redis, protector, uniquePrefix('timers'));
    const id = await newCase(store);
    const claimed = await store.transition(id, { ...take('vina', T0), timers: { claim_remind: T0 + 7_200_000, claim_release: T0 + 14_400_000.6 } });
    expect(claimed).toEqual({ ok: true, version: 2 });
    expect(await redis.zrange(store.keys.timers, 0, -1, 'WITHSCORES')).toEqual([
      `${id}|claim_remind|2`, String(T0 + 7_200_000),
      `${id}|claim_release|2`, String(T0 + 14_400_001),
    ]);

    const held = await store.transition(id, { from: ['claimed'], to: 'waiting_oss', holder: 'vina', event: event('held', T0 + 60_000), timers: { oss_retry: T0 + 86_400_000 } });
    expect(held).toEqual({ ok: true, version: 3 });
    expect(await redis.zscore(store.keys.timers, `${id}|oss_retry|3`)).toBe(String(T0 + 86_400_000));
    // The earlier timers stay; they carry version 2 and so do nothing when they fire.
    expect(await redis.zcard(store.keys.timers)).toBe(3);

    await store.transition(id, { from: ['waiting_oss'], event: event('note', T0 + 70_000) });
    expect(await redis.zcard(store.keys.timers)).toBe(3);
  });

  it('seals events, the applicant and the dossier: no personal data or event content in clear anywhere in Redis', async () => {
    const prefix = uniquePrefix('sealed');
    const redis = connect();
    const store = new CaseStore(redis, protector, prefix);
    const id = await newCase(store);
    await store.transition(id, { ...take('staff-key-1', T0), event: event('claimed_by_someone', T0, { by: 'Vina Operatorwati', question: 'Apakah usaha sudah berjalan?' }) });
    await store.appendEvent(id, event('answered_in_chat', T0 + 1, { text: 'sudah jalan dua tahun' }));

    const dump = await everything(redis, prefix);
    const dossier = syntheticDossier(APPLICANT);
    for (const secret of [APPLICANT, dossier.identity.nik, dossier.identity.fullName, dossier.business.name, dossier.identity.ktpAddress,
      'Vina Operatorwati', 'Apakah usaha', 'sudah jalan', 'claimed_by_someone', 'answered_in_chat', 'submitted']) {
      expect(dump).not.toContain(secret);
    }
    // …and they open again with the key.
    const events = await store.events(id);
    expect(events.map((e) => e.type)).toEqual(['submitted', 'claimed_by_someone', 'answered_in_chat']);
    expect(events[1]?.detail).toEqual({ by: 'Vina Operatorwati', question: 'Apakah usaha sudah berjalan?' });
    expect((await store.get(id))?.applicantChat).toBe(APPLICANT);
  });
});

describe('CaseStore.eraseApplicant', () => {
  it("anonymises the applicant's cases (open ones cancelled), keeps them counted, and touches nobody else's", async () => {
    const prefix = uniquePrefix('erase');
    const redis = connect();
    const store = new CaseStore(redis, protector, prefix);
    const mine = await newCase(store, APPLICANT);
    const queuedMine = await newCase(store, APPLICANT);
    const theirs = await newCase(store, OTHER_APPLICANT);
    await store.transition(mine, { ...take('vina', T0), timers: { claim_remind: T0 + 1000 } });
    await store.transition(queuedMine, { from: ['queued'], event: event('dispatched', T0), timers: { queue_sla: T0 + 1000 } });
    await store.transition(theirs, { ...take('vina', T0), timers: { claim_remind: T0 + 1000 } });

    const refs = await store.eraseApplicant(APPLICANT, T0 + 5000);

    expect(refs).toEqual([KTP_REF, KTP_REF]);
    expect(await store.get(mine)).toBeUndefined();
    expect(await store.get(queuedMine)).toBeUndefined();
    expect(await store.idsOfApplicant(APPLICANT)).toEqual([]);
    expect(await store.claimsOf('vina')).toEqual([theirs]);
    expect(await redis.zrange(store.keys.timers, 0, -1)).toEqual([`${theirs}|claim_remind|2`]);
    expect(await store.inStatus('claimed')).toEqual([{ id: theirs, since: T0 }]);
    expect(await store.countInStatus('cancelled')).toBe(2);
    expect(await store.facts(mine)).toMatchObject({ status: 'cancelled', anonymizedAt: T0 + 5000, facts: { kbli: ['56102'], legalForm: 'perseorangan' } });
    expect((await store.events(mine)).map((e) => e.type)).toEqual(['submitted', 'claimed', 'erased']);
    expect((await store.events(mine)).every((e) => e.detail === undefined)).toBe(true);
    expect((await store.get(theirs))?.applicantChat).toBe(OTHER_APPLICANT);
    const fields = await redis.hgetall(store.keys.case(mine));
    for (const personal of ['applicant', 'applicantKey', 'dossier', 'sourceKey', 'claimedBy']) expect(fields[personal]).toBeUndefined();
  });

  it('keeps for the reports the desk, the rating and the rejection\'s category, never the reason\'s text', async () => {
    const prefix = uniquePrefix('erase-facts');
    const redis = connect();
    const store = new CaseStore(redis, protector, prefix);
    const rated = await newCase(store, APPLICANT);
    const rejected = await newCase(store, APPLICANT);
    await store.transition(rated, { from: ['queued'], fields: { desk: 'village', deskCode: '35.05.02.2007' }, event: event('dispatched', T0) });
    await store.transition(rated, { ...take('vina', T0 + 1), to: 'claimed' });
    await store.transition(rated, { from: ['claimed'], to: 'nib_issued', holder: 'vina', claim: { action: 'drop', staffKey: 'vina' }, fields: { nib: '9120001234567' }, event: event('nib_recorded', T0 + 2) });
    await store.setFields(rated, { rating: '4' });
    await store.transition(rejected, { ...take('vina', T0 + 3), to: 'claimed' });
    const reason = 'Pak Budi Contoh sudah punya NIB 9120001234567';
    await store.transition(rejected, { from: ['claimed'], to: 'rejected', holder: 'vina', claim: { action: 'drop', staffKey: 'vina' }, event: event('rejected', T0 + 4, { reason }) });

    await store.eraseApplicant(APPLICANT, T0 + 5000);

    expect((await store.facts(rated))?.facts).toEqual({ kind: 'new', legalForm: 'perseorangan', villageCode: '35.05.02.2007', districtCode: '35.05.02', kbli: ['56102'], desk: 'village', rating: 4 });
    expect((await store.facts(rejected))?.facts).toMatchObject({ rejection: 'duplicate' });
    // Who did what stays as staff keys: the reports count NIBs per operator from them.
    expect((await store.events(rated)).map((e) => [e.type, e.actor])).toContainEqual(['nib_recorded', 'staff:test']);
    const rows = await store.reportRows(await store.allIds());
    expect(rows.map((r) => [r.id, r.anonymized]).sort()).toEqual([[rated, true], [rejected, true]].sort());
    // Neither the facts (stored in clear) nor the log (sealed; opened here) keep the reason's words.
    const stored = `${await everything(redis, prefix)}\n${JSON.stringify(await store.events(rejected))}`;
    for (const secret of ['Budi Contoh', '9120001234567', 'sudah punya']) expect(stored).not.toContain(secret);
  });

  it('anonymising twice changes nothing the second time', async () => {
    const prefix = uniquePrefix('erase-twice');
    const store = new CaseStore(connect(), protector, prefix);
    const id = await newCase(store, APPLICANT);
    expect(await store.anonymize(id, T0 + 1, 'erased')).toEqual([KTP_REF]);
    expect(await store.anonymize(id, T0 + 2, 'erased')).toEqual([]);
    expect((await store.facts(id))?.anonymizedAt).toBe(T0 + 1);
  });
});
