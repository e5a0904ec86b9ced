// Hosts the applicant conversation: turns an inbox entry into a trigger, resumes the pure flow,
// carries out its effects (one exhaustive switch), and returns the replies to send (queued by the
// router before the session is committed) with ids derived from the entry, so a retried entry
// never sends twice.
import { resume, sessionSchema, type FlowDeps, type Session } from '../../flows/index.js';
import type { Effect, FlowInput, Lang, Reply, Trigger } from '../../flows/engine/types.js';
import type { Handled } from './router.js';
import type { InboxEntry, StoredInbound } from '../../workers/inbox/entry.js';
import { mediaRefsIn, type MediaStore } from '../../workers/media/store.js';
import type { Logger } from '../../workers/platform/logger.js';
import type { Outbound } from '../transport/types.js';
import type { CaseStore } from '../../workers/cases/store.js';
import type { ForwardOutcome, StoredCaseView } from '../../flows/engine/types.js';
import type { Helpdesk } from '../../workers/casework/helpdesk.js';
import { toOutbound, type Notice } from '../../workers/casework/notice.js';

export interface ApplicantHostDeps {
  flow: FlowDeps;
  cases: CaseStore;
  media: MediaStore;
  schedule: (chat: string, name: string, token: string, at: number) => Promise<void>;
  onCaseCreated: (caseId: string, firstTime: boolean) => Promise<void>;
  /** Erases what is kept about the chat outside its cases; `caseIds` are the cases it had. */
  eraseChatTraces: (chat: string, caseIds: readonly string[]) => Promise<void>;
  helpdesk: Pick<Helpdesk, 'request' | 'forward' | 'complain'>;
  /** A message sent after submission, for the case's operator (or its log while nobody holds it). */
  forwardToCase: (caseId: string, chat: string, input: FlowInput, source: string) => Promise<{ outcome: ForwardOutcome; notices: Notice[] }>;
  /** Who agreed to announcements (SIARAN): the agreement after KIRIM, withdrawn with BERHENTI. */
  announcements: { agree(chat: string, lang: Lang, now: number): Promise<void>; withdraw(chat: string): Promise<void> };
  /** After each turn, with the session before and after it (the intake funnel counts from it). */
  onTurn?: (entry: InboxEntry, before: Session | undefined, after: Session | null) => Promise<void>;
  clock: () => number;
  logger: Logger;
}

/** What carrying out one effect gives: the trigger to resume with, and notices for other chats. */
interface Performed {
  trigger?: Trigger;
  notices?: Notice[];
  /** The applicant's data was erased: this turn's replies must not stay behind once delivered. */
  erased?: boolean;
}

const MAX_FOLLOW_UPS = 4;

export function toFlowInput(message: StoredInbound): FlowInput {
  const input: FlowInput = { kind: message.kind === 'reaction' || message.kind === 'edit' || message.kind === 'delete' ? 'other' : message.kind };
  if (message.text !== undefined) input.text = message.text;
  if (message.media) input.media = message.media;
  if (message.location) input.location = message.location;
  if (message.senderPhone) input.senderPhone = message.senderPhone;
  return input;
}

export function triggerOf(entry: InboxEntry): Trigger {
  return entry.type === 'trigger' ? entry.trigger : { type: 'message', input: toFlowInput(entry.message) };
}

function loadSession(value: unknown, logger: Logger): Session | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = sessionSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  logger.warn({ issues: parsed.error.issues.length }, 'stored session no longer matches the schema; starting over');
  return undefined;
}

export function createApplicantHost(deps: ApplicantHostDeps) {
  async function submitCase(effect: Extract<Effect, { type: 'submit_case' }>, entry: InboxEntry, kept: string[]): Promise<Performed> {
    const { id, created } = await deps.cases.create({ sourceId: entry.id, applicantChat: entry.chat, dossier: effect.dossier, now: deps.clock() });
    kept.push(...mediaRefsIn(effect.dossier));
    // Also when the case already existed: a crash may have come between creating and dispatching it.
    await deps.onCaseCreated(id, created);
    return { trigger: { type: 'case_created', caseId: id } };
  }

  async function erase(entry: InboxEntry): Promise<Performed> {
    const caseIds = await deps.cases.idsOfApplicant(entry.chat);
    const refs = await deps.cases.eraseApplicant(entry.chat, deps.clock());
    await Promise.all(refs.map((ref) => deps.media.delete(ref)));
    await deps.eraseChatTraces(entry.chat, caseIds);
    return { erased: true };
  }

  /** Each case of the applicant that still holds personal data, with what happened to it. */
  async function storedCases(chat: string): Promise<StoredCaseView[]> {
    const ids = await deps.cases.idsOfApplicant(chat);
    const records = (await Promise.all(ids.map((id) => deps.cases.get(id)))).filter((r) => r !== undefined);
    return Promise.all(records.map(async (r) => ({
      caseId: r.id, status: r.status, dossier: r.dossier,
      events: (await deps.cases.events(r.id)).map((e) => ({ at: e.at, type: e.type })),
    })));
  }

  async function latestCase(chat: string): Promise<string | undefined> {
    const cases = await deps.cases.statusFor(chat);
    return cases.sort((a, b) => b.updatedAt - a.updatedAt)[0]?.caseId;
  }

  /**
   * Starts a timer's write without waiting for it: the router awaits it together with the replies'
   * queueing (one wait instead of two). A failure still fails the entry, which is then handled again.
   */
  function startTimer(effect: Extract<Effect, { type: 'set_timer' }>, entry: InboxEntry, timers: Promise<void>[]): void {
    const scheduled = deps.schedule(entry.chat, effect.name, effect.token, effect.at);
    // Awaited by the router; until then a failure must not count as an unhandled rejection.
    scheduled.catch(() => undefined);
    timers.push(scheduled);
  }

  async function perform(effect: Effect, entry: InboxEntry, kept: string[], timers: Promise<void>[]): Promise<Performed> {
    switch (effect.type) {
      case 'submit_case':
        return submitCase(effect, entry, kept);
      case 'lookup_status':
        return { trigger: { type: 'status_report', cases: await deps.cases.statusFor(entry.chat) } };
      case 'erase_applicant_data':
        return erase(entry);
      case 'export_applicant_data':
        return { trigger: { type: 'data_export', cases: await storedCases(entry.chat) } };
      case 'set_timer':
        startTimer(effect, entry, timers);
        return {};
      case 'request_help': {
        const { type: _type, ...help } = effect;
        const { ref, notices } = await deps.helpdesk.request(entry.id, { chat: entry.chat, ...help });
        return { trigger: { type: 'help_requested', ref }, notices };
      }
      case 'forward_help':
        return { notices: await deps.helpdesk.forward(effect.ref, entry.chat, effect.input) };
      case 'file_complaint': {
        // The session remembers the applicant's cases; the store knows them even when it does not.
        const caseId = effect.caseId ?? (await latestCase(entry.chat));
        const { ref, notices } = await deps.helpdesk.complain(entry.id, { chat: entry.chat, text: effect.text, ...(caseId ? { caseId } : {}) });
        return { trigger: { type: 'complaint_filed', ref }, notices };
      }
      case 'forward_to_case': {
        const { outcome, notices } = await deps.forwardToCase(effect.caseId, entry.chat, effect.input, entry.id);
        return { trigger: { type: 'case_forwarded', caseId: effect.caseId, outcome }, notices };
      }
      case 'set_announcements':
        await (effect.agreed ? deps.announcements.agree(entry.chat, effect.lang, deps.clock()) : deps.announcements.withdraw(entry.chat));
        return {};
    }
  }

  return async function handleApplicant(entry: InboxEntry, stored: unknown): Promise<Handled> {
    const before = loadSession(stored, deps.logger);
    const replies: Reply[] = [];
    const notices: Notice[] = [];
    const kept: string[] = [];
    const timers: Promise<void>[] = [];
    let erased = false;
    let session: Session | null | undefined = before;
    let trigger: Trigger | undefined = triggerOf(entry);
    for (let step = 0; trigger && step <= MAX_FOLLOW_UPS; step++) {
      const result = resume(deps.flow, session ?? undefined, trigger, deps.clock());
      session = result.session;
      replies.push(...result.replies);
      trigger = undefined;
      for (const effect of result.effects) {
        const done = await perform(effect, entry, kept, timers);
        notices.push(...(done.notices ?? []));
        trigger = done.trigger ?? trigger;
        erased ||= done.erased === true;
      }
    }
    await deps.onTurn?.(entry, before, session ?? null);
    kept.push(...mediaRefsIn(notices));
    await dropUnusedMedia(deps.media, [before, entry.type === 'message' ? entry.message : undefined], [session, kept]);
    const send: Outbound[] = [
      ...replies.map((reply, i) => ({ id: `${entry.id}#${i}`, chat: entry.chat, text: reply.text, ...(erased ? { ephemeral: true } : {}) })),
      ...toOutbound(notices, `${entry.id}:staff`),
    ];
    if (timers.length === 0) return { session: session ?? null, send };
    const alongside = Promise.all(timers);
    alongside.catch(() => undefined);
    return { session: session ?? null, send, alongside };
  };
}

/** Media that arrived or was held but is referenced by nothing any more (a stray photo, an erased session). */
async function dropUnusedMedia(media: MediaStore, was: unknown[], now: unknown[]): Promise<void> {
  const keep = new Set(mediaRefsIn(now));
  const drop = new Set(mediaRefsIn(was).filter((ref) => !keep.has(ref)));
  await Promise.all([...drop].map((ref) => media.delete(ref)));
}
