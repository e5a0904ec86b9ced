// A simulated phone on the simulator's public HTTP API. Like a real phone, it sends each message
// with a fixed id until the service takes it: a 503 (Redis away), a 5xx, a 429 or a refused
// connection (a service restarting) means "not accepted, send again later"; only 200/202 counts.
// Its screen is one long-poll on GET /sim/outbox that keeps every message with the time it arrived.
import { setTimeout as sleep } from 'node:timers/promises';

/** Where the service currently listens: a restarted service process has a new port. */
export interface ServiceAddress {
  url: string;
  headers: Record<string, string>;
}

export interface Tally {
  accepted: number;
  /** 202 with `duplicate: true`: a re-send of a message already accepted (its first answer was lost). */
  acceptedAgain: number;
  /** Answers that were not "accepted", by status (`network` for a refused or reset connection). */
  refused: Record<string, number>;
}

export function newTally(): Tally {
  return { accepted: 0, acceptedAgain: 0, refused: {} };
}

export interface Accepted {
  id: string;
  firstTriedAt: number;
  acceptedAt: number;
}

export class UnexpectedAnswerError extends Error {
  constructor(status: number, body: string) {
    super(`POST /sim/inbound answered ${status}: ${body.slice(0, 300)}`);
    this.name = 'UnexpectedAnswerError';
  }
}

const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 4000;
const RETRIABLE = (status: number): boolean => status === 429 || status >= 500;

interface Answer { status: number | 'network'; duplicate?: boolean; text?: string; retryAfterMs?: number }

async function postOnce(service: ServiceAddress, body: Record<string, unknown>): Promise<Answer> {
  try {
    const res = await fetch(`${service.url}/sim/inbound`, {
      method: 'POST', headers: { ...service.headers, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status === 200 || res.status === 202) return { status: res.status, duplicate: (JSON.parse(text) as { duplicate?: boolean }).duplicate === true };
    const retryAfter = Number(res.headers.get('retry-after') ?? NaN);
    return { status: res.status, text, ...(retryAfter >= 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
  } catch {
    return { status: 'network' };
  }
}

/**
 * Sends until accepted (or `until` passes: then undefined, "never accepted"), waiting longer after
 * each refusal up to `maxWaitMs`, or as long as a Retry-After asks (a phone backs off and listens; a
 * recovery probe, given a small `maxWaitMs`, does neither).
 */
export async function deliver(service: ServiceAddress, body: Record<string, unknown> & { id: string }, tally: Tally, until: number, maxWaitMs = RETRY_MAX_MS): Promise<Accepted | undefined> {
  const patient = maxWaitMs >= RETRY_MAX_MS;
  const firstTriedAt = Date.now();
  for (let wait = RETRY_FIRST_MS; Date.now() < until; wait = Math.min(wait * 2, maxWaitMs)) {
    const answer = await postOnce(service, body);
    if (answer.status === 200 || answer.status === 202) {
      if (answer.duplicate) tally.acceptedAgain++;
      else tally.accepted++;
      return { id: body.id, firstTriedAt, acceptedAt: Date.now() };
    }
    tally.refused[answer.status] = (tally.refused[answer.status] ?? 0) + 1;
    if (answer.status !== 'network' && !RETRIABLE(answer.status)) throw new UnexpectedAnswerError(answer.status, answer.text ?? '');
    await sleep(patient ? Math.max(wait, answer.retryAfterMs ?? 0) : wait);
  }
  return undefined;
}

export interface Seen {
  seq: number;
  id?: string;
  text?: string;
  document?: { filename?: string };
  image?: { caption?: string; base64?: string };
  at: number;
}

interface Waiter {
  from: number;
  match: (m: Seen) => boolean;
  resolve: (m: Seen | undefined) => void;
}

/** One chat's screen: everything the service delivered to it, in order, and waits on it. */
export class Screen {
  readonly messages: Seen[] = [];
  private after = 0;
  private waiters: Waiter[] = [];
  private running = false;
  private stopped: Promise<void> = Promise.resolve();

  constructor(private readonly service: ServiceAddress, readonly chat: string) {}

  open(): void {
    if (this.running) return;
    this.running = true;
    this.stopped = this.poll();
  }

  async close(): Promise<void> {
    this.running = false;
    for (const w of this.waiters.splice(0)) w.resolve(undefined);
    await this.stopped;
  }

  /** The first message from index `from` on that matches, as soon as it arrives; undefined if closed first. */
  waitFor(from: number, match: (m: Seen) => boolean): Promise<Seen | undefined> {
    const found = this.messages.slice(from).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ from, match, resolve }));
  }

  private async poll(): Promise<void> {
    while (this.running) {
      const got = await readOutbox(this.service, this.chat, this.after, 20_000);
      if (got === undefined) {
        await sleep(300);
        continue;
      }
      const at = Date.now();
      for (const m of got) this.take({ ...m, at });
    }
  }

  private take(message: Seen): void {
    this.messages.push(message);
    this.after = Math.max(this.after, message.seq);
    const index = this.messages.length - 1;
    this.waiters = this.waiters.filter((w) => {
      if (index < w.from || !w.match(message)) return true;
      w.resolve(message);
      return false;
    });
  }
}

/** One page of a chat's outbox after `after` (long-polling up to `waitMs`), or undefined on any failure. */
export async function readOutbox(service: ServiceAddress, chat: string, after: number, waitMs = 0): Promise<Omit<Seen, 'at'>[] | undefined> {
  try {
    const res = await fetch(`${service.url}/sim/outbox?chat=${encodeURIComponent(chat)}&after=${after}&wait=${waitMs}`, { headers: service.headers });
    if (!res.ok) return undefined;
    return ((await res.json()) as { messages: Omit<Seen, 'at'>[] }).messages;
  } catch {
    return undefined;
  }
}

/** A chat's whole outbox from the start, page by page (for the final count of deliveries). */
export async function readWholeOutbox(service: ServiceAddress, chat: string): Promise<Omit<Seen, 'at'>[]> {
  const all: Omit<Seen, 'at'>[] = [];
  for (let after = 0, tries = 0; ;) {
    const page = await readOutbox(service, chat, after);
    if (page === undefined) {
      if (++tries > 20) throw new Error(`the outbox of a chat could not be read after ${tries} tries`);
      await sleep(500);
      continue;
    }
    if (page.length === 0) return all;
    all.push(...page);
    after = page.at(-1)?.seq ?? after;
  }
}
