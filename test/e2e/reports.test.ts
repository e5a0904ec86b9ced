// The coordinators' reports end to end, on a scripted week of cases driven through the simulator's
// HTTP API (operators' commands, the applicants' ratings and HAPUS DATA) with a controllable office
// clock, against real Redis and BullMQ: the daily digest at DIGEST_AT (once), its chart decoded from
// the group's image, each read command in the group, the monthly report (JSON and CSV) checked
// against figures computed here from the script, the cases API with reveal and its audit event, and
// the same monthly figures after the retention purge anonymised every closed case.
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import type { StaffInput } from '../../workers/staff/roster.js';
import { USAGE } from '../../bot/casework/staff-chat.js';
import { startTestApp, waitUntil, type SimMessage, type SimPhone, type TestApp } from '../support/app.js';
import { submitCase } from '../support/casework.js';
import { countBars } from '../support/chart-bars.js';
import type { MonthlyReport } from '../../flows/reports/monthly.js';
import type { CaseView } from '../../flows/reports/case-view.js';

const ADMIN_TOKEN = 'reports-e2e-admin-token-0001';
const GROUP = 'koordinator@g.us';
const NIK = '3505015203850001';
const DAY = 24 * 3600_000;
/** An instant given as WIB wall time. */
const wib = (local: string): number => Date.parse(`${local}+07:00`);

const KARANGGONDANG = { code: '35.05.02.2007', name: 'Karanggondang', districtCode: '35.05.02', districtName: 'Udanawu' };
const JATI = { code: '35.05.02.2001', name: 'Jati', districtCode: '35.05.02', districtName: 'Udanawu' };
/** No village operator: its cases go to the Kanigoro kecamatan desk. */
const SATREYAN = { code: '35.05.10.1010', name: 'Satreyan', districtCode: '35.05.10', districtName: 'Kanigoro' };
type Village = typeof KARANGGONDANG;

const ANI: StaffInput = { phone: '6281299100101', name: 'Ani Uji', role: 'operator', areas: [KARANGGONDANG.code, JATI.code] };
const BUDI: StaffInput = { phone: '6281299100102', name: 'Budi Uji', role: 'operator', areas: [SATREYAN.districtCode] };
const CITRA: StaffInput = { phone: '6281299100900', name: 'Citra Koordinator', role: 'coordinator', areas: ['35.05'] };
const STRANGER = '6281299100999';

/** One scripted case: where, who works it, and when each thing happens (WIB). */
interface Scripted {
  name: string;
  village: Village;
  operator: StaffInput;
  submitted: string;
  claimed?: string;
  filed?: string;
  nib?: string;
  rejected?: [at: string, reason: string, category: string];
  rated?: [at: string, rating: number];
  erased?: string;
}

/** Monday 16 to Thursday 19 November 2026. */
const WEEK: readonly Scripted[] = [
  { name: 'c1', village: KARANGGONDANG, operator: ANI, submitted: '2026-11-16T09:00', claimed: '2026-11-16T09:30', filed: '2026-11-16T10:00', nib: '2026-11-16T11:00', rated: ['2026-11-16T12:00', 5] },
  { name: 'c2', village: SATREYAN, operator: BUDI, submitted: '2026-11-16T09:10', claimed: '2026-11-16T10:00', rejected: ['2026-11-17T10:00', 'data KTP tidak sesuai', 'documents'] },
  { name: 'c3', village: JATI, operator: ANI, submitted: '2026-11-17T09:00', claimed: '2026-11-17T09:15', nib: '2026-11-18T14:00', rated: ['2026-11-18T15:00', 4] },
  { name: 'c4', village: SATREYAN, operator: BUDI, submitted: '2026-11-17T09:30' },
  { name: 'c5', village: KARANGGONDANG, operator: ANI, submitted: '2026-11-18T10:00', claimed: '2026-11-18T10:30', erased: '2026-11-18T11:00' },
  { name: 'c8', village: KARANGGONDANG, operator: ANI, submitted: '2026-11-19T08:30', claimed: '2026-11-19T08:45', rejected: ['2026-11-19T14:00', 'pemohon sudah punya NIB', 'duplicate'] },
  { name: 'c6', village: JATI, operator: ANI, submitted: '2026-11-19T09:00' },
  { name: 'c7', village: SATREYAN, operator: BUDI, submitted: '2026-11-19T10:00', claimed: '2026-11-19T10:30', filed: '2026-11-19T11:00', nib: '2026-11-19T13:00' },
];
const DIGEST_TIME = '2026-11-19T15:30';

let now = wib('2026-11-16T07:00');
let t: TestApp;
let group: SimPhone;
const ids = new Map<string, string>();
const applicants = new Map<string, SimPhone>();
const idOf = (name: string): string => ids.get(name) ?? '';

/** The script's steps, in time order, each a thing someone does through the simulator. */
function steps(): [at: string, run: () => Promise<void>][] {
  return WEEK.flatMap((c, i) => {
    const phone = `62857001000${i}`;
    const operator = (): SimPhone => t.phone(c.operator.phone);
    const list: [string, () => Promise<void>][] = [[c.submitted, async () => {
      ids.set(c.name, await submitCase(t.app, phone, { village: c.village }, now));
      applicants.set(c.name, t.phone(phone));
    }]];
    if (c.claimed) list.push([c.claimed, async () => { await operator().ask(`KLAIM ${idOf(c.name)}`); }]);
    if (c.filed) list.push([c.filed, async () => { await operator().ask(`DIAJUKAN ${idOf(c.name)}`); }]);
    if (c.nib) list.push([c.nib, async () => { await operator().ask(`NIB ${idOf(c.name)} 91203012345${String(i).padStart(2, '0')}`); }]);
    if (c.rejected) list.push([c.rejected[0], async () => { await operator().ask(`TOLAK ${idOf(c.name)} ${c.rejected?.[1] ?? ''}`); }]);
    if (c.rated) list.push([c.rated[0], async () => { await applicants.get(c.name)?.ask(String(c.rated?.[1])); }]);
    if (c.erased) list.push([c.erased, async () => { await applicants.get(c.name)?.ask('HAPUS DATA'); await applicants.get(c.name)?.ask('ya'); }]);
    return list;
  }).sort(([a], [b]) => a.localeCompare(b));
}

async function playTheWeek(): Promise<void> {
  for (const [at, run] of steps()) {
    now = wib(at);
    await run();
    await t.settle();
  }
}

// ---- what the script says the figures must be (computed here, independently of flows/reports)

const inWindow = (at: string | undefined, from: string, to: string): boolean => at !== undefined && wib(at) >= wib(from) && wib(at) < wib(to);

function expectedMonthly() {
  const month = ['2026-11-01T00:00', '2026-12-01T00:00'] as const;
  const count = (pick: (c: Scripted) => string | undefined): number => WEEK.filter((c) => inWindow(pick(c), ...month)).length;
  const villages = [...new Set(WEEK.map((c) => c.village))].sort((a, b) => a.code.localeCompare(b.code));
  const days = WEEK.filter((c) => c.nib).map((c) => (wib(c.nib ?? '') - wib(c.submitted)) / DAY).sort((a, b) => a - b);
  const ratings = WEEK.flatMap((c) => (c.rated ? [c.rated[1]] : []));
  return {
    totals: {
      submitted: count((c) => c.submitted), claimed: count((c) => c.claimed), filed: count((c) => c.filed),
      issued: count((c) => c.nib), rejected: count((c) => c.rejected?.[0]), rated: ratings.length,
    },
    villages: villages.map((v) => {
      const here = WEEK.filter((c) => c.village === v);
      return [v.code, v.name, v.districtCode, v.districtName, here.length, here.filter((c) => c.nib).length, here.filter((c) => c.rejected).length];
    }),
    median: Math.round((days[Math.floor(days.length / 2)] ?? 0) * 10) / 10,
    p90: Math.round((days[Math.ceil(0.9 * days.length) - 1] ?? 0) * 10) / 10,
    satisfaction: { count: ratings.length, average: Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 },
    byOperator: [ANI, BUDI].map((op) => [op.name, WEEK.filter((c) => c.nib && c.operator === op).length]),
  };
}

/** Today's figures at the digest (Thursday), per kecamatan: new/claimed/filed/NIB/rejected. */
function expectedToday(district: string): number[] {
  const day = ['2026-11-19T00:00', '2026-11-20T00:00'] as const;
  const here = WEEK.filter((c) => c.village.districtName === district);
  return [(c: Scripted) => c.submitted, (c: Scripted) => c.claimed, (c: Scripted) => c.filed, (c: Scripted) => c.nib, (c: Scripted) => c.rejected?.[0]]
    .map((pick) => here.filter((c) => inWindow(pick(c), ...day)).length);
}

// ---- helpers

async function api(path: string, token: string | null = ADMIN_TOKEN): Promise<Response> {
  return fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function runDigestJob(): Promise<unknown> {
  const job = await t.app.digestJobs.add('digest', {});
  await waitUntil(async () => ['completed', 'failed'].includes(await job.getState()), 15_000, 'the digest job');
  await t.settle();
  return (await t.app.digestJobs.getJob(job.id ?? ''))?.returnvalue;
}

function decodePng(message: SimMessage | undefined): PNG {
  const image = message?.image as { mimetype: string; base64: string } | undefined;
  expect(image?.mimetype).toBe('image/png');
  return PNG.sync.read(Buffer.from(image?.base64 ?? '', 'base64'));
}

/** Says something in the group and returns what Loket answered there (read through one reader of the group). */
async function say(text: string, from = CITRA.phone): Promise<string> {
  await t.phone(from, GROUP).send(text);
  await t.settle();
  return (await group.drain()).map((m) => m.text ?? '').join('\n---\n');
}

beforeAll(async () => {
  t = await startTestApp({ clock: () => now, env: { ADMIN_TOKEN, CASE_TIMER_POLL_MS: '3600000', DIGEST_AT: '15:30' } });
  for (const member of [ANI, BUDI, CITRA]) await t.app.roster.create(member);
  group = t.phone(CITRA.phone, GROUP);
  await playTheWeek();
  await group.drain();
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('the scripted week', () => {
  it('left the cases where the script put them', async () => {
    const status = async (name: string): Promise<string | undefined> => (await t.app.cases.facts(idOf(name)))?.status;
    expect(await Promise.all(WEEK.map((c) => status(c.name)))).toEqual(['nib_issued', 'rejected', 'nib_issued', 'queued', 'cancelled', 'rejected', 'queued', 'nib_issued']);
    expect((await t.app.cases.facts(idOf('c5')))?.anonymizedAt).toBeDefined();
  });
});

describe('the daily digest', () => {
  it('is scheduled every day at DIGEST_AT office time, as one job scheduler', async () => {
    const schedulers = await t.app.digestJobs.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ pattern: '30 15 * * *', tz: 'Asia/Jakarta' });
  });

  it('is not posted before DIGEST_AT, is posted at it with the right counts and chart, and not twice', async () => {
    now = wib('2026-11-19T15:29');
    expect(await runDigestJob()).toEqual({ outcome: 'too_early' });
    expect(await group.drain()).toEqual([]);

    now = wib(DIGEST_TIME);
    expect(await runDigestJob()).toEqual({ outcome: 'posted' });
    const [text, chart, ...rest] = await group.drain();
    expect(rest).toEqual([]);
    const lines = text?.text?.split('\n') ?? [];
    expect(lines[0]).toBe('*Ringkasan Loket · Kamis, 19 November 2026*');
    const [fresh, claimed, filed, issued, rejected] = ['Kanigoro', 'Udanawu'].map(expectedToday).reduce((a, b) => a.map((n, i) => n + (b[i] ?? 0)));
    expect(lines[1]).toBe(`Hari ini: ${fresh} baru, ${claimed} diambil, ${filed} diajukan, ${issued} NIB terbit, ${rejected} ditolak; 1 lewat SLA`);
    expect(lines[1]).toBe('Hari ini: 3 baru, 2 diambil, 1 diajukan, 1 NIB terbit, 1 ditolak; 1 lewat SLA');
    // c4 has waited unclaimed since Tuesday: past the 8 working hours of the queue SLA, in Kanigoro.
    expect(lines).toContain(`• Kanigoro: ${expectedToday('Kanigoro').join('/')}/1`);
    expect(lines).toContain(`• Udanawu: ${expectedToday('Udanawu').join('/')}/0`);
    expect(lines).toContain('Pengajuan→NIB (30 hari terakhir): median 0,1 hari (3 NIB)');
    expect(lines).toContain('*2 kasus terbuka tertua:*');
    expect(lines.some((l) => l.startsWith(`1. ${idOf('c4')} Satreyan, Kanigoro`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`2. ${idOf('c6')} Jati, Udanawu`))).toBe(true);
    expect(text?.text).not.toContain(NIK);

    // The chart: this week Udanawu (c1, c3) and Kanigoro (c7) issued NIBs; the three weeks before none.
    expect((chart?.image as { caption?: string } | undefined)?.caption).toBe('📊 NIB terbit per kecamatan per minggu (26 Okt 2026 – 22 Nov 2026)');
    expect(countBars(decodePng(chart))).toBe(2);

    now = wib('2026-11-19T16:00');
    expect(await runDigestJob()).toEqual({ outcome: 'already_posted' });
    expect(await group.drain()).toEqual([]);
  });

  it('is not posted on a day the office is closed', async () => {
    now = wib('2026-11-21T15:30');
    expect(await runDigestJob()).toEqual({ outcome: 'not_a_working_day' });
    expect(await group.drain()).toEqual([]);
    now = wib(DIGEST_TIME);
  });
});

describe("the coordinators' commands", () => {
  it('RINGKASAN posts the digest and its chart on demand', async () => {
    await group.send('RINGKASAN');
    await t.settle();
    const [text, chart] = await group.drain();
    expect(text?.text).toContain('Hari ini: 3 baru, 2 diambil');
    expect(countBars(decodePng(chart))).toBe(2);
  });

  it('REKAP words the period asked for, and shows its usage for a period it cannot read', async () => {
    const week = await say('REKAP minggu ini');
    expect(week).toContain('*Rekap Loket · minggu 16 Nov 2026 – 22 Nov 2026*');
    expect(week).toContain('Jumlah: 8 baru, 6 diambil, 2 diajukan, 3 NIB terbit, 2 ditolak; 1 lewat SLA');
    expect(week).toContain('Kepuasan: 4,5 dari 5 (2 penilaian)');
    expect(await say('REKAP 2026-11')).toContain('*Rekap Loket · bulan November 2026*');
    expect(await say('REKAP')).toContain('*Rekap Loket · hari ini, 19 Nov 2026*');
    expect(await say('REKAP kemarin')).toBe(render('id', 'coUsage', { usage: USAGE.report }));
  });

  it('CARI finds a case by id (also an erased one) or the open cases of a village', async () => {
    const state = await say(`CARI ${idOf('c4').toLowerCase()} tolong dicek`);
    expect(state).toContain(`*${idOf('c4')}*: ${render('id', 'stageQueued')}`);
    expect(state).toContain('Meja: Kantor Kecamatan Kanigoro');
    expect(state).toContain('Lokasi: Satreyan, Kec. Kanigoro');
    expect(state).not.toContain(NIK);
    expect(await say(`CARI ${idOf('c5')}`)).toContain('(data pribadi sudah dihapus)');
    const jati = await say('CARI jati');
    expect(jati.split('\n').slice(0, 2)).toEqual(['*Kasus terbuka di Jati, Kec. Udanawu: 1*', `• ${idOf('c6')}: ${render('id', 'stageQueued')}, sejak 19 Nov 2026`]);
    expect(await say('CARI Atlantis')).toContain('tidak ditemukan');
    expect(await say('CARI')).toBe(render('id', 'coUsage', { usage: USAGE.search }));
  });

  it('RIWAYAT tells the event log in words, without the NIK or the NIB', async () => {
    const history = await say(`RIWAYAT ${idOf('c1')}`);
    const lines = history.split('\n');
    expect(lines[0]).toBe(`*Riwayat ${idOf('c1')}* (${render('id', 'stageNibIssued')})`);
    expect(lines).toEqual(expect.arrayContaining([
      '• 16 Nov 09:00: diajukan pemohon', '• 16 Nov 09:30: diambil Ani Uji', '• 16 Nov 10:00: diajukan di OSS oleh Ani Uji',
      '• 16 Nov 11:00: NIB dicatat Ani Uji', '• 16 Nov 12:00: pemohon memberi nilai 5',
    ]));
    expect(history).not.toContain(NIK);
    expect(history).not.toContain('9120301234500');
    expect(await say('RIWAYAT')).toBe(render('id', 'coUsage', { usage: USAGE.history }));
  });

  it('OPERATOR lists the roster with the cases each holds', async () => {
    const roster = (await say('OPERATOR')).split('\n');
    expect(roster).toEqual([
      '*Operator (2)*: kasus dipegang/batas',
      '• Ani Uji (Karanggondang, Jati): 0/10',
      '• Budi Uji (Kec. Kanigoro): 0/10',
      'Koordinator: Citra Koordinator',
    ]);
  });

  it('are refused politely to someone in the group who is not a coordinator', async () => {
    for (const command of ['REKAP', 'RINGKASAN', `CARI ${idOf('c1')}`, `RIWAYAT ${idOf('c1')}`, 'OPERATOR']) {
      expect(await say(command, STRANGER)).toBe(render('id', 'coNotCoordinator'));
    }
    expect(await say('operator sudah datang?', STRANGER)).toBe('');
  });
});

describe('the monthly report', () => {
  let before: unknown;

  it('as JSON: the figures the script makes', async () => {
    const res = await api('/api/reports/monthly?month=2026-11');
    expect(res.status).toBe(200);
    const report = (await res.json()) as MonthlyReport;
    const expected = expectedMonthly();
    expect(report.totals).toEqual(expected.totals);
    expect(report.totals.issued).toBe(3);
    expect(report.issued.byVillage.map((v) => [v.code, v.name, v.districtCode, v.district, v.submitted, v.issued, v.rejected])).toEqual(expected.villages);
    expect(report.issued.byDistrict).toEqual([{ code: '35.05.02', name: 'Udanawu', issued: 2 }, { code: '35.05.10', name: 'Kanigoro', issued: 1 }]);
    expect(report.issued.byDesk).toEqual({ village: 2, district: 1, regency: 0, unknown: 0 });
    expect(report.issued.byOperator.map((o) => [o.name, o.issued])).toEqual(expected.byOperator);
    expect(report.daysToNib).toEqual({ count: 3, median: expected.median, p90: expected.p90 });
    expect(report.rejections).toEqual({ total: 2, byReason: { documents: 1, duplicate: 1, out_of_area: 0, not_eligible: 0, unreachable: 0, withdrawn: 0, other: 0 } });
    expect(report.satisfaction).toEqual(expected.satisfaction);
    expect(report.from).toBe('2026-10-31T17:00:00.000Z');
    before = report;
  });

  it('as CSV: a header row, then one row per village with its name', async () => {
    const res = await api('/api/reports/monthly?month=2026-11&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = (await res.text()).trimEnd().split('\r\n');
    expect(header).toBe('month,village_code,village,district_code,district,submitted,nib_issued,rejected');
    expect(rows).toEqual(expectedMonthly().villages.map((v) => ['2026-11', ...v].join(',')));
  });

  it('is refused without the token and explains a month it cannot read', async () => {
    expect((await api('/api/reports/monthly?month=2026-11', null)).status).toBe(401);
    const bad = await api('/api/reports/monthly?month=2026-13');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'validation_failed' });
    expect((await api('/api/reports/monthly?month=2026-11&format=xml')).status).toBe(400);
  });

  it('keeps the same figures once retention has anonymised every closed case', async () => {
    now = wib(DIGEST_TIME) + 120 * DAY;
    const purged = await t.app.retention.run(now);
    expect(purged.cases).toBe(5);
    for (const name of ['c1', 'c2', 'c3', 'c7', 'c8']) expect(await t.app.cases.get(idOf(name))).toBeUndefined();
    expect(await (await api('/api/reports/monthly?month=2026-11')).json()).toEqual(before);
    now = wib(DIGEST_TIME);
  });
});

describe('the cases API', () => {
  it('lists cases with filters and pages, without personal data', async () => {
    const queued = (await (await api('/api/cases?status=queued')).json()) as { total: number; cases: { id: string }[] };
    expect(queued.total).toBe(2);
    expect(queued.cases.map((c) => c.id).sort()).toEqual([idOf('c4'), idOf('c6')].sort());
    const kanigoro = (await (await api('/api/cases?area=35.05.10&from=2026-11-17&to=2026-11-19')).json()) as { total: number };
    expect(kanigoro.total).toBe(2);
    const page = (await (await api('/api/cases?limit=3&page=3')).json()) as { total: number; cases: unknown[] };
    expect([page.total, page.cases.length]).toEqual([8, 2]);
    const all = await (await api('/api/cases?limit=200')).text();
    expect(all).not.toContain(NIK);
    expect((await api('/api/cases?status=lost')).status).toBe(400);
    expect((await api('/api/cases', null)).status).toBe(401);
  });

  it('shows a case masked; ?reveal=true shows the personal data and writes an audit event on the case', async () => {
    const id = idOf('c6');
    const masked = (await (await api(`/api/cases/${id}`)).json()) as CaseView;
    expect(masked).toMatchObject({ id, status: 'queued', village: { code: JATI.code, name: 'Jati' }, applicant: { nik: '3505********0001', name: 'S*** C*****' } });
    expect(JSON.stringify(masked)).not.toContain(NIK);
    expect((await t.app.cases.events(id)).map((e) => e.type)).not.toContain('revealed');

    const revealed = (await (await api(`/api/cases/${id}?reveal=true`)).json()) as CaseView;
    expect(revealed.applicant).toMatchObject({ nik: NIK, name: 'SITI CONTOH' });
    const events = (await (await api(`/api/cases/${id}/events`)).json()) as { events: { type: string; actor: string }[] };
    expect(events.events.at(-1)).toMatchObject({ type: 'revealed', actor: 'admin' });
    expect(events.events.map((e) => e.type)).toEqual(['submitted', 'dispatched', 'revealed']);
    expect((await api('/api/cases/LK-ZZZZZ')).status).toBe(404);
    expect((await api(`/api/cases/${id}/events`, 'wrong-token-wrong-token')).status).toBe(401);
  });
});

describe('the BullMQ dashboard', () => {
  it('is served at /admin/queues behind the admin token and lists the queues', async () => {
    expect((await api('/admin/queues', null)).status).toBe(401);
    const page = await api('/admin/queues');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const queues = (await (await api('/admin/queues/api/queues')).json()) as { queues: { name: string }[] };
    expect(queues.queues.map((q) => q.name)).toEqual(expect.arrayContaining(['outbound', 'digest', 'retention', 'dispatch']));
  });
});
