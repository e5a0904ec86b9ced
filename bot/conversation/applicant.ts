// Hosts the applicant conversation: turns an inbox entry into a trigger, resumes the pure flow,
// carries out its effects (one exhaustive switch), and enqueues the replies before the session is
// committed, with ids derived from the entry so a retried entry never sends twice.
import { resume, sessionSchema, type FlowDeps, type Session } from '../../flows/index.js';
import type { Effect, FlowInput, Reply, Trigger } from '../../flows/engine/types.js';
import type { InboxEntry, StoredInbound } from '../inbox/entry.js';
import { mediaRefsIn, type MediaStore } from '../media/store.js';
import type { Logger } from '../platform/logger.js';
import type { Outbound } from '../transport/types.js';
import type { CaseStore } from '../../workers/cases/store.js';

export interface ApplicantHostDeps {
  flow: FlowDeps;
  cases: CaseStore;
  media: MediaStore;
  enqueue: (messages: Outbound[]) => Promise<void>;
  schedule: (chat: string, name: string, token: string, at: number) => Promise<void>;
  onCaseCreated: (caseId: string, firstTime: boolean) => Promise<void>;
  eraseChatTraces: (chat: string) => Promise<void>;
  clock: () => number;
  logger: Logger;
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
  async function perform(effect: Effect, entry: InboxEntry, kept: string[]): Promise<Trigger | undefined> {
    switch (effect.type) {
      case 'submit_case': {
        const { id, created } = await deps.cases.create({ sourceId: entry.id, applicantChat: entry.chat, dossier: effect.dossier, now: deps.clock() });
        kept.push(...mediaRefsIn(effect.dossier));
        // Also when the case already existed: a crash may have come between creating and dispatching it.
        await deps.onCaseCreated(id, created);
        return { type: 'case_created', caseId: id };
      }
      case 'lookup_status':
        return { type: 'status_report', cases: await deps.cases.statusFor(entry.chat) };
      case 'erase_applicant_data': {
        const refs = await deps.cases.eraseApplicant(entry.chat);
        await Promise.all(refs.map((ref) => deps.media.delete(ref)));
        await deps.eraseChatTraces(entry.chat);
        return undefined;
      }
      case 'set_timer':
        await deps.schedule(entry.chat, effect.name, effect.token, effect.at);
        return undefined;
    }
  }

  return async function handleApplicant(entry: InboxEntry, stored: unknown): Promise<{ session: unknown }> {
    const before = loadSession(stored, deps.logger);
    const replies: Reply[] = [];
    const kept: string[] = [];
    let session: Session | null | undefined = before;
    let trigger: Trigger | undefined = triggerOf(entry);
    for (let step = 0; trigger && step <= MAX_FOLLOW_UPS; step++) {
      const result = resume(deps.flow, session ?? undefined, trigger, deps.clock());
      session = result.session;
      replies.push(...result.replies);
      trigger = undefined;
      for (const effect of result.effects) trigger = (await perform(effect, entry, kept)) ?? trigger;
    }
    await deps.enqueue(replies.map((reply, i) => ({ id: `${entry.id}#${i}`, chat: entry.chat, text: reply.text })));
    await dropUnusedMedia(deps.media, [before, entry.type === 'message' ? entry.message : undefined], [session, kept]);
    return { session: session ?? null };
  };
}

/** Media that arrived or was held but is referenced by nothing any more (a stray photo, an erased session). */
async function dropUnusedMedia(media: MediaStore, was: unknown[], now: unknown[]): Promise<void> {
  const keep = new Set(mediaRefsIn(now));
  const drop = new Set(mediaRefsIn(was).filter((ref) => !keep.has(ref)));
  await Promise.all([...drop].map((ref) => media.delete(ref)));
}
