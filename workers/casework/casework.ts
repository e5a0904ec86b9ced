// The casework: what happens to a submitted case, decided here and made atomic by the case store's
// transitionCase script. Every method answers with the notices to send (to the operator, the
// applicant, the desk, the coordinators); the caller enqueues them with ids tied to their cause.
import { addWorkingTime, type OfficeHours } from '../../flows/worktime/index.js';
import { areaCovers, chooseDesk, routingFactsOf, type Desk } from '../../flows/casework/desk.js';
import { nextContactWhen } from '../../flows/intake/hours.js';
import { translator, type FixedMessageKey, type Translate } from '../../flows/i18n/index.js';
import { parseNib } from '../../flows/validators/nib.js';
import type { FlowInput, ForwardOutcome, StoredMedia } from '../../flows/engine/types.js';
import type { CaseRecord, CaseStatus, CaseStore, TransitionResult, TransitionSpec } from '../cases/store.js';
import type { MediaStore } from '../media/store.js';
import type { Logger } from '../platform/logger.js';
import type { RosterStore, StaffMember } from '../staff/roster.js';
import { deskLevelOf, deskName, detailText, dossierOf, newCaseNotice, when } from '../../flows/casework/dossier-view.js';
import type { Notice } from './notice.js';
import { CODE_TTL_MS, type RelayStore } from './relays.js';

const HOUR_MS = 3600_000;

export interface CaseworkRules {
  capitalLimit: number;
  maxKbliAtLowerDesks: number;
  claimSlaHours: number;
  queueSlaHours: number;
  ossRetryHours: number;
}

export interface CaseworkDeps {
  cases: CaseStore;
  roster: RosterStore;
  media: MediaStore;
  relays: RelayStore;
  rules: CaseworkRules;
  officeHours: OfficeHours;
  coordinatorGroup: string;
  clock: () => number;
  logger: Logger;
}

/** A staff member as commands see them: the record and the key other records use for them. */
export interface Actor {
  member: StaffMember;
  key: string;
}

const STAGE_KEYS: Readonly<Record<string, FixedMessageKey>> = {
  queued: 'stageQueued', claimed: 'stageClaimed', filed: 'stageFiled', waiting_oss: 'stageWaitingOss',
  nib_issued: 'stageNibIssued', closed: 'stageClosed', rejected: 'stageRejected', cancelled: 'stageCancelled',
};

const HELD: readonly CaseStatus[] = ['claimed', 'filed', 'waiting_oss'];

/** A case leaving its holder's hands ends an OSS-outage hold too (OSS NORMAL then leaves it alone). */
const END_OUTAGE_HOLD = { ossHeld: '', heldFrom: '' };

/** The applicant's latest messages shown with DETAIL. */
const MESSAGES_IN_DETAIL = 5;

type Guarded = { record: CaseRecord } | { refusal: Notice[] };

export class Casework {
  readonly staffWords: Translate = translator('id');

  constructor(private readonly deps: CaseworkDeps) {}

  stage(status: string, t: Translate = this.staffWords): string {
    return t(STAGE_KEYS[status] ?? 'stageUnknown');
  }

  private applicantWords(record: CaseRecord): Translate {
    return translator(dossierOf(record).lang === 'en' ? 'en' : 'id');
  }

  private toStaff(actor: Actor, text: string, about?: string): Notice {
    return { to: actor.member.phone, text, ...(about ? { about } : {}) };
  }

  /** A notice to the case's applicant, worded in their language. */
  toApplicant(record: CaseRecord, pick: (t: Translate) => string): Notice {
    return { to: record.applicantChat, text: pick(this.applicantWords(record)) };
  }

  deskLabelOf(record: CaseRecord, t: Translate = this.staffWords): string {
    const level = deskLevelOf(record);
    return level ? deskName(level, dossierOf(record), t) : t('stageUnknown');
  }

  /** The instant `hours` working hours from now (office hours, holidays, time zone). */
  after(hours: number): number {
    return addWorkingTime(this.deps.officeHours, this.deps.clock(), hours * HOUR_MS);
  }

  queueSlaDue(): number {
    return this.after(this.deps.rules.queueSlaHours);
  }

  claimTimers(): TransitionSpec['timers'] {
    return { claim_remind: this.after(this.deps.rules.claimSlaHours), claim_release: this.after(2 * this.deps.rules.claimSlaHours) };
  }

  event(actor: Actor | 'system', type: string, detail?: Record<string, unknown>): TransitionSpec['event'] {
    const who = actor === 'system' ? 'system' : `staff:${actor.key}`;
    const named = actor === 'system' ? detail : { by: actor.member.name, ...detail };
    return { at: this.deps.clock(), actor: who, type, ...(named ? { detail: named } : {}) };
  }

  // ---- who may touch what

  covers(member: StaffMember, deskCode: string | undefined): boolean {
    if (member.role === 'coordinator') return true;
    return deskCode !== undefined && member.areas.some((area) => areaCovers(area, deskCode));
  }

  private async guard(actor: Actor, caseId: string, command: string): Promise<Guarded> {
    const t = this.staffWords;
    const record = await this.deps.cases.get(caseId);
    if (!record) return { refusal: [this.toStaff(actor, t('opUnknownCase', { caseId }))] };
    if (!this.covers(actor.member, record.fields.deskCode)) {
      this.deps.logger.warn({ caseId, command, staff: actor.key.slice(0, 12) }, 'refused: case of another desk');
      return { refusal: [this.toStaff(actor, t('opNotYourDesk', { caseId }))] };
    }
    return { record };
  }

  private async holderGuard(actor: Actor, caseId: string, command: string): Promise<Guarded> {
    const guarded = await this.guard(actor, caseId, command);
    if ('refusal' in guarded) return guarded;
    const { record } = guarded;
    const holder = record.fields.claimedBy;
    if (holder === actor.key && HELD.includes(record.status)) return guarded;
    return { refusal: [this.toStaff(actor, await this.notHolderText(record, holder))] };
  }

  private async notHolderText(record: CaseRecord, holder: string | undefined): Promise<string> {
    const t = this.staffWords;
    if (record.status === 'queued') return t('opNotClaimedYet', { caseId: record.id });
    if (!HELD.includes(record.status) || !holder) return t('opCaseNotOpen', { caseId: record.id, stage: this.stage(record.status) });
    return t('opNotClaimer', { caseId: record.id, name: await this.nameOf(holder) });
  }

  private async nameOf(staffKey: string): Promise<string> {
    return (await this.deps.roster.getByKey(staffKey))?.name ?? '-';
  }

  // ---- dispatch

  /** Active operators who serve exactly this desk. */
  async deskMembers(desk: Pick<Desk, 'code'>): Promise<StaffMember[]> {
    const all = await this.deps.roster.list();
    return all.filter((m) => m.active && m.role === 'operator' && m.areas.includes(desk.code));
  }

  async dispatch(caseId: string): Promise<Notice[]> {
    const record = await this.deps.cases.get(caseId);
    const facts = record ? routingFactsOf(record.dossier) : undefined;
    if (!record || !facts) return [];
    if (record.fields.deskCode) return this.dispatchNotices(record);
    const staffed = new Set((await this.deps.roster.list()).filter((m) => m.active && m.role === 'operator').flatMap((m) => m.areas));
    const { desk, reasons } = chooseDesk(facts, this.deps.rules, (code) => staffed.has(code));
    const result = await this.deps.cases.transition(caseId, {
      from: ['queued'],
      fields: { desk: desk.level, deskCode: desk.code, dispatchedAt: String(this.deps.clock()) },
      timers: { queue_sla: this.queueSlaDue() },
      event: this.event('system', 'dispatched', { desk: desk.level, code: desk.code, reasons }),
    });
    if (!result.ok) return [];
    const updated = await this.deps.cases.get(caseId);
    return updated ? this.dispatchNotices(updated) : [];
  }

  /** The desk's new-case notices and the applicant's "passed on"; the same each time (ids dedupe). */
  private async dispatchNotices(record: CaseRecord): Promise<Notice[]> {
    const level = deskLevelOf(record) ?? 'regency';
    const toDesk = await this.announce(record);
    const applicant = this.toApplicant(record, (t) => t('apDispatched', {
      caseId: record.id, desk: deskName(level, dossierOf(record), t), when: nextContactWhen(this.deps.officeHours, this.deps.clock(), { t }),
    }));
    return [...toDesk, applicant];
  }

  /**
   * The case as new to its desk, waiting since it was submitted: to every active operator of the desk
   * except `except` (staff keys), or to the coordinators' group when nobody else serves it.
   */
  async announce(record: CaseRecord, except: readonly string[] = []): Promise<Notice[]> {
    const level = deskLevelOf(record) ?? 'regency';
    const notice = newCaseNotice(record, level, record.createdAt, this.deps.officeHours.timeZone, this.staffWords);
    const members = (await this.deskMembers({ code: record.fields.deskCode ?? '' })).filter((m) => !except.includes(this.deps.roster.staffKey(m.phone)));
    const to = members.length > 0 ? members.map((m) => m.phone) : [this.deps.coordinatorGroup];
    return to.map((chat) => ({ to: chat, text: notice, about: record.id }));
  }

  // ---- commands

  /** ANTRIAN: the waiting cases of the actor's desks, numbered; `listed` keeps their order for KLAIM 1. */
  async queue(actor: Actor): Promise<{ notices: Notice[]; listed: string[] }> {
    const t = this.staffWords;
    const waiting = await this.deps.cases.inStatus('queued');
    const records = (await Promise.all(waiting.map(async (w) => ({ since: w.since, record: await this.deps.cases.get(w.id) }))))
      .filter((r): r is { since: number; record: CaseRecord } => r.record !== undefined && this.covers(actor.member, r.record.fields.deskCode));
    if (records.length === 0) return { notices: [this.toStaff(actor, t('opQueueEmpty'))], listed: [] };
    const lines = records.map(({ since, record }, i) => t('opQueueLine', {
      n: String(i + 1), caseId: record.id, business: dossierOf(record).business.name, village: dossierOf(record).business.address.villageName,
      since: when(since, this.deps.officeHours.timeZone, t),
    }));
    const text = [t('opQueueHeader', { count: String(records.length) }), ...lines, t('opQueueFooter')].join('\n');
    return { notices: [this.toStaff(actor, text)], listed: records.map((r) => r.record.id) };
  }

  async myCases(actor: Actor): Promise<Notice[]> {
    const t = this.staffWords;
    const ids = await this.deps.cases.claimsOf(actor.key);
    const records = (await Promise.all(ids.map((id) => this.deps.cases.get(id)))).filter((r): r is CaseRecord => r !== undefined);
    if (records.length === 0) return [this.toStaff(actor, t('opMyCasesEmpty'))];
    const lines = records.map((r) => t('opMyCaseLine', { caseId: r.id, business: dossierOf(r).business.name, stage: this.stage(r.status) }));
    const header = t('opMyCasesHeader', { count: String(records.length), max: String(actor.member.maxOpenCases) });
    return [this.toStaff(actor, [header, ...lines].join('\n'))];
  }

  async claim(actor: Actor, caseId: string): Promise<Notice[]> {
    const guarded = await this.guard(actor, caseId, 'claim');
    if ('refusal' in guarded) return guarded.refusal;
    const result = await this.deps.cases.transition(caseId, {
      from: ['queued'], to: 'claimed',
      claim: { action: 'take', staffKey: actor.key, cap: actor.member.maxOpenCases },
      timers: this.claimTimers(),
      event: this.event(actor, 'claimed'),
    });
    if (!result.ok) return [this.toStaff(actor, await this.claimRefusal(actor, guarded.record, result))];
    const t = this.staffWords;
    return [
      this.toStaff(actor, t('opClaimed', { caseId }), caseId),
      this.toApplicant(guarded.record, (w) => w('apClaimed', { caseId, desk: this.deskLabelOf(guarded.record, w) })),
    ];
  }

  private async claimRefusal(actor: Actor, record: CaseRecord, result: Exclude<TransitionResult, { ok: true }>): Promise<string> {
    const t = this.staffWords;
    if (result.reason === 'cap') return t('opClaimCap', { max: String(actor.member.maxOpenCases) });
    if (result.holder === actor.key) return t('opClaimOwn', { caseId: record.id });
    if (result.holder) return t('opClaimTaken', { caseId: record.id, name: await this.nameOf(result.holder) });
    return t('opCaseNotOpen', { caseId: record.id, stage: this.stage(result.status) });
  }

  async release(actor: Actor, caseId: string): Promise<Notice[]> {
    const guarded = await this.holderGuard(actor, caseId, 'release');
    if ('refusal' in guarded) return guarded.refusal;
    const result = await this.deps.cases.transition(caseId, {
      from: HELD, to: 'queued', holder: actor.key,
      claim: { action: 'drop', staffKey: actor.key },
      fields: END_OUTAGE_HOLD,
      timers: { queue_sla: this.queueSlaDue() },
      event: this.event(actor, 'released'),
    });
    if (!result.ok) return [this.toStaff(actor, await this.notHolderText(guarded.record, result.holder))];
    return [this.toStaff(actor, this.staffWords('opReleased', { caseId })), ...(await this.backInQueue(guarded.record, actor.key))];
  }

  /** The desk (except whoever let go) and the applicant hear that the case is waiting again. */
  async backInQueue(record: CaseRecord, except: string): Promise<Notice[]> {
    const members = await this.deskMembers({ code: record.fields.deskCode ?? '' });
    const others = members.filter((m) => this.deps.roster.staffKey(m.phone) !== except);
    return [
      ...others.map((m) => ({ to: m.phone, text: this.staffWords('opBackInQueue', { caseId: record.id }), about: record.id })),
      this.toApplicant(record, (t) => t('apBackInQueue', { caseId: record.id })),
    ];
  }

  /** Work on a held case that counts as progress: logged, and the claim's SLA starts again. */
  private async progress(actor: Actor, record: CaseRecord, type: string, detail?: Record<string, unknown>): Promise<TransitionResult> {
    return this.deps.cases.transition(record.id, { from: HELD, holder: actor.key, timers: this.progressTimers(record), event: this.event(actor, type, detail) });
  }

  /**
   * The claim SLA starts again; but a deferred case (TUNDA) keeps its retry reminder (re-armed at the
   * new version, same time), a filed one is only reminded, and one held for an OSS outage has none.
   */
  private progressTimers(record: CaseRecord): TransitionSpec['timers'] {
    const retryAt = Number(record.fields.retryAt);
    if (record.fields.ossHeld) return {};
    if (record.status === 'waiting_oss' && retryAt > 0) return { oss_retry: retryAt };
    return record.status === 'filed' ? this.filedTimers() : this.claimTimers();
  }

  /** A filed case is in OSS under its holder: they are reminded to chase the NIB, never relieved of it. */
  filedTimers(): TransitionSpec['timers'] {
    return { claim_remind: this.after(this.deps.rules.claimSlaHours) };
  }

  /**
   * The applicant answered the holder's TANYA: progress too (the claim SLA starts again), logged
   * with the answer once per message. With nobody holding the case any more, the answer is only logged.
   */
  async applicantAnswered(caseId: string, staffKey: string | undefined, text: string, source: string): Promise<void> {
    const record = await this.deps.cases.get(caseId);
    const event = { at: this.deps.clock(), actor: 'applicant', type: 'answered', detail: { text } };
    const held = record && staffKey && HELD.includes(record.status) && record.fields.claimedBy === staffKey;
    if (!held) {
      await this.deps.cases.appendEventOnce(caseId, source, event);
      return;
    }
    await this.deps.cases.transition(caseId, { from: HELD, holder: staffKey, timers: this.progressTimers(record), event, once: source });
  }

  /** After the OSS reminder the claim's SLA runs again, so a case on hold is never forgotten. */
  async rearmClaim(record: CaseRecord, version: number): Promise<void> {
    await this.deps.cases.transition(record.id, {
      from: ['waiting_oss'], version, timers: this.claimTimers(),
      event: { at: this.deps.clock(), actor: 'system', type: 'oss_retry_reminded' },
    });
  }

  async detail(actor: Actor, caseId: string): Promise<Notice[]> {
    const guarded = await this.holderGuard(actor, caseId, 'detail');
    if ('refusal' in guarded) return guarded.refusal;
    const { record } = guarded;
    await this.progress(actor, record, 'detail_viewed');
    const t = this.staffWords;
    const messages = (await this.deps.cases.events(caseId)).filter((e) => e.type === 'applicant_message').slice(-MESSAGES_IN_DETAIL);
    const said = messages.map((e) => `• ${when(e.at, this.deps.officeHours.timeZone, t)}: ${typeof e.detail?.text === 'string' ? e.detail.text : '-'}`);
    const text = [detailText(record, { stage: this.stage(record.status), desk: this.deskLabelOf(record) }, t), ...(said.length > 0 ? [t('opDetailSection', { title: t('dossierMessages') }), ...said] : [])].join('\n');
    const photo = dossierOf(record).ktpPhoto;
    const ktp: Notice = photo
      ? { to: actor.member.phone, image: { ref: photo.ref, mimetype: photo.mimetype, caption: t('opKtpCaption', { caseId }) } }
      : this.toStaff(actor, t(record.fields.ktpDeletedAt ? 'opKtpGone' : 'opKtpMissing', { caseId }));
    return [this.toStaff(actor, text), ktp];
  }

  async ask(actor: Actor, caseId: string, question: string): Promise<Notice[]> {
    const guarded = await this.holderGuard(actor, caseId, 'ask');
    if ('refusal' in guarded) return guarded.refusal;
    const { record } = guarded;
    await this.progress(actor, record, 'asked', { question });
    await this.deps.relays.set('ask', record.applicantChat, { caseId, staffKey: actor.key });
    return [
      this.toStaff(actor, this.staffWords('opAskSent', { caseId }), caseId),
      this.toApplicant(record, (t) => t('apQuestion', { caseId, question })),
    ];
  }

  async requestCode(actor: Actor, caseId: string): Promise<Notice[]> {
    const guarded = await this.holderGuard(actor, caseId, 'request_code');
    if ('refusal' in guarded) return guarded.refusal;
    const { record } = guarded;
    await this.progress(actor, record, 'code_requested', { validMinutes: CODE_TTL_MS / 60_000 });
    await this.deps.relays.set('code', record.applicantChat, { caseId, staffKey: actor.key });
    return [
      this.toStaff(actor, this.staffWords('opCodeRequested', { caseId })),
      this.toApplicant(record, (t) => t('apCodeRequest', { caseId })),
    ];
  }

  async defer(actor: Actor, caseId: string, reason: string): Promise<Notice[]> {
    const guarded = await this.holderGuard(actor, caseId, 'defer');
    if ('refusal' in guarded) return guarded.refusal;
    const { record } = guarded;
    const retryAt = this.after(this.deps.rules.ossRetryHours);
    const result = await this.deps.cases.transition(caseId, {
      from: HELD, to: 'waiting_oss', holder: actor.key,
      fields: { retryAt: String(retryAt) },
      timers: { oss_retry: retryAt },
      event: this.event(actor, 'deferred', { reason, retryAt }),
    });
    if (!result.ok) return [this.toStaff(actor, await this.notHolderText(record, result.holder))];
    const zone = this.deps.officeHours.timeZone;
    return [
      this.toStaff(actor, this.staffWords('opDeferred', { caseId, when: when(retryAt, zone, this.staffWords) })),
      this.toApplicant(record, (t) => t('apDeferred', { caseId, reason, when: when(retryAt, zone, t) })),
    ];
  }

  async reject(actor: Actor, caseId: string, reason: string): Promise<Notice[]> {
    const guarded = await this.holderGuard(actor, caseId, 'reject');
    if ('refusal' in guarded) return guarded.refusal;
    const result = await this.deps.cases.transition(caseId, {
      from: HELD, to: 'rejected', holder: actor.key,
      claim: { action: 'drop', staffKey: actor.key },
      fields: END_OUTAGE_HOLD,
      event: this.event(actor, 'rejected', { reason }),
    });
    if (!result.ok) return [this.toStaff(actor, await this.notHolderText(guarded.record, result.holder))];
    return [
      this.toStaff(actor, this.staffWords('opRejected', { caseId })),
      this.toApplicant(guarded.record, (t) => t('apRejected', { caseId, reason })),
    ];
  }

  /** DIAJUKAN: filed in OSS, waiting for the NIB; the applicant is told, and the claim SLA runs again (to chase the NIB). */
  async filed(actor: Actor, caseId: string, source: string): Promise<Notice[]> {
    const guarded = await this.holderGuard(actor, caseId, 'filed');
    if ('refusal' in guarded) return guarded.refusal;
    const { record } = guarded;
    const result = await this.deps.cases.transition(caseId, {
      from: ['claimed', 'waiting_oss'], to: 'filed', holder: actor.key,
      // Filed means OSS was up: an outage hold or a TUNDA reminder has nothing left to wait for.
      fields: { retryAt: '', ...END_OUTAGE_HOLD },
      timers: this.filedTimers(),
      event: this.event(actor, 'filed'),
      // Handled again after a crash, the same message answers as the first time did.
      once: `${source}:filed`,
    });
    if (!result.ok && result.reason === 'status' && result.status === 'filed') return [this.toStaff(actor, this.staffWords('opFiledAlready', { caseId }))];
    if (!result.ok && result.reason !== 'duplicate') return [this.toStaff(actor, await this.notHolderText(record, result.holder))];
    return [
      this.toStaff(actor, this.staffWords('opFiled', { caseId }), caseId),
      this.toApplicant(record, (t) => t('apFiled', { caseId })),
    ];
  }

  /** A message the applicant sends after submitting: to the holder, or logged for whoever claims the case. */
  async fromApplicant(caseId: string, chat: string, input: FlowInput, source: string): Promise<{ outcome: ForwardOutcome; notices: Notice[] }> {
    const record = await this.deps.cases.get(caseId);
    if (!record || record.applicantChat !== chat) return { outcome: 'closed', notices: [] };
    const holder = HELD.includes(record.status) ? record.fields.claimedBy : undefined;
    if (record.status !== 'queued' && holder === undefined) return { outcome: 'closed', notices: [] };
    const media = input.media && 'ref' in input.media ? input.media : undefined;
    const member = holder === undefined ? undefined : await this.deps.roster.getByKey(holder);
    const reachable = member?.active === true ? member : undefined;
    // A file is passed on only to someone who holds the case: nobody keeps it waiting.
    if (media && !reachable) return { outcome: 'media_waiting', notices: [] };
    await this.deps.cases.appendEventOnce(caseId, source, { at: this.deps.clock(), actor: 'applicant', type: 'applicant_message', detail: { text: input.text ?? `[${input.kind}]` } });
    if (!reachable) return { outcome: 'waiting', notices: [] };
    const t = this.staffWords;
    const notice: Notice = media
      ? { to: reachable.phone, document: { ref: media.ref, mimetype: media.mimetype, caption: t('opApplicantMedia', { caseId }) }, dropMedia: true }
      : { to: reachable.phone, text: t('opApplicantMessage', { caseId, text: input.text ?? '' }), about: caseId };
    return { outcome: 'sent', notices: [notice] };
  }

  // ---- the NIB

  async recordNib(actor: Actor, caseId: string, typed: string, pdf?: StoredMedia): Promise<Notice[]> {
    const t = this.staffWords;
    const guarded = await this.guard(actor, caseId, 'nib');
    if ('refusal' in guarded) return guarded.refusal;
    const nib = parseNib(typed.split(/\s+(?=\D)/)[0] ?? typed);
    if (!nib.ok) return [this.toStaff(actor, t('opNibInvalid', { count: String(typed.replace(/\D/g, '').length) }))];
    const { record } = guarded;
    if (record.status === 'nib_issued') return this.nibAgain(actor, record);
    if (record.fields.claimedBy !== actor.key || !HELD.includes(record.status)) {
      return [this.toStaff(actor, await this.notHolderText(record, record.fields.claimedBy))];
    }
    const result = await this.deps.cases.transition(caseId, {
      from: HELD, to: 'nib_issued', holder: actor.key,
      claim: { action: 'drop', staffKey: actor.key },
      fields: { nib: nib.value, nibAt: String(this.deps.clock()), ...END_OUTAGE_HOLD, ...(pdf ? { nibPdf: JSON.stringify(pdf) } : {}) },
      event: this.event(actor, 'nib_recorded', { nib: nib.value, pdf: pdf !== undefined }),
    });
    if (!result.ok) return this.nibAgain(actor, (await this.deps.cases.get(caseId)) ?? record);
    const issued = (await this.deps.cases.get(caseId)) ?? record;
    return [this.toStaff(actor, t('opNibRecorded', { caseId })), ...this.nibRelay(issued)];
  }

  /** A repeated NIB command: nothing changes, but a relay that never went out is sent now (same ids). */
  private nibAgain(actor: Actor, record: CaseRecord): Notice[] {
    const answer = this.toStaff(actor, this.staffWords('opNibAlready', { caseId: record.id, nib: record.fields.nib ?? '-' }));
    return record.fields.nibRelayedAt ? [answer] : [answer, ...this.nibRelay(record)];
  }

  /** The applicant's NIB message (and PDF), with ids fixed per case: sent once whatever repeats. */
  nibRelay(record: CaseRecord): Notice[] {
    const nib = record.fields.nib ?? '';
    const text = this.toApplicant(record, (t) => t('apNib', { caseId: record.id, nib, business: dossierOf(record).business.name }));
    const notices: Notice[] = [{ ...text, id: `nib:${record.id}`, track: { caseId: record.id, kind: 'nib' } }];
    const pdf = record.fields.nibPdf ? (JSON.parse(record.fields.nibPdf) as StoredMedia) : undefined;
    if (pdf) notices.push(this.pdfNotice(record, pdf));
    return notices;
  }

  private pdfNotice(record: CaseRecord, pdf: StoredMedia): Notice {
    const t = this.applicantWords(record);
    return {
      to: record.applicantChat, id: `nib-pdf:${record.id}`,
      document: { ref: pdf.ref, mimetype: pdf.mimetype, filename: `NIB-${record.id}.pdf`, caption: t('apNibPdfCaption', { caseId: record.id }) },
    };
  }

  /** The PDF sent in the message after the NIB command. */
  async attachNibPdf(actor: Actor, caseId: string, pdf: StoredMedia): Promise<Notice[]> {
    const record = await this.deps.cases.get(caseId);
    if (!record || record.status !== 'nib_issued' || record.fields.nibPdf) return [];
    await this.deps.cases.setFields(caseId, { nibPdf: JSON.stringify(pdf) });
    await this.deps.cases.appendEvent(caseId, { ...this.event(actor, 'nib_pdf_attached'), detail: { by: actor.member.name } });
    return [this.toStaff(actor, this.staffWords('opNibPdfRelayed', { caseId })), this.pdfNotice(record, pdf)];
  }

  /** Called once the NIB message is out: the mark, the log, the KTP photo's deletion, the rating. */
  async nibDelivered(caseId: string): Promise<Notice[]> {
    const now = this.deps.clock();
    await this.deps.cases.markOnce(caseId, 'nibRelayedAt', String(now));
    const record = await this.deps.cases.get(caseId);
    if (!record) return [];
    // The mark says only that the NIB went out. What follows is checked in the log, not assumed from
    // the mark: a hook repeated after a crash anywhere below finishes the rest, and does nothing twice.
    const logged = new Set((await this.deps.cases.events(caseId)).map((e) => e.type));
    if (!logged.has('nib_delivered')) {
      // Asked once: a delivery hook repeated later must not take an unrelated reply for a rating.
      await this.deps.relays.set('rating', record.applicantChat, { caseId });
      await this.deps.cases.appendEventOnce(caseId, `nib-delivered:${caseId}`, { at: now, actor: 'system', type: 'nib_delivered' });
    }
    return logged.has('ktp_photo_deleted') ? [] : this.deleteKtpPhoto(record, now);
  }

  /** The KTP photo goes once the NIB is out; marked first, so that a crash after the deletion still tells the applicant. */
  private async deleteKtpPhoto(record: CaseRecord, now: number): Promise<Notice[]> {
    const photo = dossierOf(record).ktpPhoto;
    if (!photo && !record.fields.ktpDeletedAt) return [];
    if (photo) {
      await this.deps.cases.setFields(record.id, { ktpDeletedAt: String(now) });
      await this.deps.media.delete(photo.ref);
      const { ktpPhoto: _deleted, ...rest } = record.dossier;
      await this.deps.cases.replaceDossier(record.id, rest);
    }
    await this.deps.cases.appendEventOnce(record.id, `ktp-deleted:${record.id}`, { at: now, actor: 'system', type: 'ktp_photo_deleted' });
    return [{ ...this.toApplicant(record, (t) => t('apKtpDeleted')), id: `ktp-deleted:${record.id}` }];
  }

  async isNibDelivered(caseId: string): Promise<boolean> {
    return (await this.deps.cases.get(caseId))?.fields.nibRelayedAt !== undefined;
  }

  // ---- for the coordinators

  async digest(to: string): Promise<Notice[]> {
    const t = this.staffWords;
    const count = async (s: CaseStatus): Promise<string> => String(await this.deps.cases.countInStatus(s));
    const [oldest] = await this.deps.cases.inStatus('queued');
    const text = t('coDigest', {
      queued: await count('queued'), claimed: await count('claimed'), waiting: await count('waiting_oss'),
      issued: await count('nib_issued'), rejected: await count('rejected'),
      oldest: oldest ? `${oldest.id} (${when(oldest.since, this.deps.officeHours.timeZone, t)})` : t('coDigestNone'),
    });
    return [{ to, text }];
  }
}
