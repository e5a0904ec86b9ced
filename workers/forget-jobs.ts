// Erasure inside BullMQ: job data is sealed, so which jobs concern a person is known only by
// opening them. Erasure is rare and queues are kept short by their removeOn* settings, so the
// queue is read page by page rather than indexed by person.
import type { Job, JobType, Queue } from 'bullmq';

/**
 * Every state a job can rest in, pending before done so that a job finishing during the scan is
 * still met. `active` is left out: its worker holds the lock, and a done job is met as `completed`.
 */
const RESTING: JobType[] = ['waiting', 'prioritized', 'delayed', 'waiting-children', 'completed', 'failed'];
const PAGE = 500;

async function idsOfConcern<D>(queue: Queue<D>, state: JobType, concerns: (job: Job<D>) => boolean): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; ; start += PAGE) {
    const jobs = (await queue.getJobs([state], start, start + PAGE - 1, true)) as (Job<D> | undefined)[];
    for (const job of jobs) if (job?.id !== undefined && concerns(job)) ids.push(job.id);
    if (jobs.length < PAGE) return ids;
  }
}

/** Removes each resting job for which `concerns` holds; returns how many were removed. */
export async function forgetJobs<D>(queue: Queue<D>, concerns: (job: Job<D>) => boolean): Promise<number> {
  const ids = new Set<string>();
  for (const state of RESTING) for (const id of await idsOfConcern(queue, state, concerns)) ids.add(id);
  // A job that became active meanwhile is locked: remove() refuses it and its worker finishes it.
  const removed = await Promise.all([...ids].map((id) => queue.remove(id)));
  return removed.filter((n) => n === 1).length;
}
