// The case timer runner against real Redis with an office clock the test moves: nothing early, due
// timers once and in order, a failing one retried next tick without holding up the rest, and
// overlapping ticks sharing one run.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { createLogger } from '../../../workers/platform/logger.js';
import { CaseTimerRunner, type DueTimer, type FireTimer } from '../../../workers/cases/case-timers.js';
import { CaseStore } from '../../../workers/cases/store.js';
import { syntheticDossier } from '../../support/casework.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { waitUntil } from '../../support/wait.js';

const logger = createLogger({ level: 'silent', pretty: false });
const T0 = Date.UTC(2026, 2, 6, 8, 0);
const MINUTE = 60_000;
const open: Redis[] = [];
const runners: CaseTimerRunner[] = [];

afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
  await Promise.all(open.splice(0).map((r) => r.quit()));
});

interface Harness {
  redis: Redis;
  key: string;
  runner: CaseTimerRunner;
  fired: DueTimer[];
  setNow: (at: number) => void;
}

/** A runner over a fresh timers key; `fire` records each timer, then does what `behaviour` says. */
function harness(behaviour: FireTimer = () => Promise.resolve()): Harness {
  const redis = connectTestRedis();
  open.push(redis);
  const key = `${uniquePrefix('timers')}:case-timers`;
  let now = T0;
  const fired: DueTimer[] = [];
  const runner = new CaseTimerRunner(redis, key, () => now, async (timer) => {
    fired.push(timer);
    await behaviour(timer);
  }, logger);
  runners.push(runner);
  return { redis, key, runner, fired, setNow: (at) => { now = at; } };
}

async function arm(h: Harness, timers: [member: string, due: number][]): Promise<void> {
  for (const [member, due] of timers) await h.redis.zadd(h.key, due, member);
}

const label = (t: DueTimer): string => `${t.caseId}|${t.name}|${t.version}`;

describe('CaseTimerRunner', () => {
  it('fires nothing before it is due', async () => {
    const h = harness();
    await arm(h, [['AAAAA|queue_sla|2', T0 + MINUTE], ['BBBBB|claim_remind|3', T0 + 2 * MINUTE]]);

    expect(await h.runner.tick()).toBe(0);
    h.setNow(T0 + MINUTE - 1);
    expect(await h.runner.tick()).toBe(0);

    expect(h.fired).toEqual([]);
    expect((await h.runner.pending()).map(label)).toEqual(['AAAAA|queue_sla|2', 'BBBBB|claim_remind|3']);
  });

  it('fires what is due, soonest first, exactly once, and removes it', async () => {
    const h = harness();
    await arm(h, [
      ['CCCCC|oss_retry|4', T0 + 3 * MINUTE],
      ['AAAAA|queue_sla|2', T0 + MINUTE],
      ['BBBBB|claim_remind|3', T0 + 2 * MINUTE],
      ['DDDDD|claim_release|5', T0 + 60 * MINUTE],
    ]);

    h.setNow(T0 + MINUTE);
    expect(await h.runner.tick()).toBe(1);
    expect(h.fired).toEqual([{ caseId: 'AAAAA', name: 'queue_sla', version: 2, at: T0 + MINUTE }]);

    h.setNow(T0 + 10 * MINUTE);
    expect(await h.runner.tick()).toBe(2);
    expect(await h.runner.tick()).toBe(0);
    expect(h.fired.map(label)).toEqual(['AAAAA|queue_sla|2', 'BBBBB|claim_remind|3', 'CCCCC|oss_retry|4']);
    expect((await h.runner.pending()).map(label)).toEqual(['DDDDD|claim_release|5']);
  });

  it('keeps a failing timer for the next tick without holding up the others', async () => {
    let failures = 1;
    const h = harness((timer) => {
      if (timer.caseId === 'AAAAA' && failures-- > 0) return Promise.reject(new Error('enqueue failed'));
      return Promise.resolve();
    });
    await arm(h, [['AAAAA|queue_sla|2', T0 - 3], ['BBBBB|queue_sla|2', T0 - 2], ['CCCCC|queue_sla|2', T0 - 1]]);

    expect(await h.runner.tick()).toBe(2);
    expect(h.fired.map((t) => t.caseId)).toEqual(['AAAAA', 'BBBBB', 'CCCCC']);
    expect((await h.runner.pending()).map(label)).toEqual(['AAAAA|queue_sla|2']);

    expect(await h.runner.tick()).toBe(1);
    expect(h.fired.map((t) => t.caseId)).toEqual(['AAAAA', 'BBBBB', 'CCCCC', 'AAAAA']);
    expect(await h.runner.pending()).toEqual([]);
  });

  it('shares one run between overlapping ticks: each due timer fires once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const h = harness(() => gate);
    await arm(h, [['AAAAA|queue_sla|2', T0 - 2], ['BBBBB|claim_remind|3', T0 - 1]]);

    const first = h.runner.tick();
    await waitUntil(() => h.fired.length === 1, 5000, 'the first timer to start firing');
    const second = h.runner.tick();
    const third = h.runner.tick();
    expect(second).toBe(first);
    expect(third).toBe(first);
    release();

    expect(await Promise.all([first, second, third])).toEqual([2, 2, 2]);
    expect(h.fired.map(label)).toEqual(['AAAAA|queue_sla|2', 'BBBBB|claim_remind|3']);
    expect(await h.runner.pending()).toEqual([]);

    // Once the run is over, the next tick is a new run.
    await arm(h, [['CCCCC|oss_retry|4', T0]]);
    expect(await h.runner.tick()).toBe(1);
    expect(h.fired).toHaveLength(3);
  });

  it('fires at most a batch per tick and the rest on the next', async () => {
    const h = harness();
    await arm(h, Array.from({ length: 130 }, (_, i): [string, number] => [`C${String(i).padStart(4, '0')}|queue_sla|2`, T0 - 1000 + i]));

    expect(await h.runner.tick()).toBe(100);
    expect(await h.runner.tick()).toBe(30);
    expect(h.fired.map((t) => t.caseId)).toEqual(Array.from({ length: 130 }, (_, i) => `C${String(i).padStart(4, '0')}`));
  });

  it('drops a malformed member without firing it', async () => {
    const h = harness();
    await arm(h, [['garbage', T0 - 2], ['AAAAA|queue_sla|2', T0 - 1]]);

    await h.runner.tick();

    expect(h.fired.map(label)).toEqual(['AAAAA|queue_sla|2']);
    expect(await h.redis.zcard(h.key)).toBe(0);
  });

  it('lists pending timers of one case, soonest first', async () => {
    const h = harness();
    await arm(h, [['AAAAA|claim_release|3', T0 + 2], ['BBBBB|queue_sla|2', T0], ['AAAAA|claim_remind|3', T0 + 1]]);
    expect(await h.runner.pending('AAAAA')).toEqual([
      { caseId: 'AAAAA', name: 'claim_remind', version: 3, at: T0 + 1 },
      { caseId: 'AAAAA', name: 'claim_release', version: 3, at: T0 + 2 },
    ]);
  });

  it('fires the timers a case transition armed, with the version they were armed at, when started on an interval', async () => {
    const prefix = uniquePrefix('armed');
    const redis = connectTestRedis();
    open.push(redis);
    const cases = new CaseStore(redis, createDataProtector(randomBytes(32)), prefix);
    const { id } = await cases.create({ sourceId: 'src-1', applicantChat: '6281234599001', dossier: syntheticDossier('6281234599001'), now: T0 });
    await cases.transition(id, {
      from: ['queued'], to: 'claimed', claim: { action: 'take', staffKey: 'vina', cap: 5 },
      event: { at: T0, actor: 'staff:vina', type: 'claimed' },
      timers: { claim_remind: T0 + 2 * 3_600_000, claim_release: T0 + 4 * 3_600_000 },
    });
    let now = T0;
    const fired: DueTimer[] = [];
    const runner = new CaseTimerRunner(redis, cases.keys.timers, () => now, (t) => { fired.push(t); return Promise.resolve(); }, logger);
    runners.push(runner);
    runner.start(10);

    now = T0 + 3 * 3_600_000;
    await waitUntil(() => fired.length === 1, 5000, 'the claim reminder');
    expect(fired).toEqual([{ caseId: id, name: 'claim_remind', version: 2, at: T0 + 2 * 3_600_000 }]);
    expect((await runner.pending(id)).map((t) => t.name)).toEqual(['claim_release']);

    now = T0 + 5 * 3_600_000;
    await waitUntil(() => fired.length === 2, 5000, 'the claim release');
    expect(fired[1]).toEqual({ caseId: id, name: 'claim_release', version: 2, at: T0 + 4 * 3_600_000 });
    await runner.stop();
    expect(await runner.pending()).toEqual([]);
  });
});
