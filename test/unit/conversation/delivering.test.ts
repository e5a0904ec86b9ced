// The router's one place of queueing: a handler's replies and the writes it started (its timers)
// are both done before the entry counts as handled (and its session is saved), in one wait; a
// failure of either fails the entry, so that it is handled again.
import { describe, expect, it } from 'vitest';
import { delivering, type ChatHandler } from '../../../bot/conversation/router.js';
import type { InboxEntry } from '../../../workers/inbox/entry.js';
import type { Outbound } from '../../../workers/outbound/message.js';

const entry: InboxEntry = {
  id: 'm-1', chat: '6285790003001', acceptedAt: 0, type: 'message',
  message: { messageId: 'm-1', chat: '6285790003001', sender: '6285790003001', isGroup: false, kind: 'text', text: 'halo', at: 0 },
};
const reply: Outbound = { id: 'm-1#0', chat: '6285790003001', text: 'Halo' };

/** A promise settled from outside, to see what waits for what. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve = (): void => undefined;
  let reject = (_err: Error): void => undefined;
  const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('delivering', () => {
  it('queues the replies while the timers are written, and finishes only when both are done, before afterSend', async () => {
    const timer = deferred();
    const events: string[] = [];
    const handler: ChatHandler = () => Promise.resolve({
      session: { step: 2 }, send: [reply], alongside: timer.promise.then(() => events.push('timer')),
      afterSend: () => { events.push('afterSend'); return Promise.resolve(); },
    });
    let finished = false;
    const handled = delivering(handler, (messages) => { events.push(`enqueue ${messages.length}`); return Promise.resolve(); })(entry, undefined)
      .then((result) => { finished = true; return result; });
    // Both were started before either was awaited.
    await Promise.resolve();
    expect(events).toEqual(['enqueue 1']);
    expect(finished).toBe(false);
    timer.resolve();
    expect(await handled).toEqual({ session: { step: 2 } });
    expect(events).toEqual(['enqueue 1', 'timer', 'afterSend']);
  });

  it.each([
    { failing: 'the timer', enqueue: () => Promise.resolve(), alongside: () => Promise.reject(new Error('timer write refused')) },
    { failing: 'the replies', enqueue: () => Promise.reject(new Error('queue write refused')), alongside: () => Promise.resolve() },
  ])('fails the entry when $failing cannot be written', async ({ enqueue, alongside }) => {
    let afterSend = 0;
    const handler: ChatHandler = () => Promise.resolve({
      session: {}, send: [reply], alongside: alongside(), afterSend: () => { afterSend++; return Promise.resolve(); },
    });
    await expect(delivering(handler, enqueue)(entry, undefined)).rejects.toThrow(/refused/);
    expect(afterSend).toBe(0);
  });
});
