// The coordinators' WhatsApp group: escalations are posted there; coordinators on the roster can ask
// for a digest. Everything else said in the group is conversation between people and is left alone.
import { parseOperatorCommand } from '../commands/parse.js';
import type { ChatHandler } from '../conversation/router.js';
import type { Outbound } from '../transport/types.js';
import type { RosterStore } from '../staff/roster.js';
import type { Casework } from './casework.js';
import { toOutbound, type Notice } from './notice.js';

export interface CoordinatorChatDeps {
  casework: Casework;
  roster: RosterStore;
  enqueue: (messages: Outbound[]) => Promise<void>;
}

export function createCoordinatorChat(deps: CoordinatorChatDeps): ChatHandler {
  const t = deps.casework.staffWords;

  async function answer(group: string, text: string): Promise<Notice[]> {
    const parsed = parseOperatorCommand(text);
    if (!parsed.ok) return [];
    if (parsed.command.name === 'digest') return deps.casework.digest(group);
    if (parsed.command.name === 'help') return [{ to: group, text: t('coHelp') }];
    return [];
  }

  return async (entry, session) => {
    if (entry.type !== 'message') return { session: session ?? null };
    const sender = entry.message.senderPhone ?? entry.message.sender;
    const member = /^\d+$/.test(sender) ? await deps.roster.get(sender) : undefined;
    if (member?.active && member.role === 'coordinator') {
      await deps.enqueue(toOutbound(await answer(entry.chat, entry.message.text ?? ''), entry.id));
    }
    return { session: session ?? null };
  };
}
