// While Redis is full, every refused message asks for a busy notice: whatever the flood, each chat
// gets at most one a minute, the coordinators at most one alert in ten minutes, a failing network
// never throws into the accept path, and no phone number reaches the log in clear.
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusyNotices } from '../../bot/faults/busy-notice.js';
import { render } from '../../flows/i18n/index.js';
import { createLogger } from '../../workers/platform/logger.js';
import type { ResolvedOutbound } from '../../bot/transport/types.js';

const GROUP = '120363000000000009@g.us';
const MINUTE = 60_000;

function harness(failing: boolean) {
  const sent: ResolvedOutbound[] = [];
  const lines: string[] = [];
  let now = 0;
  const logger = createLogger({ level: 'info', pretty: false, destination: new Writable({ write(c: Buffer, _e, done) { lines.push(c.toString()); done(); } }) });
  const transport = {
    send: (message: ResolvedOutbound): Promise<void> => {
      if (failing) return Promise.reject(new Error('not connected'));
      sent.push(message);
      return Promise.resolve();
    },
  };
  const notices = new BusyNotices({ transport, coordinatorGroup: GROUP, logger, clock: () => now });
  return { notices, sent, lines, at: (t: number) => { now = t; } };
}

/** A flood of refused messages: which synthetic chat, and how long after the previous one. */
const flood = fc.array(fc.record({ chat: fc.constantFrom('6281500000001', '6281500000002', '6281500000003'), gapMs: fc.nat({ max: 3 * MINUTE }) }), { minLength: 1, maxLength: 60 });

describe('busy notices while Redis is full', () => {
  it('one notice per chat per minute and one alert per ten minutes, whatever the flood', async () => {
    await fc.assert(fc.asyncProperty(flood, async (events) => {
      const h = harness(false);
      let t = 0;
      const times: { chat: string; t: number }[] = [];
      for (const { chat, gapMs } of events) {
        t += gapMs;
        h.at(t);
        times.push({ chat, t });
        await h.notices.storeFull(chat);
      }
      const notices = h.sent.filter((m) => m.chat !== GROUP);
      const alerts = h.sent.filter((m) => m.chat === GROUP);
      expect(notices.every((m) => m.text === render('id', 'storeBusy'))).toBe(true);
      expect(alerts.every((m) => m.text === render('id', 'coStoreFull'))).toBe(true);
      // Each chat's first refusal is always answered, and then once per minute at most.
      for (const chat of new Set(times.map((x) => x.chat))) {
        const own = notices.filter((m) => m.chat === chat).map((m) => Number(m.id.split(':').at(-1)));
        expect(own[0]).toBe(times.find((x) => x.chat === chat)?.t);
        own.slice(1).forEach((at, i) => expect(at - (own[i] ?? 0)).toBeGreaterThanOrEqual(MINUTE));
      }
      expect(alerts.length).toBeGreaterThanOrEqual(1);
      const alertTimes = alerts.map((m) => Number(m.id.split(':').at(-1)));
      alertTimes.slice(1).forEach((at, i) => expect(at - (alertTimes[i] ?? 0)).toBeGreaterThanOrEqual(10 * MINUTE));
    }), { numRuns: 100 });
  });

  it('a network that fails is logged, never thrown, and the log has no phone number in clear', async () => {
    const h = harness(true);
    await expect(h.notices.storeFull('6281500000001')).resolves.toBeUndefined();
    const log = h.lines.join('');
    expect(log).toContain('store_full');
    expect(log).toContain('busy_notice_failed');
    expect(log).not.toContain('6281500000001');
    expect(log).not.toContain('81500000001');
  });
});
