// Clock trouble for the conversation's timers (the intake reminder, a BullMQ delayed job): the
// machine clock jumping forward makes it due and it fires once; jumping back does not fire it again.
// A file of its own: the service's conversation settings are built once per test process.
import { describe, expect, it, vi } from 'vitest';
import { startTestApp } from '../support/app.js';
import { cleanupAfterEach } from '../support/cleanup.js';
import { waitUntil } from '../support/wait.js';

const cleanup = cleanupAfterEach();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('an intake reminder (a BullMQ delayed job) under machine clock jumps', () => {
  it('fires once when a jump forward makes it due, and not again after a jump back', async () => {
    // The process's clock (Date) is the machine clock here: the service and BullMQ's delays both read it.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    cleanup(() => Promise.resolve(vi.useRealTimers()));
    const t = await startTestApp({ env: { SESSION_REMINDER_AFTER_MS: String(90 * MINUTE) } });
    cleanup(() => t.stop());
    const phone = t.phone('6285712009101');
    expect(await phone.ask('halo')).not.toBe('');
    const reminder = (text: string | undefined): boolean => text?.startsWith('Halo, pendaftaran NIB Bapak/Ibu belum selesai.') === true;

    vi.setSystemTime(Date.now() + 2 * HOUR); // the reminder (90 minutes) is now due
    const [first] = await phone.receive(1, 30_000);
    expect(reminder(first?.text)).toBe(true);
    await t.settle();

    vi.setSystemTime(Date.now() - HOUR);
    vi.setSystemTime(Date.now() + 2 * HOUR);
    // The only timer left is the expiry, 7 days out; then a short fixed wait: no second reminder must come.
    await waitUntil(async () => {
      const counts = await t.app.timers.queue.getJobCounts('delayed', 'waiting', 'active');
      return counts.delayed === 1 && counts.waiting === 0 && counts.active === 0;
    }, 15_000, 'only the expiry timer pending');
    await new Promise((r) => setTimeout(r, 1500));
    await t.settle();
    expect((await phone.drain()).filter((m) => reminder(m.text))).toEqual([]);
  }, 60_000);
});
