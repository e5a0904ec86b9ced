// What an operator sees of a live Baileys transport: the pairing page and /metrics series, driven by
// Baileys' own connection events and messages through a fake socket, against real Redis.
import { Boom } from '@hapi/boom';
import Fastify, { type FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { adminPairingPlugin } from '../../../bot/server/admin-pairing.js';
import { registerBaileysMetrics } from '../../../bot/transport/baileys/prometheus.js';
import { RateLimitedError, TransportUnavailableError } from '../../../bot/transport/types.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { FakeClock } from '../../unit/baileys/fake-clock.js';
import { direct, PHONE_A, pnJid, text } from '../../unit/baileys/wa-fixtures.js';
import { makeTransport, redisInbox, SocketFactory } from './fake-socket.js';

const TOKEN = 'synthetic-admin-token-0123456789';
const BOT_NUMBER = '6281299990001'; // synthetic

const redis = connectTestRedis();
afterAll(() => redis.quit());
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function live() {
  const clock = new FakeClock();
  const factory = new SocketFactory();
  const prefix = uniquePrefix('wa-admin');
  const { transport, log } = makeTransport({ redis, keyPrefix: prefix, clock, random: () => 0.5, leaseMs: 3_000_000, number: BOT_NUMBER }, factory);
  cleanup.push(() => transport.stop());
  const inbox = redisInbox(redis, prefix);
  await transport.start(inbox.accept);
  const server = Fastify();
  cleanup.push(() => server.close());
  await server.register(adminPairingPlugin({ token: TOKEN, pairing: () => transport.pairing(), number: BOT_NUMBER }));
  const registry = new Registry();
  registerBaileysMetrics(registry, transport);
  return { transport, factory, clock, inbox, server, registry, log };
}

async function pairingJson(server: FastifyInstance): Promise<unknown> {
  return (await server.inject({ url: '/admin/pairing.json', headers: { authorization: `Bearer ${TOKEN}` } })).json();
}

async function metric(registry: Registry, series: string): Promise<number | undefined> {
  const line = (await registry.metrics()).split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const currentState = (registry: Registry, state: string) => metric(registry, `loket_wa_connection_state{state="${state}"}`);

describe('the pairing page follows the socket', () => {
  it('shows each QR WhatsApp sends, then "paired" once the connection opens', async () => {
    const { factory, server, registry } = await live();
    expect(await pairingJson(server)).toMatchObject({ state: 'connecting' });
    factory.last.ev.emit('connection.update', { qr: '2@synthetic-qr-1,AAAA,BBBB,CCCC' });
    expect(await pairingJson(server)).toEqual({ state: 'qr', qr: '2@synthetic-qr-1,AAAA,BBBB,CCCC', number: '6281*****0001', refreshSeconds: 5 });
    const page = await server.inject({ url: '/admin/pairing', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(page.body).toContain('data-state="qr"');
    expect(page.body).toContain('<svg');
    expect(await currentState(registry, 'connecting')).toBe(1);

    factory.last.open();
    expect(await pairingJson(server)).toEqual({ state: 'paired', number: '6281*****0001', refreshSeconds: 5 });
    expect(await currentState(registry, 'open')).toBe(1);
    expect(await currentState(registry, 'connecting')).toBe(0);
  });

  it('shows the pairing code when pairing by number', async () => {
    const clock = new FakeClock();
    const factory = new SocketFactory();
    const { transport } = makeTransport({ redis, keyPrefix: uniquePrefix('wa-admin'), clock, leaseMs: 3_000_000, pairingNumber: BOT_NUMBER }, factory);
    cleanup.push(() => transport.stop());
    await transport.start(() => Promise.resolve({ duplicate: false }));
    const server = Fastify();
    cleanup.push(() => server.close());
    await server.register(adminPairingPlugin({ token: TOKEN, pairing: () => transport.pairing(), number: BOT_NUMBER }));
    factory.last.ev.emit('connection.update', { qr: '2@q1' });
    await vi.waitFor(async () => expect(await pairingJson(server)).toMatchObject({ state: 'code', code: 'ABCD1234' }));
    const page = await server.inject({ url: '/admin/pairing', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(page.body).toContain('ABCD-1234');
    expect(page.body).not.toContain(BOT_NUMBER);
  });
});

describe('/metrics follows the transport', () => {
  it('counts sends, failures by reason, inbound outcomes, skips and reconnects', async () => {
    const { transport, factory, clock, inbox, registry } = await live();
    await expect(transport.send({ id: 'early', chat: PHONE_A, text: 'halo' })).rejects.toBeInstanceOf(TransportUnavailableError);
    factory.last.open();
    await transport.send({ id: 'out-1', chat: PHONE_A, text: 'Halo, ada yang bisa dibantu?' });
    factory.last.failNextSend = new Boom('rate-overlimit', { statusCode: 429 });
    await expect(transport.send({ id: 'out-2', chat: PHONE_A, text: 'lagi' })).rejects.toBeInstanceOf(RateLimitedError);

    const now = Math.floor(clock.now() / 1000);
    const fresh = direct(pnJid(PHONE_A), text('mau bikin NIB'), { atSeconds: now });
    factory.last.deliver('notify', fresh);
    factory.last.deliver('append', fresh);
    factory.last.deliver('notify', direct(pnJid(PHONE_A), text('pesan saya sendiri'), { atSeconds: now, fromMe: true }));
    await vi.waitFor(async () => expect(await metric(registry, 'loket_wa_inbound_total{outcome="duplicate"}')).toBe(1));
    expect(inbox.accepted).toHaveLength(1);

    factory.last.close(408);
    expect(await currentState(registry, 'reconnecting')).toBe(1);
    const expected: Record<string, number> = {
      'loket_wa_messages_sent_total': 1,
      'loket_wa_send_failures_total{reason="not_connected"}': 1,
      'loket_wa_send_failures_total{reason="rate_limited"}': 1,
      'loket_wa_inbound_total{outcome="accepted"}': 1,
      'loket_wa_inbound_skipped_total{reason="from_me"}': 1,
      'loket_wa_reconnects_total': 1,
    };
    for (const [series, value] of Object.entries(expected)) expect(await metric(registry, series), series).toBe(value);
    expect(transport.stats().sent).toBe(1);
  });
});
