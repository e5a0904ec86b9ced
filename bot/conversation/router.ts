// Who is writing decides who answers: the coordinators' group, a registered operator, or an applicant.
import type { InboxEntry } from '../../workers/inbox/entry.js';
import type { EntryHandler } from '../../workers/inbox/sequencer.js';
import type { Outbound } from '../../workers/outbound/message.js';

/** What a handler decided: the new session, the messages to send, and what to do once they are queued. */
export interface Handled {
  session: unknown;
  send?: readonly Outbound[];
  /** Runs after `send` is queued, before the session is saved: clearing a relay only once its message is safe. */
  afterSend?: () => Promise<void>;
  /**
   * Writes the handler started and did not wait for (the conversation's timers): awaited together
   * with the queueing of `send`, so both are durable before the session is saved, in one wait.
   */
  alongside?: Promise<unknown>;
}

export type ChatHandler = (entry: InboxEntry, session: unknown) => Promise<Handled>;

/**
 * The one place handlers' messages are queued: before the session is saved, so a crash in between
 * handles the entry again with the same message ids (deduplicated), and nothing is lost.
 */
export function delivering(handler: ChatHandler, enqueue: (messages: Outbound[]) => Promise<void>): EntryHandler {
  return async (entry, session) => {
    const handled = await handler(entry, session);
    const send = handled.send && handled.send.length > 0 ? enqueue([...handled.send]) : undefined;
    await Promise.all([send, handled.alongside]);
    await handled.afterSend?.();
    return { session: handled.session };
  };
}

export interface RouterDeps {
  applicant: ChatHandler;
  /** Commands from staff (operators, coordinators in direct chat); undefined when the sender is not staff. */
  staffHandlerFor?: (entry: InboxEntry) => Promise<ChatHandler | undefined>;
  coordinatorGroup: string;
  coordinator?: ChatHandler;
}

const unchanged: ChatHandler = (_entry, session) => Promise.resolve({ session: session ?? null });

export function createRouter(deps: RouterDeps): ChatHandler {
  return async (entry, session) => {
    if (entry.type === 'message') {
      const { message } = entry;
      if (message.kind === 'reaction' || message.kind === 'edit' || message.kind === 'delete') return { session: session ?? null };
      if (message.isGroup) {
        const handler = entry.chat === deps.coordinatorGroup ? deps.coordinator ?? unchanged : unchanged;
        return handler(entry, session);
      }
      const staff = await deps.staffHandlerFor?.(entry);
      if (staff) return staff(entry, session);
    }
    return deps.applicant(entry, session);
  };
}
