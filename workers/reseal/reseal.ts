// After DATA_KEY changes, everything sealed with an older key (DATA_KEYS) is sealed again with the
// new one, so the old key can be retired. Each store says where it keeps sealed values and which
// record id binds them (the locations below); the job walks them with SCAN and replaces each value
// with a compare-and-set, so it can run beside live traffic and be run again. It runs once per key:
// the job id carries the new key's id. Short-lived values are not walked: BullMQ job data (timers up
// to SESSION_EXPIRE_AFTER_MS, outbound retries and announcement letters kept up to 7 days), the
// simulator's outboxes (7 days) and Baileys' recently sent messages; keep the old key in DATA_KEYS
// until those have turned over.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { CAPPED_EVENTS } from '../platform/queues.js';
import type { Result } from 'ioredis';
import { scanPages, type RedisClient } from '../platform/redis-client.js';
import type { DataProtector } from '../platform/crypto.js';
import { defineScript } from '../platform/redis.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    resealValue(key: string, where: string, field: string, read: string, resealed: string): Result<number, Context>;
  }
}

/** Where sealed values live: keys matching a pattern, and how each value's record id is made. */
export type SealedLocation =
  | { kind: 'string'; match: string; recordId: (key: string) => string }
  | { kind: 'hash'; match: string; fields?: readonly string[]; recordId: (key: string, field: string) => string }
  | { kind: 'list'; match: string; recordId: (key: string) => string };

/** The sealed values of every store, for the key prefix. */
export function sealedLocations(prefix: string): SealedLocation[] {
  const caseId = (key: string): string => key.slice(`${prefix}:case:`.length).replace(/:log$/, '');
  return [
    { kind: 'hash', match: `${prefix}:case:*`, fields: ['applicant'], recordId: (key) => `${caseId(key)}:applicant` },
    { kind: 'hash', match: `${prefix}:case:*`, fields: ['dossier'], recordId: (key) => `${caseId(key)}:dossier` },
    { kind: 'list', match: `${prefix}:case:*:log`, recordId: (key) => `${caseId(key)}:log` },
    { kind: 'hash', match: `${prefix}:staff`, recordId: (_key, field) => `staff:${field}` },
    { kind: 'hash', match: `${prefix}:session:*`, fields: ['d'], recordId: (key) => key },
    { kind: 'string', match: `${prefix}:relay:*`, recordId: (key) => key },
    { kind: 'string', match: `${prefix}:ticket:*`, recordId: (key) => key },
    { kind: 'list', match: `${prefix}:inbox:q:*`, recordId: (key) => key },
    // A dead letter keeps the record id of the queue it came from.
    { kind: 'list', match: `${prefix}:inbox:dead:*`, recordId: (key) => key.replace(':inbox:dead:', ':inbox:q:') },
    // WhatsApp's login and signal keys live as long as the pairing; the LID ↔ phone map as long as the contact.
    { kind: 'string', match: `${prefix}:wa:auth:creds`, recordId: (key) => key },
    { kind: 'hash', match: `${prefix}:wa:auth:keys`, recordId: (key, field) => `${key}:${field}` },
    { kind: 'hash', match: `${prefix}:wa:ids`, recordId: (key, field) => `${key}:${field}` },
    // Who agreed to announcements (SIARAN): kept until withdrawn or erased.
    { kind: 'hash', match: `${prefix}:audience`, recordId: (key, field) => `${key}:${field}` },
  ];
}

export interface ResealDeps {
  redis: RedisClient;
  protector: DataProtector;
  locations: readonly SealedLocation[];
  mediaDir: string;
}

export class Resealer {
  constructor(private readonly deps: ResealDeps) {
    defineScript(deps.redis, 'resealValue', 1, new URL('./resealValue.lua', import.meta.url));
  }

  /** Reseals what an older key sealed; returns how many values and files were rewritten. */
  async run(): Promise<number> {
    let count = 0;
    for (const location of this.deps.locations) count += await this.resealLocation(location);
    return count + (await this.resealMedia());
  }

  private async *keys(match: string): AsyncGenerator<string> {
    for await (const keys of scanPages(this.deps.redis, match)) yield* keys;
  }

  private async resealLocation(location: SealedLocation): Promise<number> {
    let count = 0;
    for await (const key of this.keys(location.match)) {
      const type = await this.deps.redis.type(key);
      if (type !== location.kind) continue;
      if (location.kind === 'string') count += await this.resealString(key, location.recordId(key));
      else if (location.kind === 'list') count += await this.resealList(key, location.recordId(key));
      else count += await this.resealHash(key, location);
    }
    return count;
  }

  private async replace(key: string, where: string, field: string, read: string, recordId: string): Promise<number> {
    if (!this.deps.protector.needsReseal(read)) return 0;
    const resealed = this.deps.protector.seal(this.deps.protector.open(read, recordId), recordId);
    return this.deps.redis.resealValue(key, where, field, read, resealed);
  }

  private async resealString(key: string, recordId: string): Promise<number> {
    const read = await this.deps.redis.get(key);
    return read === null ? 0 : this.replace(key, 'string', '', read, recordId);
  }

  private async resealList(key: string, recordId: string): Promise<number> {
    const items = await this.deps.redis.lrange(key, 0, -1);
    let count = 0;
    for (const [index, read] of items.entries()) count += await this.replace(key, 'list', String(index), read, recordId);
    return count;
  }

  private async resealHash(key: string, location: Extract<SealedLocation, { kind: 'hash' }>): Promise<number> {
    const all = await this.deps.redis.hgetall(key);
    const fields = location.fields ?? Object.keys(all);
    let count = 0;
    for (const field of fields) {
      const read = all[field];
      if (read) count += await this.replace(key, 'hash', field, read, location.recordId(key, field));
    }
    return count;
  }

  /** Media files are named by their ref, which is also their record id. */
  private async resealMedia(): Promise<number> {
    const names = await readdir(this.deps.mediaDir).catch(() => [] as string[]);
    let count = 0;
    for (const name of names.filter((n) => n.endsWith('.sealed'))) {
      const file = join(this.deps.mediaDir, name);
      const read = await readFile(file, 'utf8');
      if (!this.deps.protector.needsReseal(read)) continue;
      const ref = name.slice(0, -'.sealed'.length);
      await writeFile(`${file}.tmp`, this.deps.protector.seal(this.deps.protector.open(read, ref), ref), { mode: 0o600 });
      await rename(`${file}.tmp`, file);
      count += 1;
    }
    return count;
  }
}

export const RESEAL_QUEUE = 'reseal';

/** Asks for a reseal with the current key, once: the job id is the key's id, and the finished job is kept. */
export async function requestReseal(queue: Queue, keyId: string): Promise<void> {
  await queue.add('reseal', {}, { jobId: `reseal-${keyId}`, removeOnComplete: false, removeOnFail: false, attempts: 5, backoff: { type: 'exponential', delay: 5000 } });
}

export function resealQueue(connection: ConnectionOptions, prefix: string): Queue {
  return new Queue(RESEAL_QUEUE, { connection, prefix: `${prefix}:bull`, streams: CAPPED_EVENTS });
}

export function createResealWorker(deps: { connection: ConnectionOptions; prefix: string; resealer: Resealer }): Worker {
  // A killed process's reseal is taken up by another within seconds; the lock is renewed while it runs.
  return new Worker(RESEAL_QUEUE, async () => deps.resealer.run(), {
    connection: deps.connection, prefix: `${deps.prefix}:bull`, concurrency: 1, lockDuration: 8000, stalledInterval: 3000,
  });
}
