// The coordinators' WhatsApp group: escalations are posted there; coordinators on the roster can ask
// for a digest. Everything else said in the group is conversation between people and is left alone.
import { parseOperatorCommand } from '../commands/parse.js';
import type { ChatHandler } from '../conversation/router.js';
import type { RosterStore } from '../../workers/staff/roster.js';
import type { Actor, Casework } from '../../workers/casework/casework.js';
import type { Helpdesk } from '../../workers/casework/helpdesk.js';
import { toOutbound, type Notice } from '../../workers/casework/notice.js';
import type { ToApplicant } from './staff-chat.js';

export interface CoordinatorChatDeps {
  casework: Casework;
  roster: RosterStore;
  helpdesk: Helpdesk;
  toApplicant: ToApplicant;
}

export function createCoordinatorChat(deps: CoordinatorChatDeps): ChatHandler {
  const t = deps.casework.staffWords;

  async function answer(group: string, text: string, actor: Actor, entryId: string): Promise<Notice[]> {
    const parsed = parseOperatorCommand(text);
    if (!parsed.ok) return [];
    const { command } = parsed;
    if (command.name === 'digest') return deps.casework.digest(group);
    if (command.name === 'help') return [{ to: group, text: t('coHelp') }];
    if (command.name !== 'reply') return [];
    const answered = await deps.helpdesk.reply(actor, command.ref, command.text, entryId, group);
    if (answered.toApplicant) await deps.toApplicant(`${entryId}:reply`, answered.toApplicant);
    return answered.notices;
  }

  return async (entry, session) => {
    if (entry.type !== 'message') return { session: session ?? null };
    const sender = entry.message.senderPhone ?? entry.message.sender;
    const member = /^\d+$/.test(sender) ? await deps.roster.get(sender) : undefined;
    if (!member?.active || member.role !== 'coordinator') return { session: session ?? null };
    const actor: Actor = { member, key: deps.roster.staffKey(member.phone) };
    return { session: session ?? null, send: toOutbound(await answer(entry.chat, entry.message.text ?? '', actor, entry.id), entry.id) };
  };
}
