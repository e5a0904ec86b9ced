// The platform end to end through the simulator's public HTTP API, against real Redis and BullMQ.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxEntry } from '../../workers/inbox/entry.js';
import { startTestApp, type TestApp } from '../support/app.js';

const NIK = '3505014101900001';
let t: TestApp;
let echoApp: TestApp;
const ECHO_SENDER = '6281200000999';

beforeAll(async () => {
  t = await startTestApp();
  // The same real path (inbox, sequencer, outbound queue, simulator) with a handler that echoes
  // the message text, so that the order of answers is visible.
  let enqueue: (entry: InboxEntry) => Promise<void> = () => Promise.resolve();
  echoApp = await startTestApp({
    overrides: {
      staff: {
        staffHandlerFor: (entry) => Promise.resolve(entry.type === 'message' && entry.message.sender === ECHO_SENDER
          ? async (e, session) => { await enqueue(e); return { session: ((session as number | undefined) ?? 0) + 1 }; }
          : undefined),
      },
    },
  });
  enqueue = (e) => echoApp.app.outbound.enqueue([{ id: `${e.id}#0`, chat: e.chat, text: `echo ${e.type === 'message' ? e.message.text ?? '' : ''}` }], 3);
});

afterAll(async () => {
  await t?.stop();
  await echoApp?.stop();
});

async function post(app: TestApp, body: unknown): Promise<Response> {
  return fetch(`${app.url}/sim/inbound`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('simulator API and the first conversation', () => {
  it('answers a greeting through /sim/outbox after POST /sim/inbound', async () => {
    const res = await post(t, { from: '6281200000001', text: 'halo' });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { id: string; duplicate: boolean };
    expect(body.duplicate).toBe(false);
    expect(body.id).toMatch(/^sim-/);
    const outbox = await fetch(`${t.url}/sim/outbox?chat=6281200000001&after=0&wait=10000`);
    const { messages, next } = (await outbox.json()) as { messages: { seq: number; chat: string; text?: string }[]; next: number };
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatchObject({ seq: 1, chat: '6281200000001' });
    expect(messages[0]?.text).toMatch(/NIB/);
    expect(next).toBe(messages.at(-1)?.seq);
  });

  it('handles a message posted twice with the same id once', async () => {
    const phone = t.phone('6281200000002');
    expect(await phone.send({ id: 'dup-1', text: 'halo' })).toEqual({ id: 'dup-1', duplicate: false });
    expect(await phone.send({ id: 'dup-1', text: 'halo' })).toEqual({ id: 'dup-1', duplicate: true });
    await t.settle();
    const once = (await phone.drain()).length;
    const other = t.phone('6281200000003');
    await other.send({ id: 'single-1', text: 'halo' });
    await t.settle();
    expect(once).toBe((await other.drain()).length);
  });

  it('refuses malformed bodies with 400 and a reason', async () => {
    for (const body of [{}, { from: 'abc', text: 'x' }, { from: '6281200000004' }, { from: '6281200000004', image: { mimetype: 'image/png' } }]) {
      const res = await post(t, body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message.length).toBeGreaterThan(5);
    }
  });

  it('switches to English on LANGUAGE and answers MENU and BANTUAN', async () => {
    const phone = t.phone('6281200000005');
    await phone.ask('halo');
    expect(await phone.ask('LANGUAGE')).toMatch(/English|free|NIB/i);
    expect((await phone.ask('MENU')).length).toBeGreaterThan(10);
    expect((await phone.ask('BANTUAN')).length).toBeGreaterThan(10);
  });

  it('never writes a NIK or phone number sent by an applicant to the log', async () => {
    const phone = t.phone('6281200000006');
    await phone.ask('halo');
    await phone.ask(`nik saya ${NIK}`);
    await phone.ask({ text: `${NIK} ya`, id: `id-${NIK}` });
    const logs = t.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(NIK);
    expect(logs).not.toContain('6281200000006');
  });

  it('handles a message in a group without a handler without blocking that group', async () => {
    const group = t.phone('6281200000007', 'koordinator@g.us');
    await group.send('STATUS');
    await t.settle();
    await group.send('halo semua');
    await t.settle();
    expect(await group.drain()).toEqual([]);
    expect((await t.app.inbox.depth()).readyChats).toBe(0);
  });

  it('reports health, readiness and metrics', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ redis: 'ok', transport: { ready: true } });
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/loket_messages_in_total\{kind="text",duplicate="false"\} \d+/);
    expect(metrics).toMatch(/loket_messages_out_total\{outcome="sent"\} \d+/);
    expect(metrics).toMatch(/loket_handling_latency_seconds_count \d+/);
    expect(metrics).toMatch(/loket_queue_depth\{queue="outbound",state="waiting"\} \d+/);
  });
});

describe('ordering', () => {
  it('answers 50 messages posted in a burst to one chat in arrival order', async () => {
    const phone = echoApp.phone(ECHO_SENDER);
    // Posted back to back without waiting for any answer: handling runs while later ones arrive.
    for (let n = 0; n < 50; n++) await phone.send({ id: `order-${n}`, text: String(n) });
    const replies = await phone.receive(50);
    expect(replies.map((m) => m.text)).toEqual(Array.from({ length: 50 }, (_, n) => `echo ${n}`));
  });
});
