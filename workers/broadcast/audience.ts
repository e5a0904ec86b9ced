// Who agreed to announcements (SIARAN): applicants who said yes to the one question after KIRIM,
// until they type BERHENTI or HAPUS DATA. One Redis hash, each entry sealed (the chat is a phone
// number) under a keyed hash of the chat, so a withdrawal or an erasure finds it without reading all.
import type { RedisClient } from '../platform/redis-client.js';
import type { Lang } from '../../flows/engine/types.js';
import type { DataProtector } from '../platform/crypto.js';

export interface AudienceMember {
  chat: string;
  lang: Lang;
  /** When they agreed (epoch ms). */
  since: number;
}

const PAGE = 500;

export class AudienceStore {
  readonly key: string;

  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    prefix: string,
  ) {
    this.key = `${prefix}:audience`;
  }

  private field(chat: string): string {
    return this.protector.lookupHash(`applicant:${chat}`);
  }

  async agree(chat: string, lang: Lang, now: number): Promise<void> {
    const field = this.field(chat);
    const member: AudienceMember = { chat, lang, since: now };
    await this.redis.hset(this.key, field, this.protector.sealJson(member, `${this.key}:${field}`));
  }

  /** BERHENTI, a no, or HAPUS DATA: gone, not marked. */
  async withdraw(chat: string): Promise<void> {
    await this.redis.hdel(this.key, this.field(chat));
  }

  async has(chat: string): Promise<boolean> {
    return (await this.redis.hexists(this.key, this.field(chat))) === 1;
  }

  /** Everyone who agreed, page by page (the hash may hold thousands). */
  async *members(): AsyncGenerator<AudienceMember & { key: string }> {
    let cursor = '0';
    do {
      const [next, flat] = await this.redis.hscan(this.key, cursor, 'COUNT', PAGE);
      cursor = next;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const field = flat[i] ?? '';
        yield { key: field, ...(this.protector.openJson(flat[i + 1] ?? '', `${this.key}:${field}`) as AudienceMember) };
      }
    } while (cursor !== '0');
  }
}
