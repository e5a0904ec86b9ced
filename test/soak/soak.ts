// `npm run soak -- --minutes N [--applicants N | --rate R] [--think-ms A-B] [--no-faults] [--keep]`
//
// Drives simulated applicants and the operators of their villages through whole journeys (intake
// with a KTP photo, KIRIM, claim, NIB with its PDF, rating) against the real service, run as a
// child process (`bot/main.ts`, production settings, the simulator transport), on its own
// redis-server (AOF, appendfsync always), while faults are injected on a schedule (faults.ts):
// Redis SIGKILLed and restarted, the service SIGKILLed and restarted, Redis made slow with DEBUG
// SLEEP, the media folder's disk (a tmpfs of its own) filled up. Prints one figure per line and
// exits non-zero when anything accepted was lost, delivered twice, or a journey did not finish.
//
// lost: a message accepted by POST /sim/inbound (200/202) whose expected reply — or, for a step that
// only waits, the effect an accepted message must have (the case notice to the operator, the NIB and
// its PDF to the applicant) — had not arrived by the hard end (the run, then a drain window).
// duplicated: the same outbound id, the same text or the same document twice on one chat's screen.
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { SERVICE_SIM_HEADERS, startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { probe, runJourney, type DriverContext, type Outcome } from './driver.js';
import { injection, MediaDisk, readyAgain, timeline, type FaultResult, type FaultTargets } from './faults.js';
import { newJourney, rosterFor, VILLAGES } from './journeys.js';
import { solidPng } from '../e2e/support/png.js';
import { newTally, Screen, type ServiceAddress } from './phone.js';
import type { AppendFsync } from '../../bot/platform/embedded-redis.js';
import { PrivateRedis } from '../faults/support/faulty-redis.js';
import { cpuSeconds, lines, mediaFiles, rssMb, sweep } from './report.js';

interface Options {
  minutes: number;
  applicants: number;
  thinkMs: [number, number];
  faults: boolean;
  keep: boolean;
  drainMs: number;
  appendfsync: AppendFsync;
}

/** Journeys start in the first 80% of the run; the rest, and the drain window, let them finish. */
const TRAFFIC_SHARE = 0.8;

function options(): Options {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '10' },
      applicants: { type: 'string' },
      rate: { type: 'string' },
      'think-ms': { type: 'string', default: '300-1500' },
      'drain-seconds': { type: 'string', default: '90' },
      'no-faults': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      appendfsync: { type: 'string', default: 'always' },
    },
  });
  const minutes = Number(values.minutes);
  const trafficSeconds = minutes * 60 * TRAFFIC_SHARE;
  const applicants = values.applicants !== undefined ? Number(values.applicants)
    : Math.round(trafficSeconds * Number(values.rate ?? '4'));
  const [low, high] = (values['think-ms'] ?? '').split('-').map(Number);
  const appendfsync = values.appendfsync;
  if (!(minutes > 0) || !(applicants > 0) || !(low! >= 0) || !(high! >= low!) || (appendfsync !== 'always' && appendfsync !== 'everysec')) {
    throw new Error('usage: npm run soak -- --minutes N [--applicants N | --rate applicants-per-second] [--think-ms 300-1500] [--drain-seconds 90] [--appendfsync always|everysec] [--no-faults] [--keep]');
  }
  return { minutes, applicants, thinkMs: [low!, high!], faults: !values['no-faults'], keep: values.keep, drainMs: Number(values['drain-seconds']) * 1000, appendfsync };
}

/** The service process, restarted by the soak after a kill; the address follows it to its new port. */
class Service {
  process?: ServiceProcess;
  restarts = 0;
  /** CPU seconds of the processes already gone. */
  private cpuOfEnded = 0;
  readonly address: ServiceAddress = { url: '', headers: { ...SERVICE_SIM_HEADERS } };
  private logs: string[] = [];

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    this.process = await startServiceProcess(this.env, { timeoutMs: 120_000 });
    this.address.url = this.process.url;
  }

  cpuSeconds(): number {
    return this.cpuOfEnded + cpuSeconds(this.process?.child.pid);
  }

  async kill(): Promise<void> {
    this.cpuOfEnded += cpuSeconds(this.process?.child.pid);
    this.logs.push(this.process?.output() ?? '');
    await this.process?.kill('SIGKILL');
    this.restarts++;
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child) return;
    const exited = new Promise((resolve) => child.child.once('exit', resolve));
    child.child.kill('SIGTERM');
    await Promise.race([exited, sleep(20_000)]);
    await child.kill('SIGKILL');
    this.logs.push(child.output());
  }

  output(): string {
    return this.logs.join('\n--- service restarted ---\n');
  }
}

interface Run {
  dir: string;
  redis: PrivateRedis;
  service: Service;
  disk: MediaDisk;
  diskNote?: string;
}

async function setUp(run: number, appendfsync: AppendFsync): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-soak-'));
  const dataDir = join(dir, 'data');
  mkdirSync(join(dir, 'redis'), { recursive: true });
  const disk = new MediaDisk(join(dataDir, 'media'), 64);
  const diskNote = disk.mount();
  let redis: PrivateRedis | undefined;
  try {
    redis = await PrivateRedis.start(appendfsync, join(dir, 'redis'));
    const rosterFile = join(dir, 'roster.json');
    writeFileSync(rosterFile, JSON.stringify(rosterFor(VILLAGES, run)));
    const service = new Service({
      REDIS_URL: redis.url, REDIS_PREFIX: 'soak', DATA_DIR: dataDir, DATA_KEY: randomBytes(32).toString('hex'), ROSTER_FILE: rosterFile,
      // The soak's phones all come from one address; the locked simulator's per-address limit is for people.
      HTTP_RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'warn',
    });
    await service.start();
    return { dir, redis, service, disk, ...(diskNote ? { diskNote } : {}) };
  } catch (err) {
    // Nothing of a failed start stays behind: no server, no mount.
    await redis?.stop();
    disk.unmount();
    throw err;
  }
}

async function tearDown(r: Run, keep: boolean): Promise<void> {
  await r.service.stop().catch(() => undefined);
  writeFileSync(join(r.dir, 'service.log'), r.service.output());
  await r.redis.stop().catch(() => undefined);
  r.disk.unmount();
  if (!keep) {
    rmSync(join(r.dir, 'data'), { recursive: true, force: true });
    rmSync(join(r.dir, 'redis'), { recursive: true, force: true });
  }
}

const PROBE_PHOTO = solidPng(8, 8, [200, 30, 30]).toString('base64');

async function runFaults(ctx: DriverContext, r: Run, startedAt: number, windowMs: number, minutes: number, run: number): Promise<FaultResult[]> {
  const targets: FaultTargets = { redis: r.redis, service: { kill: () => r.service.kill(), start: () => r.service.start() }, disk: r.disk };
  const results: FaultResult[] = [];
  for (const [n, { plan, offsetMs, round }] of timeline(windowMs, Math.max(1, Math.floor(minutes / 4))).entries()) {
    await sleep(Math.max(0, startedAt + offsetMs - Date.now()));
    const fault = injection(plan, targets);
    if (typeof fault === 'string') {
      results.push({ fault: plan.fault, round, lastedMs: 0, note: r.diskNote ? `${fault} (${r.diskNote})` : fault });
      continue;
    }
    await fault.begin();
    const injectedAt = Date.now();
    const body = plan.fault === 'disk-full' ? { image: { mimetype: 'image/png', base64: PROBE_PHOTO } } : { text: 'halo' };
    const probing = probe(ctx, `62898${String(run % 1000).padStart(3, '0')}${String(n).padStart(4, '0')}`, body);
    // A fault the soak cannot undo (the service does not come back) is itself the finding: say so, go on.
    const undone = await fault.end().then(() => undefined, (err: Error) => `could not be undone: ${err.message.slice(0, 300)}`);
    const lastedMs = Date.now() - injectedAt;
    const readyAt = await readyAgain(ctx.service, ctx.hardEnd);
    const probed = await probing;
    if (probed.acceptedAt !== undefined && probed.replyAt === undefined) ctx.probesLost++;
    results.push({
      fault: plan.fault, round, lastedMs, ...(undone ? { note: undone } : {}),
      ...(readyAt ? { readyAfterMs: readyAt - injectedAt } : {}),
      ...(probed.replyAt ? { replyAfterMs: probed.replyAt - injectedAt } : {}),
    });
  }
  return results;
}

async function runJourneys(ctx: DriverContext, o: Options, run: number, windowMs: number): Promise<Outcome[]> {
  const gapMs = windowMs / o.applicants;
  const started = Date.now();
  const journeys: Promise<Outcome>[] = [];
  for (let i = 0; i < o.applicants; i++) {
    await sleep(Math.max(0, started + i * gapMs - Date.now()));
    journeys.push(runJourney(ctx, newJourney(i, run, VILLAGES)));
  }
  return Promise.all(journeys);
}

async function main(): Promise<void> {
  const o = options();
  const run = randomInt(1000);
  const r = await setUp(run, o.appendfsync);
  const stopOnSignal = (): void => { void tearDown(r, true).finally(() => process.exit(130)); };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const startedAt = Date.now();
    const runMs = o.minutes * 60_000;
    const windowMs = runMs * TRAFFIC_SHARE;
    const hardEnd = startedAt + runMs + o.drainMs;
    const operators = new Map(VILLAGES.map((_, i) => rosterFor(VILLAGES, run).staff[i]!.phone as string).map((p) => [p, new Screen(r.service.address, p)]));
    const ctx: DriverContext = {
      service: r.service.address, tally: newTally(), runId: `soak${run}`, operators, chats: new Set(operators.keys()), latencies: [],
      hardEnd, ended: sleep(Math.max(0, hardEnd - Date.now()), undefined), probesLost: 0,
      think: () => o.thinkMs[0] + Math.random() * (o.thinkMs[1] - o.thinkMs[0]),
    };
    for (const screen of operators.values()) screen.open();
    const rssStart = rssMb(r.service.process?.child.pid);
    const redisStart = await r.redis.usedMemory();
    console.log(`soak: ${o.minutes} min, ${o.applicants} applicants over ${Math.round(windowMs / 1000)} s, ${VILLAGES.length} operators, appendfsync ${o.appendfsync}, faults ${o.faults ? 'on' : 'off'}; run directory ${r.dir}`);
    const [outcomes, faults] = await Promise.all([
      runJourneys(ctx, o, run, windowMs),
      o.faults ? runFaults(ctx, r, startedAt, windowMs, o.minutes, run) : Promise.resolve([]),
    ]);
    await Promise.all([...operators.values()].map((s) => s.close()));
    const rssEnd = rssMb(r.service.process?.child.pid);
    const redisEnd = await r.redis.usedMemory();
    const swept = await sweep(ctx.service, ctx.chats);
    const cpu = { serviceSeconds: r.service.cpuSeconds(), driverSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, wallSeconds: (Date.now() - startedAt) / 1000 };
    const lost = outcomes.filter((x) => x.result === 'lost').length + ctx.probesLost;
    const neverAccepted = outcomes.filter((x) => x.result === 'never accepted').length;
    const figures = {
      tally: ctx.tally, sweep: swept, lost, latencies: ctx.latencies, outcomes, neverAccepted, faults,
      rss: { ...(rssStart ? { start: rssStart } : {}), ...(rssEnd ? { end: rssEnd } : {}), restarts: r.service.restarts },
      redisBytes: { start: redisStart, end: redisEnd }, cpu, media: mediaFiles(join(r.dir, 'data', 'media')),
    };
    for (const line of lines(figures)) console.log(line);
    const failed = outcomes.filter((x) => x.result !== 'finished');
    writeFileSync(join(r.dir, 'report.json'), JSON.stringify({ options: o, failed: failed.slice(0, 50), duplicates: swept.examples, faults }, null, 2));
    console.log(`details: ${join(r.dir, 'report.json')} and ${join(r.dir, 'service.log')}`);
    process.exitCode = lost > 0 || swept.duplicated > 0 || failed.length > 0 ? 1 : 0;
  } finally {
    await tearDown(r, o.keep);
  }
}

await main();
// Keep-alive sockets and timers of a service that is gone would hold the process open.
process.exit();
