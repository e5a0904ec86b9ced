// Per-chat order among replies being paced side by side. BullMQ (open source) has no groups, so
// the worker keeps, per chat, a chain of the jobs it holds: each waits for the one before it. A job
// that must wait (a network outage, a failed attempt) is "held" until a time; the chat's later
// messages are then put back behind it, each a millisecond later, so BullMQ brings them back in
// order. In memory, per process: the process that owns the number sends all of its messages.

export interface LaneTurn {
  /** Resolves when this message may go: undefined, or the time (epoch ms) it must wait behind. */
  readonly ready: Promise<number | undefined>;
  /**
   * Asked again right before the send: BullMQ hands jobs fetched side by side to the worker in the
   * order the fetches finish, so an earlier message of the chat may have arrived after this one.
   */
  again(): Promise<number | undefined>;
  /** No other message of the chat was waiting: the person is "reading" rather than between parts. */
  readonly firstOfBurst: boolean;
  /** Sent, or given up: the next message of the chat may go. */
  done(): void;
  /** Put back until `at`: the chat's next messages wait behind it. */
  held(at: number): void;
}

interface InHand {
  seq: number;
  outcome: Promise<number | undefined>;
}

interface Lane {
  inHand: Set<InHand>;
  /** Jobs of this chat put back, by job id: their order and when they come back. */
  held: Map<string, { seq: number; at: number }>;
}

/** A held job that has not come back this long after its time went elsewhere (erased, another process). */
const STALE_HOLD_MS = 60_000;

export class ChatLanes {
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly now: () => number) {}

  /** `order`: when the message was queued (OutboundQueue's order key); a chat's messages go in this order. */
  enter(chat: string, jobId: string, order: number): LaneTurn {
    const lane = this.laneOf(chat);
    this.dropStaleHolds(lane);
    const back = lane.held.get(jobId);
    lane.held.delete(jobId);
    const seq = back?.seq ?? order;
    const ready = this.readyAfter(lane, seq);
    const firstOfBurst = lane.inHand.size === 0 && back === undefined;
    let settle: (value: number | undefined) => void = () => undefined;
    const mine: InHand = { seq, outcome: new Promise((resolve) => { settle = resolve; }) };
    lane.inHand.add(mine);
    const finish = (at: number | undefined): void => {
      if (!lane.inHand.delete(mine)) return;
      if (at !== undefined) lane.held.set(jobId, { seq, at });
      settle(at);
      this.release(chat, lane);
    };
    const again = (): Promise<number | undefined> => this.readyAfter(lane, seq);
    return { ready, again, firstOfBurst, done: () => finish(undefined), held: (at) => finish(at) };
  }

  /** Chats with messages in hand or put back (for tests and metrics). */
  get size(): number {
    return this.lanes.size;
  }

  /** Waits for the chat's earlier messages in hand; the latest time any earlier one is put back until. */
  private async readyAfter(lane: Lane, seq: number): Promise<number | undefined> {
    const heldTimes = [...lane.held.values()].filter((h) => h.seq < seq).map((h) => h.at);
    const earlier = [...lane.inHand].filter((t) => t.seq < seq).map((t) => t.outcome);
    const outcomes = await Promise.all(earlier);
    const times = [...heldTimes, ...outcomes.filter((at): at is number => at !== undefined)];
    return times.length === 0 ? undefined : Math.max(...times);
  }

  private laneOf(chat: string): Lane {
    let lane = this.lanes.get(chat);
    if (!lane) {
      lane = { inHand: new Set(), held: new Map() };
      this.lanes.set(chat, lane);
    }
    return lane;
  }

  private dropStaleHolds(lane: Lane): void {
    const cutoff = this.now() - STALE_HOLD_MS;
    for (const [id, hold] of lane.held) if (hold.at < cutoff) lane.held.delete(id);
  }

  private release(chat: string, lane: Lane): void {
    if (lane.inHand.size === 0 && lane.held.size === 0 && this.lanes.get(chat) === lane) this.lanes.delete(chat);
  }
}

/**
 * Runs async steps one at a time: the lowest `rank` first, then first come, first served. The
 * first message of a reply ranks before the further parts of other replies, so a person who just
 * wrote sees an answer begin before others' long answers finish.
 */
export class TokenLine {
  private readonly waiting: { rank: number; seq: number; start: () => void }[] = [];
  private busy = false;
  private seq = 0;

  async inLine(step: () => Promise<void>, rank = 0): Promise<void> {
    if (this.busy) await new Promise<void>((start) => this.enqueue({ rank, seq: (this.seq += 1), start }));
    this.busy = true;
    try {
      await step();
    } finally {
      this.next();
    }
  }

  private enqueue(waiter: { rank: number; seq: number; start: () => void }): void {
    const at = this.waiting.findIndex((w) => w.rank > waiter.rank || (w.rank === waiter.rank && w.seq > waiter.seq));
    this.waiting.splice(at < 0 ? this.waiting.length : at, 0, waiter);
  }

  private next(): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter.start();
    else this.busy = false;
  }
}
