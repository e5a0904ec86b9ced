// The NIB reaches the applicant exactly once: validated, relayed with its PDF, not repeated by a
// double command, a retried relay job or a service killed mid-relay; then the rating and the KTP
// photo's deletion. Real service, real Redis and BullMQ; only WhatsApp is the simulator.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../../flows/index.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { connectRedis } from '../../workers/platform/redis.js';
import type { ResolvedOutbound } from '../../bot/transport/types.js';
import { CaseStore } from '../../workers/cases/store.js';
import { DispatchQueue } from '../../workers/dispatch/dispatch.js';
import { OutboundQueue, outboundJobId } from '../../workers/outbound/queue.js';
import { SimPhone, startTestApp, type SimMessage, type TestApp } from '../support/app.js';
import { submitCase, syntheticDossier, VILLAGE } from '../support/casework.js';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';
import { SERVICE_SIM_HEADERS, SERVICE_SIM_TOKEN, startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { waitUntil } from '../support/wait.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const OPERATOR_A = { phone: '6281299000301', name: 'Vina Uji' };
const OPERATOR_B = { phone: '6281299000302', name: 'Wati Uji' };
const NIB = '9120301234567';
/** Not a real PDF, but what matters is that the same bytes reach the applicant. */
const PDF = Buffer.from('%PDF-1.4\n% synthetic NIB document for tests\n%%EOF\n');
const pdfBody = (caption?: string): Record<string, unknown> => ({
  document: { mimetype: 'application/pdf', base64: PDF.toString('base64'), filename: 'nib.pdf', ...(caption ? { caption } : {}) },
});

async function openOffice(): Promise<TestApp> {
  const t = await startTestApp({ env: { CASE_TIMER_POLL_MS: '3600000' } });
  cleanup.push(() => t.stop());
  for (const op of [OPERATOR_A, OPERATOR_B]) {
    await t.app.roster.create({ phone: op.phone, name: op.name, role: 'operator', areas: [VILLAGE.code] });
  }
  return t;
}

interface Claimed { id: string; operator: SimPhone; applicant: SimPhone }

/** A case submitted, dispatched and claimed by operator A; both phones have read everything so far. */
async function claimedCase(t: TestApp, applicantPhone: string, changes: Parameters<typeof submitCase>[2] = {}): Promise<Claimed> {
  const { app } = t;
  const id = await submitCase(app, applicantPhone, changes);
  await t.settle(); // settle() waits for the dispatch queue too
  const operator = t.phone(OPERATOR_A.phone);
  const applicant = t.phone(applicantPhone);
  await operator.drain();
  expect(await operator.ask(`KLAIM ${id}`)).toBe(render('id', 'opClaimed', { caseId: id }));
  await applicant.drain();
  return { id, operator, applicant };
}

const nibText = (id: string): string => render('id', 'apNib', { caseId: id, nib: NIB, business: 'Warung Contoh' });
const nibMessages = (messages: SimMessage[], id: string): SimMessage[] => messages.filter((m) => m.text === nibText(id));
const documents = (messages: SimMessage[]): { base64: string; filename: string; caption?: string }[] =>
  messages.flatMap((m) => (m.document ? [m.document as { base64: string; filename: string; caption?: string }] : []));

describe('NIB with a wrong number of digits', () => {
  it.each([['12345', 5], ['12345678901234', 14]])('NIB <id> %s is refused with the reason and the case stays claimed', async (typed, count) => {
    const t = await openOffice();
    const applicantPhone = '6281299000401';
    const { id, operator, applicant } = await claimedCase(t, applicantPhone);
    expect(await operator.ask(`NIB ${id} ${typed}`)).toBe(render('id', 'opNibInvalid', { count: String(count) }));
    const record = await t.app.cases.get(id);
    expect(record?.status).toBe('claimed');
    expect(record?.fields.nib).toBeUndefined();
    expect(await applicant.drain()).toEqual([]);
  }, 30_000);
});

describe('a valid NIB reaches the applicant exactly once', () => {
  it('with the PDF in the same message, sent twice: one NIB, one PDF; then the rating and the KTP photo deleted', async () => {
    const t = await openOffice();
    const applicantPhone = '6281299000402';
    const ktp = Buffer.from('synthetic ktp photo bytes');
    const ref = await t.app.media.put(ktp);
    const { id, operator, applicant } = await claimedCase(t, applicantPhone, { ktpPhoto: { ref, mimetype: 'image/jpeg', size: ktp.length } });

    // The command twice in a row, as a double tap or an impatient resend would.
    await operator.send(pdfBody(`NIB ${id} ${NIB}`));
    await operator.send(pdfBody(`NIB ${id} ${NIB}`));
    await t.settle();
    await waitUntil(async () => (await t.app.cases.get(id))?.fields.ktpDeletedAt !== undefined, 15_000, 'the KTP photo to be deleted');
    await t.settle();

    const toOperator = (await operator.drain()).map((m) => m.text);
    expect(toOperator).toEqual([render('id', 'opNibRecorded', { caseId: id }), render('id', 'opNibAlready', { caseId: id, nib: NIB })]);
    const got = await applicant.drain();
    expect(nibMessages(got, id)).toHaveLength(1);
    expect(documents(got)).toEqual([{
      mimetype: 'application/pdf', filename: `NIB-${id}.pdf`, base64: PDF.toString('base64'), caption: render('id', 'apNibPdfCaption', { caseId: id }),
    }]);
    expect(got.filter((m) => m.text === render('id', 'apKtpDeleted'))).toHaveLength(1);
    expect(got).toHaveLength(3);

    const record = await t.app.cases.get(id);
    expect(record?.status).toBe('nib_issued');
    expect(record?.fields.nib).toBe(NIB);
    expect(record?.fields.nibRelayedAt).toBeDefined();
    expect(record?.dossier.ktpPhoto).toBeUndefined();
    await expect(t.app.media.get(ref)).rejects.toThrow();
    const types = (await t.app.cases.events(id)).map((e) => e.type);
    expect(types.filter((type) => type === 'nib_recorded')).toHaveLength(1);
    expect(types.filter((type) => type === 'nib_delivered')).toHaveLength(1);
    expect(types).toContain('ktp_photo_deleted');
    expect(types.indexOf('ktp_photo_deleted')).toBeGreaterThan(types.indexOf('nib_delivered'));

    expect(await applicant.ask('5')).toBe(render('id', 'apRatingThanks', { rating: '5' }));
    expect((await t.app.cases.get(id))?.fields.rating).toBe('5');
    expect((await t.app.cases.events(id)).map((e) => e.type)).toContain('rated');
  }, 30_000);

  it('with the PDF in the next message (a document without caption): relayed too', async () => {
    const t = await openOffice();
    const applicantPhone = '6281299000403';
    const { id, operator, applicant } = await claimedCase(t, applicantPhone);

    expect(await operator.ask(`NIB ${id} ${NIB}`)).toBe(render('id', 'opNibRecorded', { caseId: id }));
    const first = await applicant.drain();
    expect(nibMessages(first, id)).toHaveLength(1);
    expect(documents(first)).toEqual([]);

    expect(await operator.ask(pdfBody())).toBe(render('id', 'opNibPdfRelayed', { caseId: id }));
    const second = await applicant.drain();
    expect(documents(second)).toEqual([{
      mimetype: 'application/pdf', filename: `NIB-${id}.pdf`, base64: PDF.toString('base64'), caption: render('id', 'apNibPdfCaption', { caseId: id }),
    }]);
    expect(nibMessages(second, id)).toEqual([]);
    expect((await t.app.cases.events(id)).map((e) => e.type)).toContain('nib_pdf_attached');

    // A repeated NIB afterwards changes nothing for the applicant.
    expect(await operator.ask(`NIB ${id} ${NIB}`)).toBe(render('id', 'opNibAlready', { caseId: id, nib: NIB }));
    expect(await applicant.drain()).toEqual([]);
  }, 30_000);

  it('a relay job that fails after sending is retried, and the NIB is still there once', async () => {
    const t = await openOffice();
    const applicantPhone = '6281299000404';
    const { id, operator, applicant } = await claimedCase(t, applicantPhone);
    const sim = t.app.sim!;
    const original = sim.send.bind(sim);
    const nibSends: string[] = [];
    const spy = vi.spyOn(sim, 'send').mockImplementation(async (message: ResolvedOutbound) => {
      await original(message);
      if (message.id !== `nib:${id}`) return;
      nibSends.push(message.id);
      if (nibSends.length === 1) throw new Error('connection dropped after the message left');
    });

    expect(await operator.ask(`NIB ${id} ${NIB}`)).toBe(render('id', 'opNibRecorded', { caseId: id }));
    await waitUntil(async () => (await t.app.cases.get(id))?.fields.nibRelayedAt !== undefined, 20_000, 'the NIB relay to be marked');
    await t.settle();

    expect(nibSends.length).toBeGreaterThanOrEqual(2);
    expect(spy).toHaveBeenCalled();
    // The retried job is done and gone; its sent marker remains so the NIB is never queued again.
    expect(await t.app.outbound.queue.getJob(outboundJobId(`nib:${id}`))).toBeUndefined();
    expect(await t.app.redis.exists(t.app.outbound.sent.key({ id: `nib:${id}` }))).toBe(1);
    const got = await applicant.drain();
    expect(nibMessages(got, id)).toHaveLength(1);
    expect((await t.app.cases.events(id)).filter((e) => e.type === 'nib_delivered')).toHaveLength(1);
  }, 30_000);
});

describe('a service killed mid-relay', () => {
  it('sends the NIB after restart, exactly once, and marks it relayed', async () => {
    const key = randomBytes(32);
    const prefix = uniquePrefix('nibkill');
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-nibkill-'));
    const rosterFile = join(dataDir, 'roster.json');
    writeFileSync(rosterFile, JSON.stringify({ staff: [OPERATOR_A, OPERATOR_B].map((op) => ({ ...op, role: 'operator', areas: [VILLAGE.code] })) }));
    const env = {
      REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, DATA_DIR: dataDir, DATA_KEY: key.toString('hex'), ROSTER_FILE: rosterFile,
      OUTBOUND_JITTER_MS: '1500', CASE_TIMER_POLL_MS: '3600000',
    };
    const redis = connectRedis(testRedisUrl());
    cleanup.push(() => Promise.resolve(redis.disconnect()));
    const protector = createDataProtector(key);
    const cases = new CaseStore(redis, protector, prefix);
    const outbound = new OutboundQueue(redis, prefix, protector);
    const dispatch = new DispatchQueue(redis, prefix);
    cleanup.push(async () => { await outbound.close(); await dispatch.close(); });

    const first: ServiceProcess = await startServiceProcess(env);
    cleanup.push(() => first.kill());
    // The case as KIRIM stores it, written with the service's key and prefix; the service dispatches it.
    const applicantPhone = '6281299000405';
    const { id } = await cases.create({ sourceId: `nibkill-${prefix}`, applicantChat: applicantPhone, dossier: syntheticDossier(applicantPhone), now: Date.now() });
    await dispatch.add(id);
    await waitUntil(async () => (await cases.get(id))?.fields.deskCode !== undefined, 15_000, 'the case to be dispatched');
    const operator = new SimPhone(first.url, OPERATOR_A.phone, () => Promise.resolve(), undefined, SERVICE_SIM_TOKEN);
    await operator.send(`KLAIM ${id}`);
    await waitUntil(async () => (await cases.get(id))?.status === 'claimed', 15_000, 'the claim');
    await operator.send(pdfBody(`NIB ${id} ${NIB}`));

    // Every reply waits up to the jitter before it is sent: catch the NIB's job while it is active.
    const active = `${prefix}:bull:outbound:active`;
    const nibJob = outboundJobId(`nib:${id}`);
    const deadline = Date.now() + 40_000;
    while (!(await redis.lrange(active, 0, -1)).includes(nibJob)) {
      if (Date.now() > deadline) throw new Error('the NIB relay job never became active');
    }
    await first.kill('SIGKILL');
    expect((await cases.get(id))?.fields.nibRelayedAt).toBeUndefined();

    const second = await startServiceProcess(env);
    cleanup.push(() => second.kill());
    await waitUntil(async () => (await cases.get(id))?.fields.nibRelayedAt !== undefined, 40_000, 'the NIB relay after restart');
    await waitUntil(async () => {
      const depth = await outbound.depth();
      return (depth.waiting ?? 0) + (depth.active ?? 0) + (depth.delayed ?? 0) === 0;
    }, 30_000, 'the outbound queue to drain');

    const res = await fetch(`${second.url}/sim/outbox?chat=${applicantPhone}&after=0`, { headers: SERVICE_SIM_HEADERS });
    const got = ((await res.json()) as { messages: SimMessage[] }).messages;
    expect(nibMessages(got, id)).toHaveLength(1);
    expect(documents(got).map((d) => d.filename)).toEqual([`NIB-${id}.pdf`]);
    expect((await cases.get(id))?.status).toBe('nib_issued');
    expect((await cases.events(id)).filter((e) => e.type === 'nib_delivered')).toHaveLength(1);
  }, 60_000);
});
