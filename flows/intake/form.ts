// Moving through the form: answering the consent question, a step, or the summary; going to the
// next position (and back to the summary after UBAH); going back one step (KEMBALI).

import { SUMMARY, type Target } from '../engine/step.js';
import type { FlowInput } from '../engine/types.js';
import { isNo, isYes } from '../validators/answers.js';
import { textOf, type IntakeContext } from './context.js';
import { buildDossier, missingStep } from './dossier.js';
import { FIRST_STEP, type Position, type StepId } from './ids.js';
import { currentPrompt, promptAt, unexpectedInput } from './prompts.js';
import type { Session } from './session.js';
import { STEPS } from './steps/index.js';
import { parseSummaryCommand, summaryItems } from './summary.js';
import { dropIntake, say, withEffect, type Turn } from './turn.js';

/** Wrong answers in a row after which BANTUAN is offered (and again after each further run). */
export const HELP_AFTER_ATTEMPTS = 3;

/** History without `target` and everything after it: going back to a question forgets the detour. */
function historyTo(s: Session, target: Position): Position[] {
  if (target === s.at) return s.history;
  const index = s.history.lastIndexOf(target);
  return index >= 0 ? s.history.slice(0, index) : [...s.history, s.at];
}

/** While editing from the summary, follow-ups run; any other question returns to the summary. */
function editTarget(s: Session, target: Target<StepId>): Position {
  if (s.editing === null || target === SUMMARY) return target;
  return STEPS[target].followUp || target === s.editing ? target : SUMMARY;
}

export function moveTo(s: Session, target: Target<StepId>, ctx: IntakeContext, notes: string[] = []): Turn {
  const at = editTarget(s, target);
  const next: Session = { ...s, at, history: historyTo(s, at), attempts: 0, editing: at === SUMMARY ? null : s.editing };
  return say(next, ...notes, promptAt(at, next, ctx));
}

function wrongAnswer(s: Session, reply: string, ctx: IntakeContext): Turn {
  const attempts = s.attempts + 1;
  const offerHelp = attempts % HELP_AFTER_ATTEMPTS === 0;
  return say({ ...s, attempts }, ...(offerHelp ? [reply, ctx.t('helpOffer')] : [reply]));
}

function answerStep(s: Session, id: StepId, input: FlowInput, ctx: IntakeContext): Turn {
  const step = STEPS[id];
  if (!step.expects.includes(input.kind)) return say(s, unexpectedInput(input, ctx), currentPrompt(s, ctx));
  const outcome = step.answer(input, s.answers, ctx);
  if (!outcome.ok) return wrongAnswer(s, outcome.reply, ctx);
  const notes = outcome.note === undefined ? [] : [outcome.note];
  return moveTo({ ...s, answers: outcome.answers }, outcome.next, ctx, notes);
}

export function startForm(s: Session, ctx: IntakeContext, ...notes: string[]): Turn {
  const fresh: Session = { ...s, mode: 'intake', at: FIRST_STEP, history: [], attempts: 0, editing: null, answers: {} };
  return say(fresh, ...notes, promptAt(FIRST_STEP, fresh, ctx));
}

function answerConsent(s: Session, input: FlowInput, ctx: IntakeContext): Turn {
  if (input.kind !== 'text') return say(s, unexpectedInput(input, ctx), ctx.t('consentAsk'));
  const text = textOf(input);
  if (isYes(text)) {
    const consent = { version: ctx.deps.settings.consentVersion, at: ctx.now };
    return startForm({ ...s, consent }, ctx, ctx.t('consentThanks'));
  }
  if (isNo(text)) return dropIntake(s, ctx.t('consentDeclined'));
  return wrongAnswer(s, ctx.t('consentAsk'), ctx);
}

function submit(s: Session, ctx: IntakeContext): Turn {
  const missing = missingStep(s.answers);
  const dossier = s.consent && buildDossier(s.answers, s.consent, ctx.deps, s.lang, ctx.now);
  if (!dossier) return moveTo({ ...s, editing: null }, missing ?? FIRST_STEP, ctx);
  const waiting: Session = { ...s, mode: 'submitting', pending: null, timer: null };
  return withEffect(say(waiting, ctx.t('submitting')), { type: 'submit_case', dossier });
}

function answerSummary(s: Session, input: FlowInput, ctx: IntakeContext): Turn {
  if (input.kind !== 'text') return say(s, unexpectedInput(input, ctx), currentPrompt(s, ctx));
  const command = parseSummaryCommand(textOf(input));
  const items = summaryItems(s.answers, ctx);
  if (command.kind === 'submit') return submit(s, ctx);
  const item = command.kind === 'edit' ? items[command.item - 1] : undefined;
  if (!item) return wrongAnswer(s, ctx.t('badSummary', { max: String(items.length) }), ctx);
  // KEMBALI from the edited question must lead back here, wherever that question sits in the history.
  const editing: Session = { ...s, at: item.edit, history: [...s.history, SUMMARY], attempts: 0, editing: item.edit };
  return say(editing, promptAt(item.edit, editing, ctx));
}

/** The applicant's answer to whatever the form is asking now. */
export function answer(s: Session, input: FlowInput, ctx: IntakeContext): Turn {
  if (s.at === 'consent') return answerConsent(s, input, ctx);
  if (s.at === 'summary') return answerSummary(s, input, ctx);
  return answerStep(s, s.at, input, ctx);
}

/** KEMBALI: the previous question, its answer kept until it is answered again. */
export function goBack(s: Session, ctx: IntakeContext): Turn {
  const previous = s.history.at(-1);
  if (previous === undefined) return say(s, ctx.t('backNothing'), currentPrompt(s, ctx));
  const editing = previous === SUMMARY ? null : s.editing;
  const back: Session = { ...s, at: previous, history: s.history.slice(0, -1), attempts: 0, editing };
  return say(back, promptAt(previous, back, ctx));
}
