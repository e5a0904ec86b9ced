// The outcome of every validator: either the normalised value, or a machine-readable reason that the
// conversation turns into a polite message from its catalogue (validators never produce user text).

export type Validation<T, R extends string> = { ok: true; value: T } | { ok: false; reason: R };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<R extends string>(reason: R): { ok: false; reason: R } {
  return { ok: false, reason };
}
