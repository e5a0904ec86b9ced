// The inbox and sequencer against real Redis: dedupe, order, mutual exclusion across instances,
// recovery of a dead holder's chat, and compare-and-set on sessions.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { Inbox } from '../../workers/inbox/inbox.js';
import type { InboxEntry } from '../../workers/inbox/entry.js';
import { Sequencer, type EntryHandler } from '../../workers/inbox/sequencer.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { createLogger } from '../../workers/platform/logger.js';
import { connectTestRedis, uniquePrefix } from '../support/redis.js';
import { waitUntil } from '../support/wait.js';

const protector = createDataProtector(randomBytes(32));
const logger = createLogger({ level: 'silent', pretty: false });
const open: Redis[] = [];
const sequencers: Sequencer[] = [];

function connect(): Redis {
  const r = connectTestRedis();
  open.push(r);
  return r;
}

function makeInbox(prefix: string, leaseMs = 5000): Inbox {
  return new Inbox(connect(), protector, { prefix, seenTtlSeconds: 60, leaseMs, maxFailures: 3 });
}

function entry(chat: string, n: number, text = String(n)): InboxEntry {
  const id = `${chat}-${n}`;
  return { id, chat, acceptedAt: Date.now(), type: 'message', message: { messageId: id, chat, sender: chat, isGroup: false, kind: 'text', text, at: Date.now() } };
}

function startSequencer(inbox: Inbox, handle: EntryHandler, lanes = 4): Sequencer {
  const s = new Sequencer({ inbox, wakeConnection: connect(), handle, logger, lanes });
  s.start();
  sequencers.push(s);
  return s;
}

/** Session = the list of texts handled so far, so order and exactly-once are visible in it. */
function recordingHandler(log: string[]): EntryHandler {
  return (e, session) => {
    const seen = (session as string[] | undefined) ?? [];
    const text = e.type === 'message' ? e.message.text ?? '' : '';
    log.push(`${e.chat}:${text}`);
    return Promise.resolve({ session: [...seen, text] });
  };
}

afterEach(async () => {
  await Promise.all(sequencers.splice(0).map((s) => s.stop()));
  for (const r of open.splice(0)) r.disconnect();
});

describe('inbox', () => {
  it('accepts a message id once; the repeat is reported as a duplicate and handled once', async () => {
    const inbox = makeInbox(uniquePrefix('dup'));
    expect(await inbox.accept(entry('6281111', 1))).toEqual({ duplicate: false });
    expect(await inbox.accept(entry('6281111', 1))).toMatchObject({ duplicate: true, firstAcceptedMsAgo: expect.any(Number) });
    const log: string[] = [];
    startSequencer(inbox, recordingHandler(log));
    await waitUntil(async () => (await inbox.depth()).readyChats === 0);
    expect(log).toEqual(['6281111:1']);
  });

  it('handles 50 messages of one chat in arrival order, each once', async () => {
    const inbox = makeInbox(uniquePrefix('order'));
    const log: string[] = [];
    startSequencer(inbox, recordingHandler(log), 8);
    await Promise.all(Array.from({ length: 50 }, (_, n) => inbox.accept(entry('6282222', n))));
    await waitUntil(async () => (await inbox.depth()).readyChats === 0);
    const stored = await inbox.loadSession(inbox.chatKeyOf('6282222'));
    expect(stored?.value).toEqual(Array.from({ length: 50 }, (_, n) => String(n)));
    expect(stored?.version).toBe(50);
  });

  it('two instances never handle one chat at the same time, and together handle every message once', async () => {
    const prefix = uniquePrefix('two');
    const inboxA = makeInbox(prefix);
    const inboxB = makeInbox(prefix);
    const busy = new Set<string>();
    const overlaps: string[] = [];
    const handledBy = { a: 0, b: 0 };
    const handler = (who: 'a' | 'b'): EntryHandler => async (e, session) => {
      if (busy.has(e.chat)) overlaps.push(e.chat);
      busy.add(e.chat);
      await new Promise((r) => setImmediate(r));
      busy.delete(e.chat);
      handledBy[who]++;
      return { session: [...((session as string[] | undefined) ?? []), e.type === 'message' ? e.message.text : ''] };
    };
    startSequencer(inboxA, handler('a'));
    startSequencer(inboxB, handler('b'));
    const chats = Array.from({ length: 10 }, (_, i) => `62833${i}`);
    await Promise.all(chats.flatMap((chat, i) => Array.from({ length: 20 }, (_, n) => (i % 2 ? inboxA : inboxB).accept(entry(chat, n)))));
    await waitUntil(async () => (await inboxA.depth()).readyChats === 0);
    expect(overlaps).toEqual([]);
    expect(handledBy.a + handledBy.b).toBe(200);
    expect(handledBy.a).toBeGreaterThan(0);
    expect(handledBy.b).toBeGreaterThan(0);
    for (const chat of chats) {
      expect((await inboxA.loadSession(inboxA.chatKeyOf(chat)))?.value).toEqual(Array.from({ length: 20 }, (_, n) => String(n)));
    }
  });

  it('a retry of one accept whose first answer was lost is that accept\'s own success, not a duplicate; another delivery is one', async () => {
    const inbox = makeInbox(uniquePrefix('attempt'));
    expect(await inbox.accept(entry('6281212', 1), 'attempt-a')).toEqual({ duplicate: false });
    // The same attempt again: Redis applied the first try but its answer never reached the caller.
    expect(await inbox.accept(entry('6281212', 1), 'attempt-a')).toEqual({ duplicate: false });
    expect(await inbox.accept(entry('6281212', 1), 'attempt-b')).toMatchObject({ duplicate: true });
    const log: string[] = [];
    startSequencer(inbox, recordingHandler(log));
    await waitUntil(async () => (await inbox.depth()).readyChats === 0);
    expect(log).toEqual(['6281212:1']);
  });

  it('a chat whose holder died is handled by another instance once the lease expires', async () => {
    const prefix = uniquePrefix('lease');
    const dead = makeInbox(prefix, 300);
    await dead.accept(entry('6284444', 1));
    const claim = await dead.claim('holder-that-dies');
    expect(claim.kind).toBe('chat');
    const log: string[] = [];
    const survivor = makeInbox(prefix, 300);
    startSequencer(survivor, recordingHandler(log), 1);
    await waitUntil(() => log.length === 1);
    expect(log).toEqual(['6284444:1']);
    await expect(dead.commit(survivor.chatKeyOf('6284444'), 'holder-that-dies', 0, ['late'])).rejects.toThrow(/lease/);
  });

  it('a stopping instance hands its chat back at once: the entries left are claimable now, not after the lease', async () => {
    const prefix = uniquePrefix('handback');
    const leaseMs = 60_000;
    const stopping = makeInbox(prefix, leaseMs);
    for (const n of [1, 2, 3]) await stopping.accept(entry('6284545', n));
    let releaseFirst: () => void = () => undefined;
    const firstStarted = new Promise<void>((started) => {
      const handler: EntryHandler = (e, session) => {
        started();
        return new Promise((done) => { releaseFirst = () => done(recordingHandler([])(e, session)); });
      };
      startSequencer(stopping, handler, 1);
    });
    await firstStarted;
    const stopped = sequencers[sequencers.length - 1]!.stop();
    releaseFirst();
    await stopped;
    const other = makeInbox(prefix, leaseMs);
    const claim = await other.claim('next-holder');
    expect(claim).toMatchObject({ kind: 'chat', entry: { id: '6284545-2' }, session: { version: 1, value: ['1'] } });
  });

  it('refuses to save a session over a newer version (compare-and-set)', async () => {
    const inbox = makeInbox(uniquePrefix('cas'));
    await inbox.accept(entry('6285555', 1));
    await inbox.accept(entry('6285555', 2));
    const claim = await inbox.claim('tok');
    if (claim.kind !== 'chat') throw new Error('expected a chat');
    await inbox.commit(claim.chatKey, 'tok', 0, ['1']);
    await expect(inbox.commit(claim.chatKey, 'tok', 0, ['stale'])).rejects.toThrow(/expected version 0, found 1/);
    expect((await inbox.loadSession(claim.chatKey))?.value).toEqual(['1']);
  });

  it('hands out the chat\'s session with its first entry in the same claim (one round trip), none for a new chat', async () => {
    const inbox = makeInbox(uniquePrefix('claim-session'));
    await inbox.accept(entry('6285656', 1));
    const first = await inbox.claim('tok');
    if (first.kind !== 'chat') throw new Error('expected a chat');
    expect(first.session).toBeUndefined();
    await inbox.accept(entry('6285656', 2));
    expect(await inbox.commit(first.chatKey, 'tok', 0, { texts: ['1'] })).toMatchObject({ id: '6285656-2' });
    await inbox.commit(first.chatKey, 'tok', 1, { texts: ['1', '2'] });
    await inbox.accept(entry('6285656', 3));
    const again = await inbox.claim('tok2');
    if (again.kind !== 'chat') throw new Error('expected a chat');
    expect(again.session).toEqual({ version: 2, value: { texts: ['1', '2'] } });
    expect(again.session).toEqual(await inbox.loadSession(again.chatKey));
  });

  it('moves an entry that keeps failing to the dead-letter list and carries on with the chat', async () => {
    const inbox = makeInbox(uniquePrefix('poison'));
    const log: string[] = [];
    const handler: EntryHandler = (e, session) => {
      if (e.type === 'message' && e.message.text === 'poison') return Promise.reject(new Error('boom'));
      return recordingHandler(log)(e, session);
    };
    await inbox.accept(entry('6286666', 0, 'poison'));
    await inbox.accept(entry('6286666', 1));
    startSequencer(inbox, handler, 1);
    await waitUntil(() => log.length === 1, 10_000);
    expect(log).toEqual(['6286666:1']);
    expect((await inbox.depth()).deadLetters).toBe(1);
  });

  it('keeps dead letters per chat, readable with the current key, expiring, and forgotten on erasure', async () => {
    const prefix = uniquePrefix('dead');
    const inbox = new Inbox(connect(), protector, { prefix, seenTtlSeconds: 60, leaseMs: 5000, maxFailures: 1, deadLetterTtlSeconds: 600 });
    const log: string[] = [];
    const handler: EntryHandler = (e, session) => {
      if (e.type === 'message' && e.message.text?.startsWith('poison')) return Promise.reject(new Error('boom'));
      return recordingHandler(log)(e, session);
    };
    await inbox.accept(entry('6287777', 0, 'poison siti'));
    await inbox.accept(entry('6287778', 0, 'poison budi'));
    await inbox.accept(entry('6287777', 1));
    startSequencer(inbox, handler, 1);
    await waitUntil(async () => log.length === 1 && (await inbox.depth()).deadLetters === 2, 10_000, 'two dead letters');
    const [dead] = await inbox.deadLetters('6287777');
    expect(dead?.type === 'message' ? dead.message.text : undefined).toBe('poison siti');
    const redis = connect();
    const deadKeys = await redis.keys(`${prefix}:inbox:dead:*`);
    expect(deadKeys).toHaveLength(2);
    for (const key of deadKeys) expect(await redis.ttl(key)).toBeGreaterThan(0);

    await inbox.forgetDeadLetters('6287777');
    expect(await inbox.deadLetters('6287777')).toEqual([]);
    expect(await inbox.deadLetters('6287778')).toHaveLength(1);
    expect((await inbox.depth()).deadLetters).toBe(1);
  });

  it('stores entries and sessions sealed: no message text or chat id in clear in Redis', async () => {
    const prefix = uniquePrefix('sealed');
    const inbox = makeInbox(prefix);
    const redis = connect();
    await inbox.accept(entry('6287777123', 1, 'NIK 3505014101900001'));
    const keys = await redis.keys(`${prefix}:*`);
    const dump = (await Promise.all(keys.map(async (k) => `${k} ${JSON.stringify(await redis.lrange(k, 0, -1).catch(() => redis.get(k).catch(() => '')))}`))).join('\n');
    expect(dump).not.toContain('3505014101900001');
    expect(dump).not.toContain('6287777123');
  });
});
