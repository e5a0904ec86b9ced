// SIARAN end to end, through the simulator's HTTP API on real Redis and BullMQ, with the real outbound
// worker: the one question after KIRIM (through the real intake), BERHENTI, an announcement reaching
// exactly those who agreed, in their language, within BROADCAST_RATE_PER_MINUTE, and a conversation
// reply not waiting behind it; HAPUS DATA leaving nothing of the agreement or the letters.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import { BROADCAST_MAX_CHARS } from '../../flows/casework/coordination.js';
import { broadcastRef } from '../../workers/broadcast/announcer.js';
import type { ResolvedOutbound } from '../../bot/transport/types.js';
import { startTestApp, waitUntil, type SimPhone, type TestApp } from '../support/app.js';
import { connectTestRedis } from '../support/redis.js';
import { revealedDump } from '../support/reveal.js';
import { SUMBERJO_UP_TO_KIRIM } from './support/intake-script.js';

const GROUP = 'koordinator@g.us';
const KOOR = { phone: '6281234500090', name: 'Koordinator (contoh)', role: 'coordinator' as const, areas: ['35.05'] };
const TEXT = 'OSS berganti versi mulai 1 Desember. Mohon login ulang di oss.go.id dan cek data NIB Anda.';

const redis = connectTestRedis();
afterAll(() => redis.disconnect());
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function open(env: Record<string, string> = {}): Promise<{ t: TestApp; group: SimPhone }> {
  const t = await startTestApp({ env: { CASE_TIMER_POLL_MS: '3600000', ...env } });
  cleanup.push(() => t.stop());
  await t.app.roster.create(KOOR);
  return { t, group: t.phone(KOOR.phone, GROUP) };
}

let phones = 0;
function newPhone(): string {
  phones += 1;
  return `628570003${String(1000 + phones).padStart(4, '0')}`;
}

/** The whole intake as an applicant types it, up to KIRIM; returns KIRIM's replies. */
async function throughKirim(applicant: SimPhone): Promise<string> {
  const script = SUMBERJO_UP_TO_KIRIM;
  for (const [message, expected] of script) expect(await applicant.ask(message), `after "${message}"`).toContain(expected);
  return applicant.ask('kirim');
}

interface Delivery { id: string; chat: string; at: number }

/** Records when the simulator delivers each message (done outbound jobs are removed at once). */
function recordDeliveries(t: TestApp): Delivery[] {
  const deliveries: Delivery[] = [];
  const sim = t.app.sim;
  if (!sim) throw new Error('the simulator transport is expected');
  const original = sim.send.bind(sim);
  sim.send = async (message: ResolvedOutbound): Promise<void> => {
    await original(message);
    deliveries.push({ id: message.id, chat: message.chat, at: Date.now() });
  };
  return deliveries;
}

/** The letters of one SIARAN as delivered, oldest first. */
function letters(deliveries: readonly Delivery[], ref: string): Delivery[] {
  return deliveries.filter((d) => d.id.startsWith(`siaran:${ref}:`)).sort((a, b) => a.at - b.at);
}

async function agreeMany(t: TestApp, count: number): Promise<string[]> {
  const chats = Array.from({ length: count }, () => newPhone());
  for (const chat of chats) await t.app.audience.agree(chat, 'id', Date.now());
  return chats;
}

describe('the agreement, asked once after KIRIM', () => {
  it('reaches exactly those who agreed (in their language), not those who said no, withdrew or were never asked', async () => {
    const { t, group } = await open();
    const yes = t.phone(newPhone());
    const no = t.phone(newPhone());
    const english = t.phone(newPhone());
    const withdrew = t.phone(newPhone());
    const stranger = t.phone(newPhone());

    const kirim = await throughKirim(yes);
    expect(kirim).toContain(render('id', 'apAnnouncementsAsk'));
    expect(await yes.ask('iya boleh')).toBe(render('id', 'apAnnouncementsYes'));
    expect(await throughKirim(no)).toContain(render('id', 'apAnnouncementsAsk'));
    expect(await no.ask('tidak usah')).toBe(render('id', 'apAnnouncementsNo'));
    // The others agree the way the intake records it, then one of them withdraws with BERHENTI.
    await t.app.audience.agree(english.from, 'en', Date.now());
    await t.app.audience.agree(withdrew.from, 'id', Date.now());
    expect(await withdrew.ask('BERHENTI')).toBe(render('id', 'apAnnouncementsStopped'));
    for (const phone of [yes, no, english, withdrew]) await phone.drain();
    await group.drain();

    const sent = await group.send(`SIARAN ${TEXT}`);
    await t.settle();
    // The reference is fixed by the command's message id: the same SIARAN handled again is the same one.
    const ref = broadcastRef(sent.id);
    expect((await group.drain()).map((m) => m.text)).toEqual([render('id', 'coBroadcastQueued', { ref, count: '2', minutes: '1' })]);
    expect((await yes.drain()).map((m) => m.text)).toEqual([render('id', 'apAnnouncement', { text: TEXT })]);
    expect((await english.drain()).map((m) => m.text)).toEqual([render('en', 'apAnnouncement', { text: TEXT })]);
    for (const phone of [no, withdrew, stranger]) expect(await phone.drain()).toEqual([]);
  }, 90_000);

  it('SIARAN with nobody agreed, or too long, sends nothing and says why', async () => {
    const { t, group } = await open();
    expect(await group.ask(`SIARAN ${TEXT}`)).toBe(render('id', 'coBroadcastNobody'));
    await agreeMany(t, 1);
    const long = 'x'.repeat(BROADCAST_MAX_CHARS + 1);
    expect(await group.ask(`SIARAN ${long}`)).toBe(render('id', 'coBroadcastTooLong', { count: String(long.length), max: String(BROADCAST_MAX_CHARS) }));
    expect(await t.app.broadcasts.depth()).toMatchObject({ waiting: 0, active: 0, delayed: 0 });
  });

  it('HAPUS DATA takes the agreement and every letter with it', async () => {
    const { t, group } = await open();
    const applicant = t.phone(newPhone());
    await t.app.audience.agree(applicant.from, 'id', Date.now());
    await group.ask(`SIARAN ${TEXT}`);
    await t.settle();
    expect((await applicant.drain()).map((m) => m.text)).toEqual([render('id', 'apAnnouncement', { text: TEXT })]);
    // The control: the phone number is there, in the agreement and in the letter's job (sealed, opened here).
    const before = await revealedDump(redis, t.config.REDIS_PREFIX, t.key, /:sim:/);
    expect(before.split('\n').filter((line) => line.includes(applicant.from)).map((line) => line.split(' ')[0]))
      .toEqual(expect.arrayContaining([`${t.config.REDIS_PREFIX}:audience`, expect.stringContaining(':bull:broadcast:')]));

    await applicant.ask('HAPUS DATA');
    await applicant.ask('ya');
    await t.settle();
    expect(await t.app.audience.has(applicant.from)).toBe(false);
    expect(await revealedDump(redis, t.config.REDIS_PREFIX, t.key, /:sim:/)).not.toContain(applicant.from);
  });
});

describe('within its rate, behind the conversation', () => {
  it('goes out no faster than BROADCAST_RATE_PER_MINUTE', async () => {
    const perMinute = 600;
    const { t, group } = await open({ BROADCAST_RATE_PER_MINUTE: String(perMinute) });
    const chats = await agreeMany(t, 25);
    const deliveries = recordDeliveries(t);
    const answer = await group.ask(`SIARAN ${TEXT}`);
    const ref = /SR-[0-9A-Z]{5}/.exec(answer)?.[0] ?? '';
    await t.settle(30_000);
    const delivered = letters(deliveries, ref);
    expect(delivered.map((d) => d.chat).sort()).toEqual([...chats].sort());
    // At 600 a minute, any 11 consecutive letters span at least a second (a little slack for timers).
    const sent = delivered.map((d) => d.at);
    const spacing = 60_000 / perMinute;
    for (let i = 0; i + 10 < sent.length; i++) expect(sent[i + 10]! - sent[i]!).toBeGreaterThanOrEqual(10 * spacing * 0.9);
    expect(sent.at(-1)! - sent[0]!).toBeGreaterThanOrEqual((chats.length - 1) * spacing * 0.9);
  }, 60_000);

  it('a reply to someone chatting overtakes the letters waiting in the outbound queue', async () => {
    // The outbound worker sends 10 a second; the letters arrive faster, so a backlog builds that a
    // first-come queue would make the reply wait behind.
    const outboundPerSecond = 10;
    const { t, group } = await open({ OUTBOUND_RATE_PER_SECOND: String(outboundPerSecond), BROADCAST_RATE_PER_MINUTE: '3000' });
    await agreeMany(t, 80);
    const chatting = t.phone(newPhone());
    expect(await chatting.ask('halo')).toContain('GRATIS');

    const queued = async (): Promise<number> => {
      const depth = await t.app.outbound.depth();
      return (depth.waiting ?? 0) + (depth.prioritized ?? 0);
    };
    await group.send(`SIARAN ${TEXT}`);
    await waitUntil(async () => (await queued()) >= 30, 20_000, 'a backlog of letters');
    const backlog = await queued();
    const sentAt = Date.now();
    await chatting.send('iya setuju');
    const [reply] = await chatting.receive(1, 10_000);
    const latency = Date.now() - sentAt;
    const stillWaiting = await queued();

    expect(reply?.text).toBe(render('id', 'consentThanks'));
    // Behind the backlog it would have waited backlog / rate seconds.
    const firstComeWait = (backlog / outboundPerSecond) * 1000;
    expect(firstComeWait).toBeGreaterThanOrEqual(3000);
    expect(latency).toBeLessThan(1500);
    expect(stillWaiting).toBeGreaterThan(0);
    console.info(`reply latency during SIARAN: ${latency} ms with ${backlog} letters queued ahead (first come, first served: ≥ ${Math.round(firstComeWait)} ms)`);
    await t.settle(30_000);
  }, 60_000);
});
