// Operators end to end, through the simulator's HTTP API against real Redis and BullMQ: routing to the
// village, kecamatan and DPMPTSP desks (each DPMPTSP rule on its own), the claim race, the cap and
// LEPAS, ANTRIAN/KASUS, TANYA both ways, the KODE handoff (the code delivered once, then gone from
// Redis even sealed), refusals for strangers and other desks, and a whole journey from the real
// intake to the NIB in the applicant's chat.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import { loadServiceArea } from '../../bot/area/service-area.js';
import type { StaffInput } from '../../workers/staff/roster.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { OTHER_VILLAGE, VILLAGE, submitCase } from '../support/casework.js';
import { connectTestRedis } from '../support/redis.js';
import { revealedDump } from '../support/reveal.js';
import { SUMBERJO_UP_TO_KIRIM } from './support/intake-script.js';

const ADMIN_TOKEN = 'operators-e2e-admin-token-0001';
const NIK = '3505015203850001';
const MASKED_NIK = '3505********0001';
const COORDINATORS = 'koordinator@g.us';

/** A village of Udanawu without any operator of its own, and one of another kecamatan (Srengat). */
const THIRD_VILLAGE = { code: '35.05.02.2004', name: 'Tunjung', districtCode: '35.05.02', districtName: 'Udanawu' };
const SRENGAT_VILLAGE = { code: '35.05.03.1004', name: 'Togogan', districtCode: '35.05.03', districtName: 'Srengat' };

const VINA: StaffInput = { phone: '6281234500001', name: 'Vina (contoh)', role: 'operator', areas: [VILLAGE.code] };
const WULAN: StaffInput = { phone: '6281234500002', name: 'Wulan (contoh)', role: 'operator', areas: [VILLAGE.code] };
const KEC: StaffInput = { phone: '6281234500003', name: 'Kecamatan (contoh)', role: 'operator', areas: [VILLAGE.districtCode] };
const DPM: StaffInput = { phone: '6281234500004', name: 'Dinas (contoh)', role: 'operator', areas: ['35.05'] };
const IDLE: StaffInput = { phone: '6281234500005', name: 'Idle (contoh)', role: 'operator', areas: [OTHER_VILLAGE.code], active: false };
const SRENGAT_OP: StaffInput = { phone: '6281234500006', name: 'Srengat (contoh)', role: 'operator', areas: [SRENGAT_VILLAGE.districtCode] };

const redis = connectTestRedis();
let t: TestApp | undefined;
let applicants = 0;

/** A fresh synthetic applicant phone: 628570000NNNN. */
function newApplicant(): string {
  applicants += 1;
  return `628570000${String(1000 + applicants).padStart(4, '0')}`;
}

afterAll(() => {
  redis.disconnect();
});

async function start(env: Record<string, string> = {}): Promise<TestApp> {
  t = await startTestApp({ env: { ADMIN_TOKEN, ...env } });
  return t;
}

async function stopApp(): Promise<void> {
  await t?.stop();
  t = undefined;
}

async function enrol(app: TestApp, ...members: StaffInput[]): Promise<void> {
  for (const member of members) await app.app.roster.create(member);
}

async function texts(phone: SimPhone): Promise<string[]> {
  return (await phone.drain()).map((m) => m.text ?? '');
}

function mentioning(messages: readonly string[], needle: string): string[] {
  return messages.filter((m) => m.includes(needle));
}

async function submitted(app: TestApp, applicant: string, changes: Parameters<typeof submitCase>[2] = {}): Promise<string> {
  const id = await submitCase(app.app, applicant, changes);
  await app.settle();
  return id;
}

/** A fresh app with the village's operators, and a case Vina has claimed. */
async function claimedByVina(...members: StaffInput[]): Promise<{ app: TestApp; vina: SimPhone; applicant: SimPhone; id: string }> {
  const app = await start();
  await enrol(app, VINA, ...members);
  const vina = app.phone(VINA.phone);
  const applicant = app.phone(newApplicant());
  const id = await submitted(app, applicant.from);
  await vina.ask(`KLAIM ${id}`);
  return { app, vina, applicant, id };
}

afterEach(async () => {
  await stopApp();
});

// ---------------------------------------------------------------------------------------------
describe('routing a submitted case to its desk', () => {
  let app: TestApp;
  let phones: Record<'vina' | 'wulan' | 'kec' | 'dpm' | 'idle' | 'coordinators', SimPhone>;

  beforeAll(async () => {
    // DESK_CAPITAL_LIMIT lowered from the default 50,000,000: a 45,000,000 case is then DPMPTSP's.
    app = await startTestApp({ env: { ADMIN_TOKEN, DESK_CAPITAL_LIMIT: '40000000' } });
    for (const member of [VINA, WULAN, KEC, DPM, IDLE]) {
      const res = await fetch(`${app.url}/api/operators`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(member),
      });
      expect(res.status, `creating ${member.name}`).toBe(201);
    }
    phones = {
      vina: app.phone(VINA.phone), wulan: app.phone(WULAN.phone), kec: app.phone(KEC.phone), dpm: app.phone(DPM.phone),
      idle: app.phone(IDLE.phone), coordinators: app.phone('6281234500099', COORDINATORS),
    };
  });

  afterAll(async () => {
    await app.stop();
  });

  it('sends a village case to both village operators, once each, with the case in brief and the NIK masked', async () => {
    const applicant = app.phone(newApplicant());
    const id = await submitted(app, applicant.from);
    const record = await app.app.cases.get(id);
    expect(record?.fields).toMatchObject({ desk: 'village', deskCode: VILLAGE.code });
    for (const operator of [phones.vina, phones.wulan]) {
      const about = mentioning(await texts(operator), id);
      expect(about).toHaveLength(1);
      const notice = about[0] ?? '';
      for (const part of [`Kasus baru ${id}`, `${VILLAGE.name}, ${VILLAGE.districtName}`, 'Warung Contoh', '56102', MASKED_NIK, `KLAIM ${id}`]) {
        expect(notice).toContain(part);
      }
      expect(notice).toContain(render('id', 'deskNameVillage', { name: VILLAGE.name }));
      expect(notice).not.toContain(NIK);
    }
    for (const other of [phones.kec, phones.dpm, phones.idle, phones.coordinators]) expect(mentioning(await texts(other), id)).toEqual([]);
    const told = await texts(applicant);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(id);
    expect(told[0]).toContain(render('id', 'deskNameVillage', { name: VILLAGE.name }));
  });

  type Row = {
    what: string;
    changes: Parameters<typeof submitCase>[2];
    desk: 'village' | 'district' | 'regency';
    deskCode: string;
    reasons: string[];
    messaged: ('vina' | 'wulan' | 'kec' | 'dpm')[];
    deskName: string;
  };
  const villageDesk = render('id', 'deskNameVillage', { name: VILLAGE.name });
  const dpmptsp = render('id', 'deskNameRegency', { name: 'Kabupaten Blitar' });
  const rows: Row[] = [
    { what: 'a village with only an inactive operator goes to its kecamatan', changes: { village: OTHER_VILLAGE }, desk: 'district', deskCode: '35.05.02', reasons: [], messaged: ['kec'], deskName: render('id', 'deskNameDistrict', { name: 'Udanawu' }) },
    { what: 'a village without operators goes to its kecamatan', changes: { village: THIRD_VILLAGE }, desk: 'district', deskCode: '35.05.02', reasons: [], messaged: ['kec'], deskName: render('id', 'deskNameDistrict', { name: 'Udanawu' }) },
    { what: 'a kecamatan without operators leaves DPMPTSP', changes: { village: SRENGAT_VILLAGE }, desk: 'regency', deskCode: '35.05', reasons: [], messaged: ['dpm'], deskName: dpmptsp },
    { what: 'capital above DESK_CAPITAL_LIMIT', changes: { capital: 45_000_000 }, desk: 'regency', deskCode: '35.05', reasons: ['capital'], messaged: ['dpm'], deskName: dpmptsp },
    { what: 'capital exactly at DESK_CAPITAL_LIMIT stays at the village', changes: { capital: 40_000_000 }, desk: 'village', deskCode: VILLAGE.code, reasons: [], messaged: ['vina', 'wulan'], deskName: villageDesk },
    { what: 'a CV, not perseorangan', changes: { legalForm: 'cv' }, desk: 'regency', deskCode: '35.05', reasons: ['legal_form'], messaged: ['dpm'], deskName: dpmptsp },
    { what: 'three KBLI codes', changes: { kbli: ['56102', '47111', '10792'] }, desk: 'regency', deskCode: '35.05', reasons: ['many_kbli'], messaged: ['dpm'], deskName: dpmptsp },
    { what: 'two KBLI codes stay at the village', changes: { kbli: ['56102', '47111'] }, desk: 'village', deskCode: VILLAGE.code, reasons: [], messaged: ['vina', 'wulan'], deskName: villageDesk },
    { what: 'an amendment of an existing NIB', changes: { kind: 'amendment' }, desk: 'regency', deskCode: '35.05', reasons: ['amendment'], messaged: ['dpm'], deskName: dpmptsp },
  ];

  it.each(rows)('$what → $desk desk', async (row) => {
    const applicant = app.phone(newApplicant());
    const id = await submitted(app, applicant.from, row.changes);
    const record = await app.app.cases.get(id);
    expect(record?.fields).toMatchObject({ desk: row.desk, deskCode: row.deskCode });
    const dispatchEvent = (await app.app.cases.events(id)).find((e) => e.type === 'dispatched');
    expect(dispatchEvent?.detail).toMatchObject({ desk: row.desk, code: row.deskCode, reasons: row.reasons });
    for (const name of ['vina', 'wulan', 'kec', 'dpm', 'idle', 'coordinators'] as const) {
      const expected = (row.messaged as string[]).includes(name) ? 1 : 0;
      expect(mentioning(await texts(phones[name]), id), `${name} about ${id}`).toHaveLength(expected);
    }
    const told = await texts(applicant);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(row.deskName);
  });

  it('with no active DPMPTSP operator, a DPMPTSP case reaches the coordinator group', async () => {
    const res = await fetch(`${app.url}/api/operators/${DPM.phone}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ active: false }),
    });
    expect(res.status).toBe(200);
    const id = await submitted(app, newApplicant(), { legalForm: 'cv' });
    expect((await app.app.cases.get(id))?.fields).toMatchObject({ desk: 'regency', deskCode: '35.05' });
    expect(mentioning(await texts(phones.coordinators), id)).toHaveLength(1);
    expect(mentioning(await texts(phones.dpm), id)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('operators at work', () => {
  it('claim race: of two operators claiming at the same moment exactly one holds the case', async () => {
    const app = await start();
    await enrol(app, VINA, WULAN);
    const vina = app.phone(VINA.phone);
    const wulan = app.phone(WULAN.phone);
    const keys = { [VINA.name]: app.app.roster.staffKey(VINA.phone), [WULAN.name]: app.app.roster.staffKey(WULAN.phone) };
    for (let round = 0; round < 5; round++) {
      const applicant = app.phone(newApplicant());
      const id = await submitted(app, applicant.from);
      await Promise.all([vina.drain(), wulan.drain(), applicant.drain()]);
      await Promise.all([vina.send(`KLAIM ${id}`), wulan.send(`klaim ${id}`)]);
      await app.settle();
      const record = await app.app.cases.get(id);
      expect(record?.status).toBe('claimed');
      const [vinaSaw, wulanSaw] = [await texts(vina), await texts(wulan)];
      const vinaWon = vinaSaw.includes(render('id', 'opClaimed', { caseId: id }));
      const wulanWon = wulanSaw.includes(render('id', 'opClaimed', { caseId: id }));
      expect(vinaWon !== wulanWon, `round ${round}: exactly one winner`).toBe(true);
      const [winner, loserSaw] = vinaWon ? [VINA.name, wulanSaw] : [WULAN.name, vinaSaw];
      expect(record?.fields.claimedBy).toBe(keys[winner]);
      expect(loserSaw).toEqual([render('id', 'opClaimTaken', { caseId: id, name: winner })]);
      const applicantSaw = await texts(applicant);
      expect(applicantSaw).toEqual([render('id', 'apClaimed', { caseId: id, desk: render('id', 'deskNameVillage', { name: VILLAGE.name }) })]);
      expect((await app.app.cases.events(id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
    }
  });

  it('cap: a second claim beyond maxOpenCases is refused until LEPAS; LEPAS by a non-holder is refused', async () => {
    const app = await start();
    await enrol(app, { ...VINA, maxOpenCases: 1 }, WULAN);
    const vina = app.phone(VINA.phone);
    const wulan = app.phone(WULAN.phone);
    const first = app.phone(newApplicant());
    const second = app.phone(newApplicant());
    const firstId = await submitted(app, first.from);
    const secondId = await submitted(app, second.from);
    await Promise.all([vina.drain(), wulan.drain(), first.drain(), second.drain()]);

    expect(await vina.ask(`KLAIM ${firstId}`)).toBe(render('id', 'opClaimed', { caseId: firstId }));
    expect(await vina.ask(`KLAIM ${secondId}`)).toBe(render('id', 'opClaimCap', { max: '1' }));
    expect((await app.app.cases.get(secondId))?.status).toBe('queued');

    const before = await app.app.cases.get(firstId);
    expect(await wulan.ask(`LEPAS ${firstId}`)).toBe(render('id', 'opNotClaimer', { caseId: firstId, name: VINA.name }));
    expect((await app.app.cases.get(firstId))?.version).toBe(before?.version);
    await first.drain();

    expect(await vina.ask(`#lepas  ${firstId}`)).toBe(render('id', 'opReleased', { caseId: firstId }));
    const released = await app.app.cases.get(firstId);
    expect(released?.status).toBe('queued');
    expect(released?.fields.claimedBy).toBeUndefined();
    expect(await texts(wulan)).toEqual([render('id', 'opBackInQueue', { caseId: firstId })]);
    expect(await texts(first)).toEqual([render('id', 'apBackInQueue', { caseId: firstId })]);

    expect(await vina.ask(`KLAIM ${secondId}`)).toBe(render('id', 'opClaimed', { caseId: secondId }));
    expect((await app.app.cases.get(secondId))?.fields.claimedBy).toBe(app.app.roster.staffKey(VINA.phone));
  });

  it('ANTRIAN lists the waiting cases of my desks only; KASUS lists the cases I hold', async () => {
    const app = await start();
    await enrol(app, VINA, WULAN, KEC);
    const vina = app.phone(VINA.phone);
    const kec = app.phone(KEC.phone);
    const mine = await submitted(app, newApplicant());
    const alsoMine = await submitted(app, newApplicant(), { businessName: 'Toko Contoh' });
    const kecamatan = await submitted(app, newApplicant(), { village: THIRD_VILLAGE });
    const elsewhere = await submitted(app, newApplicant(), { village: SRENGAT_VILLAGE });
    await Promise.all([vina.drain(), kec.drain()]);

    expect(await vina.ask('KASUS')).toBe(render('id', 'opMyCasesEmpty'));
    const queue = await vina.ask('antrian');
    expect(queue).toContain(render('id', 'opQueueHeader', { count: '2' }));
    expect(queue).toContain(`${mine} – Warung Contoh, ${VILLAGE.name}`);
    expect(queue).toContain(`${alsoMine} – Toko Contoh, ${VILLAGE.name}`);
    for (const other of [kecamatan, elsewhere]) expect(queue).not.toContain(other);
    const kecQueue = await kec.ask('ANTRIAN');
    expect(kecQueue).toContain(kecamatan);
    expect(kecQueue).not.toContain(elsewhere);

    await vina.ask(`KLAIM ${mine}`);
    const after = await vina.ask('ANTRIAN');
    expect(after).toContain(render('id', 'opQueueHeader', { count: '1' }));
    expect(after).not.toContain(mine);
    const held = await vina.ask('  *kasus*  ');
    expect(held).toBe([
      render('id', 'opMyCasesHeader', { count: '1', max: '10' }),
      render('id', 'opMyCaseLine', { caseId: mine, business: 'Warung Contoh', stage: render('id', 'stageClaimed') }),
    ].join('\n'));
  });

  it('TANYA: the question reaches the applicant, the next answer comes back marked with the case id, the conversation is untouched', async () => {
    const { app, vina, applicant, id } = await claimedByVina(WULAN);
    expect(await applicant.ask('STATUS')).toContain(id);
    const chatKey = app.app.inbox.chatKeyOf(applicant.from);
    const sessionBefore = await app.app.inbox.loadSession(chatKey);

    const question = 'Apakah warungnya buka setiap hari?';
    expect(await vina.ask(`TANYA ${id} ${question}`)).toBe(render('id', 'opAskSent', { caseId: id }));
    expect(await texts(applicant)).toEqual([render('id', 'apQuestion', { caseId: id, question })]);

    expect(await applicant.ask('iya buka tiap hari kecuali jumat')).toBe(render('id', 'apAnswerForwarded'));
    expect(await texts(vina)).toEqual([render('id', 'opAnswer', { caseId: id, text: 'iya buka tiap hari kecuali jumat' })]);
    expect(await app.app.inbox.loadSession(chatKey)).toEqual(sessionBefore);

    const status = await applicant.ask('STATUS');
    expect(status).toContain(render('id', 'statusCase', {
      caseId: id, stage: render('id', 'stageClaimed'), desk: render('id', 'statusDesk', { desk: render('id', 'deskVillage') }), next: render('id', 'nextClaimed'),
    }));
    // Only the next message was the answer: what follows is the applicant's own conversation again.
    await applicant.ask('terima kasih');
    expect(await texts(vina)).toEqual([]);
  });

  it('KODE: the code reaches the operator once, a later code is not relayed, and the code is nowhere in Redis afterwards', async () => {
    const { app, vina, applicant, id } = await claimedByVina(WULAN);
    await applicant.drain();

    expect(await vina.ask(`KODE ${id}`)).toBe(render('id', 'opCodeRequested', { caseId: id }));
    expect(await texts(applicant)).toEqual([render('id', 'apCodeRequest', { caseId: id })]);
    const code = '482913';
    expect(await applicant.ask(`Kode OTP OSS Anda ${code.slice(0, 3)} ${code.slice(3)}. Jangan berikan kode ini`)).toBe(render('id', 'apCodeForwarded'));
    expect(await texts(vina)).toEqual([render('id', 'opCode', { caseId: id, code })]);

    const later = '775533';
    await applicant.ask(`ini kode baru ${later}`);
    expect(await texts(vina)).toEqual([]);

    const revealed = await readableDump(app);
    // The control: sealed values are read here, so the dossier's NIK must show up.
    expect(revealed).toContain(NIK);
    expect(revealed).toContain(id);
    expect(revealed).not.toContain(code);
    const jobs = await app.app.outbound.queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized']);
    // Done jobs are removed at once (a small sent marker dedupes); any still queued must not hold the code.
    const opened = jobs.map((job) => JSON.stringify(app.app.outbound.open(job.id ?? '', job.data)));
    expect(opened.filter((m) => m.includes(code))).toEqual([]);
    expect(app.logs.filter((line) => line.includes(code))).toEqual([]);
    expect((await app.app.cases.events(id)).filter((e) => e.type === 'code_relayed')).toHaveLength(1);
  });

  it('strangers and other desks are refused politely, the case is unchanged, the refusals are logged without phones', async () => {
    const app = await start();
    await enrol(app, VINA, WULAN, SRENGAT_OP);
    const applicantPhone = newApplicant();
    const id = await submitted(app, applicantPhone);
    const stranger = app.phone('6281234500077');
    const srengat = app.phone(SRENGAT_OP.phone);
    const wulan = app.phone(WULAN.phone);
    const before = await app.app.cases.get(id);

    for (const command of [`KLAIM ${id}`, `DETAIL ${id}`, `NIB ${id} 1234567890123`]) {
      expect(await stranger.ask(command), command).toBe(render('id', 'opStranger'));
    }
    expect(await app.app.cases.get(id)).toEqual(before);

    for (const command of [`KLAIM ${id}`, `DETAIL ${id}`, `TANYA ${id} halo`]) {
      expect(await srengat.ask(command), command).toBe(render('id', 'opNotYourDesk', { caseId: id }));
    }
    expect(await app.app.cases.get(id)).toEqual(before);

    await app.phone(VINA.phone).ask(`KLAIM ${id}`);
    await wulan.drain();
    expect(await wulan.ask(`DETAIL ${id}`)).toBe(render('id', 'opNotClaimer', { caseId: id, name: VINA.name }));
    expect((await app.app.cases.events(id)).map((e) => e.type)).not.toContain('detail_viewed');

    const refusals = app.logs.filter((line) => line.includes('refused'));
    expect(refusals.filter((line) => line.includes('not on the roster'))).toHaveLength(3);
    expect(refusals.filter((line) => line.includes('another desk'))).toHaveLength(3);
    for (const phone of [stranger.from, SRENGAT_OP.phone, WULAN.phone, VINA.phone, applicantPhone]) {
      const local = `0${phone.slice(2)}`;
      expect(app.logs.filter((line) => line.includes(phone) || line.includes(local)), phone).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('a whole journey', () => {
  it('intake through the simulator, dispatch, claim, DETAIL in OSS order, NIB to the applicant once, STATUS with the NIB', async () => {
    const villages = await loadServiceArea('35.05');
    const sumberjo = villages.search('sumberjo');
    const codes = sumberjo.kind === 'ambiguous' ? sumberjo.candidates.map((v) => v.code) : sumberjo.kind === 'unique' ? [sumberjo.village.code] : [];
    expect(codes.length).toBeGreaterThan(0);
    const app = await start();
    // Both operators serve every Sumberjo, whichever the intake settles on.
    await enrol(app, { ...VINA, areas: codes }, { ...WULAN, areas: codes }, DPM);
    const vina = app.phone(VINA.phone);
    const wulan = app.phone(WULAN.phone);
    const applicant = app.phone(newApplicant());

    const script = SUMBERJO_UP_TO_KIRIM;
    for (const [message, expected] of script) expect(await applicant.ask(message), `after "${message}"`).toContain(expected);
    const done = await applicant.ask('kirim');
    const id = /LK-[0-9A-Z]{5}/.exec(done)?.[0] ?? '';
    expect(id).not.toBe('');
    await app.settle();

    const record = await app.app.cases.get(id);
    const villageCode = (record?.dossier as { business: { address: { villageCode: string } } }).business.address.villageCode;
    expect(codes).toContain(villageCode);
    expect(record?.fields).toMatchObject({ desk: 'village', deskCode: villageCode });
    // The desk's name reaches the applicant once, with KIRIM's answer or just after it.
    const afterKirim = [done, ...(await texts(applicant))].join('\n---\n').split('\n---\n');
    expect(mentioning(afterKirim, render('id', 'deskNameVillage', { name: 'Sumberjo' }))).toHaveLength(1);
    for (const operator of [vina, wulan]) {
      const notice = mentioning(await texts(operator), id);
      expect(notice).toHaveLength(1);
      expect(notice[0]).toContain('Warung Bu Siti');
      expect(notice[0]).not.toContain(NIK);
    }

    expect(await wulan.ask(`KLAIM ${id}`)).toBe(render('id', 'opClaimed', { caseId: id }));
    const detail = await wulan.ask(`DETAIL ${id}`);
    const order = ['dossierIdentity', 'dossierContact', 'dossierBusiness', 'dossierLocation'] as const;
    const positions = order.map((key) => detail.indexOf(`*${render('id', key)}*`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const value of [NIK, 'SITI AMINAH', 'siti.aminah@gmail.com', 'Warung Bu Siti', '56102', 'Rp 15.000.000', 'Sumberjo', render('id', 'notePostalUnknown'), render('id', 'noteNpwpIsNik')]) {
      expect(detail).toContain(value);
    }
    expect(detail.indexOf(NIK)).toBeLessThan(detail.indexOf('Warung Bu Siti'));
    expect(detail).toContain(render('id', 'opKtpMissing', { caseId: id }));
    expect(await texts(vina)).toEqual([]);

    expect(await wulan.ask(`NIB ${id} 12345`)).toBe(render('id', 'opNibInvalid', { count: '5' }));
    const nib = '9120301234567';
    expect(await wulan.ask(`NIB ${id} ${nib}`)).toBe(render('id', 'opNibRecorded', { caseId: id }));
    expect(await wulan.ask(`NIB ${id} ${nib}`)).toBe(render('id', 'opNibAlready', { caseId: id, nib }));
    const received = await texts(applicant);
    expect(mentioning(received, nib)).toEqual([render('id', 'apNib', { caseId: id, nib, business: 'Warung Bu Siti' })]);
    const issued = await app.app.cases.get(id);
    expect(issued?.status).toBe('nib_issued');
    expect(issued?.fields.nib).toBe(nib);
    expect(issued?.fields.nibRelayedAt).toBeDefined();
    expect((await app.app.cases.events(id)).filter((e) => e.type === 'nib_delivered')).toHaveLength(1);

    const status = await applicant.ask('STATUS');
    expect(status).toContain(render('id', 'statusNib', { nib }));
    expect(status).toContain(render('id', 'stageNibIssued'));
    expect(await applicant.ask('5')).toBe(render('id', 'apRatingThanks', { rating: '5' }));
    expect((await app.app.cases.get(id))?.fields.rating).toBe('5');
  }, 60_000);
});

describe('after the NIB', () => {
  // The rating question waits for the next message only: once the applicant moves on (MENU), a "1"
  // is a menu choice, not a rating.
  it('MENU then 1 starts a new registration instead of being taken as a rating of 1', async () => {
    const { app, vina, applicant, id } = await claimedByVina();
    await vina.ask(`NIB ${id} 9120301234567`);
    await applicant.drain();
    expect(await applicant.ask('MENU')).toContain(render('id', 'menuFirstNew'));
    const reply = await applicant.ask('1');
    expect(reply).not.toBe(render('id', 'apRatingThanks', { rating: '1' }));
    expect(reply).toContain('GRATIS');
    expect((await app.app.cases.get(id))?.fields.rating).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Reading Redis as an attacker with the data key would: every key under the app's prefix except
// the simulated phones' own screens (":sim:"), with every sealed value opened without checking
// which record it belongs to (AES-GCM's counter mode decrypts without the tag check).

function readableDump(app: TestApp): Promise<string> {
  return revealedDump(redis, app.config.REDIS_PREFIX, app.key, /:sim:/);
}
