// What a test starts, it registers here; after each test everything is stopped, latest first.
import { afterEach } from 'vitest';

export type Cleanup = (fn: () => Promise<unknown>) => void;

/** Call at the top of a test file: returns `cleanup(fn)`, run after each test in reverse order. */
export function cleanupAfterEach(): Cleanup {
  const pending: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const fn of pending.splice(0).reverse()) await fn();
  });
  return (fn) => {
    pending.push(fn);
  };
}

/** Fresh synthetic applicant phones, one series per test file so files never share a chat: 62857<series><NNNN>. */
export function applicantPhones(series: string): () => string {
  let count = 0;
  return () => {
    count += 1;
    return `62857${series}${String(1000 + count).padStart(4, '0')}`;
  };
}
