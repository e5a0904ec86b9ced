// Simulated applicants for fault tests: each chat sends its script in order, every message with a
// fixed id, to whichever service instance answers; a refused or cut-off request is sent again (same
// id) to the next instance, as a WhatsApp client would retry. Nothing here sleeps in place of a
// condition: the pause between attempts is the client's retry back-off.
import { SERVICE_SIM_HEADERS } from '../../support/service-process.js';
import type { SimMessage } from '../../support/app.js';

export const RETRY_PAUSE_MS = 50;

export interface Delivery {
  attempts: number;
  duplicate: boolean;
}

/** Sends one message until an instance answers 202; `urls()` is read at every attempt (instances come and go). */
export async function deliver(urls: () => readonly string[], body: Record<string, unknown>, deadlineMs = 60_000): Promise<Delivery> {
  const until = Date.now() + deadlineMs;
  for (let attempts = 1; ; attempts++) {
    const live = urls();
    const url = live[attempts % Math.max(1, live.length)];
    const answer = url ? await post(url, body) : undefined;
    if (answer) return { attempts, duplicate: answer.duplicate };
    if (Date.now() > until) throw new Error(`no instance accepted message ${String(body.id)}`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
  }
}

async function post(url: string, body: Record<string, unknown>): Promise<{ duplicate: boolean } | undefined> {
  try {
    const res = await fetch(`${url}/sim/inbound`, {
      method: 'POST', headers: { ...SERVICE_SIM_HEADERS, 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 202) return undefined;
    return (await res.json()) as { duplicate: boolean };
  } catch {
    return undefined; // connection refused or cut: the instance is stopping or gone
  }
}

/** Each chat sends `script` in order (the next message once the previous one is accepted). */
export async function runChats(urls: () => readonly string[], chats: readonly string[], script: readonly string[]): Promise<Delivery[]> {
  const all = await Promise.all(chats.map(async (chat) => {
    const done: Delivery[] = [];
    for (const [n, text] of script.entries()) done.push(await deliver(urls, { from: chat, id: `${chat}-${n}`, text }));
    return done;
  }));
  return all.flat();
}

/** Everything on a chat's simulated screen, in order. */
export async function screen(url: string, chat: string): Promise<string[]> {
  const res = await fetch(`${url}/sim/outbox?chat=${chat}&after=0`, { headers: SERVICE_SIM_HEADERS });
  const body = (await res.json()) as { messages: SimMessage[] };
  return body.messages.map((m) => m.text ?? '(media)');
}
