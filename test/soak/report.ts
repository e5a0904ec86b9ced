// What the soak prints: one figure per line. Deliveries and duplicates are counted at the end from
// every chat's whole outbox (GET /sim/outbox from 0), not from what the journeys happened to see.
import { percentile as nearestRank } from '../../flows/reports/stats.js';
import { readdirSync, readFileSync } from 'node:fs';
import type { Outcome } from './driver.js';
import type { FaultResult } from './faults.js';
import { readWholeOutbox, type ServiceAddress, type Tally } from './phone.js';

export interface Sweep {
  delivered: number;
  /** The same outbound id, the same text, or the same document, twice on one chat's screen. */
  duplicated: number;
  examples: { chat: string; what: string }[];
}

/** What one chat's screen shows twice: ids, texts, document names. */
export function repeatsOn(messages: { id?: string; text?: string; document?: { filename?: string } }[]): string[] {
  const seen = new Set<string>();
  const repeats: string[] = [];
  for (const m of messages) {
    const keys = [m.id && `id ${m.id}`, m.text && `text ${m.text}`, m.document?.filename && `document ${m.document.filename}`].filter((k): k is string => !!k);
    const repeated = keys.find((k) => seen.has(k));
    if (repeated) repeats.push(repeated.slice(0, 200));
    for (const k of keys) seen.add(k);
  }
  return repeats;
}

export async function sweep(service: ServiceAddress, chats: Iterable<string>, concurrency = 8): Promise<Sweep> {
  const result: Sweep = { delivered: 0, duplicated: 0, examples: [] };
  const queue = [...chats];
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let chat = queue.shift(); chat !== undefined; chat = queue.shift()) {
      const messages = await readWholeOutbox(service, chat);
      result.delivered += messages.length;
      const repeats = repeatsOn(messages);
      result.duplicated += repeats.length;
      for (const what of repeats.slice(0, 3)) if (result.examples.length < 20) result.examples.push({ chat, what });
    }
  }));
  return result;
}

/** Nearest rank, as Loket's reports compute it; NaN for none. */
export function percentile(values: number[], p: number): number {
  return nearestRank(values, p) ?? NaN;
}

/** The resident set of a process in MB, from /proc (undefined once it is gone). */
export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** CPU seconds a process has used so far (user + system), from /proc. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The media folder's files: sealed media, and partial `.tmp` files a failed write left behind. */
export function mediaFiles(dir: string): { sealed: number; partial: number } {
  try {
    const names = readdirSync(dir);
    return { sealed: names.filter((n) => n.endsWith('.sealed')).length, partial: names.filter((n) => n.endsWith('.tmp')).length };
  } catch {
    return { sealed: 0, partial: 0 };
  }
}

const mb = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? 'unknown' : `${value.toFixed(1)} MB`);

export interface Figures {
  tally: Tally;
  sweep: Sweep;
  lost: number;
  latencies: number[];
  rss: { start?: number; end?: number; restarts: number };
  redisBytes: { start: number; end: number };
  faults: FaultResult[];
  outcomes: Outcome[];
  neverAccepted: number;
  cpu: { serviceSeconds: number; driverSeconds: number; wallSeconds: number };
  media: { sealed: number; partial: number };
}

function faultLine(f: FaultResult): string {
  const head = `recovery ${f.fault} #${f.round}:`;
  if (f.note) return `${head} ${f.note}`;
  const total = Math.max(f.readyAfterMs ?? Infinity, f.replyAfterMs ?? Infinity);
  const parts = [`fault lasted ${f.lastedMs} ms`, `/readyz 200 after ${f.readyAfterMs ?? 'never'} ms`, `probe reply after ${f.replyAfterMs ?? 'never'} ms`];
  return `${head} ${Number.isFinite(total) ? `${total} ms` : 'NOT RECOVERED'} (${parts.join('; ')})`;
}

/** Where the stuck journeys stopped: `NIB PDF relayed x4, KLAIM x1`. */
function lostBySteps(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) if (o.result === 'lost') counts.set(o.step, (counts.get(o.step) ?? 0) + 1);
  return [...counts].map(([step, n]) => `${step} x${n}`).join(', ') || 'probes only';
}

export function lines(f: Figures): string[] {
  const refused = Object.entries(f.tally.refused).map(([status, n]) => `${status} x${n}`).join(', ') || 'none';
  const finished = f.outcomes.filter((o) => o.result === 'finished').length;
  return [
    `journeys: ${f.outcomes.length} started, ${finished} finished (greeting to NIB relayed and rated)`,
    `messages accepted: ${f.tally.accepted}`,
    `accepted again (a re-send whose first answer was lost, recognised as a duplicate): ${f.tally.acceptedAgain}`,
    `not accepted, sent again later: ${refused}`,
    `never accepted by the end: ${f.neverAccepted}`,
    `replies sent: ${f.sweep.delivered}`,
    `lost: ${f.lost}${f.lost > 0 ? ` (${lostBySteps(f.outcomes)})` : ''}`,
    `duplicated: ${f.sweep.duplicated}`,
    `reply latency p50: ${Math.round(percentile(f.latencies, 50))} ms`,
    `reply latency p99: ${Math.round(percentile(f.latencies, 99))} ms`,
    `service RSS start: ${mb(f.rss.start)}`,
    `service RSS end: ${mb(f.rss.end)}${f.rss.restarts > 0 ? ` (a process started after ${f.rss.restarts} kill(s))` : ''}`,
    `redis memory start: ${mb(f.redisBytes.start / 1024 / 1024)}`,
    `redis memory end: ${mb(f.redisBytes.end / 1024 / 1024)}`,
    `CPU: service ${f.cpu.serviceSeconds.toFixed(0)} s, soak driver ${f.cpu.driverSeconds.toFixed(0)} s, over ${f.cpu.wallSeconds.toFixed(0)} s`,
    `media folder at the end: ${f.media.sealed} sealed files, ${f.media.partial} partial .tmp files left by failed writes`,
    ...f.faults.map(faultLine),
  ];
}
