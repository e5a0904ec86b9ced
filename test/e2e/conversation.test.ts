// The conversation in the applicant's own words, end to end through the simulator's HTTP API against
// real Redis and BullMQ: restated answers, lists answered by name, the other branch taken without
// KEMBALI, English detected and requested, the short opening, CV/PT to DPMPTSP, and a person when
// needed (PETUGAS and BALAS, a stuck applicant, ADUAN, messages after submission).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import type { StaffInput } from '../../workers/staff/roster.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { connectTestRedis } from '../support/redis.js';

const COORDINATORS = 'koordinator@g.us';
const NIK = '3505015203850001';
/** Plumpungrejo, Kademangan: a village with one name in the whole regency. */
const PLUMPUNGREJO = { code: '35.05.04.2008', name: 'Plumpungrejo' };
const RINA: StaffInput = { phone: '6281234500011', name: 'Rina (contoh)', role: 'operator', areas: [PLUMPUNGREJO.code] };
const DPM: StaffInput = { phone: '6281234500014', name: 'Dinas (contoh)', role: 'operator', areas: ['35.05'] };
const KOORD: StaffInput = { phone: '6281234500019', name: 'Koordinator (contoh)', role: 'coordinator', areas: ['35.05'] };

const redis = connectTestRedis();
let t: TestApp | undefined;
let applicants = 0;

function newApplicant(app: TestApp): SimPhone {
  applicants += 1;
  return app.phone(`628571111${String(1000 + applicants)}`);
}

async function start(...staff: StaffInput[]): Promise<TestApp> {
  t = await startTestApp();
  for (const member of staff) await t.app.roster.create(member);
  return t;
}

afterEach(async () => {
  await t?.stop();
  t = undefined;
});

afterAll(() => {
  redis.disconnect();
});

/** Sends each message and returns all replies, one string each. */
async function say(phone: SimPhone, ...messages: string[]): Promise<string> {
  let last = '';
  for (const message of messages) last = await phone.ask(message);
  return last;
}

async function texts(phone: SimPhone): Promise<string[]> {
  return (await phone.drain()).map((m) => m.text ?? '');
}

const START = ['halo', 'iya', 'belum', 'pribadi', NIK, 'SITI AMINAH'];
/** From the KTP address to just before the capital question, for an applicant of Plumpungrejo. */
const TO_CAPITAL = ['Dsn Krajan RT 2, Desa Plumpungrejo, Kec. Kademangan', 'lewati', 'tidak punya', 'jahit', '1', 'Jahit Siti', 'sudah'];

/** A whole intake (Plumpungrejo, one activity), KIRIM included; returns the case id. */
async function intakeToCase(app: TestApp, phone: SimPhone): Promise<string> {
  const done = await say(phone, ...START, ...TO_CAPITAL, '5 juta', '3x3', '1', 'iya', 'kirim');
  const id = /LK-[0-9A-Z]{5}/.exec(done)?.[0] ?? '';
  expect(id).not.toBe('');
  await app.settle();
  await phone.drain();
  return id;
}

describe('understanding answers', () => {
  it('takes restated answers, a list answered by name, and the other branch without KEMBALI', async () => {
    const app = await start();
    const phone = newApplicant(app);
    await say(phone, 'halo', 'yes, I agree');
    expect(await phone.ask('bahasa indonesia')).toContain(render('id', 'askHasNib'));
    expect(await phone.ask('iya')).toContain(render('id', 'askExistingNib').split('\n')[0]);
    expect(await phone.ask('maaf saya belum punya NIB')).toContain(render('id', 'askLegalForm').split('\n')[0]);
    await say(phone, 'milik sendiri', NIK, 'Siti Aminah');
    expect(await phone.ask('dusun krajan rt 1 rw 2 desa sidomulyo')).toContain(render('id', 'askKtpPhoto'));
    await say(phone, 'lewati', 'gak punya email', 'jualan gorengan keliling');
    expect(await phone.ask('yang jualan keliling')).toContain(render('id', 'askBusinessName').split('\n')[0]);
    await say(phone, 'Gorengan Bu Siti');
    expect(await phone.ask('sudah jalan')).toContain(render('id', 'askCapital'));
    await say(phone, '3 juta', '2x2', 'dewe');
    expect(await phone.ask('iya sama')).toContain(render('id', 'districtOption', { n: '2', district: 'Selorejo' }));
    const summary = await phone.ask('Bakung');
    expect(summary).toContain('Sidomulyo, Kec. Bakung');
    expect(summary).toContain(render('id', 'valuePhoneThisChat', { phone: `0${phone.from.slice(2)}` }));
    const done = await phone.ask('kirim');
    expect(done).toMatch(/LK-[0-9A-Z]{5}/);
  });

  it('answers in English from an English first message, and switches when asked mid-way', async () => {
    const app = await start();
    const english = newApplicant(app);
    const opening = await english.ask('Hello, I want to register my small business');
    expect(opening).toContain(render('en', 'openingConsent'));
    expect(await english.ask('yes')).toContain(render('en', 'askHasNib'));
    const indonesian = newApplicant(app);
    await say(indonesian, ...START);
    const switched = await indonesian.ask('Can we talk in English?');
    expect(switched).toContain(render('en', 'languageSwitched'));
    expect(switched).toContain(render('en', 'askKtpAddress'));
  });

  it('opens in at most three short bubbles', async () => {
    const app = await start();
    const phone = newApplicant(app);
    await phone.send('mas mau bikin nib gmn ya');
    await app.settle();
    const bubbles = await phone.drain();
    expect(bubbles.length).toBeLessThanOrEqual(3);
    for (const bubble of bubbles) expect((bubble.text ?? '').length).toBeLessThanOrEqual(500);
    expect(bubbles.map((b) => b.text).join('\n')).toContain('GRATIS');
  });
});

describe('the right path early', () => {
  it('a PT owner takes the short path and the case goes straight to DPMPTSP', async () => {
    const app = await start(DPM);
    const phone = newApplicant(app);
    await say(phone, 'halo', 'ya', 'belum');
    const path = await phone.ask('PT');
    expect(path).toContain(render('id', 'companyPath', { form: 'PT' }));
    await say(phone, 'Hendra Wijaya', 'pabrik pakan ternak', 'PT Sumber Pakan', 'Wlingi');
    const done = await phone.ask('kirim');
    const id = /LK-[0-9A-Z]{5}/.exec(done)?.[0] ?? '';
    await app.settle();
    const record = await app.app.cases.get(id);
    expect(record?.fields).toMatchObject({ desk: 'regency' });
    expect((await texts(app.phone(DPM.phone))).join('\n')).toContain(id);
  });
});

describe('a person when needed', () => {
  it('PETUGAS reaches the desk with the question and masked messages; BALAS comes back and the intake resumes', async () => {
    const app = await start(RINA);
    const phone = newApplicant(app);
    await say(phone, ...START, 'Dsn Krajan RT 2, Desa Plumpungrejo, Kec. Kademangan', 'lewati', 'siti.aminah@gmail.com', 'jahit', '1', 'Jahit Siti', 'sudah');
    const asked = await phone.ask('saya bingung, minta tolong');
    expect(asked).toMatch(/BT-[0-9A-Z]{5}/);
    expect(asked).toContain(render('id', 'askCapital'));
    const ref = /BT-[0-9A-Z]{5}/.exec(asked)?.[0] ?? '';
    const rina = app.phone(RINA.phone);
    const [notice] = await texts(rina);
    expect(notice).toContain(ref);
    expect(notice).toContain(render('id', 'askCapital').split('\n')[0]?.slice(0, 40));
    expect(notice).toContain('Desa Plumpungrejo');
    expect(notice).not.toContain(NIK);
    expect(notice).not.toContain('siti.aminah@gmail.com');
    expect(notice).not.toContain(phone.from);

    expect(await rina.ask(`BALAS ${ref} Modal itu alat dan bahan usaha, Bu. Perkiraan saja.`)).toBe(render('id', 'opReplySent', { ref }));
    const answer = (await texts(phone)).join('\n');
    expect(answer).toContain('Modal itu alat dan bahan usaha, Bu. Perkiraan saja.');
    expect(answer).toContain(render('id', 'askCapital'));
    expect(await phone.ask('5 juta')).toContain(render('id', 'askLandArea').split('?')[0]);
  });

  it('nobody covers the village: the coordinators group is asked; a stranger cannot answer', async () => {
    const app = await start(KOORD);
    const phone = newApplicant(app);
    await say(phone, ...START);
    const asked = await phone.ask('PETUGAS');
    const ref = /BT-[0-9A-Z]{5}/.exec(asked)?.[0] ?? '';
    expect((await texts(app.phone(KOORD.phone, COORDINATORS))).join('\n')).toContain(ref);
    const stranger = app.phone('6281299999999');
    await stranger.ask(`BALAS ${ref} halo`);
    expect((await texts(phone)).join('\n')).not.toContain('halo');
    const group = app.phone(KOORD.phone, COORDINATORS);
    expect(await group.ask(`BALAS ${ref} Kami telepon sebentar lagi ya Bu.`)).toContain(ref);
    expect((await texts(phone)).join('\n')).toContain('Kami telepon sebentar lagi ya Bu.');
  });

  it('an applicant stuck four times is handed to a person, and what they write next reaches that person', async () => {
    const app = await start(RINA);
    const phone = newApplicant(app);
    await say(phone, ...START, ...TO_CAPITAL);
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await phone.ask('banyak pokoknya'));
    expect(new Set(replies.slice(0, 3)).size).toBe(3);
    expect(replies[3]).toMatch(/BT-[0-9A-Z]{5}/);
    const rina = app.phone(RINA.phone);
    expect((await texts(rina)).join('\n')).toContain('banyak pokoknya');
    await phone.ask('saya tidak tahu hitungnya');
    expect((await texts(rina)).join('\n')).toContain('saya tidak tahu hitungnya');
  });

  it('ADUAN is logged on the case and posted to the coordinators with a reference; their answer reaches the applicant', async () => {
    const app = await start(KOORD);
    const phone = newApplicant(app);
    const id = await intakeToCase(app, phone);
    expect(await phone.ask('ADUAN')).toContain(render('id', 'complaintAsk'));
    const filed = await phone.ask('ada yang mengaku petugas minta uang 200 ribu');
    const ref = /AD-[0-9A-Z]{5}/.exec(filed)?.[0] ?? '';
    expect(ref).not.toBe('');
    const group = app.phone(KOORD.phone, COORDINATORS);
    const posted = (await texts(group)).join('\n');
    expect(posted).toContain(ref);
    expect(posted).toContain('minta uang 200 ribu');
    expect((await app.app.cases.events(id)).map((e) => e.type)).toContain('complaint');
    await group.ask(`BALAS ${ref} Terima kasih Bu, kami tindak lanjuti hari ini.`);
    expect((await texts(phone)).join('\n')).toContain('kami tindak lanjuti hari ini');
  });

  it('after submission a message waits in the case log, then goes to the operator who holds the case', async () => {
    const app = await start(RINA);
    const phone = newApplicant(app);
    const id = await intakeToCase(app, phone);
    expect(await phone.ask('pak alamat usaha saya pindah ke RT 3')).toBe(render('id', 'caseMessageWaiting', { caseId: id }));
    const rina = app.phone(RINA.phone);
    await rina.drain();
    await rina.ask(`KLAIM ${id}`);
    expect(await rina.ask(`DETAIL ${id}`)).toContain('pindah ke RT 3');
    await phone.drain();
    expect(await phone.ask('kapan selesainya ya pak?')).toBe(render('id', 'caseMessageSent', { caseId: id }));
    expect((await texts(rina)).join('\n')).toContain('kapan selesainya ya pak?');
    expect(await phone.ask('makasih pak')).toBe(render('id', 'youAreWelcome'));
    expect(await texts(rina)).toEqual([]);
  });

  it('HAPUS DATA removes the help requests too', async () => {
    const app = await start(RINA);
    const phone = newApplicant(app);
    await say(phone, ...START);
    await phone.ask('petugas');
    expect((await redis.keys(`${app.config.REDIS_PREFIX}:ticket*`)).length).toBeGreaterThan(0);
    await say(phone, 'hapus data', 'ya');
    expect(await redis.keys(`${app.config.REDIS_PREFIX}:ticket*`)).toEqual([]);
  });
});
