import { afterAll, describe, expect, it } from 'vitest';
import { initAuthCreds, proto } from '@whiskeysockets/baileys';
import type { SignalDataSet } from '@whiskeysockets/baileys';
import { randomBytes } from 'node:crypto';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { loadRedisAuthState } from '../../../bot/transport/baileys/auth-store.js';
import { dumpPrefix, testProtector } from './fake-socket.js';

const redis = connectTestRedis();
afterAll(() => redis.quit());

const PN = '628110000001';
const LID = '190000000000001';
const sessionBytes = randomBytes(48);
const identityKey = randomBytes(33);
const tokenBytes = randomBytes(20);

/** One entry of every key type Baileys 7 stores, including lid-mapping, device-list and tctoken. */
function everyKeyType(): SignalDataSet {
  return {
    'pre-key': { '1': { public: randomBytes(32), private: randomBytes(32) } },
    session: { [`${LID}_1.0`]: sessionBytes },
    'sender-key': { [`120363000000000001@g.us::${LID}::0`]: randomBytes(40) },
    'sender-key-memory': { '120363000000000001@g.us': { [`${PN}@s.whatsapp.net`]: true } },
    'app-state-sync-key': { AAAAAQ: { keyData: randomBytes(32), timestamp: 1_700_000_000 } },
    'app-state-sync-version': { regular_high: { version: 3, hash: randomBytes(128), indexValueMap: {} } },
    'lid-mapping': { [PN]: LID, [`${LID}_reverse`]: PN },
    'device-list': { [PN]: ['0', '12'] },
    tctoken: { [`${PN}@s.whatsapp.net`]: { token: tokenBytes, timestamp: '1700000000' } },
    'identity-key': { [`${LID}.0`]: identityKey },
  };
}

describe('Redis auth state', () => {
  it('round-trips creds and every key type through a new store instance (a restart)', async () => {
    const base = uniquePrefix('auth');
    const first = await loadRedisAuthState({ redis, protector: testProtector(), base });
    first.state.creds.me = { id: `${PN}:3@s.whatsapp.net`, lid: `${LID}:3@lid`, name: 'Loket Desa' };
    first.state.creds.registered = true;
    await first.saveCreds();
    const data = everyKeyType();
    await first.state.keys.set(data);

    const second = await loadRedisAuthState({ redis, protector: testProtector(), base });
    expect(second.state.creds.me?.id).toBe(`${PN}:3@s.whatsapp.net`);
    expect(second.state.creds.registered).toBe(true);
    expect(Buffer.from(second.state.creds.noiseKey.private)).toEqual(Buffer.from(first.state.creds.noiseKey.private));
    for (const [type, entries] of Object.entries(data)) {
      const ids = Object.keys(entries ?? {});
      const got = await second.state.keys.get(type as keyof typeof data & 'session', ids);
      expect(Object.keys(got).sort(), type).toEqual(ids.sort());
      if (type === 'app-state-sync-key') continue; // revived as a proto object: checked below
      expect(JSON.parse(JSON.stringify(got)), type).toEqual(JSON.parse(JSON.stringify(entries)));
    }
    const syncKey = (await second.state.keys.get('app-state-sync-key', ['AAAAAQ'])).AAAAAQ;
    expect(Buffer.from(syncKey!.keyData!)).toEqual(Buffer.from(data['app-state-sync-key']!.AAAAAQ!.keyData!));
  });

  it('revives app-state-sync-key as Baileys proto objects', async () => {
    const base = uniquePrefix('auth');
    const store = await loadRedisAuthState({ redis, protector: testProtector(), base });
    await store.state.keys.set({ 'app-state-sync-key': { K1: { keyData: Buffer.from('k'), timestamp: 5 } } });
    const got = await (await loadRedisAuthState({ redis, protector: testProtector(), base })).state.keys.get('app-state-sync-key', ['K1']);
    expect(got.K1).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
  });

  it('deletes keys set to null and reports misses as absent', async () => {
    const base = uniquePrefix('auth');
    const store = await loadRedisAuthState({ redis, protector: testProtector(), base });
    await store.state.keys.set({ session: { a: Buffer.from('1'), b: Buffer.from('2') } });
    await store.state.keys.set({ session: { a: null } });
    expect(Object.keys(await store.state.keys.get('session', ['a', 'b', 'c']))).toEqual(['b']);
  });

  it('never writes ids, phone numbers or key material in clear', async () => {
    const base = uniquePrefix('auth');
    const store = await loadRedisAuthState({ redis, protector: testProtector(), base });
    store.state.creds.me = { id: `${PN}:3@s.whatsapp.net`, name: 'Loket Desa' };
    await store.saveCreds();
    await store.state.keys.set(everyKeyType());
    const dump = await dumpPrefix(redis, base);
    const plaintexts = [PN, LID, 'Loket Desa', 'lid-mapping', 'tctoken', 'session',
      sessionBytes.toString('base64'), identityKey.toString('base64'), tokenBytes.toString('base64'), sessionBytes.toString('hex'),
      Buffer.from(store.state.creds.noiseKey.private).toString('base64')];
    for (const plain of plaintexts) expect(dump.includes(plain), plain).toBe(false);
    expect(dump.length).toBeGreaterThan(1000);
  });

  it('clear() removes the login, and a dying socket cannot write it back', async () => {
    const base = uniquePrefix('auth');
    const store = await loadRedisAuthState({ redis, protector: testProtector(), base });
    await store.saveCreds();
    await store.state.keys.set({ session: { a: Buffer.from('1') } });
    await store.clear();
    await store.state.keys.set({ session: { b: Buffer.from('2') } });
    await store.saveCreds();
    expect(await redis.keys(`${base}*`)).toEqual([]);
    const fresh = await loadRedisAuthState({ redis, protector: testProtector(), base });
    expect(fresh.state.creds.registered).toBe(false);
    expect(fresh.state.creds.noiseKey.private).not.toEqual(initAuthCreds().noiseKey.private);
  });
});
