// The pacing settings: real-number defaults for Baileys, none for the simulator unless configured.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot/platform/config.js';

describe('outbound pacing settings', () => {
  it.each([
    ['the simulator', {}, { perSecond: 0, bulkPerMinute: 0 }, { readMs: 0, gapMs: 0, typingBaseMs: 0, typingPerCharMs: 0 }],
    ['a real number', { WA_TRANSPORT: 'baileys' }, { perSecond: 1, burst: 10, bulkPerMinute: 6 }, { readMs: 500, gapMs: 800, typingBaseMs: 600, typingPerCharMs: 10, typingMaxMs: 1500 }],
    ['the simulator paced like a number (the bench)', { OUTBOUND_RATE_PER_SECOND: '1', OUTBOUND_READ_MS: '500', OUTBOUND_BULK_PER_MINUTE: '6' }, { perSecond: 1, bulkPerMinute: 6 }, { readMs: 500, gapMs: 0 }],
    ['the older jitter setting as the reading pause', { WA_TRANSPORT: 'baileys', OUTBOUND_JITTER_MS: '1500' }, { perSecond: 1 }, { readMs: 1500 }],
  ])('%s', (_name, env, pace, typing) => {
    const config = loadConfig(env);
    expect(config.outboundPace).toMatchObject(pace);
    expect(config.outboundTyping).toMatchObject(typing);
  });

  it.each([
    [{}, []],
    [{ WA_NUMBER: '6281100000101' }, ['6281100000101']],
    [{ WA_NUMBERS: '6281100000101, 6281100000102' }, ['6281100000101', '6281100000102']],
  ])('service numbers from %o', (env, numbers) => {
    expect(loadConfig(env).waNumbers).toEqual(numbers);
  });

  it('refuses a numbers list that is not digits', () => {
    expect(() => loadConfig({ WA_NUMBERS: '62811-0001,abc' })).toThrow(/WA_NUMBERS/);
  });
});
