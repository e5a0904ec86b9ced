// Cases: a submitted dossier with a short typeable id, a status and an append-only event log.
// Personal fields (the applicant's chat, the dossier) are sealed; lookups go through keyed hashes.
import { randomBytes } from 'node:crypto';
import type { Redis, Result } from 'ioredis';
import type { DataProtector } from '../../bot/platform/crypto.js';
import { defineScript } from '../../bot/platform/redis.js';
import { mediaRefsIn } from '../../bot/media/store.js';
import { generateCaseIdFromBytes } from '../../bot/commands/parse.js';
import type { CaseStatusView } from '../../flows/engine/types.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    createCase(src: string, caseKey: string, byApplicant: string, queued: string, log: string, id: string, now: number, applicant: string, dossier: string, applicantKey: string, event: string): Result<[number, string?], Context>;
  }
}

export type CaseStatus = 'queued' | 'claimed' | 'filed' | 'waiting_oss' | 'nib_issued' | 'closed' | 'rejected' | 'cancelled';

export interface CaseEvent {
  at: number;
  actor: string;
  type: string;
  detail?: Record<string, unknown>;
}

export interface CaseRecord {
  id: string;
  status: CaseStatus;
  createdAt: number;
  updatedAt: number;
  version: number;
  applicantChat: string;
  dossier: Record<string, unknown>;
  fields: Record<string, string>;
}

export class CaseIdExhaustedError extends Error {
  constructor() {
    super('could not draw a free case id');
    this.name = 'CaseIdExhaustedError';
  }
}

const MAX_ID_DRAWS = 10;

export class CaseStore {
  readonly keys: ReturnType<typeof caseKeys>;

  constructor(
    private readonly redis: Redis,
    private readonly protector: DataProtector,
    prefix: string,
    private readonly newId: () => string = () => generateCaseIdFromBytes(randomBytes(5)),
  ) {
    this.keys = caseKeys(prefix);
    defineScript(redis, 'createCase', 5, new URL('./createCase.lua', import.meta.url));
  }

  applicantKey(chat: string): string {
    return this.protector.lookupHash(`applicant:${chat}`);
  }

  /** Idempotent per source: the same submission (retried after a crash) yields the same case. */
  async create(input: { sourceId: string; applicantChat: string; dossier: Record<string, unknown>; now: number }): Promise<{ id: string; created: boolean }> {
    const applicantKey = this.applicantKey(input.applicantChat);
    const src = this.keys.source(this.protector.lookupHash(`source:${input.sourceId}`));
    for (let draw = 0; draw < MAX_ID_DRAWS; draw++) {
      const id = this.newId();
      const event: CaseEvent = { at: input.now, actor: 'applicant', type: 'submitted' };
      const [code, existing] = await this.redis.createCase(
        src, this.keys.case(id), this.keys.byApplicant(applicantKey), this.keys.status('queued'), this.keys.log(id),
        id, input.now, this.protector.seal(input.applicantChat, `${id}:applicant`),
        this.protector.sealJson(input.dossier, `${id}:dossier`), applicantKey, this.protector.sealJson(event, `${id}:log`),
      );
      if (code === 1) return { id, created: true };
      if (code === 0 && existing) return { id: existing, created: false };
    }
    throw new CaseIdExhaustedError();
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    const fields = await this.redis.hgetall(this.keys.case(id));
    if (!fields.id || !fields.applicant || !fields.dossier) return undefined;
    return {
      id,
      status: fields.status as CaseStatus,
      createdAt: Number(fields.createdAt),
      updatedAt: Number(fields.updatedAt),
      version: Number(fields.version),
      applicantChat: this.protector.open(fields.applicant, `${id}:applicant`).toString('utf8'),
      dossier: this.protector.openJson(fields.dossier, `${id}:dossier`) as Record<string, unknown>,
      fields,
    };
  }

  async idsOfApplicant(chat: string): Promise<string[]> {
    return this.redis.smembers(this.keys.byApplicant(this.applicantKey(chat)));
  }

  async statusFor(chat: string): Promise<CaseStatusView[]> {
    const ids = await this.idsOfApplicant(chat);
    const views = await Promise.all(ids.map((id) => this.view(id)));
    return views.filter((v): v is CaseStatusView => v !== undefined).sort((a, b) => a.updatedAt - b.updatedAt);
  }

  async events(id: string): Promise<CaseEvent[]> {
    const rows = await this.redis.lrange(this.keys.log(id), 0, -1);
    return rows.map((row) => this.protector.openJson(row, `${id}:log`) as CaseEvent);
  }

  async appendEvent(id: string, event: CaseEvent): Promise<void> {
    await this.redis.rpush(this.keys.log(id), this.protector.sealJson(event, `${id}:log`));
  }

  /** HAPUS DATA: removes every case of this applicant with its log and index entries. Returns media refs to delete. */
  async eraseApplicant(chat: string): Promise<string[]> {
    const ids = await this.idsOfApplicant(chat);
    const refs: string[] = [];
    for (const id of ids) {
      const record = await this.get(id);
      if (record) refs.push(...mediaRefsIn(record.dossier));
      const multi = this.redis.multi().del(this.keys.case(id), this.keys.log(id));
      if (record?.fields.sourceKey) multi.del(record.fields.sourceKey);
      for (const status of CASE_STATUSES) multi.zrem(this.keys.status(status), id);
      await multi.exec();
    }
    await this.redis.del(this.keys.byApplicant(this.applicantKey(chat)));
    return refs;
  }

  private async view(id: string): Promise<CaseStatusView | undefined> {
    const [status, updatedAt, desk, nib] = await this.redis.hmget(this.keys.case(id), 'status', 'updatedAt', 'desk', 'nib');
    if (!status) return undefined;
    return {
      caseId: id,
      status,
      updatedAt: Number(updatedAt),
      ...(desk ? { desk: desk as CaseStatusView['desk'] } : {}),
      ...(nib ? { nib } : {}),
    };
  }
}

export const CASE_STATUSES: readonly CaseStatus[] = ['queued', 'claimed', 'filed', 'waiting_oss', 'nib_issued', 'closed', 'rejected', 'cancelled'];

export function caseKeys(prefix: string) {
  return {
    case: (id: string) => `${prefix}:case:${id}`,
    log: (id: string) => `${prefix}:case:${id}:log`,
    source: (hash: string) => `${prefix}:case-src:${hash}`,
    byApplicant: (key: string) => `${prefix}:cases-of:${key}`,
    status: (status: CaseStatus) => `${prefix}:cases:${status}`,
  };
}
