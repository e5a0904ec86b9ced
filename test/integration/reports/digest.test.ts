// The daily digest's once-per-day guarantee against real Redis and BullMQ: a second run the same day
// posts nothing, and even a run that lost its mark (a crash between enqueueing and marking) enqueues
// the same message ids, which the outbound queue keeps once.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHolidays, parseWeeklyHours, type OfficeHours } from '../../../flows/worktime/index.js';
import { toOutbound, type Notice } from '../../../workers/casework/notice.js';
import { OutboundQueue } from '../../../workers/outbound/queue.js';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { DigestPoster } from '../../../workers/reports/digest.js';
import { redisPool, uniquePrefix } from '../../support/redis.js';

const pool = redisPool();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await pool.closeAll();
});

const wib = (local: string): number => Date.parse(`${local}+07:00`);
const weekly = parseWeeklyHours('mon-thu 08:00-15:00; fri 08:00-14:30');
const holidays = parseHolidays('');
if (!weekly.ok || !holidays.ok) throw new Error('bad office hours');
const OFFICE: OfficeHours = { timeZone: 'Asia/Jakarta', weekly: weekly.value, holidays: holidays.value };

function poster(): { poster: DigestPoster; outbound: OutboundQueue; redis: ReturnType<typeof pool.connect>; prefix: string; built: { count: number } } {
  const prefix = uniquePrefix('digest');
  const redis = pool.connect();
  const outbound = new OutboundQueue(pool.connect(), prefix, createDataProtector(randomBytes(32)));
  closers.push(() => outbound.close());
  const built = { count: 0 };
  const reports = {
    digestNotices: (to: string): Promise<Notice[]> => {
      built.count += 1;
      return Promise.resolve([{ to, text: `ringkasan ${built.count}` }]);
    },
  };
  const send = (notices: Notice[], cause: string): Promise<void> => outbound.enqueue(toOutbound(notices, cause), 3);
  return { poster: new DigestPoster({ reports, redis, prefix, officeHours: OFFICE, at: '15:30', group: 'koordinator@g.us', send }), outbound, redis, prefix, built };
}

describe('DigestPoster', () => {
  it('posts once per office day, and only from DIGEST_AT on a working day', async () => {
    const { poster: p, outbound, built } = poster();
    expect(await p.run(wib('2026-11-19T15:00'))).toBe('too_early');
    expect(await p.run(wib('2026-11-19T15:30'))).toBe('posted');
    expect(await p.run(wib('2026-11-19T17:00'))).toBe('already_posted');
    expect(await p.run(wib('2026-11-21T15:30'))).toBe('not_a_working_day');
    expect(await p.run(wib('2026-11-20T15:30'))).toBe('posted');
    expect(built.count).toBe(2);
    expect(await outbound.queue.getJobCountByTypes('waiting')).toBe(2);
  });

  it('a run that lost its mark enqueues the same message ids: the digest still goes out once', async () => {
    const { poster: p, outbound, redis, prefix } = poster();
    expect(await p.run(wib('2026-11-19T15:30'))).toBe('posted');
    await redis.del(`${prefix}:digest-posted:2026-11-19`);
    expect(await p.run(wib('2026-11-19T15:31'))).toBe('posted');
    const jobs = await outbound.queue.getJobs(['waiting']);
    expect(jobs).toHaveLength(1);
    expect(outbound.open(jobs[0]?.id ?? '', jobs[0]!.data)).toMatchObject({ id: 'digest:2026-11-19#0', text: 'ringkasan 1' });
  });
});
