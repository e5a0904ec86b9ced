// SLAs and timers end to end: a controllable office clock, the real service (inbox, BullMQ workers,
// simulator) on real Redis, two operators of one village, an applicant and the coordinator group.
// Timers fire only on an explicit `caseTimers.tick()` (the poll interval is set to an hour).
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import { translator } from '../../flows/i18n/index.js';
import { describeInstant } from '../../flows/intake/hours.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { submitCase, VILLAGE } from '../support/casework.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const ZONE = 'Asia/Jakarta';
const words = { t: translator('id') };
const wib = (at: number): string => describeInstant(at, ZONE, words);
/** An instant given as WIB wall time (UTC+7, no daylight saving). */
const atWib = (local: string): number => Date.parse(`${local}+07:00`);

const OPERATOR_A = { phone: '6281299000101', name: 'Vina Uji' };
const OPERATOR_B = { phone: '6281299000102', name: 'Wati Uji' };
const APPLICANT = '6281299000201';

interface Office {
  t: TestApp;
  setNow(at: number): void;
  a: SimPhone;
  b: SimPhone;
  applicant: SimPhone;
  group: SimPhone;
  phones: SimPhone[];
}

async function openOffice(start: number, env: Record<string, string> = {}): Promise<Office> {
  let now = start;
  const t = await startTestApp({ clock: () => now, env: { CASE_TIMER_POLL_MS: '3600000', ...env } });
  cleanup.push(() => t.stop());
  for (const op of [OPERATOR_A, OPERATOR_B]) {
    await t.app.roster.create({ phone: op.phone, name: op.name, role: 'operator', areas: [VILLAGE.code] });
  }
  const a = t.phone(OPERATOR_A.phone);
  const b = t.phone(OPERATOR_B.phone);
  const applicant = t.phone(APPLICANT);
  const group = t.phone('6281299000999', 'koordinator@g.us');
  return { t, setNow: (at) => { now = at; }, a, b, applicant, group, phones: [a, b, applicant, group] };
}

/** Submits a case at the clock's now and waits until the desk has heard of it; every outbox is read past that. */
async function dispatched(office: Office, now: number): Promise<string> {
  const { app } = office.t;
  const id = await submitCase(app, APPLICANT, {}, now);
  await office.t.settle(); // settle() waits for the dispatch queue too
  await drainAll(office);
  return id;
}

async function drainAll(office: Office): Promise<void> {
  for (const phone of office.phones) await phone.drain();
}

async function texts(phone: SimPhone): Promise<string[]> {
  return (await phone.drain()).map((m) => m.text ?? '');
}

/** Moves the office clock, fires what is due, waits for the messages; returns how many timers fired. */
async function tickAt(office: Office, at: number): Promise<number> {
  office.setNow(at);
  const fired = await office.t.app.caseTimers.tick();
  await office.t.settle();
  return fired;
}

async function expectSilence(office: Office): Promise<void> {
  for (const phone of office.phones) expect(await texts(phone)).toEqual([]);
}

describe('TUNDA: the OSS retry reminder counts working hours only', () => {
  const friday1300 = atWib('2026-11-20T13:00:00');

  it('a Friday-afternoon deferral is reminded on Monday 10:30, not on Saturday', async () => {
    const office = await openOffice(friday1300, { OSS_RETRY_AFTER_HOURS: '4' });
    const { t, a, applicant } = office;
    const id = await dispatched(office, friday1300);
    expect(await a.ask(`KLAIM ${id}`)).toContain(render('id', 'opClaimed', { caseId: id }));
    await applicant.drain();

    const reason = 'OSS sedang gangguan';
    const monday1030 = atWib('2026-11-23T10:30:00');
    expect(await a.ask(`TUNDA ${id} ${reason}`)).toBe(render('id', 'opDeferred', { caseId: id, when: wib(monday1030) }));
    expect((await t.app.cases.get(id))?.status).toBe('waiting_oss');
    expect((await t.app.caseTimers.pending(id)).filter((x) => x.name === 'oss_retry').map((x) => x.at)).toEqual([monday1030]);
    const told = await texts(applicant);
    expect(told).toEqual([render('id', 'apDeferred', { caseId: id, reason, when: wib(monday1030) })]);
    expect(told[0]).toContain('Senin');

    expect(await tickAt(office, atWib('2026-11-21T12:00:00'))).toBe(0);
    await expectSilence(office);

    expect(await tickAt(office, atWib('2026-11-23T10:31:00'))).toBe(1);
    const reminded = await texts(a);
    expect(reminded).toEqual([render('id', 'opOssRetry', { caseId: id, reason })]);
    expect(reminded[0]).toContain(id);
    expect(reminded[0]).toContain(reason);
    expect((await t.app.cases.events(id)).map((e) => e.type)).toContain('oss_retry_reminded');
  }, 30_000);

  it('a holiday on that Monday moves the reminder to Tuesday', async () => {
    const office = await openOffice(friday1300, { OSS_RETRY_AFTER_HOURS: '4', HOLIDAYS: '2026-11-23' });
    const { t, a, applicant } = office;
    const id = await dispatched(office, friday1300);
    await a.ask(`KLAIM ${id}`);
    await applicant.drain();

    const reason = 'server OSS mati';
    const tuesday1030 = atWib('2026-11-24T10:30:00');
    await a.ask(`TUNDA ${id} ${reason}`);
    expect((await t.app.caseTimers.pending(id)).filter((x) => x.name === 'oss_retry').map((x) => x.at)).toEqual([tuesday1030]);
    expect(await texts(applicant)).toEqual([render('id', 'apDeferred', { caseId: id, reason, when: wib(tuesday1030) })]);

    expect(await tickAt(office, atWib('2026-11-23T10:31:00'))).toBe(0);
    await expectSilence(office);
    expect(await tickAt(office, atWib('2026-11-24T10:31:00'))).toBe(1);
    expect(await texts(a)).toEqual([render('id', 'opOssRetry', { caseId: id, reason })]);
  }, 30_000);
  it('looking at the deferred case (DETAIL) does not lose the reminder', async () => {
    const office = await openOffice(friday1300, { OSS_RETRY_AFTER_HOURS: '4' });
    const { t, a } = office;
    const id = await dispatched(office, friday1300);
    await a.ask(`KLAIM ${id}`);
    const reason = 'OSS sedang gangguan';
    await a.ask(`TUNDA ${id} ${reason}`);
    office.setNow(atWib('2026-11-20T13:10:00'));
    await a.ask(`DETAIL ${id}`);
    await drainAll(office);

    // Due Monday 10:30 (or 10:40 if the DETAIL re-armed it): by noon the holder has been reminded.
    await tickAt(office, atWib('2026-11-23T12:00:00'));
    expect((await t.app.cases.get(id))?.status).toBe('waiting_oss');
    expect(await texts(a)).toEqual([render('id', 'opOssRetry', { caseId: id, reason })]);
  }, 30_000);
});

describe('unclaimed cases escalate after QUEUE_SLA working hours', () => {
  it('the coordinator group gets the escalation and each desk operator a reminder, not before', async () => {
    const thursday0900 = atWib('2026-11-19T09:00:00');
    const office = await openOffice(thursday0900, { QUEUE_SLA_HOURS: '2' });
    const { t, a, b, group } = office;
    const id = await dispatched(office, thursday0900);
    const due = atWib('2026-11-19T11:00:00');
    expect((await t.app.caseTimers.pending(id)).map((x) => [x.name, x.at])).toEqual([['queue_sla', due]]);

    expect(await tickAt(office, due - 60_000)).toBe(0);
    await expectSilence(office);

    expect(await tickAt(office, due)).toBe(1);
    const since = wib(thursday0900);
    const record = await t.app.cases.get(id);
    expect(await texts(group)).toEqual([render('id', 'coQueueEscalation', {
      caseId: id, desk: t.app.casework.deskLabelOf(record!), since, village: VILLAGE.name,
    })]);
    for (const operator of [a, b]) expect(await texts(operator)).toEqual([render('id', 'opDeskReminder', { caseId: id, since })]);
    expect((await t.app.cases.events(id)).map((e) => e.type)).toContain('queue_escalated');
  }, 30_000);
});

describe('a stale claim is reminded, then released to the desk', () => {
  const thursday0900 = atWib('2026-11-19T09:00:00');

  it('reminds the holder after CLAIM_SLA, releases after the second period and tells everyone', async () => {
    const office = await openOffice(thursday0900, { CLAIM_SLA_HOURS: '2' });
    const { t, a, b, applicant, group } = office;
    const id = await dispatched(office, thursday0900);
    await a.ask(`KLAIM ${id}`);
    await drainAll(office);

    expect(await tickAt(office, atWib('2026-11-19T10:59:00'))).toBe(0);
    await expectSilence(office);

    expect(await tickAt(office, atWib('2026-11-19T11:00:00'))).toBe(1);
    expect(await texts(a)).toEqual([render('id', 'opClaimReminder', { caseId: id, since: wib(thursday0900) })]);
    expect((await t.app.cases.get(id))?.status).toBe('claimed');
    await expectSilence(office);

    expect(await tickAt(office, atWib('2026-11-19T13:00:00'))).toBe(1);
    const record = await t.app.cases.get(id);
    expect(record?.status).toBe('queued');
    expect(record?.fields.claimedBy).toBeUndefined();
    expect(await texts(a)).toEqual([render('id', 'opClaimExpired', { caseId: id })]);
    expect(await texts(group)).toEqual([render('id', 'coClaimEscalation', { caseId: id, name: OPERATOR_A.name, since: wib(thursday0900) })]);
    expect(await texts(b)).toEqual([render('id', 'opBackInQueue', { caseId: id })]);
    expect(await texts(applicant)).toEqual([render('id', 'apBackInQueue', { caseId: id })]);
    expect((await t.app.cases.events(id)).map((e) => e.type)).toEqual(expect.arrayContaining(['claim_reminded', 'claim_expired']));
    // Released to the desk, so the queue SLA runs again.
    expect((await t.app.caseTimers.pending(id)).some((x) => x.name === 'queue_sla' && x.at > atWib('2026-11-19T13:00:00'))).toBe(true);
    // The desk can take it again.
    expect(await b.ask(`KLAIM ${id}`)).toContain(render('id', 'opClaimed', { caseId: id }));
  }, 30_000);

  it('progress (DETAIL, TANYA) re-arms the lease: the timers armed before it do nothing', async () => {
    const office = await openOffice(thursday0900, { CLAIM_SLA_HOURS: '2' });
    const { t, a } = office;
    const id = await dispatched(office, thursday0900);
    await a.ask(`KLAIM ${id}`);

    office.setNow(atWib('2026-11-19T10:00:00'));
    await a.ask(`DETAIL ${id}`);
    office.setNow(atWib('2026-11-19T10:30:00'));
    await a.ask(`TANYA ${id} Apakah usaha sudah berjalan?`);
    await drainAll(office);

    // Armed: claim 11:00/13:00 (v1), DETAIL 12:00/14:00 (v2), TANYA 12:30/14:30 (v3). Only v3's act.
    expect(await tickAt(office, atWib('2026-11-19T12:29:00'))).toBe(2);
    await expectSilence(office);
    expect(await tickAt(office, atWib('2026-11-19T12:30:00'))).toBe(1);
    expect(await texts(a)).toEqual([render('id', 'opClaimReminder', { caseId: id, since: wib(thursday0900) })]);
    await expectSilence(office);

    expect(await tickAt(office, atWib('2026-11-19T14:29:00'))).toBe(2);
    await expectSilence(office);
    expect((await t.app.cases.get(id))?.status).toBe('claimed');
    expect((await t.app.cases.events(id)).map((e) => e.type)).not.toContain('claim_expired');

    expect(await tickAt(office, atWib('2026-11-19T14:30:00'))).toBe(1);
    expect((await t.app.cases.get(id))?.status).toBe('queued');
    expect(await texts(a)).toEqual([render('id', 'opClaimExpired', { caseId: id })]);
  }, 30_000);
});

describe('timers are tied to the case version', () => {
  it('after KLAIM then LEPAS, the claim timers do nothing when due', async () => {
    const thursday0900 = atWib('2026-11-19T09:00:00');
    const office = await openOffice(thursday0900, { CLAIM_SLA_HOURS: '2', QUEUE_SLA_HOURS: '8' });
    const { t, a, b } = office;
    const id = await dispatched(office, thursday0900);
    await a.ask(`KLAIM ${id}`);
    office.setNow(atWib('2026-11-19T09:30:00'));
    expect(await a.ask(`LEPAS ${id}`)).toBe(render('id', 'opReleased', { caseId: id }));
    expect(await texts(b)).toEqual([render('id', 'opBackInQueue', { caseId: id })]);
    await drainAll(office);
    const versionAfterRelease = (await t.app.cases.get(id))?.version;

    // Claim reminder 11:00 and release 13:00, both of the claim's version.
    expect(await tickAt(office, atWib('2026-11-19T13:00:00'))).toBe(2);
    await expectSilence(office);
    const record = await t.app.cases.get(id);
    expect(record?.status).toBe('queued');
    expect(record?.version).toBe(versionAfterRelease);
    const types = (await t.app.cases.events(id)).map((e) => e.type);
    expect(types).not.toContain('claim_reminded');
    expect(types).not.toContain('claim_expired');
  }, 30_000);
});
