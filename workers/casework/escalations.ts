// What a case timer does when it falls due, if the case is still in the state that armed it:
// reminders to the desk or the holder, escalations to the coordinators' group, and the release of a
// claim nobody is working on. A timer armed at another version of the case does nothing.
import { translator } from '../../flows/i18n/index.js';
import type { DueTimer } from '../cases/case-timers.js';
import type { CaseRecord, CaseStore } from '../cases/store.js';
import type { RosterStore } from '../staff/roster.js';
import type { Casework } from './casework.js';
import { dossierOf, when } from '../../flows/casework/dossier-view.js';
import type { Notice } from './notice.js';

export interface EscalationDeps {
  casework: Casework;
  cases: CaseStore;
  roster: RosterStore;
  coordinatorGroup: string;
  timeZone: string;
  clock: () => number;
}

const t = translator('id');

export function createTimerHandler(deps: EscalationDeps) {
  const since = (at: number): string => when(at, deps.timeZone, t);

  async function holderPhone(record: CaseRecord): Promise<string | undefined> {
    return record.fields.claimedBy ? (await deps.roster.getByKey(record.fields.claimedBy))?.phone : undefined;
  }

  /** Logged once per timer: two processes' tickers, or a tick repeated after a crash, fire the same timer again. */
  async function logged(record: CaseRecord, timer: DueTimer, type: string, notices: Notice[]): Promise<Notice[]> {
    const source = `timer:${timer.caseId}:${timer.name}:${timer.version}`;
    await deps.cases.appendEventOnce(record.id, source, { at: deps.clock(), actor: 'system', type });
    return notices;
  }

  async function queueSla(record: CaseRecord, timer: DueTimer): Promise<Notice[]> {
    const waitingSince = Number(record.fields.statusSince ?? record.createdAt);
    const desk = await deps.casework.deskMembers({ code: record.fields.deskCode ?? '' });
    const village = dossierOf(record).business.address.villageName;
    const deskName = deps.casework.deskLabelOf(record);
    return logged(record, timer, 'queue_escalated', [
      { to: deps.coordinatorGroup, text: t('coQueueEscalation', { caseId: record.id, desk: deskName, since: since(waitingSince), village }), about: record.id },
      ...desk.map((m) => ({ to: m.phone, text: t('opDeskReminder', { caseId: record.id, since: since(waitingSince) }), about: record.id })),
    ]);
  }

  async function claimRemind(record: CaseRecord, timer: DueTimer): Promise<Notice[]> {
    const phone = await holderPhone(record);
    const claimedAt = Number(record.fields.claimedAt ?? record.updatedAt);
    return phone ? logged(record, timer, 'claim_reminded', [{ to: phone, text: t('opClaimReminder', { caseId: record.id, since: since(claimedAt) }), about: record.id }]) : [];
  }

  async function claimRelease(record: CaseRecord, timer: DueTimer): Promise<Notice[]> {
    const holder = record.fields.claimedBy;
    if (!holder) return [];
    const member = await deps.roster.getByKey(holder);
    const result = await deps.cases.transition(record.id, {
      from: ['claimed', 'waiting_oss'], to: 'queued', version: timer.version,
      claim: { action: 'drop', staffKey: holder },
      fields: { ossHeld: '', heldFrom: '' },
      timers: { queue_sla: deps.casework.queueSlaDue() },
      event: { at: deps.clock(), actor: 'system', type: 'claim_expired', detail: { holder: member?.name ?? '-' } },
    });
    if (!result.ok) return [];
    const claimedAt = Number(record.fields.claimedAt ?? record.updatedAt);
    return [
      ...(member ? [{ to: member.phone, text: t('opClaimExpired', { caseId: record.id }) }] : []),
      { to: deps.coordinatorGroup, text: t('coClaimEscalation', { caseId: record.id, name: member?.name ?? '-', since: since(claimedAt) }), about: record.id },
      ...(await deps.casework.backInQueue(record, holder)),
    ];
  }

  async function ossRetry(record: CaseRecord, timer: DueTimer): Promise<Notice[]> {
    const phone = await holderPhone(record);
    const deferral = (await deps.cases.events(record.id)).filter((e) => e.type === 'deferred').at(-1);
    const reason = typeof deferral?.detail?.reason === 'string' ? deferral.detail.reason : '-';
    await deps.casework.rearmClaim(record, timer.version);
    return phone ? [{ to: phone, text: t('opOssRetry', { caseId: record.id, reason }), about: record.id }] : [];
  }

  const STILL: Readonly<Record<DueTimer['name'], readonly string[]>> = {
    // A filed case is only reminded (to chase the NIB): it is in OSS under its holder, so it is never released.
    queue_sla: ['queued'], claim_remind: ['claimed', 'filed', 'waiting_oss'], claim_release: ['claimed', 'waiting_oss'], oss_retry: ['waiting_oss'],
  };

  /** The notices for a due timer; none when the case has moved on since it was armed. */
  return async function onTimer(timer: DueTimer): Promise<Notice[]> {
    const record = await deps.cases.get(timer.caseId);
    if (!record || record.version !== timer.version || !STILL[timer.name].includes(record.status)) return [];
    switch (timer.name) {
      case 'queue_sla': return queueSla(record, timer);
      case 'claim_remind': return claimRemind(record, timer);
      case 'claim_release': return claimRelease(record, timer);
      case 'oss_retry': return ossRetry(record, timer);
    }
  };
}
