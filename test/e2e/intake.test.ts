// A whole intake through the simulator's HTTP API in informal Indonesian with typos, surviving
// restarts of the service on the way, ending in a queued case whose personal data is sealed; then
// HAPUS DATA leaves nothing of the applicant in Redis, the case only as anonymous facts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import { SUMBERJO_KADEMANGAN_UP_TO_KIRIM } from './support/intake-script.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { connectTestRedis, uniquePrefix } from '../support/redis.js';
import { revealedDump } from '../support/reveal.js';

const APPLICANT = '6281234567890';
const NIK = '3505015203850001';
/** The KTP names Sumberjo without its kecamatan: there are three, so the kecamatan is asked, and answered by name. */
const SCRIPT = SUMBERJO_KADEMANGAN_UP_TO_KIRIM;
const RESTART_AFTER = new Set([3, 9, 14]);

const key = randomBytes(32);
const prefix = uniquePrefix('intake');
const dataDir = mkdtempSync(join(tmpdir(), 'loket-intake-'));
let t: TestApp | undefined;
const redis = connectTestRedis();

afterAll(async () => {
  await t?.stop();
  redis.disconnect();
});

async function restart(): Promise<SimPhone> {
  await t?.stop();
  t = await startTestApp({ key, prefix, dataDir });
  const phone = t.phone(APPLICANT);
  await phone.drain();
  return phone;
}

async function redisDump(): Promise<string> {
  const keys = await redis.keys(`${prefix}:*`);
  const parts = await Promise.all(keys.map(async (k) => {
    const type = await redis.type(k);
    const value = type === 'string' ? await redis.get(k)
      : type === 'list' ? await redis.lrange(k, 0, -1)
      : type === 'hash' ? await redis.hgetall(k)
      : type === 'set' ? await redis.smembers(k)
      : type === 'zset' ? await redis.zrange(k, 0, -1)
      : type;
    return `${k} ${JSON.stringify(value)}`;
  }));
  return parts.join('\n');
}

describe('applicant intake end to end', () => {
  let caseId = '';

  it('completes an intake with typos across three restarts and leaves a queued case', async () => {
    let phone = await restart();
    for (const [i, [message, expected]] of SCRIPT.entries()) {
      expect(await phone.ask(message), `after "${message}"`).toContain(expected);
      if (RESTART_AFTER.has(i)) phone = await restart();
    }
    const done = await phone.ask('kirim');
    caseId = /LK-[0-9A-Z]{5}/.exec(done)?.[0] ?? '';
    expect(caseId).not.toBe('');
    const record = await t!.app.cases.get(caseId);
    expect(record?.status).toBe('queued');
    expect(record?.dossier).toMatchObject({
      identity: { nik: NIK, fullName: 'SITI AMINAH' }, contact: { email: 'siti.aminah@gmail.com', phone: `+${APPLICANT}` },
      business: { address: { villageName: 'Sumberjo', districtName: 'Kademangan' } },
    });
    expect(await t!.app.cases.statusFor(APPLICANT)).toMatchObject([{ caseId, status: 'queued' }]);
  }, 120_000);

  it('stores no personal field readable in clear', async () => {
    const dump = await redisDump();
    expect(dump).toContain(caseId);
    for (const secret of [NIK, 'SITI AMINAH', 'siti.aminah', APPLICANT, 'Warung Bu Siti', 'krajan']) expect(dump).not.toContain(secret);
  });

  it('DATA SAYA sends the applicant a readable copy of what is stored: the case, its data and its history', async () => {
    const phone = t!.phone(APPLICANT);
    await phone.drain();
    const copy = await phone.ask('data saya dong');
    expect(copy).toContain(render('id', 'dataCopyHeader'));
    for (const value of [caseId, NIK, 'SITI AMINAH', 'siti.aminah@gmail.com', 'Warung Bu Siti', 'Sumberjo', render('id', 'eventSubmitted')]) expect(copy).toContain(value);
    expect(copy).toContain(render('id', 'dataCopyFooter'));
    // A copy for the applicant's eyes: nothing of it reaches the logs.
    expect(t!.logs.join('')).not.toContain(NIK);
  });

  it('answers STATUS with the case, and HAPUS DATA leaves no key of the applicant and the case only as anonymous facts', async () => {
    const phone = t!.phone(APPLICANT);
    await phone.drain();
    expect(await phone.ask('STATUS')).toContain(caseId);
    await phone.ask('HAPUS DATA');
    await phone.ask('ya');
    const keys = await redis.keys(`${prefix}:*`);
    const chatKey = t!.app.inbox.chatKeyOf(APPLICANT);
    const applicantKey = t!.app.cases.applicantKey(APPLICANT);
    // The simulated phone's own screen is not Loket's store: it keeps only the erasure confirmation.
    const loketKeys = keys.filter((k) => !k.includes(':sim:outbox:'));
    expect(loketKeys.filter((k) => k.includes(chatKey) || k.includes(applicantKey))).toEqual([]);
    expect(await t!.app.cases.facts(caseId)).toMatchObject({ status: 'cancelled', anonymizedAt: expect.any(Number) });
    const readable = await revealedDump(redis, prefix, key, /:sim:outbox:/);
    for (const secret of [NIK, 'SITI AMINAH', 'siti.aminah', APPLICANT, 'Warung Bu Siti', 'krajan']) expect(readable).not.toContain(secret);
    const screen = await t!.app.sim!.read(APPLICANT, 0);
    expect(screen.length).toBeLessThanOrEqual(2);
    expect(JSON.stringify(screen)).not.toContain(caseId);
    expect(await t!.app.cases.statusFor(APPLICANT)).toEqual([]);
  });
});
