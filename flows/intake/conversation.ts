// The applicant conversation as one pure function: a trigger in, the next session, replies and
// effects out. Global commands (including a person, a complaint, a language) and confirmations are
// handled here; the questions live in the step table (steps/), moving through them in form.ts; after
// submission a message goes to the case's operator rather than to a menu.

import { parseGlobalCommand, type GlobalCommand } from '../engine/commands.js';
import type { CaseStatusView, FlowInput, ForwardOutcome, Lang, ResumeResult, StoredCaseView, Trigger } from '../engine/types.js';
import { renderDataCopy } from './data-copy.js';
import { render, translator } from '../i18n/index.js';
import { pickOne, type ChoiceOption } from '../understand/choice.js';
import { asksToComplain, asksToWait, isPleasantry } from '../understand/intents.js';
import { detectLanguage, languageRequest } from '../understand/language.js';
import { readYesNo } from '../understand/yes-no.js';
import { words } from '../validators/text.js';
import { textOf, type IntakeContext } from './context.js';
import type { FlowDeps } from './deps.js';
import { answer, goBack, requestHelp, startForm } from './form.js';
import { describeInstant, nextContactWhen } from './hours.js';
import { currentPrompt, helpAt, opening, receivedNote } from './prompts.js';
import { RECENT_KEPT, newSession, type Session } from './session.js';
import { renderStatus } from './status.js';
import { dropIntake, say, withEffect, type Turn } from './turn.js';

export const INACTIVITY_TIMER = 'inactivity';

const NO_INPUT: FlowInput = { kind: 'text', text: '' };

/** The longest piece of one message kept for a help request. */
const RECENT_MAX_CHARS = 200;

/**
 * The longest text the engine reads. Longer than any answer, address or complaint, and short enough
 * that reading it stays in milliseconds: the readers are not linear, and a 64 KB paste (WhatsApp
 * allows it) would hold the process for minutes.
 */
export const MAX_MESSAGE_CHARS = 1000;

function contextFor(deps: FlowDeps, lang: Lang, now: number, input: FlowInput = NO_INPUT): IntakeContext {
  return { t: translator(lang), lang, now, deps, input, attempts: 0 };
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
    case 'help_requested':
      return onHelpRequested(deps, session, trigger.ref, now);
    case 'complaint_filed':
      return resumeWith(deps, session, now, (ctx) => ctx.t('complaintFiled', { ref: trigger.ref }));
    case 'case_forwarded':
      return onCaseForwarded(deps, session, trigger.caseId, trigger.outcome, now);
    case 'staff_message':
      return resumeWith(deps, session, now, (ctx) => ctx.t('staffMessage', { name: trigger.name, text: trigger.text, ref: trigger.ref }));
    case 'data_export':
      return onDataExport(deps, session, trigger.cases, now);
  }
}

// ---- messages ----------------------------------------------------------------------------------

/** Before consent, the applicant's own words choose the language (unless they already chose one). */
function guessLanguage(s: Session, input: FlowInput): Session {
  if (s.langChosen || s.consent !== null || input.kind !== 'text') return s;
  const detected = detectLanguage(textOf(input));
  return detected === undefined || detected === s.lang ? s : { ...s, lang: detected };
}

/** The last few messages, for a person asked to help; nothing is kept before consent. */
function remember(s: Session, input: FlowInput): Session {
  if (s.consent === null) return s;
  const said = input.kind === 'text' ? textOf(input).slice(0, RECENT_MAX_CHARS) : `[${input.kind}]`;
  return said === '' ? s : { ...s, recent: [...s.recent, said].slice(-RECENT_KEPT) };
}

/** A text too long to read is answered, not read: nothing of it is kept, the question stands. */
function tooLong(deps: FlowDeps, session: Session | undefined, input: FlowInput, now: number): Turn | undefined {
  if ((input.text ?? '').length <= MAX_MESSAGE_CHARS) return undefined;
  const s = session ?? newSession(now);
  const ctx = contextFor(deps, s.lang, now);
  const question = session === undefined ? opening(ctx) : s.mode === 'intake' ? currentPrompt(s, ctx) : [];
  return say(s, ctx.t('messageTooLong', { max: String(MAX_MESSAGE_CHARS) }), ...question);
}

function onMessage(deps: FlowDeps, session: Session | undefined, input: FlowInput, now: number): Turn {
  const refused = tooLong(deps, session, input, now);
  if (refused) return refused;
  const s = remember(guessLanguage(session ?? newSession(now), input), input);
  const ctx = contextFor(deps, s.lang, now, input);
  const text = input.kind === 'text' ? textOf(input) : '';
  const confirmed = s.pending && input.kind === 'text' ? onPending(s, text, ctx) : undefined;
  if (confirmed) return confirmed;
  const open: Session = { ...s, pending: null };
  const command = input.kind === 'text' ? parseGlobalCommand(text) : undefined;
  if (command) return onCommand(open, command, ctx, session === undefined);
  // A voice note first (elderly applicants often start so) is named before the welcome.
  if (session === undefined) return say(open, ...(isUnreadable(input) ? [receivedNote(input, ctx)] : []), ...opening(ctx));
  if (open.mode === 'intake' && asksToWait(text)) return say(open, ctx.t('waitOk'));
  if (open.mode === 'intake') return answer(open, input, ctx);
  if (open.mode === 'submitting') return say(open, ctx.t('submitting'));
  return onIdle(open, input, ctx);
}

/** Every message in an open intake restarts the inactivity clock; the token makes older timers stale. */
function armInactivity(turn: Turn, deps: FlowDeps, now: number): Turn {
  const s = turn.session;
  if (!s || s.mode !== 'intake') return turn;
  const token = String(now);
  const armed: Turn = { ...turn, session: { ...s, timer: { token, phase: 'reminder' }, lastActivity: now } };
  return withEffect(armed, { type: 'set_timer', name: INACTIVITY_TIMER, token, at: now + deps.settings.reminderAfterMs });
}

/** The answer to the menu, a yes/no confirmation or the complaint asked for; undefined: handle normally. */
function onPending(s: Session, text: string, ctx: IntakeContext): Turn | undefined {
  const open: Session = { ...s, pending: null };
  if (s.pending === 'menu') return onMenuChoice(open, text, ctx);
  if (s.pending === 'complaint') return onComplaintText(open, text, ctx);
  if (s.pending === 'announcements') return onAnnouncementsAnswer(open, text, ctx);
  const verdict = readYesNo(text);
  if (verdict === true) return s.pending === 'erase' ? erase(ctx) : dropIntake(open, ctx.t('cancelDone'));
  if (verdict === undefined && parseGlobalCommand(text)) return undefined;
  return say(open, ctx.t(s.pending === 'erase' ? 'eraseKept' : 'cancelKept'), ...currentPrompt(open, ctx));
}

type MenuAction = 'start' | 'status' | 'help' | 'person' | 'complaint' | 'language' | 'erase';
const MENU: readonly MenuAction[] = ['start', 'status', 'help', 'person', 'complaint', 'language', 'erase'];
const MENU_WORDS: Readonly<Record<MenuAction, readonly string[]>> = {
  start: ['daftar', 'lanjut', 'lanjutkan', 'continue', 'register', 'nib baru', 'mulai', 'terus'],
  status: ['status', 'cek status'],
  help: ['bantuan', 'help'],
  person: ['petugas', 'person'],
  complaint: ['aduan', 'complaint'],
  language: ['bahasa', 'language', 'english'],
  erase: ['hapus', 'hapus data', 'erase'],
};
const MENU_OPTIONS: readonly ChoiceOption[] = MENU.map((action) => ({ names: MENU_WORDS[action] }));

function onMenuChoice(s: Session, text: string, ctx: IntakeContext): Turn | undefined {
  const picked = pickOne(text, MENU_OPTIONS);
  const action = picked === undefined ? undefined : MENU[picked - 1];
  if (action === undefined) return /^\s*\d+\s*$/.test(text) ? say({ ...s, pending: 'menu' }, ctx.t('menuUnknown')) : undefined;
  if (action === 'start') return startOrContinue(s, ctx);
  if (action === 'complaint') return askComplaint(s, ctx);
  return onCommand(s, action, ctx, false);
}

/** Menu 1: carry on with the intake in progress, or begin a new one (consent asked again if its text changed). */
function startOrContinue(s: Session, ctx: IntakeContext): Turn {
  if (s.mode === 'intake') return say(s, ...(s.at === 'consent' ? opening(ctx) : currentPrompt(s, ctx)));
  if (s.mode === 'submitting') return say(s, ctx.t('submitting'));
  if (s.consent?.version === ctx.deps.settings.consentVersion) return startForm(s, ctx);
  return say({ ...s, mode: 'intake', at: 'consent', history: [], answers: {}, consent: null }, ...opening(ctx));
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
      return say(s, helpAt(s, ctx), ...(fresh ? opening(ctx) : currentPrompt(s, ctx)));
    case 'back':
      return s.mode === 'intake' && s.at !== 'consent' ? goBack(s, ctx) : say(s, ...currentPrompt(s, ctx));
    case 'cancel':
      return onCancel(s, ctx);
    case 'status':
      return withEffect(say(fresh ? null : s, ctx.t('statusLooking')), { type: 'lookup_status' });
    case 'language':
      return switchLanguage(s, ctx, fresh);
    case 'erase':
      return say({ ...s, pending: 'erase' }, ctx.t('eraseConfirm'));
    case 'my_data':
      return withEffect(say(fresh ? null : s, ctx.t('dataCopyLooking')), { type: 'export_applicant_data' });
    case 'person':
      return requestHelp(s, 'asked', ctx);
    case 'complaint':
      return onComplaint(s, ctx);
    case 'stop_announcements':
      return stopAnnouncements(s, ctx, fresh);
  }
}

function onCancel(s: Session, ctx: IntakeContext): Turn {
  if (s.mode !== 'intake') return say(s, ctx.t('cancelNothing'), ...currentPrompt(s, ctx));
  if (s.at === 'consent') return dropIntake(s, ctx.t('cancelDone'));
  return say({ ...s, pending: 'cancel' }, ctx.t('cancelConfirm'));
}

/** "BAHASA" switches; "in English" / "bahasa Indonesia" chooses. Either way no more guessing. */
function switchLanguage(s: Session, ctx: IntakeContext, fresh: boolean): Turn {
  const asked = languageRequest(textOf(ctx.input));
  const lang: Lang = asked === 'en' || asked === 'id' ? asked : s.lang === 'id' ? 'en' : 'id';
  const switched: Session = { ...s, lang, langChosen: true };
  const next = contextFor(ctx.deps, lang, ctx.now, ctx.input);
  const question = fresh || (s.mode === 'intake' && s.at === 'consent') ? opening(next) : currentPrompt(switched, next);
  return say(switched, next.t('languageSwitched'), ...question);
}

function erase(ctx: IntakeContext): Turn {
  return withEffect(say(null, ctx.t('eraseDone')), { type: 'erase_applicant_data' });
}

// ---- announcements (SIARAN) -----------------------------------------------------------------------

/** Recorded in the session (so it is asked once) and, through the effect, where SIARAN finds it. */
function answerAnnouncements(s: Session | null, agreed: boolean, ctx: IntakeContext, ...replies: string[]): Turn {
  const answered = s && { ...s, announcements: agreed ? 'agreed' as const : 'declined' as const };
  return withEffect(say(answered, ...replies), { type: 'set_announcements', agreed, lang: ctx.lang });
}

/**
 * Yes or no to the question after KIRIM; anything else (thanks included: "makasih" is no agreement to
 * be written to) is read as if the question had not been asked.
 */
function onAnnouncementsAnswer(s: Session, text: string, ctx: IntakeContext): Turn | undefined {
  const agreed = isPleasantry(text) ? undefined : readYesNo(text);
  if (agreed === undefined) return undefined;
  return answerAnnouncements(s, agreed, ctx, ctx.t(agreed ? 'apAnnouncementsYes' : 'apAnnouncementsNo'));
}

/** BERHENTI / STOP at any point: no more announcements; an intake in progress carries on. */
function stopAnnouncements(s: Session, ctx: IntakeContext, fresh: boolean): Turn {
  const inForm = s.mode === 'intake' && s.at !== 'consent';
  return answerAnnouncements(fresh ? null : s, false, ctx, ctx.t('apAnnouncementsStopped'), ...(inForm ? currentPrompt(s, ctx) : []));
}

// ---- complaints ----------------------------------------------------------------------------------

function onComplaint(s: Session, ctx: IntakeContext): Turn {
  const inline = asksToComplain(textOf(ctx.input));
  return inline?.text ? fileComplaint(s, inline.text) : askComplaint(s, ctx);
}

/** The complaint asked for; "batal"/"tidak jadi" backs out, and a short answer to the form was not one. */
function onComplaintText(s: Session, text: string, ctx: IntakeContext): Turn | undefined {
  if (readYesNo(text, NOT_NOW) === false) return say(s, ctx.t('complaintDropped'), ...currentPrompt(s, ctx));
  if (parseGlobalCommand(text) || words(text).length < MIN_COMPLAINT_WORDS) return undefined;
  return fileComplaint(s, text);
}

const NOT_NOW = { no: ['batal', 'tidak jadi', 'gak jadi', 'ga jadi', 'nggak jadi', 'ndak jadi', 'cancel', 'never mind', 'tidak', 'gak', 'ora sido', 'mboten sios'] } as const;

/** Fewer words than this is an answer to the form, typed past the complaint question. */
const MIN_COMPLAINT_WORDS = 3;

function askComplaint(s: Session, ctx: IntakeContext): Turn {
  return say({ ...s, pending: 'complaint' }, ctx.t('complaintAsk'));
}

function fileComplaint(s: Session, text: string): Turn {
  const caseId = s.cases.at(-1);
  return withEffect(say(s), { type: 'file_complaint', text, ...(caseId ? { caseId } : {}) });
}

// ---- after submission ----------------------------------------------------------------------------

/** A message with nothing Loket can pass on or use: a voice note, a video, media it did not keep. */
function isUnreadable(input: FlowInput): boolean {
  const kept = input.media !== undefined && 'ref' in input.media;
  return input.kind !== 'text' && input.kind !== 'sticker' && !kept && (input.text ?? '').trim() === '';
}

const GREETINGS = new Set(['halo', 'hallo', 'hai', 'hi', 'hello', 'assalamualaikum', 'permisi', 'pagi', 'siang', 'sore', 'malam', 'selamat', 'min', 'kak', 'mas', 'mbak', 'pak', 'bu', 'sugeng', 'enjing', 'dalu', 'p', 'ping', 'tes', 'test']);

function isGreeting(text: string): boolean {
  const tokens = words(text);
  return tokens.length > 0 && tokens.length <= 4 && tokens.every((t) => GREETINGS.has(t));
}

/** Nothing in progress: thanks are answered, a greeting shows the menu, anything else goes to the case's operator. */
function onIdle(s: Session, input: FlowInput, ctx: IntakeContext): Turn {
  const text = input.kind === 'text' ? textOf(input) : '';
  const caseId = s.cases.at(-1);
  if (input.kind === 'sticker' || (input.kind === 'text' && isPleasantry(text))) return say(s, ctx.t('youAreWelcome'));
  if (caseId === undefined || (input.kind === 'text' && isGreeting(text))) return showMenu(s, ctx);
  // A voice note or a video reaches nobody: the applicant is asked to type it.
  if (isUnreadable(input)) return say(s, receivedNote(input, ctx));
  return withEffect(say(s), { type: 'forward_to_case', caseId, input });
}

const FORWARD_REPLIES = { sent: 'caseMessageSent', waiting: 'caseMessageWaiting', media_waiting: 'caseMediaWaiting', closed: 'caseMessageClosed' } as const;

function onCaseForwarded(deps: FlowDeps, s: Session | undefined, caseId: string, outcome: ForwardOutcome, now: number): Turn {
  const session = s ?? newSession(now);
  const ctx = contextFor(deps, session.lang, now);
  const reply = ctx.t(FORWARD_REPLIES[outcome], { caseId });
  if (outcome !== 'closed') return say(s ?? null, reply);
  return say({ ...session, pending: 'menu' }, reply, ctx.t('menu', { first: ctx.t('menuFirstNew') }));
}

// ---- host triggers -------------------------------------------------------------------------------

/** A message from the host or an operator, then the question the applicant was at (resume where it was). */
function resumeWith(deps: FlowDeps, s: Session | undefined, now: number, message: (ctx: IntakeContext) => string): Turn {
  const ctx = contextFor(deps, s?.lang ?? 'id', now);
  if (s === undefined || s.mode !== 'intake') return say(s ?? null, message(ctx));
  // Before consent the opening is still owed: what Loket is, and the question of consent.
  return say(s, message(ctx), ...(s.at === 'consent' && s.consent === null ? opening(ctx) : currentPrompt(s, ctx)));
}

function onHelpRequested(deps: FlowDeps, s: Session | undefined, ref: string, now: number): Turn {
  const helped: Session | undefined = s && { ...s, help: { ref, at: now }, attempts: 0 };
  const when = nextContactWhen(deps.settings.officeHours, now, { t: translator(s?.lang ?? 'id') });
  return resumeWith(deps, helped, now, (ctx) => ctx.t('helpRequested', { ref, when }));
}

function onTimer(deps: FlowDeps, s: Session | undefined, name: string, token: string, now: number): Turn {
  if (!s || name !== INACTIVITY_TIMER || s.mode !== 'intake' || s.timer?.token !== token) return say(s ?? null);
  const ctx = contextFor(deps, s.lang, now);
  if (s.timer.phase === 'expiry') return dropIntake(s, ctx.t('expired'));
  const deadline = s.lastActivity + deps.settings.expireAfterMs;
  const expiryToken = `${s.lastActivity}:expiry`;
  const waiting: Session = { ...s, timer: { token: expiryToken, phase: 'expiry' } };
  const reminder = ctx.t('reminder', { deadline: describeInstant(deadline, deps.settings.officeHours.timeZone, ctx) });
  return withEffect(say(waiting, reminder, ...currentPrompt(s, ctx)), { type: 'set_timer', name: INACTIVITY_TIMER, token: expiryToken, at: deadline });
}

function onCaseCreated(deps: FlowDeps, s: Session, caseId: string, now: number): Turn {
  const ctx = contextFor(deps, s.lang, now);
  const cases = s.cases.includes(caseId) ? s.cases : [...s.cases, caseId];
  // Asked once, after the case is safe, where an unanswered question costs the applicant nothing.
  const ask = s.announcements === undefined;
  const idle: Session = {
    ...s, mode: 'idle', at: 'consent', history: [], attempts: 0, editing: null, pending: ask ? 'announcements' : null,
    answers: {}, cases, timer: null, help: null, recent: [],
  };
  const created = ctx.t('caseCreated', { caseId, when: nextContactWhen(deps.settings.officeHours, now, ctx) });
  return say(idle, created, ...(ask ? [ctx.t('apAnnouncementsAsk')] : []));
}

function onDataExport(deps: FlowDeps, s: Session | undefined, cases: StoredCaseView[], now: number): Turn {
  const ctx = contextFor(deps, s?.lang ?? 'id', now);
  const copy = renderDataCopy(s, cases, ctx);
  const inForm = s !== undefined && s.mode === 'intake' && s.at !== 'consent';
  return inForm ? say(s, ...copy, ...currentPrompt(s, ctx)) : say(s ?? null, ...copy);
}

function onStatusReport(deps: FlowDeps, s: Session | undefined, cases: CaseStatusView[], now: number): Turn {
  const ctx = contextFor(deps, s?.lang ?? 'id', now);
  const report = renderStatus(cases, ctx);
  const inForm = s !== undefined && s.mode === 'intake' && s.at !== 'consent';
  return inForm ? say(s, report, ...currentPrompt(s, ctx)) : say(s ?? null, report);
}

