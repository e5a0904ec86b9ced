// Time and randomness are injected so that backoff, lease renewal and the replay window can be
// tested with a controllable clock instead of sleeps.

export interface Timer {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Runs `fn` once after `ms`; the returned timer can be cancelled. */
  schedule(ms: number, fn: () => void): Timer;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  schedule: (ms, fn) => {
    const handle = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};

/** A number in [0, 1). */
export type RandomSource = () => number;
