// Conversation timers against real Redis and BullMQ: each turn sets the chat's timers again, and a
// chat keeps one pending job per timer name (the newest), not one per message; a fired timer
// leaves no job behind, and the next one is scheduled as usual.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Worker } from 'bullmq';
import { TimerScheduler, createTimerWorker } from '../../../workers/timers/timers.js';
import { Inbox } from '../../../workers/inbox/inbox.js';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { cleanupAfterEach } from '../../support/cleanup.js';
import { redisPool, uniquePrefix } from '../../support/redis.js';
import { waitUntil } from '../../support/wait.js';

const cleanup = cleanupAfterEach();
const protector = createDataProtector(randomBytes(32));
const HOUR = 3600_000;

function scheduler(prefix: string): { timers: TimerScheduler; pool: ReturnType<typeof redisPool> } {
  const pool = redisPool();
  const timers = new TimerScheduler({ connection: pool.connect(), prefix, protector, clock: Date.now });
  cleanup(async () => {
    await timers.close();
    await pool.closeAll();
  });
  return { timers, pool };
}

async function pendingTokens(timers: TimerScheduler): Promise<{ chat: string; name: string; token: string }[]> {
  const jobs = await timers.queue.getJobs(['delayed', 'waiting'], 0, -1);
  return jobs.map((job) => protector.openJson(job.data.sealed, job.id ?? '') as { chat: string; name: string; token: string })
    .sort((a, b) => `${a.chat}${a.name}`.localeCompare(`${b.chat}${b.name}`));
}

describe('conversation timers', () => {
  it.each([
    { label: 'one chat, one timer set each turn', turns: [['62811', 'idle'], ['62811', 'idle'], ['62811', 'idle'], ['62811', 'idle'], ['62811', 'idle']] },
    { label: 'two names in one chat', turns: [['62811', 'idle'], ['62811', 'expire'], ['62811', 'idle'], ['62811', 'expire']] },
    { label: 'two chats interleaved', turns: [['62811', 'idle'], ['62822', 'idle'], ['62811', 'idle'], ['62822', 'idle'], ['62811', 'idle']] },
  ])('keeps the newest pending timer per chat and name: $label', async ({ turns }) => {
    const { timers } = scheduler(uniquePrefix('timers'));
    const newest = new Map<string, { chat: string; name: string; token: string }>();
    for (const [n, [chat, name]] of turns.entries()) {
      const token = `tok-${n}`;
      await timers.schedule(chat ?? '', name ?? '', token, Date.now() + HOUR + n);
      newest.set(`${chat}${name}`, { chat: chat ?? '', name: name ?? '', token });
    }
    expect(await pendingTokens(timers)).toEqual([...newest.values()].sort((a, b) => `${a.chat}${a.name}`.localeCompare(`${b.chat}${b.name}`)));
  });

  it('fires a due timer into the chat\'s inbox, keeps no done job, and schedules the next one afterwards', async () => {
    const prefix = uniquePrefix('timers-fire');
    const { timers, pool } = scheduler(prefix);
    const inbox = new Inbox(pool.connect(), protector, { prefix, seenTtlSeconds: 60, leaseMs: 5000, maxFailures: 3 });
    const worker: Worker = createTimerWorker({ connection: pool.connect(), prefix, protector, clock: Date.now, inbox, notify: () => undefined });
    cleanup(() => worker.close());
    await timers.schedule('62833', 'idle', 'tok-1', Date.now());
    await waitUntil(async () => (await inbox.depth()).readyChats === 1, 10_000, 'the timer to reach the inbox');
    await waitUntil(async () => (await timers.queue.getJobCounts('completed', 'active', 'delayed', 'waiting')).active === 0, 10_000, 'the timer job to finish');
    expect(await timers.queue.getJobCounts('completed', 'delayed', 'waiting')).toEqual({ completed: 0, delayed: 0, waiting: 0 });
    const claim = await inbox.claim('tok');
    expect(claim).toMatchObject({ kind: 'chat', entry: { type: 'trigger', trigger: { type: 'timer', name: 'idle', token: 'tok-1' } } });
    await timers.schedule('62833', 'idle', 'tok-2', Date.now() + HOUR);
    expect(await pendingTokens(timers)).toEqual([{ chat: '62833', name: 'idle', token: 'tok-2' }]);
  });

  it('caps the queue\'s event stream', async () => {
    const { timers, pool } = scheduler(uniquePrefix('timers-events'));
    for (let n = 0; n < 400; n++) await timers.schedule(`6284${n}`, 'idle', 'tok', Date.now() + HOUR);
    const length = await pool.connect().xlen(`${timers.queue.opts.prefix}:${timers.queue.name}:events`);
    // MAXLEN ~ trims whole stream nodes, so a little over the cap may stay.
    expect(length).toBeLessThan(250);
    expect(await timers.queue.getJobCounts('delayed')).toEqual({ delayed: 400 });
  });
});
