// A step is one question of a form, declared as data (goflow wait + router, grammY form field):
// what it asks, which inputs it accepts, how an answer is parsed into a value or a reason, how
// each reason is re-asked, how the value is stored, and where the conversation goes next.
// `defineStep` checks one step's value and reason types, then erases them so a table of
// heterogeneous steps can live in one record.

import type { FlowInput, InputKind } from './types.js';

/** Where a step leads: another step, or the summary that ends the form. */
export const SUMMARY = 'summary';
export type Target<Id extends string> = Id | typeof SUMMARY;

export type Parsed<V, R> = { ok: true; value: V } | { ok: false; reason: R };

export interface StepSpec<Id extends string, A, C, V, R> {
  id: Id;
  /** Input kinds this step can use; anything else gets a kind "not this, please" reply. Default: text. */
  expects?: readonly InputKind[];
  /**
   * A follow-up belongs to the question before it (a confirmation, a pick from a list). When one field
   * is edited from the summary, follow-ups still run; the first ordinary step returns to the summary.
   */
  followUp?: boolean;
  prompt: (answers: A, ctx: C) => string;
  help: (answers: A, ctx: C) => string;
  parse: (input: FlowInput, answers: A, ctx: C) => Parsed<V, R>;
  reprompt: (reason: R, answers: A, ctx: C) => string;
  store: (answers: A, value: V, ctx: C) => A;
  next: (answers: A, ctx: C) => Target<Id>;
  /** An acknowledgement sent after a valid answer is stored (e.g. the amount as it was read). */
  note?: (answers: A, value: V, ctx: C) => string | undefined;
  /** Asked after a second wrong answer: another way in (a worked example, the choices numbered). */
  rescue?: (answers: A, ctx: C) => string;
  /** True when an earlier message already answered this question, so the form moves past it. */
  answered?: (answers: A) => boolean;
}

export type StepOutcome<Id extends string, A> =
  | { ok: true; answers: A; next: Target<Id>; note: string | undefined }
  | { ok: false; reply: string };

/** A step with its value and reason types erased: what the runner works with. */
export interface Step<Id extends string, A, C> {
  id: Id;
  expects: readonly InputKind[];
  followUp: boolean;
  prompt: (answers: A, ctx: C) => string;
  help: (answers: A, ctx: C) => string;
  answer: (input: FlowInput, answers: A, ctx: C) => StepOutcome<Id, A>;
  rescue: (answers: A, ctx: C) => string;
  answered: (answers: A) => boolean;
  next: (answers: A, ctx: C) => Target<Id>;
}

const TEXT_ONLY: readonly InputKind[] = ['text'];

export function defineStep<Id extends string, A, C, V, R>(spec: StepSpec<Id, A, C, V, R>): Step<Id, A, C> {
  return {
    id: spec.id,
    expects: spec.expects ?? TEXT_ONLY,
    followUp: spec.followUp ?? false,
    prompt: spec.prompt,
    help: spec.help,
    rescue: spec.rescue ?? spec.prompt,
    answered: spec.answered ?? (() => false),
    next: spec.next,
    answer(input, answers, ctx) {
      const parsed = spec.parse(input, answers, ctx);
      if (!parsed.ok) return { ok: false, reply: spec.reprompt(parsed.reason, answers, ctx) };
      const stored = spec.store(answers, parsed.value, ctx);
      return { ok: true, answers: stored, next: spec.next(stored, ctx), note: spec.note?.(stored, parsed.value, ctx) };
    },
  };
}

/** A step table: every id maps to the step that carries it. */
export type StepTable<Id extends string, A, C> = { readonly [K in Id]: Step<Id, A, C> & { readonly id: K } };
