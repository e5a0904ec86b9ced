// What coordinators change from their group: a case handed to an operator (TUGASKAN), moved up a
// desk (NAIKKAN), an operator registered (TAMBAH OPERATOR) or deactivated with their cases going
// back to the desk (NONAKTIF). Every method answers with the notices to send: the group's answer and
// everyone concerned. Each decides its plan once per command (plans.ts) and moves each case once per
// source, so a command handled again after a crash repeats nothing and loses nothing.
import { areaLabel, matchMemberByName, nextDeskUp, operatorRefKind } from '../../flows/casework/coordination.js';
import type { Desk } from '../../flows/casework/desk.js';
import { deskLevelOf, deskName, dossierOf } from '../../flows/casework/dossier-view.js';
import type { VillageIndex } from '../../flows/area/villages.js';
import { parseMobilePhone } from '../../flows/validators/phone.js';
import type { Translate } from '../../flows/i18n/index.js';
import type { CaseRecord, CaseStatus, CaseStore, TransitionSpec } from '../cases/store.js';
import { OPEN_STATUSES } from '../cases/store.js';
import type { Logger } from '../platform/logger.js';
import { maskDigits } from '../platform/logger.js';
import { staffInputSchema, type RosterStore, type StaffMember } from '../staff/roster.js';
import type { Actor, Casework } from './casework.js';
import type { Notice } from './notice.js';
import type { PlanStore } from './plans.js';

export interface CoordinationDeps {
  casework: Casework;
  cases: CaseStore;
  roster: RosterStore;
  plans: PlanStore;
  villages: VillageIndex;
  /** Why an area code cannot be served here, or undefined (as the admin API checks it). */
  areaProblem: (code: string) => string | undefined;
  clock: () => number;
  logger: Logger;
}

/** Where a command is answered, who gave it, and the inbox entry it came in (the cause of every id). */
export interface Command {
  group: string;
  actor: Actor;
  cause: string;
}

type Resolved = { member: StaffMember } | { problem: string };

const HELD: readonly CaseStatus[] = ['claimed', 'filed', 'waiting_oss'];
/** Fields of a hold (TUNDA, an OSS outage) that end when the case changes hands or desks. */
const NO_HOLD = { retryAt: '', ossHeld: '', heldFrom: '' };

export class Coordination {
  private readonly t: Translate;

  constructor(private readonly deps: CoordinationDeps) {
    this.t = deps.casework.staffWords;
  }

  private answer(command: Command, text: string): Notice[] {
    return [{ to: command.group, text }];
  }

  private async openCase(command: Command, caseId: string): Promise<{ record: CaseRecord } | { refusal: Notice[] }> {
    const record = await this.deps.cases.get(caseId);
    if (!record) return { refusal: this.answer(command, this.t('coCaseUnknown', { caseId })) };
    if (!OPEN_STATUSES.includes(record.status)) {
      return { refusal: this.answer(command, this.t('coCaseClosed', { caseId, stage: this.deps.casework.stage(record.status) })) };
    }
    return { record };
  }

  // ---- TUGASKAN

  /** The active operator a coordinator means by a phone number or (part of) a name. */
  async resolveOperator(typed: string): Promise<Resolved> {
    if (operatorRefKind(typed) === 'phone') {
      const phone = parseMobilePhone(typed);
      const member = phone.ok ? await this.deps.roster.get(phone.value) : undefined;
      if (!phone.ok) return { problem: this.t('coBadPhone', { typed }) };
      if (!member) return { problem: this.t('coOperatorUnknown', { typed }) };
      return member.active ? { member } : { problem: this.t('coOperatorInactive', { name: member.name }) };
    }
    const active = (await this.deps.roster.list()).filter((m) => m.active);
    const match = matchMemberByName(typed, active);
    if (match.kind === 'one') return { member: match.member };
    if (match.kind === 'none') return { problem: this.t('coOperatorUnknown', { typed }) };
    return { problem: this.t('coOperatorAmbiguous', { typed, names: match.members.map((m) => `${m.name} (${m.phone})`).join(', ') }) };
  }

  async reassign(command: Command, caseId: string, typed: string): Promise<Notice[]> {
    const opened = await this.openCase(command, caseId);
    if ('refusal' in opened) return opened.refusal;
    const { record } = opened;
    const target = await this.assignable(record, typed);
    if ('problem' in target) return this.answer(command, target.problem);
    const { member } = target;
    const plan = await this.deps.plans.once(`${command.cause}:reassign`, () => Promise.resolve({ previous: record.fields.claimedBy ?? null }));
    const result = await this.deps.cases.reassign(caseId, {
      ...(plan.previous === null ? { from: ['queued'], previous: undefined, status: 'claimed' as const } : { from: HELD, previous: plan.previous }),
      to: { staffKey: this.deps.roster.staffKey(member.phone), cap: member.maxOpenCases },
      event: this.deps.casework.event(command.actor, 'reassigned', { to: member.name }),
      timers: this.timersAfterReassign(record), once: `${command.cause}:reassign`,
    });
    if (result.ok || result.reason === 'duplicate') return this.reassigned(command, record, member, plan.previous ?? undefined);
    return this.answer(command, this.reassignRefusal(caseId, member, result.reason));
  }

  /** The operator meant, if they may take this case: active, and serving its desk. */
  private async assignable(record: CaseRecord, typed: string): Promise<Resolved> {
    const target = await this.resolveOperator(typed);
    if ('problem' in target || this.deps.casework.covers(target.member, record.fields.deskCode)) return target;
    const desk = this.deps.casework.deskLabelOf(record);
    return { problem: this.t('coOperatorNotDesk', { name: target.member.name, caseId: record.id, desk }) };
  }

  private reassignRefusal(caseId: string, member: StaffMember, reason: string): string {
    if (reason === 'same') return this.t('coReassignSame', { caseId, name: member.name });
    if (reason === 'cap') return this.t('coOperatorCap', { name: member.name, max: String(member.maxOpenCases) });
    return this.t('coCaseChanged', { caseId });
  }

  /** A case on hold stays on hold (its reminder kept); otherwise the new holder's claim SLA starts. */
  private timersAfterReassign(record: CaseRecord): TransitionSpec['timers'] {
    if (record.fields.ossHeld) return {};
    const retryAt = Number(record.fields.retryAt);
    if (record.status === 'waiting_oss' && retryAt > 0) return { oss_retry: retryAt };
    return record.status === 'filed' ? this.deps.casework.filedTimers() : this.deps.casework.claimTimers();
  }

  private async reassigned(command: Command, record: CaseRecord, member: StaffMember, previous: string | undefined): Promise<Notice[]> {
    const caseId = record.id;
    const by = command.actor.member.name;
    const before = previous ? await this.deps.roster.getByKey(previous) : undefined;
    const desk = this.deps.casework.deskLabelOf(record);
    const group = before
      ? this.t('coReassignedFrom', { caseId, name: member.name, previous: before.name })
      : this.t('coReassigned', { caseId, name: member.name });
    return [
      ...this.answer(command, group),
      { to: member.phone, text: this.t('opAssignedToYou', { caseId, by }), about: caseId },
      ...(before ? [{ to: before.phone, text: this.t('opReassignedAway', { caseId, name: member.name, by }) }] : []),
      this.deps.casework.toApplicant(record, (t) => (previous ? t('apReassigned', { caseId, desk }) : t('apClaimed', { caseId, desk }))),
    ];
  }

  // ---- NAIKKAN

  async escalate(command: Command, caseId: string): Promise<Notice[]> {
    const opened = await this.openCase(command, caseId);
    if ('refusal' in opened) return opened.refusal;
    const { record } = opened;
    const level = deskLevelOf(record) ?? 'regency';
    const plan = await this.deps.plans.once(`${command.cause}:escalate`, async () => ({
      desk: nextDeskUp(level, dossierOf(record).business.address, await this.staffedAreas()) ?? null,
      holder: record.fields.claimedBy ?? null,
    }));
    if (plan.desk === null) return this.answer(command, this.t('coEscalateTop', { caseId }));
    const result = await this.deps.cases.transition(caseId, {
      ...(plan.holder === null ? { from: ['queued'] } : { from: HELD, holder: plan.holder, claim: { action: 'drop', staffKey: plan.holder } }),
      to: 'queued',
      fields: { desk: plan.desk.level, deskCode: plan.desk.code, ...NO_HOLD },
      timers: { queue_sla: this.deps.casework.queueSlaDue() },
      event: this.deps.casework.event(command.actor, 'escalated', { from: level, desk: plan.desk.level, code: plan.desk.code }),
      once: `${command.cause}:escalate`,
    });
    if (!result.ok && result.reason !== 'duplicate') return this.answer(command, this.t('coCaseChanged', { caseId }));
    return this.escalated(command, record, plan.desk, plan.holder ?? undefined);
  }

  private async staffedAreas(): Promise<(code: string) => boolean> {
    const areas = new Set((await this.deps.roster.list()).filter((m) => m.active && m.role === 'operator').flatMap((m) => m.areas));
    return (code) => areas.has(code);
  }

  private async escalated(command: Command, record: CaseRecord, desk: Desk, holder: string | undefined): Promise<Notice[]> {
    const moved: CaseRecord = { ...record, fields: { ...record.fields, desk: desk.level, deskCode: desk.code } };
    const name = deskName(desk.level, dossierOf(record), this.t);
    const before = holder ? await this.deps.roster.getByKey(holder) : undefined;
    return [
      ...this.answer(command, this.t('coEscalated', { caseId: record.id, desk: name })),
      ...(await this.deps.casework.announce(moved)),
      ...(before ? [{ to: before.phone, text: this.t('opEscalatedAway', { caseId: record.id, desk: name }) }] : []),
      this.deps.casework.toApplicant(record, (t) => t('apEscalated', { caseId: record.id, desk: deskName(desk.level, dossierOf(record), t) })),
    ];
  }

  // ---- NONAKTIF

  async deactivate(command: Command, typed: string): Promise<Notice[]> {
    const phone = parseMobilePhone(typed);
    if (!phone.ok) return this.answer(command, this.t('coBadPhone', { typed }));
    const member = await this.deps.roster.get(phone.value);
    if (!member) return this.answer(command, this.t('coMemberUnknown'));
    const key = this.deps.roster.staffKey(member.phone);
    const plan = await this.deps.plans.once(`${command.cause}:deactivate`, async () => ({
      wasActive: member.active, caseIds: (await this.deps.cases.claimsOf(key)).sort(),
    }));
    if (!plan.wasActive && plan.caseIds.length === 0) return this.answer(command, this.t('coAlreadyInactive', { name: member.name }));
    await this.deps.roster.update(member.phone, { active: false });
    this.deps.logger.info({ staff: key, phoneMasked: maskDigits(member.phone), cases: plan.caseIds.length }, 'staff member deactivated by a coordinator');
    const notices: Notice[] = [];
    for (const caseId of plan.caseIds) notices.push(...(await this.giveBack(command, caseId, key)));
    const cases = plan.caseIds.join(', ');
    const group = plan.caseIds.length > 0
      ? this.t('coDeactivated', { name: member.name, count: String(plan.caseIds.length), cases })
      : this.t('coDeactivatedNoCases', { name: member.name });
    return [...this.answer(command, group), { to: member.phone, text: this.t('opDeactivated', { count: String(plan.caseIds.length) }) }, ...notices];
  }

  /** One of a deactivated member's cases back to its desk: re-announced there, the applicant told. */
  private async giveBack(command: Command, caseId: string, holder: string): Promise<Notice[]> {
    const record = await this.deps.cases.get(caseId);
    if (!record) return [];
    const result = await this.deps.cases.transition(caseId, {
      from: HELD, to: 'queued', holder, claim: { action: 'drop', staffKey: holder }, fields: NO_HOLD,
      timers: { queue_sla: this.deps.casework.queueSlaDue() },
      event: this.deps.casework.event(command.actor, 'holder_deactivated'),
      once: `${command.cause}:deactivate:${caseId}`,
    });
    if (!result.ok && result.reason !== 'duplicate') return [];
    return [
      ...(await this.deps.casework.announce(record, [holder])),
      this.deps.casework.toApplicant(record, (t) => t('apBackInQueue', { caseId })),
    ];
  }

  // ---- TAMBAH OPERATOR

  async addOperator(command: Command, input: { phone: string; area: string; name: string }): Promise<Notice[]> {
    const problem = this.inputProblem(input);
    if (problem !== undefined) return this.answer(command, problem);
    const phone = parseMobilePhone(input.phone);
    if (!phone.ok) return this.answer(command, this.t('coBadPhone', { typed: input.phone }));
    const existing = await this.deps.roster.get(phone.value);
    const plan = await this.deps.plans.once(`${command.cause}:add`, () => Promise.resolve({ existed: existing !== undefined, wasActive: existing?.active ?? false }));
    if (plan.existed && plan.wasActive && existing) {
      return this.answer(command, this.t('coOperatorExists', { name: existing.name, area: this.areaOf(existing.areas[0] ?? '') }));
    }
    const fields = { name: input.name.trim(), areas: [input.area], active: true };
    const member = plan.existed
      ? await this.deps.roster.update(phone.value, fields)
      : (await this.deps.roster.create({ phone: phone.value, role: 'operator', ...fields })).member;
    if (!member) return this.answer(command, this.t('coMemberUnknown'));
    this.deps.logger.info({ staff: this.deps.roster.staffKey(member.phone), phoneMasked: maskDigits(member.phone), areas: 1 }, 'staff member added by a coordinator');
    const area = this.areaOf(input.area);
    const done = plan.existed ? 'coOperatorReactivated' : 'coOperatorAdded';
    return [...this.answer(command, this.t(done, { name: member.name, area })), { to: member.phone, text: this.t('opWelcome', { name: member.name, area }) }];
  }

  /** The first thing wrong with a new operator's phone, area or name, as the group reads it. */
  private inputProblem(input: { phone: string; area: string; name: string }): string | undefined {
    const parsed = staffInputSchema.safeParse({ phone: input.phone, name: input.name, role: 'operator', areas: [input.area] });
    const field = parsed.success ? undefined : String(parsed.error.issues[0]?.path[0] ?? '');
    if (field === 'phone') return this.t('coBadPhone', { typed: input.phone });
    if (field === 'areas' || this.deps.areaProblem(input.area) !== undefined) return this.t('coBadArea', { area: input.area });
    return field === undefined ? undefined : this.t('coBadName');
  }

  private areaOf(code: string): string {
    return areaLabel(code, this.deps.villages, this.t);
  }
}
