// Runs journeys: each step sends (after a think time, until accepted) and waits for what must come
// back, on the applicant's own screen or on the screen of the operator of their village. A step
// whose message was accepted but whose reply (or effect) never arrives by the hard end is "lost".
import { setTimeout as sleep } from 'node:timers/promises';
import { JOURNEY, type Journey, type Step } from './journeys.js';
import { deliver, Screen, UnexpectedAnswerError, type Seen, type ServiceAddress, type Tally } from './phone.js';

export interface DriverContext {
  service: ServiceAddress;
  tally: Tally;
  /** Names this run's message ids. */
  runId: string;
  operators: Map<string, Screen>;
  /** Every chat the soak talked to, for the final count of deliveries and duplicates. */
  chats: Set<string>;
  latencies: number[];
  /** Probe messages accepted whose reply never came (counted as lost with the journeys'). */
  probesLost: number;
  /** Nothing is awaited past this moment; what has not arrived by then never did. */
  hardEnd: number;
  ended: Promise<undefined>;
  think(): number;
}

export type Outcome =
  | { index: number; result: 'finished' }
  | { index: number; result: 'lost' | 'never accepted' | 'refused'; step: string; lastSeen: string[]; detail?: string };

function lastTexts(screen: Screen): string[] {
  return screen.messages.slice(-3).map((m) => (m.text ?? (m.document ? `[document ${m.document.filename ?? ''}]` : '[media]')).slice(0, 160));
}

interface StepRun {
  screen: Screen;
  from: number;
  acceptedAt?: number;
}

async function sendStep(ctx: DriverContext, j: Journey, step: Step, k: number, screen: Screen): Promise<StepRun | 'never accepted'> {
  await sleep(ctx.think());
  const from = screen.messages.length;
  const phone = step.actor === 'applicant' ? j.applicant : j.operator;
  const accepted = await deliver(ctx.service, { ...step.send!(j), from: phone, id: `${ctx.runId}-${j.index}-${k}` }, ctx.tally, ctx.hardEnd);
  return accepted ? { screen, from, acceptedAt: accepted.acceptedAt } : 'never accepted';
}

/** One journey, greeting to rating; resolves with how far it got. */
export async function runJourney(ctx: DriverContext, j: Journey): Promise<Outcome> {
  const own = new Screen(ctx.service, j.applicant);
  const operator = ctx.operators.get(j.operator);
  if (!operator) throw new Error(`no screen for operator ${j.operator}`);
  ctx.chats.add(j.applicant);
  own.open();
  // Waits with nothing sent look from the journey's start: a case notice may come before the operator looks.
  const marks = { applicant: 0, operator: operator.messages.length };
  try {
    for (const [k, step] of JOURNEY.entries()) {
      const screen = step.actor === 'applicant' ? own : operator;
      let run: StepRun | 'never accepted' = { screen, from: marks[step.actor] };
      if (step.send) {
        try {
          run = await sendStep(ctx, j, step, k, screen);
        } catch (err) {
          if (!(err instanceof UnexpectedAnswerError)) throw err;
          return { index: j.index, result: 'refused', step: step.name, lastSeen: lastTexts(own), detail: err.message };
        }
        if (run === 'never accepted') return { index: j.index, result: 'never accepted', step: step.name, lastSeen: lastTexts(own) };
      }
      const seen: Seen | undefined = await Promise.race([screen.waitFor(run.from, step.expect(j)), ctx.ended]);
      if (!seen) return { index: j.index, result: 'lost', step: step.name, lastSeen: lastTexts(screen) };
      if (run.acceptedAt !== undefined) ctx.latencies.push(seen.at - run.acceptedAt);
      step.capture?.(j, seen);
    }
    return { index: j.index, result: 'finished' };
  } finally {
    await own.close();
  }
}

/** The probe measures the service's recovery, not a phone's patience: it sends again every 100–200 ms. */
const PROBE_RETRY_MS = 200;

/**
 * A fresh phone that sends one message from now on (again later while refused) and waits for any
 * reply: resolves with when it was accepted and when the reply arrived (each undefined if never, by the hard end).
 */
export async function probe(ctx: DriverContext, phone: string, body: Record<string, unknown>): Promise<{ acceptedAt?: number; replyAt?: number }> {
  const screen = new Screen(ctx.service, phone);
  ctx.chats.add(phone);
  screen.open();
  try {
    const accepted = await deliver(ctx.service, { ...body, from: phone, id: `${ctx.runId}-probe-${phone}` }, ctx.tally, ctx.hardEnd, PROBE_RETRY_MS);
    if (!accepted) return {};
    const reply = await Promise.race([screen.waitFor(0, () => true), ctx.ended]);
    return { acceptedAt: accepted.acceptedAt, ...(reply ? { replyAt: reply.at } : {}) };
  } finally {
    await screen.close();
  }
}
