// The applicant conversation as one pure function: a trigger in, the next session, replies and
// effects out. Global commands and confirmations are handled here; the questions live in the step
// table (steps/), moving through them in form.ts.

import { parseGlobalCommand, saysWord, type GlobalCommand } from '../engine/commands.js';
import type { CaseStatusView, FlowInput, Lang, ResumeResult, Trigger } from '../engine/types.js';
import { render, translator } from '../i18n/index.js';
import { isYes } from '../validators/answers.js';
import { textOf, type IntakeContext } from './context.js';
import type { FlowDeps } from './deps.js';
import { answer, goBack, startForm } from './form.js';
import { describeInstant, nextContactWhen } from './hours.js';
import { currentPrompt, helpAt, opening } from './prompts.js';
import { newSession, type Session } from './session.js';
import { renderStatus } from './status.js';
import { dropIntake, say, withEffect, type Turn } from './turn.js';

export const INACTIVITY_TIMER = 'inactivity';

const NO_INPUT: FlowInput = { kind: 'text', text: '' };

function contextFor(deps: FlowDeps, lang: Lang, now: number, input: FlowInput = NO_INPUT): IntakeContext {
  return { t: translator(lang), lang, now, deps, input };
}

function toResult(turn: Turn): ResumeResult<Session> {
  return { session: turn.session, replies: turn.replies.map((text) => ({ text })), effects: turn.effects };
}

/** Never throws: an unexpected failure keeps the session as it was and apologises. */
export function resume(deps: FlowDeps, session: Session | undefined, trigger: Trigger, now: number): ResumeResult<Session> {
  try {
    return toResult(dispatch(deps, session, trigger, now));
  } catch {
    return { session: session ?? null, replies: [{ text: render(session?.lang ?? 'id', 'internalError') }], effects: [] };
  }
}

function dispatch(deps: FlowDeps, session: Session | undefined, trigger: Trigger, now: number): Turn {
  switch (trigger.type) {
    case 'message':
      return armInactivity(onMessage(deps, session, trigger.input, now), deps, now);
    case 'timer':
      return onTimer(deps, session, trigger.name, trigger.token, now);
    case 'case_created':
      return onCaseCreated(deps, session ?? newSession(now), trigger.caseId, now);
    case 'status_report':
      return onStatusReport(deps, session, trigger.cases, now);
  }
}

// ---- messages ----------------------------------------------------------------------------------

function onMessage(deps: FlowDeps, session: Session | undefined, input: FlowInput, now: number): Turn {
  const s = session ?? newSession(now);
  const ctx = contextFor(deps, s.lang, now, input);
  const text = input.kind === 'text' ? textOf(input) : '';
  const confirmed = s.pending && input.kind === 'text' ? onPending(s, text, ctx) : undefined;
  if (confirmed) return confirmed;
  const open: Session = { ...s, pending: null };
  const command = input.kind === 'text' ? parseGlobalCommand(text) : undefined;
  if (command) return onCommand(open, command, ctx, session === undefined);
  if (session === undefined) return say(open, opening(ctx));
  if (open.mode === 'intake') return answer(open, input, ctx);
  if (open.mode === 'submitting') return say(open, ctx.t('submitting'));
  return showMenu(open, ctx);
}

/** Every message in an open intake restarts the inactivity clock; the token makes older timers stale. */
function armInactivity(turn: Turn, deps: FlowDeps, now: number): Turn {
  const s = turn.session;
  if (!s || s.mode !== 'intake') return turn;
  const token = String(now);
  const armed: Turn = { ...turn, session: { ...s, timer: { token, phase: 'reminder' }, lastActivity: now } };
  return withEffect(armed, { type: 'set_timer', name: INACTIVITY_TIMER, token, at: now + deps.settings.reminderAfterMs });
}

const CONTINUE_WORDS = ['lanjut', 'lanjutkan', 'continue', 'terus'];

/** The answer to the menu or to a yes/no confirmation; undefined lets the message be handled normally. */
function onPending(s: Session, text: string, ctx: IntakeContext): Turn | undefined {
  const open: Session = { ...s, pending: null };
  if (s.pending === 'menu') return onMenuChoice(open, text, ctx);
  if (isYes(text)) return s.pending === 'erase' ? erase(ctx) : dropIntake(open, ctx.t('cancelDone'));
  if (parseGlobalCommand(text)) return undefined;
  return say(open, ctx.t(s.pending === 'erase' ? 'eraseKept' : 'cancelKept'), currentPrompt(open, ctx));
}

const MENU_COMMANDS: readonly (GlobalCommand | 'start')[] = ['start', 'status', 'help', 'language', 'erase'];

function onMenuChoice(s: Session, text: string, ctx: IntakeContext): Turn | undefined {
  if (saysWord(text, CONTINUE_WORDS)) return say(s, currentPrompt(s, ctx));
  const choice = /^\s*(\d)\s*\.?\s*$/.exec(text)?.[1];
  if (choice === undefined) return undefined;
  const action = MENU_COMMANDS[Number(choice) - 1];
  if (action === undefined) return say({ ...s, pending: 'menu' }, ctx.t('menuUnknown'));
  return action === 'start' ? startOrContinue(s, ctx) : onCommand(s, action, ctx, false);
}

/** Menu 1: carry on with the intake in progress, or begin a new one (consent asked again if its text changed). */
function startOrContinue(s: Session, ctx: IntakeContext): Turn {
  if (s.mode === 'intake') return say(s, s.at === 'consent' ? opening(ctx) : currentPrompt(s, ctx));
  if (s.mode === 'submitting') return say(s, ctx.t('submitting'));
  if (s.consent?.version === ctx.deps.settings.consentVersion) return startForm(s, ctx);
  return say({ ...s, mode: 'intake', at: 'consent', history: [], answers: {}, consent: null }, opening(ctx));
}

function showMenu(s: Session, ctx: IntakeContext): Turn {
  const inProgress = s.mode === 'intake' && s.at !== 'consent';
  return say({ ...s, pending: 'menu' }, ctx.t('menu', { first: ctx.t(inProgress ? 'menuFirstContinue' : 'menuFirstNew') }));
}

function onCommand(s: Session, command: GlobalCommand, ctx: IntakeContext, fresh: boolean): Turn {
  switch (command) {
    case 'menu':
      return showMenu(s, ctx);
    case 'help':
      return say(s, helpAt(s, ctx), fresh ? opening(ctx) : currentPrompt(s, ctx));
    case 'back':
      return s.mode === 'intake' && s.at !== 'consent' ? goBack(s, ctx) : say(s, currentPrompt(s, ctx));
    case 'cancel':
      return onCancel(s, ctx);
    case 'status':
      return withEffect(say(fresh ? null : s, ctx.t('statusLooking')), { type: 'lookup_status' });
    case 'language':
      return switchLanguage(s, ctx, fresh);
    case 'erase':
      return say({ ...s, pending: 'erase' }, ctx.t('eraseConfirm'));
  }
}

function onCancel(s: Session, ctx: IntakeContext): Turn {
  if (s.mode !== 'intake') return say(s, ctx.t('cancelNothing'), currentPrompt(s, ctx));
  if (s.at === 'consent') return dropIntake(s, ctx.t('cancelDone'));
  return say({ ...s, pending: 'cancel' }, ctx.t('cancelConfirm'));
}

function switchLanguage(s: Session, ctx: IntakeContext, fresh: boolean): Turn {
  const lang: Lang = s.lang === 'id' ? 'en' : 'id';
  const switched: Session = { ...s, lang };
  const next = contextFor(ctx.deps, lang, ctx.now, ctx.input);
  const question = fresh || (s.mode === 'intake' && s.at === 'consent') ? opening(next) : currentPrompt(switched, next);
  return say(switched, next.t('languageSwitched'), question);
}

function erase(ctx: IntakeContext): Turn {
  return withEffect(say(null, ctx.t('eraseDone')), { type: 'erase_applicant_data' });
}

// ---- host triggers -------------------------------------------------------------------------------

function onTimer(deps: FlowDeps, s: Session | undefined, name: string, token: string, now: number): Turn {
  if (!s || name !== INACTIVITY_TIMER || s.mode !== 'intake' || s.timer?.token !== token) return say(s ?? null);
  const ctx = contextFor(deps, s.lang, now);
  if (s.timer.phase === 'expiry') return dropIntake(s, ctx.t('expired'));
  const deadline = s.lastActivity + deps.settings.expireAfterMs;
  const expiryToken = `${s.lastActivity}:expiry`;
  const waiting: Session = { ...s, timer: { token: expiryToken, phase: 'expiry' } };
  const reminder = ctx.t('reminder', { deadline: describeInstant(deadline, deps.settings.officeHours.timeZone, ctx) });
  return withEffect(say(waiting, reminder, currentPrompt(s, ctx)), { type: 'set_timer', name: INACTIVITY_TIMER, token: expiryToken, at: deadline });
}

function onCaseCreated(deps: FlowDeps, s: Session, caseId: string, now: number): Turn {
  const ctx = contextFor(deps, s.lang, now);
  const cases = s.cases.includes(caseId) ? s.cases : [...s.cases, caseId];
  const idle: Session = { ...s, mode: 'idle', at: 'consent', history: [], attempts: 0, editing: null, pending: null, answers: {}, cases, timer: null };
  return say(idle, ctx.t('caseCreated', { caseId, when: nextContactWhen(deps.settings.officeHours, now, ctx) }));
}

function onStatusReport(deps: FlowDeps, s: Session | undefined, cases: CaseStatusView[], now: number): Turn {
  const ctx = contextFor(deps, s?.lang ?? 'id', now);
  const report = renderStatus(cases, ctx);
  const inForm = s !== undefined && s.mode === 'intake' && s.at !== 'consent';
  return inForm ? say(s, report, currentPrompt(s, ctx)) : say(s ?? null, report);
}
