// A reply to a notice over a real-shaped WhatsApp connection: the notice is noted under the ids the
// Baileys transport sends it with, an operator's reply quoting it (Baileys' own message types, a fake
// network) arrives with that id as quotedId, and the quote store finds the notice's case.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BaileysTransport } from '../../../bot/transport/baileys/index.js';
import { QuoteStore } from '../../../workers/casework/quotes.js';
import type { Outbound } from '../../../workers/outbound/message.js';
import { FakeClock } from '../../unit/baileys/fake-clock.js';
import { direct, PHONE_A, pnJid } from '../../unit/baileys/wa-fixtures.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { makeTransport, redisInbox, SocketFactory, testProtector } from './fake-socket.js';

const redis = connectTestRedis();
afterAll(() => redis.quit());
const running: BaileysTransport[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((t) => t.stop()));
});

describe('a reply quoting a notice, over Baileys', () => {
  it('finds the notice\'s case from the quoted stanza id, whichever part is quoted', async () => {
    const prefix = uniquePrefix('quote');
    const clock = new FakeClock();
    const factory = new SocketFactory();
    const { transport } = makeTransport({ redis, keyPrefix: `${prefix}:wa`, clock, random: () => 0.5, leaseMs: 3_000_000 }, factory);
    running.push(transport);
    const inbox = redisInbox(redis, prefix);
    await transport.start(inbox.accept);
    factory.last.open();

    const quotes = new QuoteStore(redis, testProtector(), prefix);
    const notice: Outbound = { id: 'dispatch:LK-7KQ3M#0', chat: PHONE_A, text: 'Kasus baru LK-7KQ3M', about: { caseId: 'LK-7KQ3M' } };
    const reply: Outbound = { id: 'entry-1#0', chat: PHONE_A, text: 'Terima kasih' };
    await quotes.remember([notice, reply], (id) => transport.networkIds(id));
    await transport.send({ id: notice.id, chat: notice.chat, text: notice.text ?? '' });
    const sentId = factory.last.sent[0]?.options?.messageId;
    expect(sentId).toMatch(/^3EB0[0-9A-F]{36}$/);

    const stanza = { stanzaId: sentId, participant: '6280000000000@s.whatsapp.net', quotedMessage: { conversation: notice.text } };
    factory.last.deliver('notify', direct(pnJid(PHONE_A), { extendedTextMessage: { text: 'KLAIM', contextInfo: stanza } }, { atSeconds: Math.floor(clock.now() / 1000) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(1));
    expect(inbox.accepted[0]?.quotedId).toBe(sentId);
    expect(await quotes.caseOf(inbox.accepted[0]?.quotedId)).toBe('LK-7KQ3M');
    // A message that is no notice about a case is not noted; an unknown id finds nothing.
    expect(await quotes.caseOf(transport.networkIds(reply.id)[0])).toBeUndefined();
    expect(await quotes.caseOf('3EB0UNKNOWN')).toBeUndefined();
    // The record names no phone and no text: the case id only, under a keyed hash.
    const keys = await redis.keys(`${prefix}:quote:*`);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(await redis.get(key)).toBe('LK-7KQ3M');
  });
});
