// Baileys' auth state in Redis instead of useMultiFileAuthState (not for production): the creds and
// every signal key type (v7 adds lid-mapping, device-list and tctoken), each value sealed with the
// DataProtector and each key id hashed, because the ids are phone numbers and LIDs and the values
// are a full login to the WhatsApp account.
import { BufferJSON, initAuthCreds, proto } from '@whiskeysockets/baileys';
import type {
  AuthenticationCreds,
  AuthenticationState,
  SignalDataSet,
  SignalDataTypeMap,
  SignalKeyStore,
} from '@whiskeysockets/baileys';
import type { RedisClient } from '../../../workers/platform/redis-client.js';
import type { DataProtector } from '../../../workers/platform/crypto.js';

/**
 * loket_wa_auth_keys_set
 * KEYS[1] the hash holding the signal keys
 * ARGV    pairs of (field, sealed value); an empty value deletes the field
 * One Baileys `keys.set` batch is applied all at once: a crash never leaves half a session.
 */
export const AUTH_KEYS_SET = `
for i = 1, #ARGV, 2 do
  if ARGV[i + 1] == '' then
    redis.call('HDEL', KEYS[1], ARGV[i])
  else
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  end
end
return #ARGV / 2
`;

export interface RedisAuthStore {
  state: AuthenticationState;
  /** Persists the current creds; call on every `creds.update`. Writes are kept in order. */
  saveCreds(): Promise<void>;
  /** Deletes creds and keys (after a logout): the next connect pairs afresh. */
  clear(): Promise<void>;
  /** Resolves once every write started so far has finished. */
  flush(): Promise<void>;
}

export interface AuthStoreDeps {
  redis: RedisClient;
  protector: DataProtector;
  /** Key prefix of this number's session, e.g. `loket:wa:<session>`. */
  base: string;
}

function encode(value: unknown, protector: DataProtector, recordId: string): string {
  return protector.seal(JSON.stringify(value, BufferJSON.replacer), recordId);
}

function decode(sealed: string, protector: DataProtector, recordId: string): unknown {
  return JSON.parse(protector.open(sealed, recordId).toString('utf8'), BufferJSON.reviver) as unknown;
}

function reviveKey<T extends keyof SignalDataTypeMap>(type: T, value: unknown): SignalDataTypeMap[T] {
  if (type === 'app-state-sync-key') {
    return proto.Message.AppStateSyncKeyData.fromObject(value as object) as unknown as SignalDataTypeMap[T];
  }
  return value as SignalDataTypeMap[T];
}

export async function loadRedisAuthState(deps: AuthStoreDeps): Promise<RedisAuthStore> {
  const { redis, protector, base } = deps;
  const credsKey = `${base}:auth:creds`;
  const keysKey = `${base}:auth:keys`;
  const field = (type: string, id: string) => protector.lookupHash(`${type}/${id}`);
  const recordOf = (f: string) => `${keysKey}:${f}`;
  let writes: Promise<unknown> = Promise.resolve();
  // After clear() a dying socket may still flush keys: they must not resurrect the old login.
  let cleared = false;
  const inOrder = (work: () => Promise<void>): Promise<void> => {
    const guarded = () => (cleared ? Promise.resolve() : work());
    const next = writes.then(guarded, guarded);
    writes = next.catch(() => undefined);
    return next;
  };

  const storedCreds = await redis.get(credsKey);
  const creds = storedCreds ? (decode(storedCreds, protector, credsKey) as AuthenticationCreds) : initAuthCreds();

  const keys: SignalKeyStore = {
    async get(type, ids) {
      if (ids.length === 0) return {};
      const fields = ids.map((id) => field(type, id));
      const values = await redis.hmget(keysKey, ...fields);
      const out: { [id: string]: SignalDataTypeMap[typeof type] } = {};
      ids.forEach((id, i) => {
        const sealed = values[i];
        const f = fields[i];
        if (sealed && f) out[id] = reviveKey(type, decode(sealed, protector, recordOf(f)));
      });
      return out;
    },
    set: (data: SignalDataSet) => inOrder(async () => {
      const argv = keySetArgs(data, field, (f, v) => encode(v, protector, recordOf(f)));
      if (argv.length > 0) await redis.eval(AUTH_KEYS_SET, 1, keysKey, ...argv);
    }),
  };

  const state: AuthenticationState = { creds, keys };
  return {
    state,
    saveCreds: () => inOrder(async () => {
      await redis.set(credsKey, encode(state.creds, protector, credsKey));
    }),
    clear: () => inOrder(async () => {
      cleared = true;
      await redis.del(credsKey, keysKey);
    }),
    flush: () => inOrder(() => Promise.resolve()),
  };
}

/** Flattens a keys.set batch into (field, sealed value | '') pairs for AUTH_KEYS_SET. */
function keySetArgs(
  data: SignalDataSet,
  field: (type: string, id: string) => string,
  seal: (field: string, value: unknown) => string,
): string[] {
  const argv: string[] = [];
  for (const [type, entries] of Object.entries(data)) {
    for (const [id, value] of Object.entries(entries ?? {})) {
      const f = field(type, id);
      argv.push(f, value === null || value === undefined ? '' : seal(f, value));
    }
  }
  return argv;
}
