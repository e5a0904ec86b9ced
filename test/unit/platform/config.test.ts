import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../bot/platform/config.js';

describe('configuration', () => {
  it('has working defaults for an empty environment: simulator, embedded Redis, Blitar', () => {
    const config = loadConfig({});
    expect(config.WA_TRANSPORT).toBe('sim');
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./data');
    expect(config.REDIS_APPENDFSYNC).toBe('everysec');
    expect(config.SERVICE_AREA).toBe('35.05');
    expect(config.outboundRatePerSecond).toBe(0);
    expect(config.officeHours.timeZone).toBe('Asia/Jakarta');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('limits a real WhatsApp number to about one message a second by default', () => {
    expect(loadConfig({ WA_TRANSPORT: 'baileys' }).outboundRatePerSecond).toBe(1);
    expect(loadConfig({ WA_TRANSPORT: 'baileys', OUTBOUND_RATE_PER_SECOND: '0.5' }).outboundRatePerSecond).toBe(0.5);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ WA_TRANSPORT: 'telegram' }, 'WA_TRANSPORT'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ SERVICE_AREA: 'Blitar' }, 'SERVICE_AREA'],
    [{ REDIS_APPENDFSYNC: 'sometimes' }, 'REDIS_APPENDFSYNC'],
    [{ OFFICE_HOURS: 'mon-fri 8-3' }, 'OFFICE_HOURS'],
    [{ HOLIDAYS: '2026-13-45' }, 'HOLIDAYS'],
    [{ OFFICE_TIMEZONE: 'Mars/Olympus' }, 'OFFICE_TIMEZONE'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
  ])('refuses %o and names %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}: `));
  });
});
