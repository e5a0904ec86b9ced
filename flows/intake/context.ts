// What every step function receives besides the answers: the words (in the session's language),
// the clock, the host's dependencies and the message being answered.

import type { FlowInput, Lang } from '../engine/types.js';
import type { Translate } from '../i18n/index.js';
import type { FlowDeps } from './deps.js';

export interface IntakeContext {
  readonly t: Translate;
  readonly lang: Lang;
  readonly now: number;
  readonly deps: FlowDeps;
  /** The message being handled; an empty text input for timers and host triggers. */
  readonly input: FlowInput;
  /** Wrong answers in a row to the question being answered (numbered choices are offered after two). */
  readonly attempts: number;
}

export function textOf(input: FlowInput): string {
  return input.text?.trim() ?? '';
}
