import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Boom } from '@hapi/boom';
import { DisconnectReason } from '@whiskeysockets/baileys';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { RateLimitedError, ReachoutLockedError, TransportUnavailableError, UndeliverableError, type InboundHandler } from '../../../bot/transport/types.js';
import { MediaTooLargeError, type BaileysTransport, type TransportAlert } from '../../../bot/transport/baileys/index.js';
import { waMessageId } from '../../../bot/transport/baileys/outbound.js';
import { FakeClock } from '../../unit/baileys/fake-clock.js';
import { direct, documentMsg, DOCX, GROUP, image, imageWithoutSize, inGroup, LID_A, LID_B, PHONE_A, PHONE_B, pnJid, poll, text, video, voiceNote, withDevice } from '../../unit/baileys/wa-fixtures.js';
import { makeTransport, redisInbox, SocketFactory, type TestDeps } from './fake-socket.js';

const redis = connectTestRedis();
afterAll(() => redis.quit());

const running: BaileysTransport[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((t) => t.stop()));
});

const LEASE_MS = 3_000_000; // renewals far from the backoff delays under test

type Inbox = ReturnType<typeof redisInbox>;

async function started(over: Partial<TestDeps> = {}, prefix = uniquePrefix('wa'), host?: (t: BaileysTransport, inbox: Inbox) => InboundHandler) {
  const clock = new FakeClock();
  const factory = new SocketFactory();
  const { transport, log } = makeTransport({ redis, keyPrefix: prefix, clock, random: () => 0.5, leaseMs: LEASE_MS, ...over }, factory);
  running.push(transport);
  const inbox = redisInbox(redis, prefix);
  await transport.start(host ? host(transport, inbox) : inbox.accept);
  return { transport, log, clock, factory, inbox, prefix };
}

const secondsAgo = (clock: FakeClock, s: number) => Math.floor(clock.now() / 1000) - s;
const nonLeaseDelays = (clock: FakeClock) => clock.pendingDelays().filter((d) => d !== LEASE_MS / 3);

describe('inbound', () => {
  it('normalises what the socket emits and hands it to the inbox', async () => {
    const { factory, inbox, clock } = await started();
    factory.last.open();
    factory.last.deliver('notify', direct(withDevice(LID_A, 12), text('mau bikin NIB'), { alt: pnJid(PHONE_A), atSeconds: secondsAgo(clock, 2) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(1));
    expect(inbox.accepted[0]).toMatchObject({ chat: PHONE_A, sender: PHONE_A, senderPhone: PHONE_A, kind: 'text', text: 'mau bikin NIB', isGroup: false });
  });

  it('treats the LID and phone forms of one person as one chat, also after a restart', async () => {
    const prefix = uniquePrefix('wa');
    const first = await started({}, prefix);
    first.factory.last.open();
    first.factory.last.deliver('notify', direct(LID_A, text('halo'), { alt: pnJid(PHONE_A), atSeconds: secondsAgo(first.clock, 1) }));
    await vi.waitFor(() => expect(first.inbox.accepted).toHaveLength(1));
    await first.transport.stop(); // waits for the mapping write

    const second = await started({}, prefix);
    second.factory.last.open();
    second.factory.last.deliver('notify', direct(withDevice(LID_A, 4), text('lanjut'), { atSeconds: secondsAgo(second.clock, 1) }));
    second.factory.last.deliver('notify', inGroup(LID_A, text('di grup'), { atSeconds: secondsAgo(second.clock, 1) }));
    await vi.waitFor(() => expect(second.inbox.accepted).toHaveLength(2));
    expect(second.inbox.accepted[0]).toMatchObject({ chat: PHONE_A, sender: PHONE_A, senderPhone: PHONE_A });
    expect(second.inbox.accepted[1]).toMatchObject({ chat: GROUP, isGroup: true, sender: PHONE_A, senderPhone: PHONE_A });
  });

  it('keeps a chat that started under a LID on that id when the phone number shows up later', async () => {
    const { factory, inbox, clock } = await started();
    factory.last.open();
    factory.last.deliver('notify', direct(LID_B, text('satu'), { atSeconds: secondsAgo(clock, 1) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(1));
    factory.last.deliver('notify', direct(LID_B, text('dua'), { alt: pnJid(PHONE_B), atSeconds: secondsAgo(clock, 1) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(2));
    expect(inbox.accepted.map((m) => m.chat)).toEqual([LID_B, LID_B]);
    expect(inbox.accepted[1]!.senderPhone).toBe(PHONE_B);
  });

  it('learns pairs from lid-mapping.update before the person writes', async () => {
    const { factory, inbox, clock } = await started();
    factory.last.open();
    factory.last.ev.emit('lid-mapping.update', { lid: LID_B, pn: pnJid(PHONE_B) });
    factory.last.deliver('notify', inGroup(withDevice(LID_B, 1), text('laporan'), { atSeconds: secondsAgo(clock, 1) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(1));
    expect(inbox.accepted[0]).toMatchObject({ chat: GROUP, sender: PHONE_B });
  });

  it('stores the LID↔phone mapping sealed, never in clear', async () => {
    const { factory, inbox, clock, prefix, transport } = await started();
    factory.last.open();
    factory.last.deliver('notify', direct(LID_A, text('x'), { alt: pnJid(PHONE_A), atSeconds: secondsAgo(clock, 1) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(1));
    await transport.stop();
    const keys = await redis.keys(`${prefix}:wa:*:ids`);
    expect(keys).toHaveLength(1);
    const dump = JSON.stringify(await redis.hgetall(keys[0]!));
    expect(dump).not.toContain(PHONE_A);
    expect(dump).not.toContain(LID_A.split('@')[0]);
  });

  it('describes oversized media and never downloads it', async () => {
    const downloadMedia = vi.fn(() => Promise.reject(new Error('must not be called')));
    const { factory, inbox, clock, transport } = await started({ mediaMaxBytes: 5_000_000, downloadMedia });
    factory.last.open();
    factory.last.deliver('notify', direct(pnJid(PHONE_A), image(25_000_000, 'KTP'), { atSeconds: secondsAgo(clock, 1) }));
    factory.last.deliver('notify', direct(pnJid(PHONE_A), documentMsg(40_000_000, 'ktp.pdf', 'application/pdf'), { atSeconds: secondsAgo(clock, 1) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(2));
    expect(inbox.accepted.map((m) => [m.kind, m.media?.size, m.media?.mimetype])).toEqual([
      ['image', 25_000_000, 'image/jpeg'],
      ['document', 40_000_000, 'application/pdf'],
    ]);
    for (const m of inbox.accepted) await expect(m.media!.download()).rejects.toBeInstanceOf(MediaTooLargeError);
    expect(downloadMedia).not.toHaveBeenCalled();
    expect(transport.stats().inbound.accepted).toBe(2);
  });

  it('counts a voice note, a video, a Word file, a poll and an image without fileLength accepted only once the inbox write is done, never downloading them', async () => {
    const downloadMedia = vi.fn(() => Promise.reject(new Error('must not be called')));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { factory, inbox, clock, transport } = await started({ downloadMedia }, uniquePrefix('wa'), (_t, box) => async (m) => {
      await gate; // a slow inbox write
      return box.accept(m);
    });
    factory.last.open();
    const at = { atSeconds: secondsAgo(clock, 1) };
    factory.last.deliver('notify',
      direct(pnJid(PHONE_A), voiceNote(9_000), at), direct(pnJid(PHONE_A), video(3_000_000), at),
      direct(pnJid(PHONE_A), documentMsg(30_000, 'surat.docx', DOCX), at), direct(pnJid(PHONE_A), poll('Jadi?'), at),
      direct(pnJid(PHONE_A), imageWithoutSize(), at));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(transport.stats().inbound.accepted).toBeUndefined();
    release();
    await vi.waitFor(() => expect(transport.stats().inbound.accepted).toBe(5));
    expect(inbox.accepted.map((m) => [m.kind, m.media?.mimetype, m.media?.size])).toEqual([
      ['audio', 'audio/ogg; codecs=opus', 9_000],
      ['video', 'video/mp4', 3_000_000],
      ['document', DOCX, 30_000],
      ['other', undefined, undefined],
      ['image', 'image/jpeg', undefined],
    ]);
    expect(downloadMedia).not.toHaveBeenCalled();
  });

  it('keeps phone numbers, LIDs and message text out of the log', async () => {
    const { factory, inbox, clock, log, transport } = await started();
    factory.last.open();
    factory.last.deliver('notify', direct(LID_A, text('NIK 3201010101010001'), { alt: pnJid(PHONE_A), atSeconds: secondsAgo(clock, 1) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(1));
    await transport.send({ id: 'o1', chat: PHONE_A, text: 'balasan rahasia' });
    factory.last.failNextSend = new Boom('not-acceptable', { statusCode: 406 });
    await expect(transport.send({ id: 'o2', chat: PHONE_A, text: 'x' })).rejects.toBeInstanceOf(UndeliverableError);
    factory.last.close(DisconnectReason.connectionClosed);
    const all = log.lines.join('');
    expect(log.lines.length).toBeGreaterThan(2);
    for (const secret of [PHONE_A, LID_A.split('@')[0]!, '3201010101010001', 'balasan rahasia']) expect(all).not.toContain(secret);
  });
});

describe('replays after a reconnect', () => {
  it('answers an offline message that was never handled, and nothing already handled or too old', async () => {
    const replies: string[] = [];
    // The host: store first (dedupe by message id), reply only to what is new.
    const { factory, clock, transport } = await started({}, uniquePrefix('wa'), (t, inbox) => async (m) => {
      const result = await inbox.accept(m);
      if (!result.duplicate) {
        replies.push(m.messageId);
        await t.send({ id: `reply-${m.messageId}`, chat: m.chat, text: 'terima kasih' });
      }
      return result;
    });
    const handled = direct(pnJid(PHONE_A), text('pertama'), { id: 'HANDLED1', atSeconds: secondsAgo(clock, 30) });
    factory.last.open();
    factory.last.deliver('notify', handled);
    await vi.waitFor(() => expect(factory.last.sent).toHaveLength(1));

    factory.last.close(DisconnectReason.connectionLost);
    clock.advance(nonLeaseDelays(clock)[0]!);
    await vi.waitFor(() => expect(factory.sockets).toHaveLength(2));
    const sock2 = factory.last;
    sock2.open();
    sock2.deliver(
      'append',
      handled,
      direct(pnJid(PHONE_A), text('lama sekali'), { id: 'OLD1', atSeconds: secondsAgo(clock, 3 * 3600) }),
      direct(pnJid(PHONE_B), text('saat offline'), { id: 'OFFLINE1', atSeconds: secondsAgo(clock, 120) }),
    );
    await vi.waitFor(() => expect(transport.stats().inbound.duplicate).toBe(1));
    await vi.waitFor(() => expect(sock2.sent).toHaveLength(1));
    expect(replies).toEqual(['HANDLED1', 'OFFLINE1']);
    expect(sock2.sent[0]!.jid).toBe(`${PHONE_B}@s.whatsapp.net`);
    expect(transport.stats().skipped.too_old).toBe(1);
    expect(factory.sockets[0]!.sent).toHaveLength(1);
  });

  it('never answers its own messages or history', async () => {
    const { factory, clock, inbox, transport } = await started();
    factory.last.open();
    factory.last.deliver('append', direct(pnJid(PHONE_A), text('dari HP operator'), { fromMe: true, atSeconds: secondsAgo(clock, 5) }));
    factory.last.ev.emit('messaging-history.set', { chats: [], contacts: [], messages: [direct(pnJid(PHONE_A), text('riwayat'), { atSeconds: secondsAgo(clock, 5) })], isLatest: true });
    factory.last.deliver('notify', direct(pnJid(PHONE_B), text('baru'), { atSeconds: secondsAgo(clock, 1) }));
    await vi.waitFor(() => expect(inbox.accepted).toHaveLength(1));
    expect(inbox.accepted[0]!.chat).toBe(PHONE_B);
    expect(transport.stats().skipped.from_me).toBe(1);
  });
});

describe('reconnect policy (controllable clock)', () => {
  it('restarts at once on restartRequired (515), keeping the session', async () => {
    const { factory, clock, transport } = await started();
    const creds = factory.last.opts.auth.creds;
    factory.last.close(DisconnectReason.restartRequired);
    await vi.waitFor(() => expect(factory.sockets).toHaveLength(2));
    expect(nonLeaseDelays(clock)).toEqual([]);
    expect(factory.last.opts.auth.creds).toBe(creds);
    factory.last.open();
    expect(transport.status()).toEqual({ ready: true, state: 'open' });
  });

  it.each([
    ['connectionClosed', DisconnectReason.connectionClosed],
    ['connectionLost / timedOut', DisconnectReason.connectionLost],
    ['unavailableService', DisconnectReason.unavailableService],
    ['badSession', DisconnectReason.badSession],
  ])('backs off exponentially with jitter on %s, and resets once open', async (_name, code) => {
    const { factory, clock, transport } = await started();
    factory.last.open();
    factory.last.close(code);
    expect(transport.status()).toMatchObject({ ready: false, state: 'reconnecting' });
    expect(nonLeaseDelays(clock)).toEqual([750]);
    clock.advance(749);
    expect(factory.sockets).toHaveLength(1);
    clock.advance(1);
    await vi.waitFor(() => expect(factory.sockets).toHaveLength(2));
    factory.last.close(code);
    expect(nonLeaseDelays(clock)).toEqual([1_500]);
    clock.advance(1_500);
    await vi.waitFor(() => expect(factory.sockets).toHaveLength(3));
    factory.last.open();
    factory.last.close(code);
    expect(nonLeaseDelays(clock)).toEqual([750]);
    expect(transport.stats().reconnects).toBe(3);
  });

  it('does not loop on connectionReplaced (440): stays down and alerts', async () => {
    const alerts: TransportAlert[] = [];
    const { factory, clock, transport, log } = await started({ onAlert: (a) => alerts.push(a) });
    factory.last.open();
    factory.last.close(DisconnectReason.connectionReplaced);
    clock.advance(3_600_000);
    expect(factory.sockets).toHaveLength(1);
    expect(transport.status()).toMatchObject({ ready: false, state: 'replaced' });
    expect(alerts.map((a) => a.reason)).toEqual(['replaced']);
    expect(log.lines.some((l) => l.includes('"alert":"replaced"'))).toBe(true);
  });

  it.each([
    ['loggedOut', DisconnectReason.loggedOut, 'logged_out'],
    ['forbidden', DisconnectReason.forbidden, 'forbidden'],
  ])('on %s stops, clears the auth state, reports unhealthy and alerts', async (_name, code, state) => {
    const alerts: TransportAlert[] = [];
    const { factory, clock, transport, prefix } = await started({ onAlert: (a) => alerts.push(a) });
    factory.last.open();
    factory.last.ev.emit('creds.update', { registered: true });
    await vi.waitFor(async () => expect(await redis.keys(`${prefix}:wa:*:auth:creds`)).toHaveLength(1));
    factory.last.close(code);
    await vi.waitFor(() => expect(transport.status().state).toBe(state));
    clock.advance(3_600_000);
    expect(factory.sockets).toHaveLength(1);
    expect(await redis.keys(`${prefix}:wa:*:auth:*`)).toEqual([]);
    expect(transport.status().ready).toBe(false);
    expect(transport.pairing().state).toBe('logged_out');
    expect(alerts.map((a) => a.reason)).toEqual([state]);
  });

  it('relink() after a logout starts a fresh pairing', async () => {
    const { factory, transport } = await started();
    factory.last.open();
    factory.last.close(DisconnectReason.loggedOut);
    await vi.waitFor(() => expect(transport.status().state).toBe('logged_out'));
    await transport.relink();
    expect(factory.sockets).toHaveLength(2);
    expect(factory.last.opts.auth.creds.registered).toBe(false);
  });

  it('stops on multideviceMismatch (411)', async () => {
    const { factory, clock, transport } = await started();
    factory.last.close(DisconnectReason.multideviceMismatch);
    clock.advance(3_600_000);
    expect(factory.sockets).toHaveLength(1);
    expect(transport.status().state).toBe('mismatch');
  });

  it('ignores the close event of a socket it ended itself', async () => {
    const { factory, clock, transport } = await started();
    factory.last.open();
    await transport.stop();
    clock.advance(3_600_000);
    expect(factory.sockets).toHaveLength(1);
    expect(factory.last.ended).toBe(true);
    expect(transport.status().state).toBe('stopped');
  });
});

describe('pairing', () => {
  it('exposes the current QR until the number is paired', async () => {
    const { factory, transport } = await started();
    expect(transport.pairing().state).toBe('connecting');
    factory.last.ev.emit('connection.update', { qr: '2@synthetic-qr-1' });
    expect(transport.pairing()).toEqual({ state: 'qr', qr: '2@synthetic-qr-1' });
    factory.last.ev.emit('connection.update', { qr: '2@synthetic-qr-2' });
    expect(transport.pairing().qr).toBe('2@synthetic-qr-2');
    factory.last.open();
    expect(transport.pairing()).toEqual({ state: 'paired' });
  });

  it('asks for a pairing code once when WA_PAIRING_NUMBER is set', async () => {
    const codes: string[] = [];
    const { factory, transport } = await started({ pairingNumber: '+62 811-0000-0009', presenter: { qr: () => undefined, code: (c) => codes.push(c) } });
    factory.last.ev.emit('connection.update', { qr: '2@q1' });
    factory.last.ev.emit('connection.update', { qr: '2@q2' });
    await vi.waitFor(() => expect(transport.pairing()).toEqual({ state: 'code', code: 'ABCD1234' }));
    expect(factory.last.pairingRequests).toEqual(['6281100000009']);
    expect(codes).toEqual(['ABCD1234']);
  });
});

describe('outbound', () => {
  it('refuses to send while not connected', async () => {
    const { transport } = await started();
    await expect(transport.send({ id: 'o1', chat: PHONE_A, text: 'x' })).rejects.toBeInstanceOf(TransportUnavailableError);
    expect(transport.stats().failed.not_connected).toBe(1);
  });

  it('sends text and the NIB PDF to a direct chat with stable message ids', async () => {
    const { factory, transport } = await started();
    factory.last.open();
    const pdf = Buffer.from('%PDF-1.7 synthetic NIB');
    await transport.send({ id: 'nib-1', chat: PHONE_A, text: 'NIB Anda terbit', document: { mimetype: 'application/pdf', filename: 'NIB.pdf', data: pdf } });
    expect(factory.last.sent).toEqual([
      { jid: `${PHONE_A}@s.whatsapp.net`, content: { text: 'NIB Anda terbit' }, options: { messageId: waMessageId('nib-1', 0) } },
      { jid: `${PHONE_A}@s.whatsapp.net`, content: { document: pdf, mimetype: 'application/pdf', fileName: 'NIB.pdf' }, options: { messageId: waMessageId('nib-1', 1) } },
    ]);
    expect(transport.stats().sent).toBe(1);
  });

  it('sends images and replies to LID chats', async () => {
    const { factory, transport } = await started();
    factory.last.open();
    await transport.send({ id: 'i1', chat: LID_A, image: { mimetype: 'image/png', data: Buffer.from('png'), caption: 'contoh' } });
    expect(factory.last.sent[0]).toMatchObject({ jid: LID_A, content: { mimetype: 'image/png', caption: 'contoh' } });
  });

  it('fetches a group’s metadata once and serves it from cachedGroupMetadata', async () => {
    const { factory, transport } = await started();
    factory.last.open();
    await transport.send({ id: 'g1', chat: GROUP, text: 'Berkas baru' });
    await transport.send({ id: 'g2', chat: GROUP, text: 'Berkas baru lagi' });
    expect(factory.last.groupMetadataCalls).toEqual([GROUP]);
    expect((await factory.last.opts.cachedGroupMetadata!(GROUP))?.subject).toBe('Koordinator desa');
    factory.last.ev.emit('group-participants.update', { id: GROUP, author: pnJid(PHONE_B), participants: [], action: 'add' });
    await transport.send({ id: 'g3', chat: GROUP, text: 'x' });
    expect(factory.last.groupMetadataCalls).toEqual([GROUP, GROUP]);
  });

  it.each([
    ['a permanent rejection', new Boom('not-acceptable', { statusCode: 406 }), UndeliverableError, 'not_acceptable'],
    ['a dropped connection', new Boom('Connection Closed', { statusCode: 428 }), TransportUnavailableError, 'connection_closed'],
    ['rate-overlimit', new Boom('rate-overlimit', { statusCode: 429 }), RateLimitedError, 'rate_limited'],
    ['a reachout timelock', new Boom('account restricted', { statusCode: 463 }), ReachoutLockedError, 'account_restricted'],
  ])('maps %s to the right error and counts it', async (_name, error, kind, reason) => {
    const { factory, transport } = await started();
    factory.last.open();
    factory.last.failNextSend = error;
    await expect(transport.send({ id: 'e1', chat: PHONE_A, text: 'x' })).rejects.toBeInstanceOf(kind);
    expect(transport.stats().failed[reason]).toBe(1);
  });

  it('shows "typing…" in a person\'s chat, never in a group, and only while connected', async () => {
    const { factory, transport } = await started();
    await transport.typing(PHONE_A);
    factory.last.open();
    await transport.typing(PHONE_A);
    await transport.typing(LID_A);
    await transport.typing(GROUP);
    expect(factory.last.presences).toEqual([{ type: 'composing', jid: pnJid(PHONE_A) }, { type: 'composing', jid: LID_A }]);
  });

  it('remembers a reachout timelock until WhatsApp says it ends, and forgets it once lifted', async () => {
    const { factory, transport, clock } = await started();
    factory.last.open();
    expect(transport.reachoutLockedUntil()).toBeUndefined();
    const ends = new Date(clock.now() + 3600_000);
    factory.last.ev.emit('connection.update', { reachoutTimeLock: { isActive: true, timeEnforcementEnds: ends } });
    expect(transport.reachoutLockedUntil()).toBe(ends.getTime());
    factory.last.ev.emit('connection.update', { reachoutTimeLock: { isActive: false } });
    expect(transport.reachoutLockedUntil()).toBeUndefined();
  });

  it('rejects a chat id that is not a WhatsApp address as undeliverable', async () => {
    const { factory, transport } = await started();
    factory.last.open();
    await expect(transport.send({ id: 'b1', chat: 'someone@example.com', text: 'x' })).rejects.toBeInstanceOf(UndeliverableError);
  });

  it('serves recent sent messages to getMessage, and undefined for misses and old ones', async () => {
    const { factory, transport, clock } = await started({ retryWindowMs: 15 * 60_000 });
    factory.last.open();
    await transport.send({ id: 'r1', chat: PHONE_A, text: 'ulang' });
    const getMessage = factory.last.opts.getMessage!;
    const key = { remoteJid: `${PHONE_A}@s.whatsapp.net`, fromMe: true, id: waMessageId('r1', 0) };
    expect((await getMessage(key))?.conversation).toBe('ulang');
    expect(await getMessage({ ...key, id: 'UNKNOWN' })).toBeUndefined();
    clock.advance(16 * 60_000);
    expect(await getMessage(key)).toBeUndefined();
  });
});
