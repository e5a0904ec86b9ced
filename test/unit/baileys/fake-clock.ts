// A controllable clock: timers fire only when the test advances time.
import type { Clock, Timer } from '../../../bot/transport/baileys/clock.js';

interface Pending {
  at: number;
  delay: number;
  fn: () => void;
  cancelled: boolean;
}

export class FakeClock implements Clock {
  private t: number;
  private timers: Pending[] = [];

  constructor(start = Date.UTC(2025, 0, 6, 3, 0, 0)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  schedule(ms: number, fn: () => void): Timer {
    const timer: Pending = { at: this.t + ms, delay: ms, fn, cancelled: false };
    this.timers.push(timer);
    return { cancel: () => void (timer.cancelled = true) };
  }

  /** Delays of the timers still waiting, in scheduling order. */
  pendingDelays(): number[] {
    return this.timers.filter((x) => !x.cancelled).map((x) => x.delay);
  }

  /** Moves time forward, firing due timers in time order. */
  advance(ms: number): void {
    const until = this.t + ms;
    for (;;) {
      const due = this.timers.filter((x) => !x.cancelled && x.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.t = due.at;
      due.cancelled = true;
      due.fn();
    }
    this.t = until;
    this.timers = this.timers.filter((x) => !x.cancelled);
  }
}
