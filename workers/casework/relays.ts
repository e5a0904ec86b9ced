// What an applicant's next message is for, while an operator waits on it: the answer to a TANYA,
// the OSS one-time code after KODE (10 minutes, then forgotten), or the 1–5 rating after the NIB.
// Kept in Redis with expiry; the code itself is never written anywhere, only who asked for it.
import type { RedisClient } from '../platform/redis-client.js';
import type { DataProtector } from '../platform/crypto.js';

export type RelayKind = 'code' | 'ask' | 'rating';

export interface PendingRelay {
  caseId: string;
  /** The operator waiting for it (staff key); absent for the rating. */
  staffKey?: string;
}

export const CODE_TTL_MS = 10 * 60_000;
const ASK_TTL_MS = 7 * 24 * 3600_000;
const RATING_TTL_MS = 7 * 24 * 3600_000;

const TTL: Readonly<Record<RelayKind, number>> = { code: CODE_TTL_MS, ask: ASK_TTL_MS, rating: RATING_TTL_MS };

export class RelayStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    private readonly prefix: string,
  ) {}

  private key(kind: RelayKind, applicantChat: string): string {
    return `${this.prefix}:relay:${kind}:${this.protector.lookupHash(`applicant:${applicantChat}`)}`;
  }

  async set(kind: RelayKind, applicantChat: string, relay: PendingRelay): Promise<void> {
    const key = this.key(kind, applicantChat);
    await this.redis.set(key, this.protector.sealJson(relay, key), 'PX', TTL[kind]);
  }

  async get(kind: RelayKind, applicantChat: string): Promise<PendingRelay | undefined> {
    const key = this.key(kind, applicantChat);
    const sealed = await this.redis.get(key);
    return sealed === null ? undefined : (this.protector.openJson(sealed, key) as PendingRelay);
  }

  /** Every kind pending for the applicant, in one round trip (each message asks). */
  async pending(applicantChat: string): Promise<Partial<Record<RelayKind, PendingRelay>>> {
    const kinds = ['code', 'ask', 'rating'] as const;
    const keys = kinds.map((kind) => this.key(kind, applicantChat));
    const sealed = await this.redis.mget(...keys);
    const pending: Partial<Record<RelayKind, PendingRelay>> = {};
    kinds.forEach((kind, i) => {
      const value = sealed[i];
      if (value) pending[kind] = this.protector.openJson(value, keys[i] ?? '') as PendingRelay;
    });
    return pending;
  }

  async clear(kind: RelayKind, applicantChat: string): Promise<void> {
    await this.redis.del(this.key(kind, applicantChat));
  }

  /** HAPUS DATA: nothing pending survives the applicant's erasure. */
  async clearAll(applicantChat: string): Promise<void> {
    await this.redis.del(...(['code', 'ask', 'rating'] as const).map((kind) => this.key(kind, applicantChat)));
  }
}
