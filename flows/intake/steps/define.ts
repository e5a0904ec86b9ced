// The intake's own `defineStep`: ids, answers and context fixed, so a step only declares its value
// and reason types. Shared parsers for the answer shapes many questions use.

import { defineStep, type Parsed, type Step, type StepSpec } from '../../engine/step.js';
import type { FlowInput } from '../../engine/types.js';
import { parseFreeText, type FreeTextReason } from '../../validators/name.js';
import { isNo, isYes } from '../../validators/answers.js';
import { words } from '../../validators/text.js';
import type { Answers } from '../answers.js';
import { textOf, type IntakeContext } from '../context.js';
import type { StepId } from '../ids.js';

export type IntakeStep = Step<StepId, Answers, IntakeContext>;

/** Keeps the literal id, so the step table can check that each key holds the step with that id. */
export function step<I extends StepId, V, R>(spec: StepSpec<StepId, Answers, IntakeContext, V, R> & { id: I }): IntakeStep & { readonly id: I } {
  return { ...defineStep(spec), id: spec.id };
}

export function ok<V>(value: V): Parsed<V, never> {
  return { ok: true, value };
}

export function fail<R>(reason: R): Parsed<never, R> {
  return { ok: false, reason };
}

export function parseYesNo(input: FlowInput): Parsed<boolean, 'not_yes_no'> {
  const text = textOf(input);
  if (isYes(text)) return ok(true);
  return isNo(text) ? ok(false) : fail('not_yes_no');
}

/** The re-prompt of every yes/no question: the reason, then the question again. */
export function askYesNoAgain(question: string, ctx: IntakeContext): string {
  return `${ctx.t('badYesNo')}\n${question}`;
}

/** "2", "no. 2", "nomor 2", "pilih 2": one option number between 1 and max. */
export function parseChoice(text: string, max: number): number | undefined {
  const picked = parseChoices(text, max);
  return picked?.length === 1 ? picked[0] : undefined;
}

const CHOICE_FILLERS = new Set(['no', 'nomor', 'nomer', 'pilih', 'pilihan', 'yang', 'dan', 'and', 'sama', 'number', 'option']);

/** "1", "1,3", "1 dan 2", "1 & 3": distinct option numbers, all within 1..max; undefined otherwise. */
export function parseChoices(text: string, max: number): number[] | undefined {
  const tokens = words(text.replace(/[&+/]/g, ' ')).filter((word) => !CHOICE_FILLERS.has(word));
  if (tokens.length === 0 || !tokens.every((token) => /^\d{1,2}$/.test(token))) return undefined;
  const numbers = [...new Set(tokens.map(Number))];
  return numbers.every((n) => n >= 1 && n <= max) ? numbers : undefined;
}

/** True when the text is only option numbers (in range or not): "7" at a 3-option list. */
export function looksLikeChoice(text: string): boolean {
  const tokens = words(text).filter((word) => !CHOICE_FILLERS.has(word));
  return tokens.length > 0 && tokens.every((token) => /^\d+$/.test(token));
}

export function freeText(input: FlowInput, min: number, max: number): Parsed<string, FreeTextReason> {
  return parseFreeText(textOf(input), { min, max });
}

/** A numbered list, one option a line. */
export function numbered<T>(items: readonly T[], line: (item: T, n: string) => string): string {
  return items.map((item, i) => line(item, String(i + 1))).join('\n');
}
