// Key rotation end to end: data sealed under the old key (cases with their logs, sessions, staff,
// media, the WhatsApp LID map, the agreements to announcements) is re-sealed by the job the service queues when it starts with
// DATA_KEYS, after which the new key alone opens everything and the old key can be retired.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { createMediaStore } from '../../workers/media/store.js';
import { IdentityMap } from '../../bot/transport/baileys/identity.js';
import { CaseStore } from '../../workers/cases/store.js';
import { AudienceStore } from '../../workers/broadcast/audience.js';
import { revealedDump } from '../support/reveal.js';
import { startTestApp, waitUntil, type TestApp } from '../support/app.js';
import { submitCase } from '../support/casework.js';
import { connectTestRedis, uniquePrefix } from '../support/redis.js';
import { solidPng } from '../e2e/support/png.js';

const redis = connectTestRedis();
const running: TestApp[] = [];
afterAll(async () => {
  for (const app of running) await app.stop();
  redis.disconnect();
});

const APPLICANT = '6285700008801';
const PERSON = { lid: '207777777777777@lid', pn: APPLICANT };

/** Sealed values in Redis, with the id of the key that sealed them ('v1' for those from before key ids). */
async function sealingKeys(prefix: string): Promise<Set<string>> {
  const dump = (await redis.keys(`${prefix}:*`)).filter((k) => !k.includes(':bull:') && !k.includes(':sim:'));
  const values = await Promise.all(dump.map(async (k) => {
    const type = await redis.type(k);
    if (type === 'string') return [await redis.get(k) ?? ''];
    if (type === 'list') return redis.lrange(k, 0, -1);
    if (type === 'hash') return Object.values(await redis.hgetall(k));
    return [];
  }));
  const ids = values.flat().flatMap((v) => [...v.matchAll(/\b(v1)\.|\bv2\.([0-9a-f]{8})\./g)].map((m) => m[2] ?? 'v1'));
  return new Set(ids);
}

describe('re-sealing after a new DATA_KEY', () => {
  it('the service started with DATA_KEYS re-seals everything once; then the new key alone opens it all', async () => {
    const prefix = uniquePrefix('reseal');
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-reseal-'));
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const old = createDataProtector(oldKey);

    const before = await startTestApp({ key: oldKey, prefix, dataDir });
    running.push(before);
    await before.app.roster.create({ phone: '6281234500061', name: 'Operator (contoh)', role: 'operator', areas: ['35.05'] });
    const photo = solidPng(64, 40, [90, 20, 200]);
    const photoRef = await before.app.media.put(photo);
    const caseId = await submitCase(before.app, APPLICANT, { ktpPhoto: { ref: photoRef, mimetype: 'image/png', size: photo.length } });
    await before.phone(APPLICANT).ask('halo');
    await before.settle();
    await new IdentityMap(redis, old, `${prefix}:wa`).learn(PERSON);
    await before.app.audience.agree(APPLICANT, 'id', Date.now());
    await before.stop();
    running.pop();
    expect(await sealingKeys(prefix)).toEqual(new Set([old.keyId]));

    const ring = createDataProtector({ current: newKey, older: [oldKey] });
    const after = await startTestApp({ key: newKey, prefix, dataDir, overrides: { protector: ring } });
    running.push(after);
    await waitUntil(async () => (await after.app.resealJobs.getJobState(`reseal-${ring.keyId}`)) === 'completed', 20_000, 'the re-seal job');
    expect((await after.app.resealJobs.getJob(`reseal-${ring.keyId}`))?.returnvalue).toBeGreaterThan(5);
    expect(await sealingKeys(prefix)).toEqual(new Set([ring.keyId]));
    expect(await after.app.resealer.run()).toBe(0);

    // The old key retired: everything still opens.
    const newOnly = createDataProtector(newKey);
    const cases = new CaseStore(redis, newOnly, prefix);
    expect((await cases.get(caseId))?.dossier).toMatchObject({ identity: { nik: '3505015203850001' } });
    expect((await cases.events(caseId)).length).toBeGreaterThan(0);
    expect(await createMediaStore(join(dataDir, 'media'), newOnly).get(photoRef)).toEqual(photo);
    const identities = new IdentityMap(redis, newOnly, `${prefix}:wa`);
    expect(await identities.warm()).toBe(2);
    expect(identities.resolve({ lid: PERSON.lid })).toEqual({ id: APPLICANT, phone: APPLICANT });
    const audience = [];
    for await (const member of new AudienceStore(redis, newOnly, prefix).members()) audience.push(member.chat);
    expect(audience).toEqual([APPLICANT]);
    const session = await after.app.inbox.loadSession(after.app.inbox.chatKeyOf(APPLICANT));
    expect(session?.value).toBeDefined();
    expect(await revealedDump(redis, prefix, newKey)).toContain('3505015203850001');
  }, 60_000);
});
