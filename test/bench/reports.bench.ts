// `npx tsx test/bench/reports.bench.ts`: how long the coordinators' reports take over many cases,
// against a real redis-server. Every report reads every case (its hash and sealed log) and computes
// in memory; this measures that, for a regency's year of cases and more.
// BENCH_CASES (default 5000) cases over the last 60 days, a quarter of them anonymised.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadServiceArea } from '../../bot/area/service-area.js';
import { startEmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { loadConfig } from '../../bot/platform/config.js';
import { CaseStore } from '../../workers/cases/store.js';
import { createMediaStore } from '../../workers/media/store.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { connectRedis } from '../../workers/platform/redis.js';
import { Reports } from '../../workers/reports/reports.js';
import { RosterStore } from '../../workers/staff/roster.js';
import { syntheticDossier } from '../support/casework.js';

const CASES = Number(process.env.BENCH_CASES ?? 5000);
const DAY = 24 * 3600_000;
const NOW = Date.UTC(2026, 10, 19, 8, 30);

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}

async function seed(cases: CaseStore, villages: Awaited<ReturnType<typeof loadServiceArea>>): Promise<void> {
  for (let i = 0; i < CASES; i++) {
    const v = villages.villages[i % villages.villages.length];
    if (!v) continue;
    const at = NOW - (i % 60) * DAY - (i % 7) * 3600_000;
    const dossier = syntheticDossier(`62857${String(i).padStart(8, '0')}`, { village: { code: v.code, name: v.name, districtCode: v.districtCode, districtName: v.districtName } });
    const { id } = await cases.create({ sourceId: `bench-${i}`, applicantChat: `62857${String(i).padStart(8, '0')}`, dossier, now: at });
    await cases.transition(id, { from: ['queued'], fields: { desk: 'village', deskCode: v.code }, event: { at: at + 60_000, actor: 'system', type: 'dispatched' } });
    if (i % 3 === 0) continue;
    await cases.transition(id, { from: ['queued'], to: 'claimed', claim: { action: 'take', staffKey: `op${i % 40}`, cap: 10_000 }, event: { at: at + 3600_000, actor: `staff:op${i % 40}`, type: 'claimed' } });
    await cases.transition(id, { from: ['claimed'], to: 'nib_issued', claim: { action: 'drop', staffKey: `op${i % 40}` }, fields: { rating: String(1 + (i % 5)) }, event: { at: at + DAY, actor: `staff:op${i % 40}`, type: 'nib_recorded' } });
    if (i % 4 === 1) await cases.anonymize(id, NOW, 'expired');
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-reports-'));
  const redisServer = await startEmbeddedRedis({ dataDir: join(dir, 'redis'), appendfsync: 'everysec' });
  const redis = connectRedis(redisServer.url);
  try {
    const protector = createDataProtector(randomBytes(32));
    const config = loadConfig({ DATA_DIR: dir });
    const villages = await loadServiceArea('35.05');
    const cases = new CaseStore(redis, protector, 'bench');
    await timed(`seed ${CASES} cases`, () => seed(cases, villages));
    const reports = new Reports({
      cases, roster: new RosterStore(redis, protector, 'bench'), media: createMediaStore(join(dir, 'media'), protector), villages,
      officeHours: config.officeHours, sla: { queueSlaHours: 8, claimSlaHours: 8 },
    });
    await timed('read every case (ReportSource)', () => reports.cases());
    await timed('monthly report (JSON)', () => reports.monthly('2026-11'));
    await timed('digest text + chart PNG + store', () => reports.digestNotices('koordinator@g.us', NOW));
    await timed('REKAP bulan ini', () => reports.report({ kind: 'month' }, NOW));
  } finally {
    redis.disconnect();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
