// What every BullMQ queue of Loket shares.

/**
 * Each queue's event stream (`<queue>:events`) is read by nobody in Loket (no QueueEvents), yet
 * BullMQ keeps 10,000 entries by default, a few hundred KB to MBs per queue. A hundred is enough to
 * look at the latest events on the queue board. Every Queue instance writes its value into the
 * queue's meta, so each construction of the same queue must pass the same one.
 */
export const CAPPED_EVENTS = { events: { maxLen: 100 } } as const;
