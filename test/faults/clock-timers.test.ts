// Clock trouble: the machine clock jumping forward or back an hour, and the holiday list changed
// while cases wait. No timer fires twice, none never, none early: case timers (scored by their due
// time, removed once fired), the daily digest (once per office date) and a case's SLA escalation
// through the real service restarted with a new holiday list.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { digestTiming } from '../../flows/reports/digest-time.js';
import { parseHolidays, parseWeeklyHours, type OfficeHours } from '../../flows/worktime/index.js';
import { CaseTimerRunner, type DueTimer } from '../../workers/cases/case-timers.js';
import type { Notice } from '../../workers/casework/notice.js';
import { createLogger } from '../../workers/platform/logger.js';
import { DigestPoster } from '../../workers/reports/digest.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { submitCase } from '../support/casework.js';
import { cleanupAfterEach } from '../support/cleanup.js';
import { redisPool, uniquePrefix } from '../support/redis.js';

const cleanup = cleanupAfterEach();
const pool = redisPool();
afterEach(() => pool.closeAll());

const logger = createLogger({ level: 'silent', pretty: false });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const wib = (local: string): number => Date.parse(`${local}+07:00`);

/** A clock step: the machine clock jumps an hour either way, or time simply passes. */
const step = fc.oneof(fc.constant(HOUR), fc.constant(-HOUR), fc.integer({ min: 1, max: 120 }).map((m) => m * MINUTE));

function officeHours(holidays: string): OfficeHours {
  const weekly = parseWeeklyHours('mon-thu 08:00-15:00; fri 08:00-14:30');
  const closed = parseHolidays(holidays);
  if (!weekly.ok || !closed.ok) throw new Error('bad office hours in the test');
  return { timeZone: 'Asia/Jakarta', weekly: weekly.value, holidays: closed.value };
}

describe('case timers under clock jumps', () => {
  it('fire each exactly once, never before due, whichever way the clock jumps (two processes ticking at once)', async () => {
    const T0 = wib('2026-11-25T09:00');
    await fc.assert(fc.asyncProperty(
      fc.uniqueArray(fc.integer({ min: 0, max: 6 * 60 }), { minLength: 1, maxLength: 6 }),
      fc.array(step, { minLength: 1, maxLength: 25 }),
      async (dueMinutes, steps) => {
        const redis = pool.connect();
        const key = `${uniquePrefix('clock')}:case-timers`;
        let now = T0;
        const fired: { timer: DueTimer; now: number }[] = [];
        const fire = (timer: DueTimer): Promise<void> => { fired.push({ timer, now }); return Promise.resolve(); };
        // Two processes' runners over the same timers, ticking at the same moment.
        const runners = [0, 1].map(() => new CaseTimerRunner(redis, key, () => now, fire, logger));
        const tickBoth = async (): Promise<void> => { await Promise.all(runners.map((r) => r.tick())); };
        const due = new Map(dueMinutes.map((m, i) => [`CASE${i}|queue_sla|1`, T0 + m * MINUTE]));
        for (const [member, at] of due) await redis.zadd(key, at, member);
        for (const jump of steps) {
          now += jump;
          await tickBoth();
        }
        // Whatever happened, the clock eventually passes every due time.
        now = Math.max(now, T0 + 7 * HOUR);
        await tickBoth();
        const counts = new Map<string, number>();
        for (const { timer, now: firedAt } of fired) {
          const member = `${timer.caseId}|${timer.name}|${timer.version}`;
          counts.set(member, (counts.get(member) ?? 0) + 1);
          expect(firedAt, `${member} fired early`).toBeGreaterThanOrEqual(due.get(member) ?? Infinity);
        }
        expect(Object.fromEntries(counts)).toEqual(Object.fromEntries([...due.keys()].map((m) => [m, 1])));
      },
    ), { numRuns: 40 });
  });
});

describe('the daily digest under clock jumps and a holiday list change', () => {
  it('is posted at most once per office date, and on every working day a run found it due', async () => {
    const start = wib('2026-11-23T13:00'); // a Monday, before DIGEST_AT
    await fc.assert(fc.asyncProperty(
      fc.array(step, { minLength: 1, maxLength: 40 }),
      fc.nat({ max: 40 }),
      fc.constantFrom('2026-11-24', '2026-11-25', '2026-11-26'),
      async (steps, changeAt, newHoliday) => {
        const redis = pool.connect();
        const prefix = uniquePrefix('clock-digest');
        const posted: string[] = [];
        const send = (_notices: Notice[], cause: string): Promise<void> => { posted.push(cause); return Promise.resolve(); };
        const reports = { digestNotices: (to: string): Promise<Notice[]> => Promise.resolve([{ to, text: 'ringkasan' }]) };
        const make = (hours: OfficeHours): DigestPoster =>
          new DigestPoster({ reports, redis, prefix, officeHours: hours, at: '15:30', group: 'koordinator@g.us', send });
        let hours = officeHours('');
        let poster = make(hours);
        let now = start;
        const dueDates = new Set<string>();
        for (const [i, jump] of steps.entries()) {
          // The holiday list changes (a restart with new HOLIDAYS) while the days go by.
          if (i === changeAt) { hours = officeHours(newHoliday); poster = make(hours); }
          now += jump;
          const timing = digestTiming(hours, '15:30', now);
          if (timing.due) dueDates.add(timing.date);
          await poster.run(now);
        }
        const perDate = new Map<string, number>();
        for (const cause of posted) perDate.set(cause, (perDate.get(cause) ?? 0) + 1);
        expect([...perDate.values()].every((n) => n === 1), `posted twice: ${JSON.stringify([...perDate])}`).toBe(true);
        expect([...perDate.keys()].sort()).toEqual([...dueDates].map((d) => `digest:${d}`).sort());
      },
    ), { numRuns: 60 });
  });
});

describe('a waiting case, the holiday list changed and the clock jumping', () => {
  it('is escalated once when its queue SLA falls due, not again when the clock goes back', async () => {
    const prefix = uniquePrefix('clock-app');
    const key = randomBytes(32);
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-clock-'));
    let now = wib('2026-11-25T13:00'); // Wednesday: 8 working hours end Thursday 14:00
    const start = async (holidays: string): Promise<TestApp> => {
      const t = await startTestApp({ prefix, key, dataDir, clock: () => now, env: { CASE_TIMER_POLL_MS: '3600000', HOLIDAYS: holidays } });
      let stopped: Promise<void> | undefined;
      const stop = (): Promise<void> => (stopped ??= t.stop());
      cleanup(stop);
      return { ...t, stop };
    };
    const first = await start('');
    const id = await submitCase(first.app, '6285712009001', {}, now);
    await first.settle();
    const [armed] = await first.app.caseTimers.pending(id);
    expect(armed?.at).toBe(wib('2026-11-26T14:00'));
    await first.stop();

    // Thursday is declared a holiday while the case waits: the service restarts with the new list.
    const second = await start('2026-11-26');
    const group = second.phone('000', second.config.COORDINATOR_GROUP);
    const escalations = async (): Promise<number> => (await group.drain()).filter((m) => m.text?.startsWith(`⚠️ Kasus ${id} `)).length;
    const moves: [string, number, number][] = [
      ['an hour before due', wib('2026-11-26T13:00'), 0],
      ['the clock jumps forward an hour: due', wib('2026-11-26T14:00'), 1],
      ['the clock jumps back an hour', wib('2026-11-26T13:00'), 0],
      ['and forward again', wib('2026-11-26T14:30'), 0],
      ['a day later', wib('2026-11-27T14:30'), 0],
    ];
    const seen: [string, number][] = [];
    for (const [what, at, _expected] of moves) {
      now = at;
      await second.app.caseTimers.tick();
      await second.settle();
      seen.push([what, await escalations()]);
    }
    expect(seen).toEqual(moves.map(([what, , expected]) => [what, expected]));
    expect((await second.app.cases.events(id)).filter((e) => e.type === 'queue_escalated')).toHaveLength(1);
    expect(await second.app.caseTimers.pending(id)).toEqual([]);
  }, 60_000);
});
