// The coordinators' actions end to end, through the simulator's HTTP API (and the admin API) against
// real Redis and BullMQ: TUGASKAN/ALIHKAN, NAIKKAN, TAMBAH OPERATOR, NONAKTIF, OSS GANGGUAN/NORMAL (with
// a controllable clock) typed in the coordinators' group; a polite refusal for anyone who is not a
// coordinator and the usage for a command typed wrong; everyone concerned told; a reply quoting an
// escalation acting on its case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import type { StaffInput } from '../../workers/staff/roster.js';
import { USAGE } from '../../bot/casework/staff-chat.js';
import { applicantPhones, cleanupAfterEach } from '../support/cleanup.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { submitCase, VILLAGE } from '../support/casework.js';

const ADMIN_TOKEN = 'coordination-e2e-admin-token-01';
const GROUP = 'koordinator@g.us';
const SRENGAT_VILLAGE = { code: '35.05.03.1004', name: 'Togogan', districtCode: '35.05.03', districtName: 'Srengat' };

const KOOR: StaffInput = { phone: '6281234500090', name: 'Koordinator (contoh)', role: 'coordinator', areas: ['35.05'] };
const VINA: StaffInput = { phone: '6281234500001', name: 'Vina (contoh)', role: 'operator', areas: [VILLAGE.code] };
const WULAN: StaffInput = { phone: '6281234500002', name: 'Wulan Sari (contoh)', role: 'operator', areas: [VILLAGE.code] };
const KEC: StaffInput = { phone: '6281234500003', name: 'Kecamatan (contoh)', role: 'operator', areas: [VILLAGE.districtCode] };
const DPM: StaffInput = { phone: '6281234500004', name: 'Dinas (contoh)', role: 'operator', areas: ['35.05'] };
const SRENGAT: StaffInput = { phone: '6281234500006', name: 'Srengat (contoh)', role: 'operator', areas: [SRENGAT_VILLAGE.districtCode] };

const village = render('id', 'deskNameVillage', { name: VILLAGE.name });
const kecamatan = render('id', 'deskNameDistrict', { name: VILLAGE.districtName });
const dpmptsp = render('id', 'deskNameRegency', { name: 'Kabupaten Blitar' });

const cleanup = cleanupAfterEach();

const newApplicant = applicantPhones('0001');

interface Office {
  t: TestApp;
  group: SimPhone;
  koor: Record<'vina' | 'wulan' | 'kec' | 'dpm' | 'srengat', SimPhone>;
  setNow(at: number): void;
}

/** An office with its staff; stopped after the test, unless `kept` (then the caller stops it). */
async function openOffice(opts: { start?: number; env?: Record<string, string>; members?: StaffInput[]; kept?: boolean } = {}): Promise<Office> {
  let now = opts.start ?? Date.now();
  const t = await startTestApp({ clock: () => now, env: { ADMIN_TOKEN, CASE_TIMER_POLL_MS: '3600000', ...opts.env } });
  if (!opts.kept) cleanup(() => t.stop());
  for (const member of opts.members ?? [KOOR, VINA, WULAN, KEC, DPM, SRENGAT]) await t.app.roster.create(member);
  const koor = {
    vina: t.phone(VINA.phone), wulan: t.phone(WULAN.phone), kec: t.phone(KEC.phone), dpm: t.phone(DPM.phone), srengat: t.phone(SRENGAT.phone),
  };
  return { t, group: t.phone(KOOR.phone, GROUP), koor, setNow: (at) => { now = at; } };
}

async function texts(phone: SimPhone): Promise<string[]> {
  return (await phone.drain()).map((m) => m.text ?? '');
}

/** A submitted case, dispatched; every phone's outbox read past it. */
async function submitted(office: Office, applicant: SimPhone, changes: Parameters<typeof submitCase>[2] = {}): Promise<string> {
  const id = await submitCase(office.t.app, applicant.from, changes, office.t.app.casework.after(0));
  await office.t.settle();
  await drainAll(office, applicant);
  return id;
}

async function drainAll(office: Office, ...more: SimPhone[]): Promise<void> {
  for (const phone of [office.group, ...Object.values(office.koor), ...more]) await phone.drain();
}

async function claimedBy(office: Office, operator: SimPhone, applicant: SimPhone, changes: Parameters<typeof submitCase>[2] = {}): Promise<string> {
  const id = await submitted(office, applicant, changes);
  expect(await operator.ask(`KLAIM ${id}`)).toBe(render('id', 'opClaimed', { caseId: id }));
  await applicant.drain();
  return id;
}

// ---------------------------------------------------------------------------------------------
describe('who may, and how it is typed', () => {
  // One office for this table: each row works on its own fresh case.
  let office: Office;
  beforeAll(async () => {
    office = await openOffice({ kept: true });
  });
  afterAll(() => office.t.stop());

  const commands = ['TUGASKAN LK-7KQ2M 6281234500002', 'ALIHKAN LK-7KQ2M Wulan', 'NAIKKAN LK-7KQ2M', 'TAMBAH OPERATOR 081234500077 35.05.02.2007 Budi',
    'NONAKTIF 081234500001', 'OSS GANGGUAN', 'OSS NORMAL', 'SIARAN OSS berganti versi, mohon cek akun Anda'];

  it.each(commands)('"%s" from someone not on the roster, or from an operator, is refused politely and changes nothing', async (command) => {
    const applicant = office.t.phone(newApplicant());
    const id = await claimedBy(office, office.koor.vina, applicant);
    const typed = command.replace('LK-7KQ2M', id);
    const before = await office.t.app.cases.get(id);
    for (const from of ['6281299999999', VINA.phone]) {
      const stranger = office.t.phone(from, GROUP);
      await stranger.drain();
      expect(await stranger.ask(typed)).toBe(render('id', 'coNotCoordinator'));
    }
    const record = await office.t.app.cases.get(id);
    expect(record).toMatchObject({ status: 'claimed', version: before?.version, fields: { claimedBy: office.t.app.roster.staffKey(VINA.phone), deskCode: VILLAGE.code } });
    expect((await office.t.app.roster.get(VINA.phone))?.active).toBe(true);
    expect(await office.t.app.roster.get('6281234500077')).toBeUndefined();
    for (const phone of [applicant, ...Object.values(office.koor)]) expect(await texts(phone)).toEqual([]);
  });

  it.each([
    ['TUGASKAN', 'reassign'], ['TUGASKAN LK-7KQ2M', 'reassign'], ['ALIHKAN 12345 Wulan', 'reassign'],
    ['NAIKKAN', 'escalate'], ['NAIKKAN kasus itu', 'escalate'],
    ['TAMBAH OPERATOR 081234500077', 'add_operator'], ['TAMBAH OPERATOR 081234500077 35.05.02.2007', 'add_operator'],
    ['NONAKTIF', 'deactivate'], ['OSS', 'oss_status'], ['OSS RUSAK PARAH', 'oss_status'], ['SIARAN', 'broadcast'],
  ] as const)('"%s" from a coordinator gets its usage', async (typed, command) => {
    await office.group.drain();
    expect(await office.group.ask(typed)).toBe(render('id', 'coUsage', { usage: USAGE[command] }));
  });

  it('BANTUAN in the group lists each of these commands on its own line', async () => {
    await office.group.drain();
    const help = await office.group.ask('BANTUAN');
    for (const word of ['TUGASKAN', 'NAIKKAN', 'TAMBAH OPERATOR', 'NONAKTIF', 'OSS GANGGUAN', 'SIARAN']) {
      expect(help.split('\n').filter((line) => line.includes(word))).toHaveLength(1);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('TUGASKAN / ALIHKAN', () => {
  it('moves a held case to another operator by name: both operators, the applicant and the group are told', async () => {
    const office = await openOffice();
    const { t, group, koor } = office;
    const applicant = t.phone(newApplicant());
    const id = await claimedBy(office, koor.vina, applicant);

    expect(await group.ask(`TUGASKAN ${id} wulan sari`)).toBe(render('id', 'coReassignedFrom', { caseId: id, name: WULAN.name, previous: VINA.name }));
    expect(await texts(koor.wulan)).toEqual([render('id', 'opAssignedToYou', { caseId: id, by: KOOR.name })]);
    expect(await texts(koor.vina)).toEqual([render('id', 'opReassignedAway', { caseId: id, name: WULAN.name, by: KOOR.name })]);
    expect(await texts(applicant)).toEqual([render('id', 'apReassigned', { caseId: id, desk: village })]);
    const record = await t.app.cases.get(id);
    expect(record?.fields.claimedBy).toBe(t.app.roster.staffKey(WULAN.phone));
    expect(await t.app.cases.claimsOf(t.app.roster.staffKey(VINA.phone))).toEqual([]);
    expect((await t.app.cases.events(id)).map((e) => e.type)).toContain('reassigned');
    // The new holder can work on it; the old one no longer can.
    expect(await koor.wulan.ask(`DETAIL ${id}`)).toContain(`DETAIL ${id}`);
    expect(await koor.vina.ask(`DETAIL ${id}`)).toBe(render('id', 'opNotClaimer', { caseId: id, name: WULAN.name }));
    for (const phone of [koor.kec, koor.dpm]) expect(await texts(phone)).toEqual([]);
  });

  it('gives a waiting case straight to an operator by phone (any way it is written); the applicant hears it is being prepared', async () => {
    const office = await openOffice();
    const { t, group, koor } = office;
    const applicant = t.phone(newApplicant());
    const id = await submitted(office, applicant);
    expect(await group.ask(`ALIHKAN ${id} 0812-3450-0004`)).toBe(render('id', 'coReassigned', { caseId: id, name: DPM.name }));
    expect(await texts(koor.dpm)).toEqual([render('id', 'opAssignedToYou', { caseId: id, by: KOOR.name })]);
    expect(await texts(applicant)).toEqual([render('id', 'apClaimed', { caseId: id, desk: village })]);
    expect(await t.app.cases.get(id)).toMatchObject({ status: 'claimed', fields: { claimedBy: t.app.roster.staffKey(DPM.phone) } });
  });

  it.each([
    ['an operator of another kecamatan', 'Srengat', (id: string) => render('id', 'coOperatorNotDesk', { name: SRENGAT.name, caseId: id, desk: village })],
    ['nobody on the roster', 'Siti', () => render('id', 'coOperatorUnknown', { typed: 'Siti' })],
    ['a name several share', 'contoh', () => 'Ada beberapa petugas'],
    ['a number not on the roster', '081299999999', () => render('id', 'coOperatorUnknown', { typed: '081299999999' })],
    ['the current holder', 'vina', (id: string) => render('id', 'coReassignSame', { caseId: id, name: VINA.name })],
  ])('refuses %s, and nothing moves', async (_what, typed, expected) => {
    const office = await openOffice();
    const applicant = office.t.phone(newApplicant());
    const id = await claimedBy(office, office.koor.vina, applicant);
    const before = await office.t.app.cases.get(id);
    expect(await office.group.ask(`TUGASKAN ${id} ${typed}`)).toContain(expected(id));
    expect((await office.t.app.cases.get(id))?.version).toBe(before?.version);
    expect(await texts(applicant)).toEqual([]);
  });

  it('refuses an operator at their cap, and an unknown or closed case', async () => {
    const office = await openOffice({ members: [KOOR, VINA, { ...WULAN, maxOpenCases: 1 }] });
    const { t, group, koor } = office;
    const first = await claimedBy(office, koor.wulan, t.phone(newApplicant()));
    const second = await claimedBy(office, koor.vina, t.phone(newApplicant()));
    expect(await group.ask(`TUGASKAN ${second} Wulan`)).toBe(render('id', 'coOperatorCap', { name: WULAN.name, max: '1' }));
    expect(await group.ask('TUGASKAN LK-ZZZZZ Wulan')).toBe(render('id', 'coCaseUnknown', { caseId: 'LK-ZZZZZ' }));
    await koor.wulan.ask(`TOLAK ${first} data tidak lengkap`);
    expect(await group.ask(`TUGASKAN ${first} Vina`)).toBe(render('id', 'coCaseClosed', { caseId: first, stage: render('id', 'stageRejected') }));
  });
});

// ---------------------------------------------------------------------------------------------
describe('NAIKKAN', () => {
  it('village → kecamatan → DPMPTSP, then no higher; each new desk and the applicant told; the holder let go', async () => {
    const office = await openOffice();
    const { t, group, koor } = office;
    const applicant = t.phone(newApplicant());
    const id = await claimedBy(office, koor.vina, applicant);

    expect(await group.ask(`NAIKKAN ${id}`)).toBe(render('id', 'coEscalated', { caseId: id, desk: kecamatan }));
    expect(await t.app.cases.get(id)).toMatchObject({ status: 'queued', fields: { desk: 'district', deskCode: VILLAGE.districtCode } });
    expect((await t.app.cases.get(id))?.fields.claimedBy).toBeUndefined();
    const kecSaw = await texts(koor.kec);
    expect(kecSaw).toHaveLength(1);
    expect(kecSaw[0]).toContain(`Kasus baru ${id}`);
    expect(kecSaw[0]).toContain(kecamatan);
    expect(await texts(koor.vina)).toEqual([render('id', 'opEscalatedAway', { caseId: id, desk: kecamatan })]);
    expect(await texts(applicant)).toEqual([render('id', 'apEscalated', { caseId: id, desk: kecamatan })]);
    for (const phone of [koor.wulan, koor.dpm, koor.srengat]) expect(await texts(phone)).toEqual([]);
    // The village operator may no longer take it; the kecamatan may.
    expect(await koor.vina.ask(`KLAIM ${id}`)).toBe(render('id', 'opNotYourDesk', { caseId: id }));

    expect(await group.ask(`NAIKKAN ${id}`)).toBe(render('id', 'coEscalated', { caseId: id, desk: dpmptsp }));
    expect((await texts(koor.dpm))[0]).toContain(`Kasus baru ${id}`);
    expect(await texts(applicant)).toEqual([render('id', 'apEscalated', { caseId: id, desk: dpmptsp })]);
    expect(await koor.dpm.ask(`KLAIM ${id}`)).toBe(render('id', 'opClaimed', { caseId: id }));

    expect(await group.ask(`NAIKKAN ${id}`)).toBe(render('id', 'coEscalateTop', { caseId: id }));
    expect((await t.app.cases.get(id))?.fields.deskCode).toBe('35.05');
  });

  it('a reply quoting an escalation in the group ("NAIKKAN") acts on its case', async () => {
    const start = Date.parse('2026-11-23T08:00:00+07:00');
    const office = await openOffice({ start, env: { QUEUE_SLA_HOURS: '1' } });
    const { t, group, koor } = office;
    const applicant = t.phone(newApplicant());
    const id = await submitted(office, applicant);
    office.setNow(start + 61 * 60_000);
    await t.app.caseTimers.tick();
    await t.settle();
    const [escalation] = await group.drain();
    expect(escalation?.text).toContain(id);
    await drainAll(office, applicant);
    expect(await group.ask({ text: 'NAIKKAN', quotedId: escalation?.id })).toBe(render('id', 'coEscalated', { caseId: id, desk: kecamatan }));
    expect((await texts(koor.kec))[0]).toContain(`Kasus baru ${id}`);
  });
});

// ---------------------------------------------------------------------------------------------
describe('NONAKTIF', () => {
  it('deactivates an operator; their open cases go back to the desk, re-announced to it, each applicant told', async () => {
    const office = await openOffice();
    const { t, group, koor } = office;
    const a = t.phone(newApplicant());
    const b = t.phone(newApplicant());
    const first = await claimedBy(office, koor.vina, a);
    const second = await claimedBy(office, koor.vina, b);
    await koor.vina.ask(`TUNDA ${second} OSS lambat`);
    await b.drain();
    const ids = [first, second].sort();

    expect(await group.ask('NONAKTIF 0812 3450 0001')).toBe(render('id', 'coDeactivated', { name: VINA.name, count: '2', cases: ids.join(', ') }));
    expect((await t.app.roster.get(VINA.phone))?.active).toBe(false);
    for (const id of ids) expect(await t.app.cases.get(id)).toMatchObject({ status: 'queued', fields: { deskCode: VILLAGE.code } });
    expect(await t.app.cases.claimsOf(t.app.roster.staffKey(VINA.phone))).toEqual([]);
    const announced = await texts(koor.wulan);
    expect(announced).toHaveLength(2);
    for (const id of ids) expect(announced.some((n) => n.includes(`Kasus baru ${id}`))).toBe(true);
    expect(await texts(koor.vina)).toEqual([render('id', 'opDeactivated', { count: '2' })]);
    expect(await texts(a)).toEqual([render('id', 'apBackInQueue', { caseId: first })]);
    expect(await texts(b)).toEqual([render('id', 'apBackInQueue', { caseId: second })]);
    expect(await koor.vina.ask('ANTRIAN')).toBe(render('id', 'opInactive'));
    expect(await koor.wulan.ask(`KLAIM ${first}`)).toBe(render('id', 'opClaimed', { caseId: first }));
    // The admin API sees the change too.
    const res = await fetch(`${t.url}/api/operators/${VINA.phone}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(((await res.json()) as { active: boolean }).active).toBe(false);

    expect(await group.ask(`NONAKTIF ${VINA.phone}`)).toBe(render('id', 'coAlreadyInactive', { name: VINA.name }));
  });

  it('a desk with nobody else on it: the case is re-announced in the coordinators\' group', async () => {
    const office = await openOffice({ members: [KOOR, VINA] });
    const id = await claimedBy(office, office.koor.vina, office.t.phone(newApplicant()));
    const answer = (await office.group.ask('NONAKTIF 081234500001')).split('\n---\n');
    expect(answer).toContain(render('id', 'coDeactivated', { name: VINA.name, count: '1', cases: id }));
    expect(answer.some((n) => n.includes(`Kasus baru ${id}`))).toBe(true);
  });

  it.each([
    ['NONAKTIF 021555123', render('id', 'coBadPhone', { typed: '021555123' })],
    ['NONAKTIF 081299999999', render('id', 'coMemberUnknown')],
  ])('"%s" → a clear answer', async (typed, answer) => {
    const office = await openOffice({ members: [KOOR] });
    expect(await office.group.ask(typed)).toBe(answer);
  });
});

// ---------------------------------------------------------------------------------------------
describe('TAMBAH OPERATOR', () => {
  it('registers an operator for a village, welcomes them, and the next case of that village reaches them', async () => {
    const office = await openOffice({ members: [KOOR] });
    const { t, group } = office;
    const budi = t.phone('6281234500077');
    expect(await group.ask(`TAMBAH OPERATOR 0812-3450-0077 ${VILLAGE.code} Budi Santoso`)).toBe(render('id', 'coOperatorAdded', { name: 'Budi Santoso', area: village }));
    expect(await texts(budi)).toEqual([render('id', 'opWelcome', { name: 'Budi Santoso', area: village })]);
    const res = await fetch(`${t.url}/api/operators/6281234500077`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(await res.json()).toMatchObject({ phone: '6281234500077', name: 'Budi Santoso', role: 'operator', areas: [VILLAGE.code], active: true });
    const id = await submitCase(t.app, newApplicant());
    await t.settle();
    expect((await texts(budi)).some((n) => n.includes(`Kasus baru ${id}`))).toBe(true);

    expect(await group.ask(`TAMBAH OPERATOR 081234500077 ${VILLAGE.code} Budi`)).toBe(render('id', 'coOperatorExists', { name: 'Budi Santoso', area: village }));
  });

  it('registering someone deactivated makes them active again, with the new area', async () => {
    const office = await openOffice({ members: [KOOR, VINA] });
    await office.group.ask('NONAKTIF 081234500001');
    await office.koor.vina.drain();
    expect(await office.group.ask(`TAMBAH OPERATOR 081234500001 ${VILLAGE.districtCode} Vina Baru`)).toBe(render('id', 'coOperatorReactivated', { name: 'Vina Baru', area: kecamatan }));
    expect(await office.t.app.roster.get(VINA.phone)).toMatchObject({ active: true, areas: [VILLAGE.districtCode], name: 'Vina Baru' });
    expect(await texts(office.koor.vina)).toEqual([render('id', 'opWelcome', { name: 'Vina Baru', area: kecamatan })]);
  });

  it.each([
    [`TAMBAH OPERATOR 021555123 ${VILLAGE.code} Budi`, render('id', 'coBadPhone', { typed: '021555123' })],
    ['TAMBAH OPERATOR 081234500077 35.06.01.2001 Budi', render('id', 'coBadArea', { area: '35.06.01.2001' })],
    ['TAMBAH OPERATOR 081234500077 desa-jati Budi', render('id', 'coBadArea', { area: 'desa-jati' })],
  ])('"%s" is refused with what to write instead', async (typed, answer) => {
    const office = await openOffice({ members: [KOOR] });
    expect(await office.group.ask(typed)).toBe(answer);
    expect(await office.t.app.roster.get('6281234500077')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
describe('OSS GANGGUAN / OSS NORMAL', () => {
  const monday0800 = Date.parse('2026-11-23T08:00:00+07:00');

  it('holds every case being filed (claimed, filed, deferred) without reminders, tells applicants and holders; NORMAL resumes them with reminders', async () => {
    const office = await openOffice({ start: monday0800, env: { CLAIM_SLA_HOURS: '2', OSS_RETRY_AFTER_HOURS: '1' } });
    const { t, group, koor } = office;
    const [pa, pb, pc, pd] = [newApplicant(), newApplicant(), newApplicant(), newApplicant()].map((p) => t.phone(p)) as [SimPhone, SimPhone, SimPhone, SimPhone];
    const claimed = await claimedBy(office, koor.vina, pa);
    const filed = await claimedBy(office, koor.vina, pb);
    await koor.vina.ask(`DIAJUKAN ${filed}`);
    const deferred = await claimedBy(office, koor.wulan, pc);
    await koor.wulan.ask(`TUNDA ${deferred} server lambat`);
    const queued = await submitted(office, pd);
    await drainAll(office, pa, pb, pc, pd);

    office.setNow(monday0800 + 30 * 60_000);
    expect(await group.ask('OSS GANGGUAN')).toBe(render('id', 'coOssDown', { count: '3' }));
    for (const id of [claimed, filed, deferred]) expect(await t.app.cases.get(id)).toMatchObject({ status: 'waiting_oss', fields: { ossHeld: '1' } });
    expect((await t.app.cases.get(queued))?.status).toBe('queued');
    for (const [phone, id] of [[pa, claimed], [pb, filed], [pc, deferred]] as const) expect(await texts(phone)).toEqual([render('id', 'apOssDown', { caseId: id })]);
    expect(await texts(pd)).toEqual([]);
    expect(await texts(koor.vina)).toEqual([render('id', 'opOssHeld', { cases: [claimed, filed].sort().join(', ') })]);
    expect(await texts(koor.wulan)).toEqual([render('id', 'opOssHeld', { cases: deferred })]);

    // Two working days later nobody was reminded or lost a claim: nothing could move while OSS was down.
    // (Only the case nobody had claimed is chased, as any waiting case is.)
    office.setNow(Date.parse('2026-11-25T10:00:00+07:00'));
    await t.app.caseTimers.tick();
    await t.settle();
    for (const phone of [pa, pb, pc]) expect(await texts(phone)).toEqual([]);
    for (const phone of [koor.vina, koor.wulan, group]) expect((await texts(phone)).filter((n) => !n.includes(queued))).toEqual([]);
    for (const id of [claimed, filed, deferred]) expect((await t.app.cases.get(id))?.status).toBe('waiting_oss');

    expect(await group.ask('OSS NORMAL')).toBe(render('id', 'coOssUp', { count: '3' }));
    expect(await t.app.cases.get(claimed)).toMatchObject({ status: 'claimed', fields: { claimedBy: t.app.roster.staffKey(VINA.phone) } });
    expect((await t.app.cases.get(filed))?.status).toBe('filed');
    expect((await t.app.cases.get(deferred))?.status).toBe('waiting_oss');
    for (const id of [claimed, filed, deferred]) expect((await t.app.cases.get(id))?.fields.ossHeld).toBeUndefined();
    expect(await texts(koor.vina)).toEqual([render('id', 'opOssResumed', { cases: [claimed, filed].sort().join(', ') })]);
    expect(await texts(koor.wulan)).toEqual([render('id', 'opOssResumed', { cases: deferred })]);
    for (const [phone, id] of [[pa, claimed], [pb, filed], [pc, deferred]] as const) expect(await texts(phone)).toEqual([render('id', 'apOssUp', { caseId: id })]);

    // The claim SLA runs again from now: two working hours later the holders are reminded.
    office.setNow(Date.parse('2026-11-25T12:01:00+07:00'));
    await t.app.caseTimers.tick();
    await t.settle();
    const reminded = await texts(koor.vina);
    for (const id of [claimed, filed]) expect(reminded.some((n) => n.includes(id) && n.includes('⏰'))).toBe(true);
    expect((await texts(koor.wulan)).some((n) => n.includes(deferred))).toBe(true);

    expect(await group.ask('OSS NORMAL')).toBe(render('id', 'coOssNotDown'));
  });

  it('typed again during an outage, holds the cases claimed since, and only those', async () => {
    const office = await openOffice({ start: monday0800 });
    const { t, group, koor } = office;
    const pa = t.phone(newApplicant());
    const pb = t.phone(newApplicant());
    const first = await claimedBy(office, koor.vina, pa);
    expect(await group.ask('OSS DOWN')).toBe(render('id', 'coOssDown', { count: '1' }));
    await drainAll(office, pa);
    const second = await claimedBy(office, koor.wulan, pb);
    expect(await group.ask('#oss gangguan')).toBe(render('id', 'coOssDown', { count: '1' }));
    expect(await texts(pa)).toEqual([]);
    expect(await texts(pb)).toEqual([render('id', 'apOssDown', { caseId: second })]);
    expect(await group.ask('OSS PULIH')).toBe(render('id', 'coOssUp', { count: '2' }));
    expect((await t.app.cases.get(first))?.status).toBe('claimed');
  });
});
