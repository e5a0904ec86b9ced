// Cases: a submitted dossier with a short typeable id, a status and an append-only event log.
// Personal fields (the applicant's chat, the dossier) are sealed; lookups go through keyed hashes.
import { randomBytes } from 'node:crypto';
import type { Result } from 'ioredis';
import type { RedisClient } from '../platform/redis-client.js';
import type { DataProtector } from '../platform/crypto.js';
import { defineScript } from '../platform/redis.js';
import { mediaRefsIn } from '../media/store.js';
import { generateCaseIdFromBytes } from '../../flows/casework/case-id.js';
import type { CaseStatusView } from '../../flows/engine/types.js';
import { isRejectionCategory, rejectionCategory, type RejectionCategory } from '../../flows/reports/rejection.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    createCase(src: string, caseKey: string, byApplicant: string, queued: string, log: string, id: string, now: number, applicant: string, dossier: string, applicantKey: string, event: string): Result<[number, string?], Context>;
    transitionCase(caseKey: string, log: string, claims: string, timers: string, once: string, ...args: (string | number)[]): Result<[number, string | number, string?, string?], Context>;
    reassignCase(caseKey: string, log: string, fromClaims: string, toClaims: string, timers: string, once: string, ...args: (string | number)[]): Result<[number, string | number, string?, string?], Context>;
    appendEventOnce(log: string, marker: string, event: string, ttl: number): Result<number, Context>;
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

export type TransitionRefusal = 'missing' | 'duplicate' | 'status' | 'version' | 'holder' | 'cap';

export interface TransitionSpec {
  /** The statuses the case may be in for this move. */
  from: readonly CaseStatus[];
  to?: CaseStatus;
  /** Only when the case is still at this version (timers tied to a state). */
  version?: number;
  /** Only when this staff key holds the case. */
  holder?: string;
  claim?: { action: 'take'; staffKey: string; cap: number } | { action: 'drop'; staffKey: string };
  /** Fields to set; an empty string deletes the field. */
  fields?: Record<string, string>;
  event: CaseEvent;
  /** Timers armed with the case's new version, due at these instants (epoch ms). */
  timers?: Partial<Record<CaseTimerName, number>>;
  /**
   * The move's source (an inbox entry and what it does to this case): made once per source, so a
   * command handled again after a crash is refused with 'duplicate' instead of moving the case twice.
   */
  once?: string;
}

/** TUGASKAN: the case to another staff member, in one step. */
export interface ReassignSpec {
  from: readonly CaseStatus[];
  /** The holder the case must have now (staff key), or undefined when it must be held by nobody. */
  previous: string | undefined;
  to: { staffKey: string; cap: number };
  status?: CaseStatus;
  event: CaseEvent;
  timers?: Partial<Record<CaseTimerName, number>>;
  once?: string;
}

export type ReassignResult =
  | { ok: true; version: number }
  | { ok: false; reason: TransitionRefusal | 'same'; status: string; holder: string };

export type CaseTimerName = 'queue_sla' | 'claim_remind' | 'claim_release' | 'oss_retry';

export type TransitionResult =
  | { ok: true; version: number }
  | { ok: false; reason: TransitionRefusal; status: string; holder: string };

export class CaseIdExhaustedError extends Error {
  constructor() {
    super('could not draw a free case id');
    this.name = 'CaseIdExhaustedError';
  }
}

const MAX_ID_DRAWS = 10;

/** How long a source is remembered for appendEventOnce: longer than any retry of its handling. */
const EVENT_SOURCE_TTL_S = 7 * 24 * 3600;

export class CaseStore {
  readonly keys: ReturnType<typeof caseKeys>;

  constructor(
    private readonly redis: RedisClient,
    private readonly protector: DataProtector,
    prefix: string,
    private readonly newId: () => string = () => generateCaseIdFromBytes(randomBytes(5)),
  ) {
    this.keys = caseKeys(prefix);
    defineScript(redis, 'createCase', 5, new URL('./createCase.lua', import.meta.url));
    defineScript(redis, 'transitionCase', 5, new URL('./transitionCase.lua', import.meta.url));
    defineScript(redis, 'reassignCase', 6, new URL('./reassignCase.lua', import.meta.url));
    defineScript(redis, 'appendEventOnce', 2, new URL('./appendEventOnce.lua', import.meta.url));
  }

  /** Moves a case atomically (see transitionCase.lua); refused moves change nothing. */
  async transition(id: string, spec: TransitionSpec): Promise<TransitionResult> {
    const claim = spec.claim;
    const fields = Object.entries(spec.fields ?? {}).flat();
    const [ok, second, status = '', holder = ''] = await this.redis.transitionCase(
      this.keys.case(id), this.keys.log(id), this.keys.claims(claim?.staffKey ?? '-'), this.keys.timers, this.onceKey(id, spec.once),
      spec.from.join(','), spec.version ?? '', spec.holder ?? '', spec.to ?? '',
      claim?.action ?? 'none', claim?.staffKey ?? '', claim?.action === 'take' ? claim.cap : 0,
      spec.event.at, this.protector.sealJson(spec.event, `${id}:log`), this.keys.statusPrefix,
      timerList(spec.timers), spec.once === undefined ? '' : EVENT_SOURCE_TTL_S, ...fields,
    );
    if (ok === 1) return { ok: true, version: Number(second) };
    return { ok: false, reason: second as TransitionRefusal, status, holder };
  }

  /** Hands a case to another staff member atomically (see reassignCase.lua). */
  async reassign(id: string, spec: ReassignSpec): Promise<ReassignResult> {
    const [ok, second, status = '', holder = ''] = await this.redis.reassignCase(
      this.keys.case(id), this.keys.log(id), this.keys.claims(spec.previous ?? '-'), this.keys.claims(spec.to.staffKey), this.keys.timers,
      this.onceKey(id, spec.once),
      spec.from.join(','), spec.previous ?? '', spec.to.staffKey, spec.to.cap, spec.status ?? '',
      spec.event.at, this.protector.sealJson(spec.event, `${id}:log`), this.keys.statusPrefix,
      timerList(spec.timers), spec.once === undefined ? '' : EVENT_SOURCE_TTL_S,
    );
    if (ok === 1) return { ok: true, version: Number(second) };
    return { ok: false, reason: second as TransitionRefusal | 'same', status, holder };
  }

  /** The marker of a once-per-source move; without a source, a key the script never touches. */
  private onceKey(id: string, once: string | undefined): string {
    return once === undefined ? this.keys.case(id) : this.keys.eventSource(id, this.protector.lookupHash(`move:${once}`));
  }

  /** Sets fields that are not a change of state (a rating, the NIB PDF); an empty string deletes. */
  async setFields(id: string, fields: Record<string, string>): Promise<void> {
    const drop = Object.keys(fields).filter((f) => fields[f] === '');
    const keep = Object.entries(fields).filter(([, v]) => v !== '');
    const multi = this.redis.multi();
    if (keep.length > 0) multi.hset(this.keys.case(id), Object.fromEntries(keep));
    if (drop.length > 0) multi.hdel(this.keys.case(id), ...drop);
    await multi.exec();
  }

  /** Sets a field only when absent; true when this call set it (the NIB relayed mark). */
  async markOnce(id: string, field: string, value: string): Promise<boolean> {
    return (await this.redis.hsetnx(this.keys.case(id), field, value)) === 1;
  }

  async replaceDossier(id: string, dossier: Record<string, unknown>): Promise<void> {
    await this.redis.hset(this.keys.case(id), 'dossier', this.protector.sealJson(dossier, `${id}:dossier`));
  }

  /** Ids in a status with the time they entered it, oldest first. */
  async inStatus(status: CaseStatus): Promise<{ id: string; since: number }[]> {
    const flat = await this.redis.zrange(this.keys.status(status), 0, -1, 'WITHSCORES');
    const rows: { id: string; since: number }[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) rows.push({ id: flat[i] ?? '', since: Number(flat[i + 1]) });
    return rows;
  }

  async countInStatus(status: CaseStatus): Promise<number> {
    return this.redis.zcard(this.keys.status(status));
  }

  /** The ids of the cases a staff member holds. */
  async claimsOf(staffKey: string): Promise<string[]> {
    return this.redis.smembers(this.keys.claims(staffKey));
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

  /** Appends an event once per source (an inbox entry handled again after a crash logs nothing new). */
  async appendEventOnce(id: string, source: string, event: CaseEvent): Promise<boolean> {
    const marker = this.keys.eventSource(id, this.protector.lookupHash(`event:${source}`));
    return (await this.redis.appendEventOnce(this.keys.log(id), marker, this.protector.sealJson(event, `${id}:log`), EVENT_SOURCE_TTL_S)) === 1;
  }

  /**
   * HAPUS DATA: every case of this applicant is anonymised (an open one is cancelled first), so its
   * personal data goes while the counts and reports keep it. Returns the media refs to delete.
   */
  async eraseApplicant(chat: string, now: number): Promise<string[]> {
    const ids = await this.idsOfApplicant(chat);
    const refs: string[] = [];
    for (const id of ids) refs.push(...(await this.anonymize(id, now, 'erased')));
    await this.redis.del(this.keys.byApplicant(this.applicantKey(chat)));
    return refs;
  }

  /**
   * Removes a case's personal data: the applicant, the dossier, the NIB and its PDF, and every detail of
   * its log (texts, reasons, names); what happened, when, at which desk and for which village and
   * activity stays, as `facts`, for counts and reports. An open case is cancelled first. Returns the
   * media refs the caller must delete; [] when the case had no personal data left.
   */
  async anonymize(id: string, now: number, why: 'erased' | 'expired'): Promise<string[]> {
    const record = await this.get(id);
    if (!record) return [];
    if (OPEN_STATUSES.includes(record.status)) await this.cancel(record, now, why);
    const nibPdf: unknown = record.fields.nibPdf ? JSON.parse(record.fields.nibPdf) : undefined;
    const refs = [...mediaRefsIn(record.dossier), ...mediaRefsIn(nibPdf)];
    const logged = await this.events(id);
    const events = logged.map((e): CaseEvent => ({ at: e.at, actor: e.actor, type: e.type }));
    const multi = this.redis.multi()
      .hdel(this.keys.case(id), ...PERSONAL_FIELDS)
      .hset(this.keys.case(id), { anonymizedAt: String(now), facts: JSON.stringify(factsOf(record.dossier, record.fields, logged)) })
      .del(this.keys.log(id))
      .srem(this.keys.byApplicant(this.applicantKey(record.applicantChat)), id);
    if (events.length > 0) multi.rpush(this.keys.log(id), ...events.map((e) => this.protector.sealJson(e, `${id}:log`)));
    if (record.fields.sourceKey) multi.del(record.fields.sourceKey);
    if (record.fields.claimedBy) multi.srem(this.keys.claims(record.fields.claimedBy), id);
    await multi.exec();
    await this.dropTimers([id]);
    return refs;
  }

  private async cancel(record: CaseRecord, now: number, why: 'erased' | 'expired'): Promise<void> {
    const holder = record.fields.claimedBy;
    await this.transition(record.id, {
      from: OPEN_STATUSES, to: 'cancelled',
      ...(holder ? { claim: { action: 'drop', staffKey: holder } } : {}),
      event: { at: now, actor: why === 'erased' ? 'applicant' : 'system', type: why },
    });
  }

  /** What is left of an anonymised case: the facts kept for reports. */
  async facts(id: string): Promise<{ status: string; anonymizedAt?: number; facts?: CaseFacts } | undefined> {
    const [status, anonymizedAt, facts] = await this.redis.hmget(this.keys.case(id), 'status', 'anonymizedAt', 'facts');
    if (!status) return undefined;
    return { status, ...(anonymizedAt ? { anonymizedAt: Number(anonymizedAt) } : {}), ...(facts ? { facts: JSON.parse(facts) as CaseFacts } : {}) };
  }

  /** Every case id, in any status (anonymised ones included): the status indexes together hold them all. */
  async allIds(): Promise<string[]> {
    const ids = await Promise.all(CASE_STATUSES.map((status) => this.redis.zrange(this.keys.status(status), 0, -1)));
    return [...new Set(ids.flat())];
  }

  /**
   * What the reports read of each case, in one round trip per batch: its hash, its events (details
   * included while the case still has them) and its facts (kept, or read from the dossier).
   */
  async reportRows(ids: readonly string[]): Promise<CaseReportRow[]> {
    const rows: CaseReportRow[] = [];
    for (let i = 0; i < ids.length; i += REPORT_BATCH) rows.push(...(await this.reportBatch(ids.slice(i, i + REPORT_BATCH))));
    return rows;
  }

  private async reportBatch(ids: readonly string[]): Promise<CaseReportRow[]> {
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.keys.case(id)).lrange(this.keys.log(id), 0, -1);
    const replies = (await pipeline.exec()) ?? [];
    return ids.flatMap((id, i) => {
      const fields = replies[2 * i]?.[1] as Record<string, string> | undefined;
      const log = (replies[2 * i + 1]?.[1] ?? []) as string[];
      if (!fields?.status) return [];
      const events = log.map((row) => this.protector.openJson(row, `${id}:log`) as CaseEvent);
      return [{ id, fields, events, facts: this.factsIn(id, fields, events), anonymized: fields.anonymizedAt !== undefined }];
    });
  }

  private factsIn(id: string, fields: Record<string, string>, events: readonly CaseEvent[]): CaseFacts {
    if (fields.facts) return JSON.parse(fields.facts) as CaseFacts;
    const dossier = fields.dossier ? (this.protector.openJson(fields.dossier, `${id}:dossier`) as Record<string, unknown>) : {};
    return factsOf(dossier, fields, events);
  }

  /** Cases that entered one of these statuses before `before` and still hold personal data. */
  async closedBefore(statuses: readonly CaseStatus[], before: number): Promise<string[]> {
    const ids = await Promise.all(statuses.map((status) => this.redis.zrangebyscore(this.keys.status(status), '-inf', before)));
    const flat = ids.flat();
    const anonymized = await Promise.all(flat.map((id) => this.redis.hexists(this.keys.case(id), 'anonymizedAt')));
    return flat.filter((_id, i) => anonymized[i] === 0);
  }

  private async dropTimers(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const members = await this.redis.zrange(this.keys.timers, 0, -1);
    const owned = members.filter((m) => ids.some((id) => m.startsWith(`${id}|`)));
    if (owned.length > 0) await this.redis.zrem(this.keys.timers, ...owned);
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

function timerList(timers: TransitionSpec['timers']): string {
  return Object.entries(timers ?? {}).map(([name, at]) => `${name}=${Math.round(at)}`).join(',');
}

export const CASE_STATUSES: readonly CaseStatus[] = ['queued', 'claimed', 'filed', 'waiting_oss', 'nib_issued', 'closed', 'rejected', 'cancelled'];

/** A case someone may still act on: erasing the applicant cancels it. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['queued', 'claimed', 'filed', 'waiting_oss'];

/** Fields of a case hash that hold personal data or point to it. */
const PERSONAL_FIELDS = ['applicant', 'applicantKey', 'dossier', 'nib', 'nibPdf', 'sourceKey', 'claimedBy', 'claimedAt', 'retryAt'];

/** Cases read per round trip by reportRows. */
const REPORT_BATCH = 200;

/**
 * What an anonymised case keeps for reports: nothing that names or reaches a person. The desk that
 * had it, the applicant's 1–5 rating, and a rejection's category (never the reason's text, which may
 * name someone); who did what stays in the log as staff keys.
 */
export interface CaseFacts {
  kind?: string;
  legalForm?: string;
  villageCode?: string;
  districtCode?: string;
  kbli: string[];
  desk?: string;
  rating?: number;
  rejection?: RejectionCategory;
}

/** A case as the reports read it (see reportRows). */
export interface CaseReportRow {
  id: string;
  fields: Record<string, string>;
  events: CaseEvent[];
  facts: CaseFacts;
  anonymized: boolean;
}

/** The category of the case's latest rejection, when it was rejected. */
function rejectionOf(events: readonly CaseEvent[]): RejectionCategory | undefined {
  const rejected = events.filter((e) => e.type === 'rejected').at(-1);
  if (!rejected) return undefined;
  const { reason, category } = rejected.detail ?? {};
  if (isRejectionCategory(category)) return category;
  return rejectionCategory(typeof reason === 'string' ? reason : '');
}

function ratingOf(fields: Readonly<Record<string, string | undefined>>): number | undefined {
  const rating = Number(fields.rating);
  return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : undefined;
}

function factsOf(dossier: Record<string, unknown>, fields: Readonly<Record<string, string | undefined>>, events: readonly CaseEvent[]): CaseFacts {
  const business = (dossier.business ?? {}) as { legalForm?: string; kbli?: { code?: string }[]; address?: { villageCode?: string; districtCode?: string } };
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const facts: CaseFacts = { kbli: (business.kbli ?? []).map((k) => k.code ?? '').filter((c) => c !== '') };
  const entries: [keyof CaseFacts, string | number | undefined][] = [
    ['kind', text(dossier.kind)], ['legalForm', text(business.legalForm)],
    ['villageCode', text(business.address?.villageCode)], ['districtCode', text(business.address?.districtCode)],
    ['desk', fields.desk], ['rating', ratingOf(fields)], ['rejection', rejectionOf(events)],
  ];
  for (const [key, value] of entries) if (value !== undefined) Object.assign(facts, { [key]: value });
  return facts;
}

export function caseKeys(prefix: string) {
  return {
    case: (id: string) => `${prefix}:case:${id}`,
    log: (id: string) => `${prefix}:case:${id}:log`,
    eventSource: (id: string, hash: string) => `${prefix}:case-ev:${id}:${hash}`,
    source: (hash: string) => `${prefix}:case-src:${hash}`,
    byApplicant: (key: string) => `${prefix}:cases-of:${key}`,
    status: (status: CaseStatus) => `${prefix}:cases:${status}`,
    statusPrefix: `${prefix}:cases:`,
    claims: (staffKey: string) => `${prefix}:claims:${staffKey}`,
    timers: `${prefix}:case-timers`,
  };
}
