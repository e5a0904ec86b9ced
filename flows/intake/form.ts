// Moving through the form: answering the consent question, a step, or the summary; going to the next
// question (past those an earlier message already answered, and back to the summary after UBAH);
// going back one step (KEMBALI). A wrong answer is never met with the same words three times: the
// first gets the reason, the second another way in (an example, numbered choices), the third offers a
// person, and the fourth calls one.

import { SUMMARY, type Target } from '../engine/step.js';
import type { FlowInput } from '../engine/types.js';
import { translator } from '../i18n/index.js';
import { maskPersonal } from '../understand/mask.js';
import { readYesNo } from '../understand/yes-no.js';
import { parseMobilePhone } from '../validators/phone.js';
import type { Answers } from './answers.js';
import { textOf, type IntakeContext } from './context.js';
import { buildDossier, missingStep } from './dossier.js';
import { factsNote, newFacts, splitForStep, takeFacts } from './fill.js';
import { FIRST_STEP, STEP_IDS, type Position, type StepId } from './ids.js';
import { currentPrompt, promptAt, unexpectedInput } from './prompts.js';
import type { Session } from './session.js';
import { STEPS } from './steps/index.js';
import { parseSummaryCommand, summaryItems } from './summary.js';
import { dropIntake, say, withEffect, type Turn } from './turn.js';

/** Wrong answers in a row after which a person is called without being asked. */
export const CALL_PERSON_AFTER = 4;

/** How long a help request stays open: failed answers go to the helper meanwhile. */
export const HELP_OPEN_MS = 24 * 3600_000;

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

/** Past questions an earlier message already answered ("nama saya Umi, usaha jahit" skips both). */
function skipAnswered(s: Session, target: Position, ctx: IntakeContext): Position {
  let at = target;
  for (let hops = 0; hops < STEP_IDS.length && at !== SUMMARY && at !== 'consent' && at !== s.editing && STEPS[at].answered(s.answers); hops++) {
    at = editTarget(s, STEPS[at].next(s.answers, ctx));
  }
  return at;
}

export function moveTo(s: Session, target: Target<StepId>, ctx: IntakeContext, notes: readonly (string | undefined)[] = []): Turn {
  const reached = skipAnswered(s, editTarget(s, target), ctx);
  // A change can take away an answer the summary needs (a new KTP address, another village): ask for it first.
  const at = reached === SUMMARY ? (missingStep(s.answers) ?? SUMMARY) : reached;
  const next: Session = { ...s, at, history: historyTo(s, at), attempts: 0, editing: at === SUMMARY ? null : s.editing };
  return say(next, ...present(notes), ...promptAt(at, next, ctx));
}

function present(lines: readonly (string | undefined)[]): string[] {
  return lines.filter((line): line is string => line !== undefined && line !== '');
}

export function helpIsOpen(s: Session, now: number): boolean {
  return s.help !== null && now - s.help.at < HELP_OPEN_MS;
}

/** The question an operator sees in a help request: the first line of what the applicant was asked. */
function questionForStaff(s: Session, ctx: IntakeContext): string {
  const staff: IntakeContext = { ...ctx, t: translator('id'), lang: 'id' };
  const first = (promptAt(s.at, s, staff)[0] ?? '').split('\n')[0] ?? '';
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}

/**
 * PETUGAS, or a fourth wrong answer: the desk is asked to help; the host answers with help_requested.
 * After submission the applicant's latest case tells the host whom to ask (its holder, its desk).
 */
export function requestHelp(s: Session, reason: 'asked' | 'stuck', ctx: IntakeContext, notes: readonly (string | undefined)[] = []): Turn {
  if (helpIsOpen(s, ctx.now)) return say(s, ...present(notes), ctx.t('helpAlreadyOpen', { ref: s.help?.ref ?? '' }));
  const villageCode = s.answers.villageCode ?? s.answers.homeVillageCode;
  const caseId = s.mode === 'intake' ? undefined : s.cases.at(-1);
  const question = s.mode === 'intake' ? questionForStaff(s, ctx) : ctx.t('helpQuestionNone');
  return withEffect(say(s, ...present(notes)), {
    type: 'request_help', reason, question, recent: s.recent.map(maskPersonal), ...(villageCode ? { villageCode } : {}), ...(caseId ? { caseId } : {}),
  });
}

/**
 * While a person is helping, what the form cannot use goes to them too; the first time it still
 * gets its reason (a typo in a NIK deserves the hint). Nothing is passed on before consent.
 */
function forwardToHelper(s: Session, reply: string, ctx: IntakeContext, notes: readonly (string | undefined)[]): Turn {
  const ref = s.help?.ref ?? '';
  const lines = [...present(notes), ...(s.attempts === 1 ? [reply] : []), ctx.t('helpForwarded', { ref })];
  return withEffect(say(s, ...lines), { type: 'forward_help', ref, input: ctx.input });
}

function rescueAt(s: Session, ctx: IntakeContext): string {
  if (s.at === 'consent') return ctx.t('consentRescue');
  if (s.at === SUMMARY) return ctx.t('summaryRescue', { max: String(summaryItems(s.answers, ctx).length) });
  return STEPS[s.at].rescue(s.answers, { ...ctx, attempts: s.attempts + 1 });
}

/** The reason first, then another way in, then a person offered, then a person called. */
export function wrongAnswer(s: Session, reply: string, ctx: IntakeContext, notes: readonly (string | undefined)[] = []): Turn {
  const attempts = s.attempts + 1;
  const next: Session = { ...s, attempts };
  if (helpIsOpen(s, ctx.now) && s.consent !== null) return forwardToHelper(next, reply, ctx, notes);
  if (attempts >= CALL_PERSON_AFTER) return requestHelp(next, 'stuck', ctx, notes);
  if (attempts === 1) return say(next, ...present(notes), reply);
  if (attempts === 2) return say(next, ...present(notes), rescueAt(s, ctx));
  return say(next, ...present(notes), ctx.t('offerPerson'), ...currentPrompt(s, ctx));
}

function answerStep(s: Session, id: StepId, input: FlowInput, ctx: IntakeContext): Turn {
  const step = STEPS[id];
  if (input.kind === 'sticker') return say(s, ctx.t('mediaSticker'), ...currentPrompt(s, ctx));
  if (!step.expects.includes(input.kind)) return wrongAnswer(s, `${unexpectedInput(input, ctx, step.expects.includes('image'))}\n\n${currentPrompt(s, ctx).join('\n\n')}`, ctx);
  const split = input.kind === 'text' ? splitForStep(textOf(input), step.absorbs, ctx) : { text: '', foreign: [] };
  const answers = takeFacts(s.answers, split.foreign, ctx);
  const noted = factsNote(newFacts(s.answers, split.foreign), answers, ctx);
  const informed: Session = { ...s, answers };
  // Only answers to other questions: noted, and this one asked again (counted, so it cannot loop).
  if (split.foreign.length > 0 && split.text.trim() === '') {
    return step.answered(answers) ? moveTo(informed, id, ctx, [noted]) : wrongAnswer(informed, currentPrompt(informed, ctx).join('\n\n'), ctx, [noted]);
  }
  const stepInput: FlowInput = split.foreign.length > 0 ? { ...input, text: split.text } : input;
  const outcome = step.answer(stepInput, answers, { ...ctx, input: stepInput, attempts: s.attempts });
  if (!outcome.ok) return wrongAnswer(informed, outcome.reply, ctx, [noted]);
  return moveTo({ ...informed, answers: outcome.answers }, outcome.next, ctx, [noted, outcome.note]);
}

/** The number this chat comes from, the default for the OSS account (absent for @lid senders). */
function chatPhoneAnswers(input: FlowInput): Answers {
  const parsed = input.senderPhone === undefined ? undefined : parseMobilePhone(input.senderPhone);
  return parsed?.ok ? { chatPhone: parsed.value, phone: parsed.value } : {};
}

export function startForm(s: Session, ctx: IntakeContext, ...notes: string[]): Turn {
  const fresh: Session = { ...s, mode: 'intake', at: FIRST_STEP, history: [], attempts: 0, editing: null, answers: chatPhoneAnswers(ctx.input), help: null };
  return say(fresh, ...notes, ...promptAt(FIRST_STEP, fresh, ctx));
}

const CONSENT_SAYS = {
  yes: ['setuju', 'saya setuju', 'i agree', 'agree', 'lanjut', 'lanjutkan', 'boleh', 'monggo', 'silakan', 'siap', 'gas'],
  no: ['tidak setuju', 'tidak mau', 'gak jadi', 'ga jadi', 'nggak jadi', 'tidak jadi', 'batal', 'disagree', 'i do not agree'],
} as const;

function answerConsent(s: Session, input: FlowInput, ctx: IntakeContext): Turn {
  if (input.kind === 'sticker') return say(s, ctx.t('mediaSticker'), ctx.t('consentAsk'));
  if (input.kind !== 'text') return wrongAnswer(s, `${unexpectedInput(input, ctx)}\n${ctx.t('consentAsk')}`, ctx);
  const answer = readYesNo(textOf(input), CONSENT_SAYS);
  if (answer === true) {
    const consent = { version: ctx.deps.settings.consentVersion, at: ctx.now };
    return startForm({ ...s, consent }, ctx, ctx.t('consentThanks'));
  }
  if (answer === false) return dropIntake(s, ctx.t('consentDeclined'));
  return wrongAnswer(s, ctx.t('consentAsk'), ctx);
}

function submit(s: Session, ctx: IntakeContext): Turn {
  const missing = missingStep(s.answers);
  const dossier = s.consent && buildDossier(s.answers, s.consent, ctx.deps, s.lang, ctx.now);
  if (!dossier) return moveTo({ ...s, editing: null }, missing ?? FIRST_STEP, ctx);
  const waiting: Session = { ...s, mode: 'submitting', pending: null, timer: null };
  return withEffect(say(waiting, ctx.t('submitting')), { type: 'submit_case', dossier });
}

function editFromSummary(s: Session, edit: StepId, ctx: IntakeContext): Turn {
  // KEMBALI from the edited question must lead back here, wherever that question sits in the history.
  const editing: Session = { ...s, at: edit, history: [...s.history, SUMMARY], attempts: 0, editing: edit };
  return say(editing, ...promptAt(edit, editing, ctx));
}

function answerSummary(s: Session, input: FlowInput, ctx: IntakeContext): Turn {
  if (input.kind !== 'text') return wrongAnswer(s, `${unexpectedInput(input, ctx)}\n${ctx.t('badSummary', { max: String(summaryItems(s.answers, ctx).length) })}`, ctx);
  const items = summaryItems(s.answers, ctx);
  const command = parseSummaryCommand(textOf(input), items);
  switch (command.kind) {
    case 'submit': return submit(s, ctx);
    case 'edit': return editFromSummary(s, command.edit, ctx);
    case 'add_activity': return editFromSummary(s, 'activity_more', ctx);
    case 'which': return say({ ...s, attempts: 0 }, ctx.t('summaryWhich', { max: String(items.length) }));
    case 'unknown': return wrongAnswer(s, ctx.t('badSummary', { max: String(items.length) }), ctx);
  }
}

/** The applicant's answer to whatever the form is asking now. */
export function answer(s: Session, input: FlowInput, ctx: IntakeContext): Turn {
  if (s.at === 'consent') return answerConsent(s, input, ctx);
  if (s.at === SUMMARY) return answerSummary(s, input, ctx);
  return answerStep(s, s.at, input, ctx);
}

/** KEMBALI: the previous question, its answer kept until it is answered again. */
export function goBack(s: Session, ctx: IntakeContext): Turn {
  const previous = s.history.at(-1);
  if (previous === undefined) return say(s, ctx.t('backNothing'), ...currentPrompt(s, ctx));
  const editing = previous === SUMMARY ? null : s.editing;
  const back: Session = { ...s, at: previous, history: s.history.slice(0, -1), attempts: 0, editing };
  return say(back, ...promptAt(previous, back, ctx));
}
