// One person, one chat: WhatsApp v7 may show the same person as `<digits>@s.whatsapp.net` or as
// `<id>@lid`. Every LID↔PN pair learnt is kept in Redis (fields keyed by HMAC, values sealed) and
// mirrored in memory, so that resolving a chat id is synchronous: the inbound handler's first await
// must be the durable inbox write, not a lookup.
import type { RedisClient } from '../../../workers/platform/redis-client.js';
import type { DataProtector } from '../../../workers/platform/crypto.js';
import type { PersonIds } from './jid.js';

interface IdentityRecord {
  lid?: string;
  pn?: string;
  /** The chat id this person got when first seen; kept so a conversation never splits. */
  chat: string;
}

export interface ResolvedPerson {
  /** The chat id for this person: pinned at first sight, phone digits preferred. */
  id: string;
  phone?: string;
}

export class IdentityMap {
  private readonly byLid = new Map<string, IdentityRecord>();
  private readonly byPn = new Map<string, IdentityRecord>();
  private readonly hashKey: string;

  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    base: string,
  ) {
    this.hashKey = `${base}:ids`;
  }

  /** Loads every stored pair into memory (called before a socket starts delivering messages). */
  async warm(): Promise<number> {
    const all = await this.redis.hgetall(this.hashKey);
    for (const [field, sealed] of Object.entries(all)) {
      if (!field.startsWith('l:') && !field.startsWith('p:')) continue;
      this.remember(this.protector.openJson(sealed, this.recordId(field)) as IdentityRecord);
    }
    return this.byLid.size + this.byPn.size;
  }

  resolve(person: PersonIds): ResolvedPerson | undefined {
    const known = (person.lid && this.byLid.get(person.lid)) || (person.pn && this.byPn.get(person.pn)) || undefined;
    const phone = known?.pn ?? person.pn;
    const id = known?.chat ?? person.pn ?? person.lid;
    if (!id) return undefined;
    return phone ? { id, phone } : { id };
  }

  /** Persists what this sighting taught us; a no-op when nothing new was learnt. */
  async learn(person: PersonIds): Promise<void> {
    const existing = (person.lid && this.byLid.get(person.lid)) || (person.pn && this.byPn.get(person.pn)) || undefined;
    const chat = existing?.chat ?? person.pn ?? person.lid;
    if (!chat) return;
    const record: IdentityRecord = { chat, lid: existing?.lid ?? person.lid, pn: existing?.pn ?? person.pn };
    if (!record.lid) return; // a phone number alone needs no mapping: it is its own chat id
    if (existing && existing.lid === record.lid && existing.pn === record.pn) return;
    this.remember(record);
    await this.persist(record);
  }

  /** Erasure: drops every pair that leads to or from this chat, from Redis (read whole: another process may have learnt it) and from memory. */
  async forget(chat: string): Promise<void> {
    const concerns = (r: IdentityRecord): boolean => r.chat === chat || r.pn === chat || r.lid === chat;
    for (const record of [...this.byLid.values(), ...this.byPn.values()].filter(concerns)) this.unremember(record);
    const stored = Object.entries(await this.redis.hgetall(this.hashKey)).filter(([field]) => field.startsWith('l:') || field.startsWith('p:'));
    const fields = stored.filter(([field, sealed]) => concerns(this.protector.openJson(sealed, this.recordId(field)) as IdentityRecord)).map(([field]) => field);
    if (fields.length > 0) await this.redis.hdel(this.hashKey, ...fields);
  }

  private unremember(record: IdentityRecord): void {
    if (record.lid) this.byLid.delete(record.lid);
    if (record.pn) this.byPn.delete(record.pn);
  }

  private remember(record: IdentityRecord): void {
    if (record.lid) this.byLid.set(record.lid, record);
    if (record.pn) this.byPn.set(record.pn, record);
  }

  private async persist(record: IdentityRecord): Promise<void> {
    const fields: string[] = [];
    if (record.lid) fields.push(`l:${this.protector.lookupHash(record.lid)}`);
    if (record.pn) fields.push(`p:${this.protector.lookupHash(record.pn)}`);
    const args = fields.flatMap((f) => [f, this.protector.sealJson(record, this.recordId(f))]);
    await this.redis.hset(this.hashKey, ...args);
  }

  private recordId(field: string): string {
    return `${this.hashKey}:${field}`;
  }
}
