// One owner per WhatsApp number: two live sockets on one auth state make WhatsApp close one of
// them with connectionReplaced (440) and lose events. A process connects only while it holds this
// Redis lease; it renews it well before expiry, and a crashed owner's lease simply times out.
import type { RedisClient } from '../../../workers/platform/redis-client.js';

/**
 * loket_wa_lease_acquire
 * KEYS[1] the lease key
 * ARGV[1] owner token (random per process), ARGV[2] lease time in ms
 * Returns 1 when the caller holds the lease afterwards (new, or already its own and extended), else 0.
 */
export const LEASE_ACQUIRE = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`;

/**
 * loket_wa_lease_renew
 * KEYS[1] the lease key
 * ARGV[1] owner token, ARGV[2] lease time in ms
 * Returns 1 when extended, 0 when the lease expired or belongs to someone else (the caller lost it).
 */
export const LEASE_RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`;

/**
 * loket_wa_lease_release
 * KEYS[1] the lease key
 * ARGV[1] owner token
 * Returns 1 when the caller's lease was deleted, 0 when it held none (never deletes another's).
 */
export const LEASE_RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;

export class NumberLease {
  constructor(
    private readonly redis: RedisClient,
    private readonly key: string,
    private readonly owner: string,
    readonly leaseMs: number,
  ) {}

  async acquire(): Promise<boolean> {
    return (await this.redis.eval(LEASE_ACQUIRE, 1, this.key, this.owner, String(this.leaseMs))) === 1;
  }

  async renew(): Promise<boolean> {
    return (await this.redis.eval(LEASE_RENEW, 1, this.key, this.owner, String(this.leaseMs))) === 1;
  }

  async release(): Promise<boolean> {
    return (await this.redis.eval(LEASE_RELEASE, 1, this.key, this.owner)) === 1;
  }
}
