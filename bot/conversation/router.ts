// Who is writing decides who answers: the coordinators' group, a registered operator, or an applicant.
import type { InboxEntry } from '../inbox/entry.js';

export type ChatHandler = (entry: InboxEntry, session: unknown) => Promise<{ session: unknown }>;

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
