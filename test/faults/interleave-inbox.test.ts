// Interleavings (issue #12, scenario 6): a model test with fast-check's scheduler. Two instances (two
// Inbox objects on their own connections and two Sequencers, two lanes each, on one Redis prefix)
// receive two chats' messages, each delivered once or twice (a redelivery), through either instance,
// in an arbitrary order, while fc.scheduler decides when each delivery lands and when each handler
// call finishes. The handler is the real pure engine, resume(). The result must equal handling the
// accepted messages one by one (the model): per chat, the same entries in acceptance order, each
// exactly once, the same replies for each, and the same final session stored.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { resume, sessionSchema, type Session } from '../../flows/index.js';
import type { InboxEntry } from '../../workers/inbox/entry.js';
import { Inbox } from '../../workers/inbox/inbox.js';
import { Sequencer, type EntryHandler } from '../../workers/inbox/sequencer.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { createLogger } from '../../workers/platform/logger.js';
import { connectTestRedis, uniquePrefix } from '../support/redis.js';
import { MONDAY_10_WIB, NIK_WOMAN_1985, testDeps } from '../unit/flows/support.js';

const deps = testDeps();
const protector = createDataProtector(randomBytes(32));
const logger = createLogger({ level: 'silent', pretty: false });
const NOW = MONDAY_10_WIB;
/** The lease of a chat; a mutation test shortens it to 1 ms to show the property notices. */
const LEASE_MS = Number(process.env.LOKET_INTERLEAVE_LEASE_MS ?? 10_000);

const CHATS = ['6281299900001', '6281299900002'];
const TEXTS = ['halo', 'ya', 'belum', 'pribadi', NIK_WOMAN_1985, 'Siti Aminah', 'kembali', 'status', 'batal', 'tidak', 'menu', '1', '👍', 'nggak tahu'];

interface Message { id: string; chat: string; text: string }
interface Delivery { message: Message; via: 0 | 1 }

const open: Redis[] = [];
const running: Sequencer[] = [];
/** Sequencers stopping in the background: a stop waits out the wake listener's 1 s BLPOP. */
const stopping: Promise<void>[] = [];
const connect = (): Redis => {
  const redis = connectTestRedis();
  open.push(redis);
  return redis;
};

afterEach(async () => {
  await Promise.all([...stopping.splice(0), ...running.splice(0).map((s) => s.stop())]);
  for (const redis of open.splice(0)) redis.disconnect();
});

function entryOf(message: Message): InboxEntry {
  return {
    id: message.id, chat: message.chat, acceptedAt: NOW, type: 'message',
    message: { messageId: message.id, chat: message.chat, sender: message.chat, senderPhone: message.chat, isGroup: false, kind: 'text', text: message.text, at: NOW },
  };
}

function handleOnce(session: Session | undefined, message: Message) {
  const result = resume(deps, session, { type: 'message', input: { kind: 'text', text: message.text, senderPhone: message.chat } }, NOW);
  return { session: result.session, replies: result.replies.map((r) => r.text) };
}

/** The model: a chat's accepted messages handled one by one, in acceptance order. */
function model(accepted: readonly Message[]): { replies: Map<string, string[]>; session: Session | null } {
  const replies = new Map<string, string[]>();
  let session: Session | null = null;
  for (const message of accepted) {
    const turn = handleOnce(session ?? undefined, message);
    replies.set(message.id, turn.replies);
    session = turn.session === null ? null : sessionSchema.parse(JSON.parse(JSON.stringify(turn.session)));
  }
  return { replies, session };
}

const deliveriesArb = fc
  .array(fc.tuple(fc.constantFrom(...CHATS), fc.constantFrom(...TEXTS), fc.constantFrom<0 | 1>(0, 1), fc.option(fc.constantFrom<0 | 1>(0, 1), { nil: undefined })), { minLength: 2, maxLength: 10 })
  .chain((rows) => {
    const deliveries: Delivery[] = rows.flatMap(([chat, text, via, again], i) => {
      const message = { id: `m${i}-${randomBytes(3).toString('hex')}`, chat, text };
      return again === undefined ? [{ message, via }] : [{ message, via }, { message, via: again }];
    });
    // Any arrival order, a redelivery included (it may even arrive first).
    return fc.shuffledSubarray(deliveries, { minLength: deliveries.length, maxLength: deliveries.length });
  });

/** Releases scheduled tasks until `done` holds: the Redis round trips run between them. */
async function drive(s: fc.Scheduler, done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not settled: ${s.report().length} scheduled tasks released`);
    if (s.count() > 0) await s.waitOne();
    else await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('a chat across two instances', () => {
  it('in any order and timing equals handling its accepted messages one by one, nothing twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), deliveriesArb, async (s, deliveries) => {
        const prefix = uniquePrefix('interleave');
        const inboxes = [0, 1].map(() => new Inbox(connect(), protector, { prefix, seenTtlSeconds: 600, leaseMs: LEASE_MS, maxFailures: 5 }));
        const handled: string[] = [];
        const replies = new Map<string, string[]>();
        const handler = (instance: number): EntryHandler => async (entry, raw) => {
          // The scheduler decides when this handler call finishes, against the other lanes and deliveries.
          await s.schedule(Promise.resolve(), `instance ${instance} handles ${entry.id}`);
          const text = entry.type === 'message' ? entry.message.text ?? '' : '';
          const turn = handleOnce(raw === undefined ? undefined : sessionSchema.parse(raw), { id: entry.id, chat: entry.chat, text });
          handled.push(entry.id);
          replies.set(entry.id, turn.replies); // outbound jobs are keyed by the entry id
          return { session: turn.session };
        };
        const sequencers = inboxes.map((inbox, i) => new Sequencer({ inbox, wakeConnection: connect(), handle: handler(i), logger, lanes: 2 }));
        running.push(...sequencers);
        for (const sequencer of sequencers) sequencer.start();

        const accepted: Message[] = [];
        let delivered = false;
        const deliver = (async () => {
          for (const { message, via } of deliveries) {
            await s.schedule(Promise.resolve(), `deliver ${message.id} via ${via}`);
            const { duplicate } = await (inboxes[via] as Inbox).accept(entryOf(message));
            if (!duplicate) accepted.push(message);
            sequencers[via]?.notify();
          }
          delivered = true;
        })();
        await drive(s, () => delivered && handled.length >= accepted.length);
        await deliver;

        expect(handled.filter((id, i) => handled.indexOf(id) !== i)).toEqual([]); // nothing twice
        for (const chat of CHATS) {
          const mine = accepted.filter((m) => m.chat === chat);
          const expected = model(mine);
          expect(handled.filter((id) => mine.some((m) => m.id === id))).toEqual(mine.map((m) => m.id));
          for (const m of mine) expect(replies.get(m.id), m.id).toEqual(expected.replies.get(m.id));
          const stored = await (inboxes[0] as Inbox).loadSession((inboxes[0] as Inbox).chatKeyOf(chat));
          expect(stored?.value ?? null).toEqual(expected.session === null ? null : JSON.parse(JSON.stringify(expected.session)));
        }
        stopping.push(...running.splice(0).map((sequencer) => sequencer.stop()));
      }),
      { numRuns: 15 },
    );
  });
});
