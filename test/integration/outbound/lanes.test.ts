// Per-chat order among replies paced side by side (workers/outbound/lanes.ts): pure, in memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChatLanes, TokenLine } from '../../../workers/outbound/lanes.js';

const T = 1_000_000;
const settled = async <V>(p: Promise<V>): Promise<{ done: boolean; value?: V }> => {
  const marker = Symbol('pending');
  const value = await Promise.race([p, new Promise<typeof marker>((r) => setTimeout(() => r(marker), 5))]);
  return value === marker ? { done: false } : { done: true, value: value as V };
};

describe('chat lanes', () => {
  it('each message of a chat waits for the one before it; other chats do not', async () => {
    const lanes = new ChatLanes(() => T);
    const a = lanes.enter('A', 'a1', 1);
    const b = lanes.enter('A', 'a2', 2);
    const other = lanes.enter('B', 'b1', 1);
    expect([a.firstOfBurst, b.firstOfBurst, other.firstOfBurst]).toEqual([true, false, true]);
    expect(await settled(a.ready)).toEqual({ done: true, value: undefined });
    expect(await settled(other.ready)).toEqual({ done: true, value: undefined });
    expect((await settled(b.ready)).done).toBe(false);
    a.done();
    expect(await settled(b.ready)).toEqual({ done: true, value: undefined });
  });

  it('an earlier message that arrives late still goes first', async () => {
    const lanes = new ChatLanes(() => T);
    const later = lanes.enter('A', 'a2', 2);
    expect(await settled(later.ready)).toEqual({ done: true, value: undefined });
    const earlier = lanes.enter('A', 'a1', 1);
    expect(await settled(earlier.ready)).toEqual({ done: true, value: undefined });
    expect((await settled(later.again())).done).toBe(false);
    earlier.held(T + 100);
    expect(await settled(later.again())).toEqual({ done: true, value: T + 100 });
  });

  it.each([
    ['a new message waits behind the latest put back', ['hold a1', 'hold a2 behind', 'enter a3'], T + 5001],
    ['the held one, back, goes before those put back behind it', ['hold a1', 'hold a2 behind', 'return a1'], undefined],
  ] as const)('%s', async (_name, steps, expected) => {
    const lanes = new ChatLanes(() => T);
    const turns = new Map([['a1', lanes.enter('A', 'a1', 1)], ['a2', lanes.enter('A', 'a2', 2)]]);
    let last = turns.get('a1')!;
    for (const step of steps) {
      if (step === 'hold a1') turns.get('a1')!.held(T + 5000);
      if (step === 'hold a2 behind') turns.get('a2')!.held(((await turns.get('a2')!.ready) ?? T) + 1);
      if (step === 'enter a3') last = lanes.enter('A', 'a3', 3);
      if (step === 'return a1') last = lanes.enter('A', 'a1', 1);
    }
    expect(await settled(last.ready)).toEqual({ done: true, value: expected });
  });

  it('whatever fails and comes back, messages leave in the order they were queued', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), async (failsOnce) => {
      let now = T;
      const lanes = new ChatLanes(() => now);
      const sent: number[] = [];
      const failed = new Set<number>();
      // A tiny BullMQ: jobs come back from "delayed" in the order of their time.
      let queue = failsOnce.map((_, i) => ({ id: i, at: 0 }));
      while (queue.length > 0) {
        queue.sort((x, y) => x.at - y.at || x.id - y.id);
        const batch = queue.filter((j) => j.at <= now);
        queue = queue.filter((j) => j.at > now);
        await Promise.all(batch.map(async (job) => {
          const turn = lanes.enter('A', `j${job.id}`, job.id);
          const behind = await turn.ready;
          if (behind !== undefined) return (turn.held(behind + 1), queue.push({ id: job.id, at: behind + 1 }));
          if (failsOnce[job.id] && !failed.has(job.id)) {
            failed.add(job.id);
            turn.held(now + 100);
            return queue.push({ id: job.id, at: now + 100 });
          }
          sent.push(job.id);
          turn.done();
          return undefined;
        }));
        now = Math.max(now + 1, Math.min(...queue.map((j) => j.at)));
      }
      expect(sent).toEqual(failsOnce.map((_, i) => i));
    }), { numRuns: 60 });
  });
});

describe('the token line', () => {
  it('serves the first part of a reply before further parts waiting longer', async () => {
    const line = new TokenLine();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = line.inLine(() => new Promise<void>((r) => { release = r; }));
    const runs = [['part 2 of x', 1], ['part 2 of y', 1], ['first of z', 0]].map(([name, rank]) =>
      line.inLine(() => { order.push(name as string); return Promise.resolve(); }, rank as number));
    release();
    await Promise.all([first, ...runs]);
    expect(order).toEqual(['first of z', 'part 2 of x', 'part 2 of y']);
  });
});
