// Plays the corpus against a running Loket, all dialogues at once in lockstep rounds: each round every
// person still talking sends one message (an opening, an aside, or the answer to the question their
// session stands at), then the service settles. A person whose answer is refused four times in a row
// at the same question gives up, as real people do. What each person went through is measured:
// messages sent, re-prompts per question, where they stopped.
import { CONFIRMATIONS, type Dialogue, type Say, type Topic } from './dialogue.js';

/** What the runner needs of the service: send as a phone, wait for quiet, read where a chat stands. */
export interface CorpusDriver {
  send(phone: string, say: Say): Promise<void>;
  settle(): Promise<void>;
  /** The chat's session as stored: its mode, position, wrong answers in a row, and case ids. */
  position(phone: string): Promise<Position | undefined>;
  /** Moves the service's clock forward (and lets due reminders fire). */
  advanceDays(days: number): Promise<void>;
  /** The submitted dossier of a case, when the driver can read it. */
  dossier?(caseId: string): Promise<Record<string, unknown> | undefined>;
}

export interface Position {
  mode: 'intake' | 'submitting' | 'idle';
  at: string;
  attempts: number;
  cases: string[];
  /** The reference of a help request the bot raised, if any. */
  help?: string;
}

export interface DialogueResult {
  id: string;
  completed: boolean;
  messages: number;
  reprompts: Partial<Record<string, number>>;
  reached: string[];
  stuckAt?: string;
  problem?: string;
  caseId?: string;
}

/** Wrong answers in a row at one question after which the person stops trying. */
export const GIVE_UP_AFTER = 4;
/** Answers to one question, right or wrong, after which a person who is getting nowhere stops. */
const MAX_ANSWERS_PER_QUESTION = 8;
const MAX_ROUNDS = 80;

interface Plan {
  state: State;
  say: Say;
  topic?: string;
  pauseDays?: number;
  before?: Position;
}

class State {
  readonly opening: Say[];
  readonly used = new Map<string, number>();
  readonly asidesSent = new Map<string, number>();
  readonly pausesDone = new Set<string>();
  readonly result: DialogueResult;
  failsInARow = 0;
  done = false;

  constructor(readonly dialogue: Dialogue, readonly phone: string) {
    this.opening = [...(dialogue.opening ?? ['halo'])];
    this.result = { id: dialogue.id, completed: false, messages: 0, reprompts: {}, reached: [] };
  }

  stop(problem: string, stuckAt?: string): void {
    this.done = true;
    this.result.problem = problem;
    if (stuckAt) this.result.stuckAt = stuckAt;
  }

  /** The next answer to a question: the list in order, then the last one again; defaults for confirmations. */
  answerTo(topic: string): Say | undefined {
    const answers = this.dialogue.answers[topic as Topic];
    const n = this.used.get(topic) ?? 0;
    this.used.set(topic, n + 1);
    if (answers && answers.length > 0) return answers[Math.min(n, answers.length - 1)];
    if (topic === 'summary') return 'kirim';
    return CONFIRMATIONS.has(topic as Topic) ? (this.dialogue.yes ?? 'ya') : undefined;
  }
}

function isDone(state: State, position: Position | undefined): boolean {
  if (position?.mode !== 'idle' || position.cases.length === 0) return false;
  state.done = true;
  state.result.completed = true;
  state.result.caseId = position.cases.at(-1);
  return true;
}

function plan(state: State, position: Position | undefined): Plan | undefined {
  const opening = state.opening.shift();
  if (opening !== undefined) return { state, say: opening };
  if (position === undefined) return state.stop('the conversation ended without a case'), undefined;
  if (position.mode === 'submitting') return undefined;
  if (position.mode === 'idle') return state.stop('back at the menu without a case'), undefined;
  const topic = position.at;
  if (!state.result.reached.includes(topic)) state.result.reached.push(topic);
  const sent = state.asidesSent.get(topic) ?? 0;
  const aside = state.dialogue.asides?.[topic as Topic]?.[sent];
  if (aside !== undefined) {
    state.asidesSent.set(topic, sent + 1);
    return { state, say: aside };
  }
  const pause = state.pausesDone.has(topic) ? undefined : state.dialogue.pauses?.[topic as Topic];
  if (pause !== undefined) state.pausesDone.add(topic);
  if ((state.used.get(topic) ?? 0) >= MAX_ANSWERS_PER_QUESTION) return state.stop('no progress', topic), undefined;
  const say = state.answerTo(topic);
  if (say === undefined) return state.stop(`no answer written for "${topic}"`, topic), undefined;
  return { state, say, topic, before: position, ...(pause !== undefined ? { pauseDays: pause } : {}) };
}

/**
 * After an answer: a re-prompt when the question is the same and the wrong answers in a row grew. A
 * person called in because the applicant was stuck ends the dialogue: the bot did not manage alone.
 */
function judge(planned: Plan, after: Position | undefined): void {
  const { state, topic, before } = planned;
  if (topic === undefined || before === undefined) return;
  const handedOver = after?.help !== undefined && after.help !== before.help;
  const refused = after?.mode === 'intake' && after.at === topic && (after.attempts > before.attempts || handedOver);
  if (refused && handedOver) {
    state.result.reprompts[topic] = (state.result.reprompts[topic] ?? 0) + 1;
    return state.stop('handed to a person after repeated refusals', topic);
  }
  if (!refused) {
    state.failsInARow = 0;
    return;
  }
  state.result.reprompts[topic] = (state.result.reprompts[topic] ?? 0) + 1;
  state.failsInARow += 1;
  if (state.failsInARow >= GIVE_UP_AFTER) state.stop(`gave up after ${GIVE_UP_AFTER} refused answers`, topic);
}

/** Plays every dialogue; phones are numbered from `firstPhone`. */
export async function runCorpus(dialogues: readonly Dialogue[], driver: CorpusDriver, firstPhone = 6281299000000): Promise<DialogueResult[]> {
  const states = dialogues.map((d, i) => new State(d, String(firstPhone + i)));
  for (let round = 0; round < MAX_ROUNDS && states.some((s) => !s.done); round++) {
    const plans: Plan[] = [];
    for (const state of states.filter((s) => !s.done)) {
      const position = await driver.position(state.phone);
      if (isDone(state, position)) continue;
      const next = plan(state, position);
      if (next) plans.push(next);
    }
    const pause = Math.max(0, ...plans.map((p) => p.pauseDays ?? 0));
    if (pause > 0) await driver.advanceDays(pause);
    await Promise.all(plans.map(async (p) => {
      p.state.result.messages += 1;
      await driver.send(p.state.phone, p.say);
    }));
    await driver.settle();
    for (const p of plans) judge(p, await driver.position(p.state.phone));
  }
  for (const state of states.filter((s) => !s.done)) state.stop(`still talking after ${MAX_ROUNDS} rounds`);
  return states.map((s) => s.result);
}

// ---- figures ---------------------------------------------------------------------------------------

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0;
}

export interface Figures {
  dialogues: number;
  completed: number;
  completionRate: number;
  medianMessages: number;
  p90Messages: number;
  reprompts: number;
  /** Per question, in the order first reached: how many reached it, re-prompts there, and gave up there. */
  funnel: { topic: string; reached: number; reprompts: number; stuck: number }[];
}

export function figures(results: readonly DialogueResult[]): Figures {
  const completed = results.filter((r) => r.completed);
  const messages = completed.map((r) => r.messages);
  const topics: string[] = [];
  for (const r of results) for (const t of r.reached) if (!topics.includes(t)) topics.push(t);
  const funnel = topics.map((topic) => ({
    topic,
    reached: results.filter((r) => r.reached.includes(topic)).length,
    reprompts: results.reduce((n, r) => n + (r.reprompts[topic] ?? 0), 0),
    stuck: results.filter((r) => r.stuckAt === topic).length,
  }));
  return {
    dialogues: results.length,
    completed: completed.length,
    completionRate: results.length === 0 ? 0 : completed.length / results.length,
    medianMessages: percentile(messages, 50),
    p90Messages: percentile(messages, 90),
    reprompts: funnel.reduce((n, f) => n + f.reprompts, 0),
    funnel,
  };
}

export function formatFigures(f: Figures): string {
  const lines = [
    `dialogues: ${f.dialogues}`,
    `completed: ${f.completed} (${(f.completionRate * 100).toFixed(1)}%)`,
    `applicant messages (completed): median ${f.medianMessages}, p90 ${f.p90Messages}`,
    `re-prompts: ${f.reprompts}`,
    'funnel: question  reached  re-prompts  gave-up',
    ...f.funnel.map((row) => `  ${row.topic.padEnd(18)} ${String(row.reached).padStart(4)} ${String(row.reprompts).padStart(8)} ${String(row.stuck).padStart(8)}`),
  ];
  return lines.join('\n');
}
