// The whole journey on a local three-master Redis Cluster, with two Loket instances sharing it: one
// in this process (createApp), one a service process started as `npm start` would (bot/main.ts with
// REDIS_CLUSTER_NODES, so its start checks ask every master). Applicants write to either instance in
// turn; intakes become cases, an operator claims them and sends the NIB through the other instance,
// and every applicant gets every reply and its NIB exactly once.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../../flows/index.js';
import { loadServiceArea } from '../../../bot/area/service-area.js';
import { connectRedisCluster, parseClusterNodes } from '../../../workers/platform/redis-cluster.js';
import { SimPhone, startTestApp, type SimMessage, type TestApp } from '../../support/app.js';
import { uniquePrefix } from '../../support/redis.js';
import { SERVICE_SIM_TOKEN, startServiceProcess, type ServiceProcess } from '../../support/service-process.js';
import { SUMBERJO_UP_TO_KIRIM } from '../../e2e/support/intake-script.js';
import { startLocalCluster, type LocalCluster } from './support/local-cluster.js';

const OPERATOR = { phone: '6281299000701', name: 'Vina (contoh)' };
const APPLICANTS = ['6285700007001', '6285700007002', '6285700007003'];
const NIB = '9120301234567';

let cluster: LocalCluster;
let a: TestApp;
let b: ServiceProcess;

beforeAll(async () => {
  cluster = await startLocalCluster();
  const prefix = uniquePrefix('cluster-journey');
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-cluster-journey-'));
  const key = randomBytes(32);
  const env = { REDIS_CLUSTER_NODES: cluster.nodes, REDIS_PREFIX: prefix, DATA_DIR: dataDir, CASE_TIMER_POLL_MS: '3600000' };
  a = await startTestApp({
    key, prefix, dataDir, env: { ...env, REDIS_URL: '' },
    overrides: { connect: () => connectRedisCluster(parseClusterNodes(cluster.nodes)) },
  });
  const villages = await loadServiceArea('35.05');
  const sumberjo = villages.search('sumberjo');
  const codes = sumberjo.kind === 'ambiguous' ? sumberjo.candidates.map((v) => v.code) : sumberjo.kind === 'unique' ? [sumberjo.village.code] : [];
  await a.app.roster.create({ ...OPERATOR, role: 'operator', areas: codes });
  b = await startServiceProcess({ ...env, DATA_KEY: key.toString('hex') });
}, 60_000);

afterAll(async () => {
  await b?.kill('SIGTERM');
  await a?.stop();
  await cluster?.stop();
});

/** One person: writes to instance A or B as told, reads its screen through A (the outbox is shared). */
class Person {
  readonly reader: SimPhone;
  private readonly writers: SimPhone[];
  readonly seen: SimMessage[] = [];

  constructor(readonly from: string) {
    const settle = (): Promise<void> => a.settle(20_000);
    this.reader = a.phone(from);
    this.writers = [this.reader, new SimPhone(b.url, from, settle, undefined, SERVICE_SIM_TOKEN)];
  }

  /** Sends through instance `via` (0: A, 1: B), waits until both have handled everything, returns the replies. */
  async ask(message: string, via: number): Promise<string> {
    await this.writers[via % 2]!.send(message);
    await a.settle(20_000);
    const got = await this.reader.drain();
    this.seen.push(...got);
    return got.map((m) => m.text ?? '').join('\n---\n');
  }
}

describe('Loket on a Redis Cluster, two instances', () => {
  it('intakes become cases, the claim and the NIB go through the other instance, nothing lost or twice', async () => {
    const applicants = APPLICANTS.map((phone) => new Person(phone));
    const ids = await Promise.all(applicants.map(async (applicant, n) => {
      for (const [step, [message, expected]] of SUMBERJO_UP_TO_KIRIM.entries()) {
        expect(await applicant.ask(message, step + n), `after "${message}"`).toContain(expected);
      }
      const done = await applicant.ask('kirim', n);
      const id = /LK-[0-9A-Z]{5}/.exec(done)?.[0];
      expect(id, done).toBeDefined();
      return id ?? '';
    }));
    expect(new Set(ids).size).toBe(APPLICANTS.length);

    // The operator was told of each new case once, whichever instance dispatched it.
    const operator = new Person(OPERATOR.phone);
    const notices = (await operator.reader.drain()).map((m) => m.text ?? '');
    for (const id of ids) expect(notices.filter((text) => text.includes(`KLAIM ${id}`)), id).toHaveLength(1);
    for (const [n, id] of ids.entries()) {
      expect(await operator.ask(`KLAIM ${id}`, n + 1)).toBe(render('id', 'opClaimed', { caseId: id }));
      expect(await operator.ask(`NIB ${id} ${NIB}`, n)).toBe(render('id', 'opNibRecorded', { caseId: id }));
      expect((await a.app.cases.get(id))?.status).toBe('nib_issued');
    }

    for (const [n, applicant] of applicants.entries()) {
      applicant.seen.push(...(await applicant.reader.drain()));
      const id = ids[n] ?? '';
      const nibs = applicant.seen.filter((m) => m.text?.includes(NIB));
      expect(nibs.map((m) => m.text)).toEqual([render('id', 'apNib', { caseId: id, nib: NIB, business: 'Warung Bu Siti' })]);
      // Every message reached the screen once: no outbound id twice.
      const outboundIds = applicant.seen.map((m) => m.id);
      expect(new Set(outboundIds).size).toBe(outboundIds.length);
      expect((await a.app.cases.events(id)).filter((e) => e.type === 'nib_recorded')).toHaveLength(1);
    }
    // Both instances did their share of the handling (each takes up the chats it is told of first).
    const handled = await Promise.all([a.url, b.url].map(handledCount));
    expect(handled.every((count) => count > 0), `handled by A and B: ${handled.join(', ')}`).toBe(true);
  }, 40_000);
});

/** How many inbox entries an instance's sequencer handled (its /metrics). */
async function handledCount(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^loket_handling_latency_seconds_count(?:\{[^}]*\})? (\d+)/m.exec(text)?.[1] ?? 0);
}
