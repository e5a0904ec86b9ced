// A worker killed mid-job, for every job type: a service process is frozen with one job of each
// type half done (its effect made, its completion not yet recorded: see jobs-freeze.ts), SIGKILLed,
// and a second process finishes every one of them within seconds, each effect once. The effects are
// counted where they land: the case's event log, and the simulator's outboxes.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import { BroadcastQueue } from '../../workers/broadcast/broadcast.js';
import { CaseStore } from '../../workers/cases/store.js';
import { RelayStore } from '../../workers/casework/relays.js';
import { DispatchQueue, dispatchJobId } from '../../workers/dispatch/dispatch.js';
import { createDataProtector, type DataProtector } from '../../workers/platform/crypto.js';
import { connectRedis } from '../../workers/platform/redis.js';
import { outboundJobId } from '../../workers/outbound/queue.js';
import { requestReseal } from '../../workers/reseal/reseal.js';
import type { SimMessage } from '../support/app.js';
import { syntheticDossier, VILLAGE } from '../support/casework.js';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';
import { SERVICE_SIM_HEADERS, startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { waitUntil } from '../support/wait.js';

const FREEZE_PRELOAD = new URL('./jobs-freeze.ts', import.meta.url).href;
/** BullMQ: lock lost (lockDuration 8 s) and two stall checks (every 3 s); the inbox: one chat lease (15 s). Start-up on top. */
const RECOVERY_BOUND_MS = 30_000;

const OPERATOR = { phone: '6281299120001', name: 'Yuni Uji' };
const APPLICANT_DISPATCHED = '6285712001001';
const APPLICANT_ESCALATED = '6285712001002';
const APPLICANT_ASKED = '6285712001003';
const APPLICANT_REMINDED = '6285712001004';
const APPLICANT_ANNOUNCED = '6285712001005';
const APPLICANT_ISSUED = '6285712001006';
const NIB = '9120301234567';
const APPLICANT_CODED = '6285712001007';
const OSS_CODE = '482913';
const GROUP = 'koordinator@g.us';
const ANSWER = 'luasnya 20 meter persegi';
const ANSWER_ID = 'asked-answer';
const BROADCAST_REF = 'SR-UJI01';
const RECIPIENT = 'recipient-hash-uji';

type JobType = 'dispatch' | 'case timer' | 'relay (TANYA answer)' | 'relay (OSS code)' | 'reminder' | 'digest' | 'retention' | 'broadcast' | 'outbound (NIB relay)' | 'reseal';

interface Fixture {
  redis: Redis;
  protector: DataProtector;
  prefix: string;
  cases: CaseStore;
  queues: Record<string, Queue>;
  ids: { dispatched: string; escalated: string; asked: string; issued: string; coded: string };
  /** What each frozen point recorded: the job id, or the key. */
  frozen: Record<string, string>;
  recoveredAfterMs: Partial<Record<JobType, number>>;
  outbox: (chat: string) => Promise<SimMessage[]>;
}

let fx: Fixture;
const stops: (() => Promise<unknown>)[] = [];

async function post(url: string, from: string, text: string, id?: string): Promise<void> {
  const res = await fetch(`${url}/sim/inbound`, {
    method: 'POST', headers: { ...SERVICE_SIM_HEADERS, 'content-type': 'application/json' }, body: JSON.stringify({ from, text, ...(id ? { id } : {}) }),
  });
  expect(res.status).toBe(202);
}

function freezePoints(dispatchedId: string, nibId: string): object[] {
  return [
    { name: 'dispatch', queue: 'dispatch', jobId: dispatchJobId(dispatchedId) },
    { name: 'case-timer', command: 'zrem', key: ':case-timers' },
    { name: 'relay', command: 'del', key: ':relay:ask:' },
    { name: 'relay-code', command: 'del', key: ':relay:code:' },
    { name: 'reminder', queue: 'timers' },
    // Between the digest's messages queued and the day marked posted: the message ids alone must hold.
    { name: 'digest', command: 'set', key: ':digest-posted:' },
    { name: 'retention', queue: 'retention', jobId: 'purge-uji' },
    { name: 'broadcast', queue: 'broadcast' },
    // The NIB sent and marked relayed on its case, the rest of the delivery hook not yet done.
    { name: 'outbound', command: 'hsetnx', key: `:case:${nibId}`, after: true },
    { name: 'reseal', queue: 'reseal' },
  ];
}

const POINT_OF: Readonly<Record<JobType, string>> = {
  dispatch: 'dispatch', 'case timer': 'case-timer', 'relay (TANYA answer)': 'relay', 'relay (OSS code)': 'relay-code', reminder: 'reminder', digest: 'digest',
  retention: 'retention', broadcast: 'broadcast', 'outbound (NIB relay)': 'outbound', reseal: 'reseal',
};

async function jobDone(queue: Queue, jobId: string): Promise<boolean> {
  const state = await queue.getJobState(jobId);
  // Dispatch jobs are removed once done ('unknown'); the others are kept a while as 'completed'.
  return state === 'completed' || state === 'unknown';
}

/** When each job type counts as finished by the second process. */
function finished(f: Fixture, type: JobType): Promise<boolean> {
  const job = (queue: string): Promise<boolean> => jobDone(f.queues[queue] as Queue, f.frozen[POINT_OF[type]] ?? '');
  switch (type) {
    case 'case timer': return f.redis.zcard(f.cases.keys.timers).then(async () => (await f.redis.zscore(f.cases.keys.timers, f.frozen['case-timer-member'] ?? '')) === null);
    case 'relay (TANYA answer)': return f.redis.exists(f.frozen.relay ?? '').then((n) => n === 0);
    case 'relay (OSS code)': return f.redis.exists(f.frozen['relay-code'] ?? '').then((n) => n === 0);
    case 'dispatch': return job('dispatch');
    case 'reminder': return job('timers');
    case 'digest': return jobDone(f.queues.digest as Queue, 'digest-uji');
    case 'retention': return job('retention');
    case 'broadcast': return job('broadcast');
    case 'outbound (NIB relay)': return jobDone(f.queues.outbound as Queue, outboundJobId(`nib:${f.ids.issued}`));
    case 'reseal': return job('reseal');
  }
}

const TYPES = Object.keys(POINT_OF) as JobType[];

async function quiet(f: Fixture): Promise<boolean> {
  const states = ['waiting', 'prioritized', 'active', 'delayed'] as const;
  const lanes = ['outbound', 'outbound-bulk'].map((name) => f.queues[name] as Queue);
  const counts = await Promise.all(lanes.map((lane) => lane.getJobCounts(...states)));
  const inbox = await f.redis.keys(`${f.prefix}:inbox:q:*`);
  return counts.every((c) => Object.values(c).every((n) => n === 0)) && inbox.length === 0;
}

beforeAll(async () => {
  const key = randomBytes(32);
  const prefix = uniquePrefix('jobkill');
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-jobkill-'));
  const rosterFile = join(dataDir, 'roster.json');
  writeFileSync(rosterFile, JSON.stringify({ staff: [{ ...OPERATOR, role: 'operator', areas: [VILLAGE.code] }] }));
  const env = {
    REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, DATA_DIR: dataDir, DATA_KEY: key.toString('hex'), ROSTER_FILE: rosterFile,
    // Every day a working day from midnight: the digest is due whenever the test runs.
    OFFICE_HOURS: 'mon-sun 00:00-24:00', DIGEST_AT: '00:00', CASE_TIMER_POLL_MS: '500', SESSION_REMINDER_AFTER_MS: '1500', COORDINATOR_GROUP: GROUP,
  };
  const redis = connectRedis(testRedisUrl());
  const protector = createDataProtector(key);
  const cases = new CaseStore(redis, protector, prefix);
  const dispatch = new DispatchQueue(redis, prefix);
  const letters = new BroadcastQueue({ connection: redis, prefix, protector });
  const queues: Record<string, Queue> = Object.fromEntries(['dispatch', 'timers', 'digest', 'retention', 'broadcast', 'outbound', 'outbound-bulk', 'reseal']
    .map((name) => [name, new Queue(name, { connection: redis, prefix: `${prefix}:bull` })]));
  stops.push(async () => { await Promise.all([...Object.values(queues).map((q) => q.close()), dispatch.close(), letters.close()]); redis.disconnect(); });
  const submit = async (phone: string): Promise<string> =>
    (await cases.create({ sourceId: `jobkill-${phone}`, applicantChat: phone, dossier: syntheticDossier(phone), now: Date.now() })).id;
  const dispatched = await submit(APPLICANT_DISPATCHED);
  const escalated = await submit(APPLICANT_ESCALATED);
  const asked = await submit(APPLICANT_ASKED);
  const issued = await submit(APPLICANT_ISSUED);
  const coded = await submit(APPLICANT_CODED);

  const first: ServiceProcess = await startServiceProcess({ ...env, LOKET_FREEZE: JSON.stringify(freezePoints(dispatched, issued)) }, { imports: [FREEZE_PRELOAD] });
  stops.push(() => first.kill());
  const record = async (id: string) => cases.get(id);
  // Four cases dispatched normally: one is escalated by its queue SLA timer; the others are claimed,
  // one to be asked a question, one to ask for the OSS code, one to have its NIB issued.
  const claimed = [asked, coded, issued];
  for (const id of [escalated, ...claimed]) await dispatch.add(id);
  await waitUntil(async () => (await Promise.all([escalated, ...claimed].map(record))).every((r) => r?.fields.deskCode !== undefined), 20_000, 'four cases dispatched');
  for (const id of claimed) await post(first.url, OPERATOR.phone, `KLAIM ${id}`);
  await waitUntil(async () => (await Promise.all(claimed.map(record))).every((r) => r?.status === 'claimed'), 20_000, 'the claims');
  await post(first.url, OPERATOR.phone, `TANYA ${asked} Berapa luas tempat usaha?`);
  const relays = new RelayStore(redis, protector, prefix);
  await post(first.url, OPERATOR.phone, `KODE ${coded}`);
  await waitUntil(async () => (await relays.get('ask', APPLICANT_ASKED)) !== undefined && (await relays.get('code', APPLICANT_CODED)) !== undefined, 20_000, 'the question and the code request relayed');

  // Now one job of each type, each frozen half done.
  const member = `${escalated}|queue_sla|${(await record(escalated))?.version ?? 0}`;
  await redis.zadd(cases.keys.timers, 1, member);
  await post(first.url, APPLICANT_ASKED, ANSWER, ANSWER_ID);
  await post(first.url, APPLICANT_CODED, `Kode OTP OSS Anda ${OSS_CODE}`);
  await post(first.url, OPERATOR.phone, `NIB ${issued} ${NIB}`);
  await dispatch.add(dispatched);
  await post(first.url, APPLICANT_REMINDED, 'halo', 'reminded-halo');
  await queues.digest?.add('digest', {}, { jobId: 'digest-uji' });
  await queues.retention?.add('purge', {}, { jobId: 'purge-uji' });
  await requestReseal(queues.reseal as Queue, 'uji');
  await letters.send(BROADCAST_REF, [{ recipient: RECIPIENT, chat: APPLICANT_ANNOUNCED, text: 'Pengumuman uji' }]);
  const names = Object.values(POINT_OF);
  await waitUntil(async () => (await redis.exists(...names.map((n) => `${prefix}:freeze:${n}`))) === names.length, 30_000, 'every job type frozen half done');
  const frozen: Record<string, string> = { 'case-timer-member': member };
  for (const name of names) frozen[name] = (await redis.get(`${prefix}:freeze:${name}`)) ?? '';

  await first.kill('SIGKILL');
  const killedAt = Date.now();
  const second = await startServiceProcess(env);
  stops.push(() => second.kill());
  const outbox = async (chat: string): Promise<SimMessage[]> => {
    const res = await fetch(`${second.url}/sim/outbox?chat=${encodeURIComponent(chat)}&after=0`, { headers: SERVICE_SIM_HEADERS });
    return ((await res.json()) as { messages: SimMessage[] }).messages;
  };
  fx = { redis, protector, prefix, cases, queues, ids: { dispatched, escalated, asked, issued, coded }, frozen, recoveredAfterMs: {}, outbox };
  // Polled together: each type's recovery time is when its job was first seen finished.
  await waitUntil(async () => {
    for (const type of TYPES.filter((t) => fx.recoveredAfterMs[t] === undefined)) {
      if (await finished(fx, type)) fx.recoveredAfterMs[type] = Date.now() - killedAt;
    }
    return TYPES.every((t) => fx.recoveredAfterMs[t] !== undefined);
  }, 60_000, 'every frozen job finished by the second process').catch(() => undefined);
  await waitUntil(() => quiet(fx), 30_000, 'the second process to deliver everything');
}, 150_000);

afterAll(async () => {
  // The figures, on request: LOKET_PRINT_FIGURES=1 npx vitest run --config vitest.faults.config.ts test/faults/jobs-killed.test.ts
  if (process.env.LOKET_PRINT_FIGURES) console.info(`recovered after SIGKILL (ms): ${JSON.stringify(fx.recoveredAfterMs)}`);
  for (const stop of stops.splice(0).reverse()) await stop();
});

const texts = (messages: SimMessage[]): string[] => messages.map((m) => m.text ?? (m.image ? '[image]' : '[document]'));
const eventCount = async (id: string, type: string): Promise<number> => (await fx.cases.events(id)).filter((e) => e.type === type).length;

/** Each job type's effects, counted where they land: each must be there exactly once. */
const EFFECTS: Readonly<Record<JobType, () => Promise<Record<string, number>>>> = {
  dispatch: async () => ({
    'dispatched events': await eventCount(fx.ids.dispatched, 'dispatched'),
    'new-case notices to the desk': texts(await fx.outbox(OPERATOR.phone)).filter((t) => t.includes(fx.ids.dispatched)).length,
    'dispatched messages to the applicant': (await fx.outbox(APPLICANT_DISPATCHED)).length,
  }),
  'case timer': async () => ({
    'queue_escalated events': await eventCount(fx.ids.escalated, 'queue_escalated'),
    'escalations in the group': texts(await fx.outbox(GROUP)).filter((t) => t.startsWith(`⚠️ Kasus ${fx.ids.escalated} `)).length,
    'reminders to the desk': texts(await fx.outbox(OPERATOR.phone)).filter((t) => t.startsWith(`⏰ Kasus ${fx.ids.escalated}`)).length,
  }),
  'relay (TANYA answer)': async () => ({
    'answered events': await eventCount(fx.ids.asked, 'answered'),
    'answers passed to the operator': texts(await fx.outbox(OPERATOR.phone)).filter((t) => t === render('id', 'opAnswer', { caseId: fx.ids.asked, text: ANSWER })).length,
    'acknowledgements to the applicant': texts(await fx.outbox(APPLICANT_ASKED)).filter((t) => t === render('id', 'apAnswerForwarded')).length,
  }),
  'relay (OSS code)': async () => ({
    'code_relayed events': await eventCount(fx.ids.coded, 'code_relayed'),
    'codes passed to the operator': texts(await fx.outbox(OPERATOR.phone)).filter((t) => t === render('id', 'opCode', { caseId: fx.ids.coded, code: OSS_CODE })).length,
    'acknowledgements to the applicant': texts(await fx.outbox(APPLICANT_CODED)).filter((t) => t === render('id', 'apCodeForwarded')).length,
  }),
  reminder: async () => {
    const reminders = (await fx.outbox(APPLICANT_REMINDED)).filter((m) => !(m.id ?? '').startsWith('reminded-halo'));
    return { 'reminder turns': new Set(reminders.map((m) => (m.id ?? '').split('#')[0])).size };
  },
  digest: async () => ({
    'digest texts': texts(await fx.outbox(GROUP)).filter((t) => t.startsWith('*Ringkasan Loket · ')).length,
    'digest charts': (await fx.outbox(GROUP)).filter((m) => m.image).length,
  }),
  retention: async () => ({ 'purge runs completed': (await fx.queues.retention?.getJobState('purge-uji')) === 'completed' ? 1 : 0 }),
  broadcast: async () => ({ 'announcements received': texts(await fx.outbox(APPLICANT_ANNOUNCED)).filter((t) => t.includes('Pengumuman uji')).length }),
  'outbound (NIB relay)': async () => ({
    'NIB messages to the applicant': texts(await fx.outbox(APPLICANT_ISSUED)).filter((t) => t === render('id', 'apNib', { caseId: fx.ids.issued, nib: NIB, business: 'Warung Contoh' })).length,
    'nib_delivered events': await eventCount(fx.ids.issued, 'nib_delivered'),
  }),
  reseal: async () => ({ 'reseal runs completed': (await fx.queues.reseal?.getJobState(fx.frozen.reseal ?? '')) === 'completed' ? 1 : 0 }),
};

describe('a service SIGKILLed with one job of each type half done', () => {
  it.each(TYPES)('%s: a second process finishes it within seconds', (type) => {
    expect(fx.recoveredAfterMs[type], `${type} not finished after the kill`).toBeDefined();
    expect(fx.recoveredAfterMs[type]).toBeLessThan(RECOVERY_BOUND_MS);
  });

  it.each(TYPES)('%s: each effect happened exactly once', async (type) => {
    const counts = await EFFECTS[type]();
    expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, 1])));
  });
});
