// OSS GANGGUAN / OSS NORMAL: when the national portal is down, every case someone is filing (or has
// filed) in OSS is put on hold (waiting_oss, no SLA reminders: nobody can make progress), and its
// applicant and holder are told; when it is back, each held case returns to where it was, its
// claim SLA starts again, and the holders are reminded and the applicants told.
import type { RedisClient } from '../platform/redis-client.js';
import { OSS_HOLDABLE } from '../../flows/casework/coordination.js';
import type { CaseRecord, CaseStatus, CaseStore, TransitionSpec } from '../cases/store.js';
import type { RosterStore } from '../staff/roster.js';
import type { Casework } from './casework.js';
import type { Command } from './coordination.js';
import type { Notice } from './notice.js';
import type { PlanStore } from './plans.js';

export interface OssOutageDeps {
  redis: RedisClient;
  prefix: string;
  cases: CaseStore;
  casework: Casework;
  roster: RosterStore;
  plans: PlanStore;
  clock: () => number;
}

/** What a case held for the outage returns to. */
const RESUMABLE: readonly CaseStatus[] = ['claimed', 'filed', 'waiting_oss'];

export class OssOutage {
  private readonly keys: { outage: string; held: string };

  constructor(private readonly deps: OssOutageDeps) {
    this.keys = { outage: `${deps.prefix}:oss:outage`, held: `${deps.prefix}:oss:held` };
  }

  /** Since when OSS is recorded as down (epoch ms), or undefined. */
  async downSince(): Promise<number | undefined> {
    const since = await this.deps.redis.get(this.keys.outage);
    return since === null ? undefined : Number(since);
  }

  /** OSS GANGGUAN: holds what is not held yet (typed again, it also holds the cases claimed since). */
  async down(command: Command): Promise<Notice[]> {
    await this.deps.redis.set(this.keys.outage, String(this.deps.clock()), 'NX');
    const plan = await this.deps.plans.once(`${command.cause}:oss-down`, () => this.holdable());
    const held: CaseRecord[] = [];
    for (const caseId of plan) {
      const record = await this.hold(command, caseId);
      if (record) held.push(record);
    }
    const group = { to: command.group, text: this.deps.casework.staffWords('coOssDown', { count: String(held.length) }) };
    return [group, ...(await this.toHolders(held, 'opOssHeld')), ...held.map((r) => this.deps.casework.toApplicant(r, (t) => t('apOssDown', { caseId: r.id })))];
  }

  private async holdable(): Promise<string[]> {
    const ids = (await Promise.all(OSS_HOLDABLE.map((s) => this.deps.cases.inStatus(s)))).flat().map((r) => r.id);
    const records = await Promise.all(ids.map((id) => this.deps.cases.get(id)));
    return records.filter((r): r is CaseRecord => r !== undefined && !r.fields.ossHeld).map((r) => r.id).sort();
  }

  /** One case on hold; the record as it was, or undefined when it moved on meanwhile. */
  private async hold(command: Command, caseId: string): Promise<CaseRecord | undefined> {
    const record = await this.deps.cases.get(caseId);
    if (!record) return undefined;
    const result = await this.deps.cases.transition(caseId, {
      from: OSS_HOLDABLE, to: 'waiting_oss',
      // Held a moment ago by another OSS GANGGUAN: the status it had before the outage stays the one to return to.
      fields: { ossHeld: '1', ...(record.fields.ossHeld ? {} : { heldFrom: record.status }) },
      event: this.deps.casework.event(command.actor, 'oss_held'),
      once: `${command.cause}:oss-down:${caseId}`,
    });
    if (!result.ok && result.reason !== 'duplicate') return undefined;
    await this.deps.redis.sadd(this.keys.held, caseId);
    return record;
  }

  /** OSS NORMAL: every held case back where it was, its holder reminded, its applicant told. */
  async up(command: Command): Promise<Notice[]> {
    const plan = await this.deps.plans.once(`${command.cause}:oss-up`, async () => ({
      wasDown: (await this.downSince()) !== undefined, caseIds: (await this.deps.redis.smembers(this.keys.held)).sort(),
    }));
    await this.deps.redis.del(this.keys.outage);
    if (!plan.wasDown && plan.caseIds.length === 0) return [{ to: command.group, text: this.deps.casework.staffWords('coOssNotDown') }];
    const resumed: CaseRecord[] = [];
    for (const caseId of plan.caseIds) {
      const record = await this.resume(command, caseId);
      if (record) resumed.push(record);
    }
    const group = { to: command.group, text: this.deps.casework.staffWords('coOssUp', { count: String(resumed.length) }) };
    return [group, ...(await this.toHolders(resumed, 'opOssResumed')), ...resumed.map((r) => this.deps.casework.toApplicant(r, (t) => t('apOssUp', { caseId: r.id })))];
  }

  private async resume(command: Command, caseId: string): Promise<CaseRecord | undefined> {
    const record = await this.deps.cases.get(caseId);
    const held = record?.fields.heldFrom as CaseStatus | undefined;
    const back = held && RESUMABLE.includes(held) ? held : undefined;
    // Without a status to return to (resumed already, by this very command before a crash, or out of
    // the hold since), no status is allowed: only the once-per-source check can answer, "duplicate".
    const result = record && await this.deps.cases.transition(caseId, {
      from: back ? ['waiting_oss'] : [], to: back ?? record.status, fields: { ossHeld: '', heldFrom: '' }, timers: this.timersOn(back ?? record.status),
      event: this.deps.casework.event(command.actor, 'oss_resumed'), once: `${command.cause}:oss-up:${caseId}`,
    });
    await this.deps.redis.srem(this.keys.held, caseId);
    return result && (result.ok || result.reason === 'duplicate') ? record : undefined;
  }

  /** The claim SLA again; a filed case is only reminded (it is never released from its holder). */
  private timersOn(status: CaseStatus): TransitionSpec['timers'] {
    return status === 'filed' ? this.deps.casework.filedTimers() : this.deps.casework.claimTimers();
  }

  /** One message per holder listing their cases. */
  private async toHolders(records: readonly CaseRecord[], key: 'opOssHeld' | 'opOssResumed'): Promise<Notice[]> {
    const byHolder = new Map<string, string[]>();
    for (const r of records) if (r.fields.claimedBy) byHolder.set(r.fields.claimedBy, [...(byHolder.get(r.fields.claimedBy) ?? []), r.id]);
    const notices: Notice[] = [];
    for (const [holder, ids] of [...byHolder.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const member = await this.deps.roster.getByKey(holder);
      if (member?.active) notices.push({ to: member.phone, text: this.deps.casework.staffWords(key, { cases: ids.join(', ') }), ...(ids.length === 1 ? { about: ids[0] } : {}) });
    }
    return notices;
  }
}
