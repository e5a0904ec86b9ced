// The erasure drill (UU 27/2022): a whole journey leaves the applicant's data in many places (the
// case, the KTP photo, a photo answered to TANYA, the NIB and its PDF, the rating, staff screens,
// queued and done jobs, timers, the append-only file). After HAPUS DATA none of it may be found:
// not in any Redis key or value (sealed values opened), not in the AOF on disk, not in the media
// directory, not in the logs. Each place is first shown to hold the data, so the scan can see it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServiceArea } from '../../bot/area/service-area.js';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { connectRedis } from '../../workers/platform/redis.js';
import { render } from '../../flows/index.js';
import { startTestApp, waitUntil, type SimPhone, type TestApp } from '../support/app.js';
import { revealedDump, revealSealed } from '../support/reveal.js';
import { BUSINESS_STEPS, EMAIL_STEPS, OPENING_STEPS } from './support/intake-script.js';
import { solidPng } from './support/png.js';

/** Synthetic identity (the one OPENING_STEPS types) and a synthetic phone. */
const NIK = '3505015203850001';
const APPLICANT = '6285700009901';
const OPERATOR = { phone: '6281234500041', name: 'Operator Drill (contoh)' };
const NIB = '9120301234567';
const KTP_PHOTO = solidPng(640, 400, [201, 17, 93]);
const ANSWER_PHOTO = solidPng(320, 240, [13, 177, 240]);
const PDF = Buffer.from('%PDF-1.4\n% NIB drill\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** What must be gone, as text (any case) and as bytes. */
const TEXT_NEEDLES: Readonly<Record<string, string>> = {
  nik: NIK, name: 'siti aminah', email: 'siti.aminah', phone: APPLICANT, localPhone: `0${APPLICANT.slice(2)}`,
  ktpPhoto: KTP_PHOTO.toString('base64'), answerPhoto: ANSWER_PHOTO.toString('base64'),
};
const BYTE_NEEDLES = [KTP_PHOTO, ANSWER_PHOTO];

let redisServer: EmbeddedRedis;
let redis: Redis;
let t: TestApp;
let dataDir: string;
let redisDir: string;

beforeAll(async () => {
  redisDir = mkdtempSync(join(tmpdir(), 'loket-drill-redis-'));
  dataDir = mkdtempSync(join(tmpdir(), 'loket-drill-data-'));
  redisServer = await startEmbeddedRedis({ dataDir: redisDir, appendfsync: 'always' });
  redis = connectRedis(redisServer.url);
  t = await startTestApp({ dataDir, env: { REDIS_URL: redisServer.url, CASE_TIMER_POLL_MS: '3600000' } });
}, 30_000);

afterAll(async () => {
  await t.stop();
  redis.disconnect();
  await redisServer.stop();
});

/** The names of the needles found in `text`. */
function hitsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return Object.entries(TEXT_NEEDLES).filter(([, needle]) => lower.includes(needle.toLowerCase())).map(([name]) => name);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)).filter((path) => statSync(path).isFile());
}

/** Every file of the append-only file (Redis 7 keeps several), sealed values opened. */
function readableAof(): string {
  return filesUnder(join(redisDir, 'appendonlydir')).map((file) => revealSealed(t.key, readFileSync(file).toString('latin1'))).join('\n');
}

function mediaFiles(): string[] {
  return filesUnder(dataDir).filter((file) => file.includes(`${join(dataDir, 'media')}`));
}

async function aofRewrites(): Promise<number> {
  const info = await redis.info('persistence');
  return Number(/aof_rewrites:(\d+)/.exec(info)?.[1] ?? '0');
}

async function aofIdle(): Promise<boolean> {
  const info = await redis.info('persistence');
  return /aof_rewrite_in_progress:0/.test(info) && /aof_rewrite_scheduled:0/.test(info);
}

async function journey(applicant: SimPhone, operator: SimPhone): Promise<string> {
  const script: readonly [string, string][] = [
    ...OPENING_STEPS,
    ['dsn krajan rt 2 rw 1 ds sumberjo', render('id', 'askKtpPhoto')],
    ...EMAIL_STEPS,
    ...BUSINESS_STEPS,
    ['iya kak', render('id', 'villageAmbiguous', { name: 'Sumberjo', list: '' }).split('\n')[0] ?? ''],
    ['1', 'KIRIM'],
  ];
  for (const [i, [message, expected]] of script.entries()) {
    expect(await applicant.ask(message), `after "${message}"`).toContain(expected);
    // The KTP photo, where it is asked for.
    if (i === OPENING_STEPS.length) expect(await applicant.ask({ image: { mimetype: 'image/png', base64: KTP_PHOTO.toString('base64') } })).toContain(render('id', 'askEmail'));
  }
  const id = /LK-[0-9A-Z]{5}/.exec(await applicant.ask('kirim'))?.[0] ?? '';
  expect(id).not.toBe('');
  await t.settle();

  await operator.drain();
  expect(await operator.ask(`KLAIM ${id}`)).toBe(render('id', 'opClaimed', { caseId: id }));
  expect(await operator.ask(`DETAIL ${id}`)).toContain(NIK);
  await operator.ask(`TANYA ${id} Mohon kirim foto tempat usahanya`);
  await applicant.drain();
  expect(await applicant.ask({ image: { mimetype: 'image/png', base64: ANSWER_PHOTO.toString('base64') } })).toBe(render('id', 'apAnswerForwarded'));
  await operator.ask({ document: { mimetype: 'application/pdf', base64: PDF.toString('base64'), filename: 'nib.pdf', caption: `NIB ${id} ${NIB}` } });
  await t.settle();
  expect((await applicant.drain()).some((m) => m.text?.includes(NIB))).toBe(true);
  expect(await applicant.ask('5')).toBe(render('id', 'apRatingThanks', { rating: '5' }));
  return id;
}

describe('the erasure drill', () => {
  let caseId = '';

  it('a whole journey leaves the applicant\'s data in Redis, the AOF, the media directory and staff screens', async () => {
    const villages = await loadServiceArea('35.05');
    const sumberjo = villages.search('sumberjo');
    const areas = sumberjo.kind === 'ambiguous' ? sumberjo.candidates.map((v) => v.code) : sumberjo.kind === 'unique' ? [sumberjo.village.code] : [];
    await t.app.roster.create({ ...OPERATOR, role: 'operator', areas });
    caseId = await journey(t.phone(APPLICANT), t.phone(OPERATOR.phone));

    // The controls: each place the scan reads is seen holding the data before the erasure.
    expect((await t.app.cases.get(caseId))?.fields.nib).toBe(NIB);
    // The operator's screen holds the KTP photo (DETAIL) and the photo answered to TANYA.
    expect(hitsIn(await revealedDump(redis, t.config.REDIS_PREFIX, t.key))).toEqual(Object.keys(TEXT_NEEDLES));
    expect(hitsIn(readableAof())).toEqual(expect.arrayContaining(['nik', 'name', 'phone']));
    expect(mediaFiles().length).toBeGreaterThan(0);
    // The simulated screens are not an archive: each expires a week after its last message.
    const screens = (await redis.keys(`${t.config.REDIS_PREFIX}:sim:outbox:*`)).filter((k) => !k.endsWith(':seq'));
    expect(screens.length).toBeGreaterThanOrEqual(2);
    for (const screen of screens) expect(await redis.ttl(screen)).toBeGreaterThan(6 * 24 * 3600);
    for (const screen of screens) expect(await redis.ttl(screen)).toBeLessThanOrEqual(7 * 24 * 3600);
  }, 90_000);

  it('after HAPUS DATA nothing of the applicant is found anywhere: Redis with job data, the AOF, media, logs', async () => {
    const applicant = t.phone(APPLICANT);
    await applicant.drain();
    const rewritesBefore = await aofRewrites();
    expect(await applicant.ask('HAPUS DATA')).toContain('HAPUS');
    await applicant.ask('ya');
    await t.settle();
    // The rewrite waits a few minutes after the erasure (for the turn to finish): brought forward here.
    const [compaction] = await t.app.retentionJobs.getDelayed();
    expect(compaction?.name).toBe('compact');
    await compaction?.promote();
    await waitUntil(async () => (await aofRewrites()) > rewritesBefore && (await aofIdle()), 20_000, 'the append-only file to be rewritten');

    const dump = await revealedDump(redis, t.config.REDIS_PREFIX, t.key);
    expect(hitsIn(dump)).toEqual([]);
    expect(hitsIn(readableAof())).toEqual([]);
    expect(mediaFiles()).toEqual([]);
    const logs = t.logs.join('');
    expect(hitsIn(logs)).toEqual([]);
    for (const file of filesUnder(join(redisDir, 'appendonlydir'))) {
      const bytes = readFileSync(file);
      expect(BYTE_NEEDLES.filter((needle) => bytes.includes(needle))).toEqual([]);
    }
    // What stays is anonymous: the case as facts for the counts.
    expect(await t.app.cases.facts(caseId)).toMatchObject({ status: 'nib_issued', anonymizedAt: expect.any(Number) });
    expect(await t.app.cases.statusFor(APPLICANT)).toEqual([]);
  }, 60_000);
});
