// Several service numbers: one Baileys transport (socket, auth state, lease) per number behind one
// Transport; a chat stays with the number the person wrote to. Only the network is fake (FakeSocket
// with Baileys' own event buffer and message types); Redis is real.
import Fastify from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { adminPairingPlugin } from '../../../bot/server/admin-pairing.js';
import { ChatRoutes, RoutedTransport } from '../../../bot/transport/numbers.js';
import type { BaileysTransport } from '../../../bot/transport/baileys/index.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { waitUntil } from '../../support/wait.js';
import { FakeClock } from '../../unit/baileys/fake-clock.js';
import { direct, GROUP, inGroup, PHONE_A, PHONE_B, pnJid, text } from '../../unit/baileys/wa-fixtures.js';
import { makeTransport, redisInbox, SocketFactory, testProtector } from './fake-socket.js';

const redis = connectTestRedis();
afterAll(() => redis.quit());
const running: RoutedTransport[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((t) => t.stop()));
});

const NUMBERS = ['6281100000101', '6281100000102'];

async function twoNumbers() {
  const prefix = uniquePrefix('numbers');
  const clock = new FakeClock();
  const factories = NUMBERS.map(() => new SocketFactory());
  const transports: BaileysTransport[] = NUMBERS.map((number, i) =>
    makeTransport({ redis, keyPrefix: `${prefix}:wa`, number, clock, random: () => 0.5, leaseMs: 60_000 }, factories[i]!).transport);
  const routes = new ChatRoutes(redis, testProtector(), prefix);
  const routed = new RoutedTransport(NUMBERS.map((number, i) => ({ number, transport: transports[i]! })), routes);
  running.push(routed);
  const inbox = redisInbox(redis, prefix);
  await routed.start(inbox.accept);
  for (const factory of factories) factory.last.open();
  const now = Math.floor(clock.now() / 1000);
  return { routed, routes, factories, inbox, prefix, now };
}

describe('several service numbers', () => {
  it('gives each number its own socket, auth state and lease', async () => {
    const { factories, prefix } = await twoNumbers();
    expect(factories.map((f) => f.sockets.length)).toEqual([1, 1]);
    const leases = await redis.keys(`${prefix}:wa:*:lease`);
    expect(leases).toHaveLength(2);
    expect(leases.join(' ')).not.toContain(NUMBERS[0]);
  });

  it('answers each person through the number they wrote to; unknown chats go through the primary', async () => {
    const { routed, factories, inbox, now } = await twoNumbers();
    factories[1]!.last.deliver('notify', direct(pnJid(PHONE_B), text('halo'), { atSeconds: now }));
    await waitUntil(() => inbox.accepted.length === 1, 5000, 'the inbound to be accepted');

    await routed.send({ id: 'r-1', chat: PHONE_B, text: 'Halo, selamat datang' });
    await routed.typing(PHONE_B);
    await routed.send({ id: 'r-2', chat: PHONE_A, text: 'Pesan untuk petugas' });

    expect(factories[1]!.last.sent.map((s) => s.jid)).toEqual([pnJid(PHONE_B)]);
    expect(factories[1]!.last.presences).toEqual([{ type: 'composing', jid: pnJid(PHONE_B) }]);
    expect(factories[0]!.last.sent.map((s) => s.jid)).toEqual([pnJid(PHONE_A)]);
    expect((await routed.numberFor(PHONE_B)).number).toBe(NUMBERS[1]);
  });

  it('keeps a chat with its first number even when it later writes to another; a group too', async () => {
    const { routed, factories, inbox, now } = await twoNumbers();
    factories[0]!.last.deliver('notify', direct(pnJid(PHONE_A), text('halo'), { atSeconds: now }));
    factories[1]!.last.deliver('notify', inGroup(pnJid(PHONE_B), text('rekap'), { atSeconds: now }));
    await waitUntil(() => inbox.accepted.length === 2, 5000, 'the inbound to be accepted');
    factories[1]!.last.deliver('notify', direct(pnJid(PHONE_A), text('halo lagi'), { atSeconds: now + 1 }));
    await waitUntil(() => inbox.accepted.length === 3, 5000, 'the inbound to be accepted');

    expect((await routed.numberFor(PHONE_A)).number).toBe(NUMBERS[0]);
    expect((await routed.numberFor(GROUP)).number).toBe(NUMBERS[1]);
  });

  it('erasure forgets the chat\'s number; the state lists every number', async () => {
    const { routed, routes, factories, inbox, now } = await twoNumbers();
    factories[1]!.last.deliver('notify', direct(pnJid(PHONE_B), text('halo'), { atSeconds: now }));
    await waitUntil(() => inbox.accepted.length === 1, 5000, 'the inbound to be accepted');
    await routed.forget(PHONE_B, []);
    expect(await redis.exists(routes.key(PHONE_B))).toBe(0);
    expect(routed.status()).toEqual({ ready: true, state: 'open,open' });
    factories[0]!.last.close(428);
    expect(routed.status()).toMatchObject({ ready: true });
  });
});

describe('the pairing page with several numbers', () => {
  const TOKEN = 'numbers-admin-token-0001';

  it('lists every number, masked, with its own state', async () => {
    const { routed, factories } = await twoNumbers();
    factories[1]!.last.close(428);
    const server = Fastify();
    const numbers = routed.numbers.map(({ number, transport }) => ({ number, pairing: () => (transport as BaileysTransport).pairing() }));
    await server.register(adminPairingPlugin({
      token: TOKEN, pairing: numbers[0]!.pairing, number: NUMBERS[0]!,
      numbers: () => numbers.map(({ number, pairing }) => ({ number, pairing: pairing() })),
    }));
    const json = await server.inject({ url: '/admin/pairing.json', headers: { authorization: `Bearer ${TOKEN}` } });
    const page = await server.inject({ url: '/admin/pairing', headers: { authorization: `Bearer ${TOKEN}` } });
    await server.close();

    expect(json.json()).toMatchObject({ state: 'paired', numbers: [{ number: '6281*****0101', state: 'paired' }, { number: '6281*****0102', state: 'connecting' }] });
    expect(page.body).toContain('data-state="paired"');
    expect(page.body).toContain('data-state="connecting"');
    for (const number of NUMBERS) expect(page.body + json.body).not.toContain(number);
  });
});
