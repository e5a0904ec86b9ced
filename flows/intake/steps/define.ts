// The intake's own `defineStep`: ids, answers and context fixed, so a step only declares its value
// and reason types. Shared parsers and wordings for the answer shapes many questions use: yes/no
// (with the question's own restating phrases, and 1/2 once the choices were numbered), lists
// (number, ordinal or name) and free text.

import { defineStep, type Parsed, type Step, type StepSpec } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import { isOnlyNumbers, pickNumbers, pickOne, type ChoiceOption } from '../../understand/choice.js';
import { readYesNo, type Restatements } from '../../understand/yes-no.js';
import { parseFreeText, type FreeTextReason } from '../../validators/name.js';
import type { Answers } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import type { FactKind } from '../facts.js';
import type { StepId } from '../ids.js';

/** Which facts of a message a question keeps for itself; 'all': none is taken as another answer. */
export type Absorbs = readonly FactKind[] | 'all';

export type IntakeStep = Step<StepId, Answers, IntakeContext> & { readonly absorbs: Absorbs };

type IntakeSpec<I extends StepId, V, R> = StepSpec<StepId, Answers, IntakeContext, V, R> & { id: I; absorbs?: Absorbs };

/** Keeps the literal id, so the step table can check that each key holds the step with that id. */
export function step<I extends StepId, V, R>(spec: IntakeSpec<I, V, R>): IntakeStep & { readonly id: I } {
  return { ...defineStep(spec), id: spec.id, absorbs: spec.absorbs ?? [] };
}

export function ok<V>(value: V): Parsed<V, never> {
  return { ok: true, value };
}

export function fail<R>(reason: R): Parsed<never, R> {
  return { ok: false, reason };
}

/** Wrong answers after which yes/no is offered as 1/2 (the rescue says so). */
export const NUMBERED_AFTER = 2;

/** A yes/no parser for a question with its own restating phrases ("sudah jalan", "beda"). */
export function yesNo(restate: Restatements = {}) {
  return (input: FlowInput, _a: Answers, ctx: IntakeContext): Parsed<boolean, 'not_yes_no'> => {
    const text = textOf(input);
    const numbered = ctx.attempts >= NUMBERED_AFTER ? pickNumbers(text, 2) : undefined;
    if (numbered?.length === 1) return ok(numbered[0] === 1);
    const answer = readYesNo(text, restate);
    return answer === undefined ? fail('not_yes_no') : ok(answer);
  };
}

export const parseYesNo = yesNo();

/** The re-prompt of every yes/no question: the reason, then the question again. */
export function askYesNoAgain(question: string, ctx: IntakeContext): string {
  return `${ctx.t('badYesNo')}\n${question}`;
}

/** The second way to ask a yes/no question: the same question with numbered answers. */
export function yesNoNumbered(question: string, ctx: IntakeContext): string {
  return `${question}\n${ctx.t('yesNoNumbered')}`;
}

/** One option of a list by its number, ordinal or words. */
export function choose<T>(text: string, values: readonly T[], options: readonly ChoiceOption[]): T | undefined {
  const n = pickOne(text, options);
  return n === undefined ? undefined : values[n - 1];
}

export { isOnlyNumbers };

export function freeText(input: FlowInput, min: number, max: number): Parsed<string, FreeTextReason> {
  return parseFreeText(textOf(input), { min, max });
}

/** A numbered list, one option a line. */
export function numbered<T>(items: readonly T[], line: (item: T, n: string) => string): string {
  return items.map((item, i) => line(item, String(i + 1))).join('\n');
}
