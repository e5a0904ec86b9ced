// What operators gained with coordination, end to end through the simulator's HTTP API on real Redis
// and BullMQ: DIAJUKAN (filed in OSS, the applicant told, STATUS shows it), KLAIM 1 from the last
// ANTRIAN list, a WhatsApp reply quoting a notice acting on that notice's case, and the applicant's
// answer to TANYA counting as progress for the claim SLA (a controllable office clock).
import { describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import { translator } from '../../flows/i18n/index.js';
import { describeInstant } from '../../flows/intake/hours.js';
import { USAGE } from '../../bot/casework/staff-chat.js';
import { applicantPhones, cleanupAfterEach } from '../support/cleanup.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { submitCase, VILLAGE } from '../support/casework.js';

const VINA = { phone: '6281299000301', name: 'Vina Uji' };
const WULAN = { phone: '6281299000302', name: 'Wulan Uji' };
const ZONE = 'Asia/Jakarta';
const atWib = (local: string): number => Date.parse(`${local}+07:00`);
const wib = (at: number): string => describeInstant(at, ZONE, { t: translator('id') });

const cleanup = cleanupAfterEach();

const newApplicant = applicantPhones('0002');

interface Desk {
  t: TestApp;
  vina: SimPhone;
  wulan: SimPhone;
  setNow(at: number): void;
  now(): number;
}

async function openDesk(start = Date.now(), env: Record<string, string> = {}): Promise<Desk> {
  let now = start;
  const t = await startTestApp({ clock: () => now, env: { CASE_TIMER_POLL_MS: '3600000', ...env } });
  cleanup(() => t.stop());
  for (const op of [VINA, WULAN]) await t.app.roster.create({ ...op, role: 'operator', areas: [VILLAGE.code] });
  return { t, vina: t.phone(VINA.phone), wulan: t.phone(WULAN.phone), setNow: (at) => { now = at; }, now: () => now };
}

/** A case submitted a minute after the previous one (the queue lists the oldest first), dispatched; the applicant's outbox read past it. */
async function submitted(desk: Desk, applicant: SimPhone, changes: Parameters<typeof submitCase>[2] = {}): Promise<string> {
  desk.setNow(desk.now() + 60_000);
  const id = await submitCase(desk.t.app, applicant.from, changes, desk.now());
  await desk.t.settle();
  await applicant.drain();
  return id;
}

async function texts(phone: SimPhone): Promise<string[]> {
  return (await phone.drain()).map((m) => m.text ?? '');
}

describe('DIAJUKAN', () => {
  it('sets "filed in OSS", tells the applicant, STATUS shows it; only the holder may; the NIB follows as usual', async () => {
    const desk = await openDesk();
    const { t, vina, wulan } = desk;
    const applicant = t.phone(newApplicant());
    const id = await submitted(desk, applicant);
    await vina.drain();
    expect(await vina.ask(`DIAJUKAN ${id}`)).toBe(render('id', 'opNotClaimedYet', { caseId: id }));
    await vina.ask(`KLAIM ${id}`);
    await Promise.all([applicant.drain(), wulan.drain()]);

    expect(await wulan.ask(`DIAJUKAN ${id}`)).toBe(render('id', 'opNotClaimer', { caseId: id, name: VINA.name }));
    expect(await vina.ask(`diajukan ${id.toLowerCase()}`)).toBe(render('id', 'opFiled', { caseId: id }));
    expect(await texts(applicant)).toEqual([render('id', 'apFiled', { caseId: id })]);
    expect((await t.app.cases.get(id))?.status).toBe('filed');
    expect((await t.app.cases.events(id)).map((e) => e.type)).toContain('filed');
    expect(await vina.ask(`DIAJUKAN ${id}`)).toBe(render('id', 'opFiledAlready', { caseId: id }));
    expect(await texts(applicant)).toEqual([]);

    const status = await applicant.ask('STATUS');
    expect(status).toContain(render('id', 'stageFiled'));
    expect(status).toContain(render('id', 'nextFiled'));
    expect(await vina.ask('KASUS')).toContain(render('id', 'stageFiled'));

    expect(await vina.ask(`NIB ${id} 9120301234567`)).toBe(render('id', 'opNibRecorded', { caseId: id }));
    expect((await t.app.cases.get(id))?.status).toBe('nib_issued');
  });

  it('typed without a case id, gets its usage', async () => {
    const desk = await openDesk();
    expect(await desk.vina.ask('DIAJUKAN')).toBe(render('id', 'opMissingCaseId', { usage: USAGE.filed }));
  });
});

describe('KLAIM 1', () => {
  it('claims the n-th case of the last ANTRIAN list shown to that operator', async () => {
    const desk = await openDesk();
    const { t, vina, wulan } = desk;
    expect(await vina.ask('KLAIM 1')).toBe(render('id', 'opNoQueueList'));
    const ids: string[] = [];
    for (const name of ['Warung Satu', 'Warung Dua', 'Warung Tiga']) ids.push(await submitted(desk, t.phone(newApplicant()), { businessName: name }));
    await Promise.all([vina.drain(), wulan.drain()]);

    const list = await vina.ask('ANTRIAN');
    ids.forEach((id, i) => expect(list).toContain(`${i + 1}. ${id}`));
    expect(await vina.ask('KLAIM 2')).toBe(render('id', 'opClaimed', { caseId: ids[1]! }));
    expect((await t.app.cases.get(ids[1]!))?.fields.claimedBy).toBe(t.app.roster.staffKey(VINA.phone));
    expect(await vina.ask('KLAIM 9')).toBe(render('id', 'opQueueIndexUnknown', { index: '9', count: '3' }));

    // Each operator has their own list; one already taken is refused as any claim would be.
    await wulan.ask('ANTRIAN');
    expect(await wulan.ask('klaim 1')).toBe(render('id', 'opClaimed', { caseId: ids[0]! }));
    expect(await vina.ask('KLAIM 1')).toBe(render('id', 'opClaimTaken', { caseId: ids[0]!, name: WULAN.name }));
    expect(await vina.ask('KLAIM 3')).toBe(render('id', 'opClaimed', { caseId: ids[2]! }));
  });
});

describe('a reply quoting a notice acts on its case', () => {
  it('"KLAIM" to a new-case notice claims it, "DETAIL" to the claim answer shows it, "TANYA …" to an answer asks again', async () => {
    const desk = await openDesk();
    const { t, vina, wulan } = desk;
    const applicant = t.phone(newApplicant());
    const other = await submitted(desk, t.phone(newApplicant()), { businessName: 'Toko Lain' });
    const id = await submitted(desk, applicant);
    const notices = await vina.drain();
    const notice = notices.find((m) => m.text?.includes(`Kasus baru ${id}`));
    expect(notice?.id).toBeTruthy();
    await Promise.all([wulan.drain(), applicant.drain()]);

    await vina.send({ text: 'KLAIM', quotedId: notice?.id });
    await t.settle();
    const [claimed] = await vina.drain();
    expect(claimed?.text).toBe(render('id', 'opClaimed', { caseId: id }));
    expect((await t.app.cases.get(id))?.fields.claimedBy).toBe(t.app.roster.staffKey(VINA.phone));
    expect((await t.app.cases.get(other))?.status).toBe('queued');

    expect(await vina.ask({ text: 'detail', quotedId: claimed?.id })).toContain(`DETAIL ${id}`);
    await vina.ask(`TANYA ${id} Sudah punya email?`);
    await applicant.ask('belum punya kak');
    const [answer] = await vina.drain();
    expect(answer?.text).toBe(render('id', 'opAnswer', { caseId: id, text: 'belum punya kak' }));
    expect(await vina.ask({ text: 'TANYA Mau dibuatkan email?', quotedId: answer?.id })).toBe(render('id', 'opAskSent', { caseId: id }));
    expect(await texts(applicant)).toContain(render('id', 'apQuestion', { caseId: id, question: 'Mau dibuatkan email?' }));
  });

  it('a case id typed in the reply wins; a quote of something that is no notice changes nothing', async () => {
    const desk = await openDesk();
    const { t, vina } = desk;
    const first = await submitted(desk, t.phone(newApplicant()));
    const second = await submitted(desk, t.phone(newApplicant()));
    const notice = (await vina.drain()).find((m) => m.text?.includes(`Kasus baru ${first}`));
    expect(await vina.ask({ text: `KLAIM ${second}`, quotedId: notice?.id })).toBe(render('id', 'opClaimed', { caseId: second }));
    expect((await t.app.cases.get(first))?.status).toBe('queued');
    expect(await vina.ask({ text: 'KLAIM', quotedId: 'sim-not-a-notice' })).toBe(render('id', 'opMissingCaseId', { usage: USAGE.claim }));
  });
});

describe('the applicant\'s answer to TANYA is progress for the claim SLA', () => {
  it('the holder is reminded CLAIM_SLA_HOURS after the answer, not after the question', async () => {
    const monday0800 = atWib('2026-11-23T08:00:00');
    const desk = await openDesk(monday0800, { CLAIM_SLA_HOURS: '2' });
    const { t, vina } = desk;
    const applicant = t.phone(newApplicant());
    desk.setNow(monday0800 - 60_000);
    const id = await submitted(desk, applicant);
    await vina.ask(`KLAIM ${id}`);

    desk.setNow(atWib('2026-11-23T09:00:00'));
    await vina.ask(`TANYA ${id} Usahanya sudah berjalan berapa lama?`);
    await applicant.drain();
    desk.setNow(atWib('2026-11-23T10:30:00'));
    expect(await applicant.ask('sudah 3 tahun')).toBe(render('id', 'apAnswerForwarded'));
    await vina.drain();
    // Timers of earlier versions stay in the set until due, and then do nothing: the live one counts.
    const version = (await t.app.cases.get(id))?.version;
    const remind = (await t.app.caseTimers.pending(id)).filter((x) => x.name === 'claim_remind' && x.version === version).map((x) => x.at);
    expect(remind).toEqual([atWib('2026-11-23T12:30:00')]);

    // 11:30: two working hours after the question; the answer came since, so nobody is chased.
    desk.setNow(atWib('2026-11-23T11:30:00'));
    await t.app.caseTimers.tick();
    await t.settle();
    expect(await texts(vina)).toEqual([]);

    desk.setNow(atWib('2026-11-23T12:31:00'));
    await t.app.caseTimers.tick();
    await t.settle();
    expect(await texts(vina)).toEqual([render('id', 'opClaimReminder', { caseId: id, since: wib(monday0800) })]);
    const answered = (await t.app.cases.events(id)).filter((e) => e.type === 'answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]?.detail).toEqual({ text: 'sudah 3 tahun' });
  });
});
