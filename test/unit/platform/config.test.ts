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

const KEY = '5f0c2a9e7b41d36c88e2f4a10b9d7e63c4a5b6f7081929a3b4c5d6e7f8091a2b';
const PRODUCTION = { NODE_ENV: 'production', DATA_KEY: KEY };

describe('production safety', () => {
  it.each([
    ['no DATA_KEY', { NODE_ENV: 'production' }, /DATA_KEY: required in production/],
    ['a 43-character passphrase', { ...PRODUCTION, DATA_KEY: 'correct horse battery staple and then some!' }, /DATA_KEY: .*a passphrase is not accepted/],
    ['64 hex characters that are not random', { ...PRODUCTION, DATA_KEY: '00'.repeat(32) }, /DATA_KEY: does not look random/],
    ['an older key that is a passphrase', { ...PRODUCTION, DATA_KEYS: 'my old secret' }, /DATA_KEYS \(key 1\): /],
    ['the simulator enabled without a token', { ...PRODUCTION, SIM_ENABLED: 'true' }, /SIM_TOKEN: required when SIM_ENABLED=true/],
    ['a simulator token that is too short', { ...PRODUCTION, SIM_ENABLED: 'true', SIM_TOKEN: 'short' }, /SIM_TOKEN: /],
  ])('refuses to start with %s, and says what to do', (_what, env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    ['hex', KEY],
    ['base64', Buffer.from(KEY, 'hex').toString('base64')],
  ])('takes a random 32-byte key in %s', (_how, key) => {
    expect(loadConfig({ ...PRODUCTION, DATA_KEY: key }).DATA_KEY).toBe(key);
  });

  it('turns the simulator off in production unless asked for, and keeps it open in development', () => {
    expect(loadConfig(PRODUCTION).simEnabled).toBe(false);
    expect(loadConfig({ ...PRODUCTION, SIM_ENABLED: 'true', SIM_TOKEN: 'a-simulator-token-0001' }).simEnabled).toBe(true);
    expect(loadConfig({}).simEnabled).toBe(true);
    expect(loadConfig({ SIM_ENABLED: 'false' }).simEnabled).toBe(false);
  });

  it('keeps rejected and cancelled cases as long as issued ones unless told otherwise', () => {
    expect(loadConfig({ RETENTION_DAYS: '365' }).retentionRejectedDays).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '365', RETENTION_REJECTED_DAYS: '90' }).retentionRejectedDays).toBe(90);
  });
});
