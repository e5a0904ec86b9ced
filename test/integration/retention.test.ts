// The daily retention purge against real Redis and BullMQ, with a controllable clock: issued and
// refused cases lose their personal data after their retention period (and their media files),
// while they stay counted; unfinished intakes go after ABANDONED_DAYS; nothing younger is touched.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { submitCase } from '../support/casework.js';

const DAY = 24 * 3600_000;
const START = Date.UTC(2026, 0, 5, 3, 0);

class Clock {
  at = START;
  readonly now = (): number => this.at;
}

let t: TestApp | undefined;

afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function start(clock: Clock): Promise<TestApp> {
  t = await startTestApp({ clock: clock.now, env: { RETENTION_DAYS: '90', RETENTION_REJECTED_DAYS: '30', ABANDONED_DAYS: '14' } });
  return t;
}

/** A case with a stored KTP photo; returns its id and the photo's ref. */
async function caseWithPhoto(app: TestApp, phone: string, now: number): Promise<{ id: string; ref: string }> {
  const ref = await app.app.media.put(Buffer.from(`KTP photo of ${phone}`));
  const id = await submitCase(app.app, phone, { ktpPhoto: { ref, mimetype: 'image/jpeg', size: 20 } }, now);
  return { id, ref };
}

async function closeAs(app: TestApp, id: string, to: 'nib_issued' | 'rejected', at: number): Promise<void> {
  const event = to === 'rejected' ? { at, actor: 'staff:op', type: to, detail: { reason: 'data KTP tidak sesuai' } } : { at, actor: 'staff:op', type: 'nib_recorded' };
  const result = await app.app.cases.transition(id, { from: ['queued'], to, event, fields: to === 'nib_issued' ? { nib: '9120001234567' } : {} });
  expect(result).toMatchObject({ ok: true });
}

function mediaFile(app: TestApp, ref: string): string {
  return join(app.config.DATA_DIR, 'media', `${ref}.sealed`);
}

describe('retention', () => {
  it('anonymises issued cases after RETENTION_DAYS and refused ones after RETENTION_REJECTED_DAYS, keeping the counts', async () => {
    const clock = new Clock();
    const app = await start(clock);
    const issued = await caseWithPhoto(app, '6281200000101', START);
    const rejected = await caseWithPhoto(app, '6281200000102', START);
    const fresh = await caseWithPhoto(app, '6281200000103', START);
    await closeAs(app, issued.id, 'nib_issued', START);
    await closeAs(app, rejected.id, 'rejected', START);
    await closeAs(app, fresh.id, 'nib_issued', START + 80 * DAY);
    await app.app.cases.setFields(issued.id, { rating: '5' });
    const reportBefore = await app.app.reports.monthly('2026-01');

    expect(await app.app.retention.run(START + 29 * DAY)).toEqual({ cases: 0, mediaFiles: 0, sessions: 0 });
    expect((await app.app.retention.run(START + 31 * DAY)).cases).toBe(1);
    expect(await app.app.cases.get(rejected.id)).toBeUndefined();
    expect(await app.app.cases.get(issued.id)).toBeDefined();

    const report = await app.app.retention.run(START + 91 * DAY);
    expect(report).toMatchObject({ cases: 1, mediaFiles: 1 });
    expect(await app.app.cases.get(issued.id)).toBeUndefined();
    expect(await app.app.cases.get(fresh.id)).toBeDefined();
    expect(existsSync(mediaFile(app, issued.ref))).toBe(false);
    expect(existsSync(mediaFile(app, fresh.ref))).toBe(true);
    expect(await app.app.cases.countInStatus('nib_issued')).toBe(2);
    expect(await app.app.cases.countInStatus('rejected')).toBe(1);
    expect(await app.app.cases.facts(issued.id)).toMatchObject({ status: 'nib_issued', facts: { kbli: ['56102'], desk: 'regency', rating: 5 } });
    expect(await app.app.cases.facts(rejected.id)).toMatchObject({ status: 'rejected', facts: { rejection: 'documents' } });
    expect((await app.app.redis.hgetall(app.app.cases.keys.case(issued.id))).nib).toBeUndefined();
    // The month's report is the same after the purge as before it.
    expect(reportBefore.totals).toMatchObject({ submitted: 3, issued: 1, rejected: 1, rated: 0 });
    expect(await app.app.reports.monthly('2026-01')).toEqual(reportBefore);
  });

  it('deletes intakes left unfinished for ABANDONED_DAYS, keeps recent ones and idle sessions of live cases', async () => {
    const clock = new Clock();
    const app = await start(clock);
    const quiet = app.phone('6281200000201');
    const busy = app.phone('6281200000202');
    for (const text of ['halo', 'ya', 'belum']) await quiet.ask(text);
    clock.at += 10 * DAY;
    for (const text of ['halo', 'ya']) await busy.ask(text);
    const chatKey = (phone: string): string => app.app.inbox.chatKeyOf(phone);

    clock.at = START + 20 * DAY;
    expect((await app.app.retention.run(clock.at)).sessions).toBe(1);
    expect(await app.app.inbox.loadSession(chatKey(quiet.from))).toBeUndefined();
    expect(await app.app.inbox.loadSession(chatKey(busy.from))).toBeDefined();
  });

  it('runs every day at RETENTION_AT office time, as one BullMQ job scheduler', async () => {
    const app = await start(new Clock());
    const schedulers = await app.app.retentionJobs.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ pattern: '30 2 * * *', tz: 'Asia/Jakarta' });
  });
});
