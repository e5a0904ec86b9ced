// The coordinators' WhatsApp group: escalations and digests are posted there, and coordinators on
// the roster give commands there, where everyone sees what was done. A command from someone who is
// not a coordinator gets a polite refusal; a command typed wrong gets its usage; everything else
// said in the group is conversation between people and is left alone.
import { COORDINATOR_COMMANDS, parseQuotedCommand, type OperatorCommand, type OperatorCommandName, type ParsedCommand } from '../commands/parse.js';
import type { ChatHandler } from '../conversation/router.js';
import type { RosterStore, StaffMember } from '../../workers/staff/roster.js';
import type { Actor, Casework } from '../../workers/casework/casework.js';
import type { Helpdesk } from '../../workers/casework/helpdesk.js';
import { toOutbound, type Notice } from '../../workers/casework/notice.js';
import type { QuoteStore } from '../../workers/casework/quotes.js';
import { USAGE, type ToApplicant } from './staff-chat.js';

/** What a coordinator's command is carried out with: the group to answer in, who asked, and why. */
export interface CoordinatorContext {
  group: string;
  actor: Actor;
  /** The inbox entry's id: the cause that message ids derive from. */
  entryId: string;
}

/** Carries out one command; the notices go to the group and to whoever else is told. */
export type CoordinatorAction<N extends OperatorCommandName> = (command: Extract<OperatorCommand, { name: N }>, context: CoordinatorContext) => Promise<Notice[]>;

/** The coordinators' commands, each carried out by the module that owns it (reports, actions). */
export type CoordinatorActions = { [N in OperatorCommandName]?: CoordinatorAction<N> };

/** A command typed as one: the keyword in capitals, or after '/' or '#'. */
const DELIBERATE = /^\s*(?:[#/]|[*_~`]*\p{Lu}{2,}(?![\p{Ll}]))/u;

export interface CoordinatorChatDeps {
  casework: Casework;
  roster: RosterStore;
  helpdesk: Helpdesk;
  toApplicant: ToApplicant;
  actions: CoordinatorActions;
  /** Which case a quoted notice was about: "NAIKKAN" replied to an escalation acts on its case. */
  quotes?: Pick<QuoteStore, 'caseOf'>;
}

export function createCoordinatorChat(deps: CoordinatorChatDeps): ChatHandler {
  const t = deps.casework.staffWords;

  async function reply(command: Extract<OperatorCommand, { name: 'reply' }>, context: CoordinatorContext): Promise<Notice[]> {
    const answered = await deps.helpdesk.reply(context.actor, command.ref, command.text, context.entryId, context.group);
    if (answered.toApplicant) await deps.toApplicant(`${context.entryId}:reply`, answered.toApplicant);
    return answered.notices;
  }

  function usage(group: string, parsed: Extract<ParsedCommand, { ok: false }>): Notice[] {
    if (parsed.command === undefined || !COORDINATOR_COMMANDS.has(parsed.command)) return [];
    return [{ to: group, text: t('coUsage', { usage: USAGE[parsed.command] }) }];
  }

  async function run(command: OperatorCommand, context: CoordinatorContext): Promise<Notice[]> {
    if (command.name === 'help') return [{ to: context.group, text: t('coHelp') }];
    if (command.name === 'reply') return reply(command, context);
    const action = deps.actions[command.name] as CoordinatorAction<typeof command.name> | undefined;
    return action ? action(command, context) : [];
  }

  async function answer(group: string, text: string, member: StaffMember | undefined, entryId: string, quotedCase?: string): Promise<Notice[]> {
    const parsed = parseQuotedCommand(text, quotedCase);
    // "Operator sudah datang?" or "cari makan dulu" is talk: only a deliberate command gets a usage or a refusal.
    const deliberate = DELIBERATE.test(text);
    if (!parsed.ok) return member && deliberate ? usage(group, parsed) : [];
    if (!COORDINATOR_COMMANDS.has(parsed.command.name)) return [];
    if (!member) return deliberate ? [{ to: group, text: t('coNotCoordinator') }] : [];
    return run(parsed.command, { group, actor: { member, key: deps.roster.staffKey(member.phone) }, entryId });
  }

  return async (entry, session) => {
    if (entry.type !== 'message') return { session: session ?? null };
    const sender = entry.message.senderPhone ?? entry.message.sender;
    const found = /^\d+$/.test(sender) ? await deps.roster.get(sender) : undefined;
    const member = found?.active && found.role === 'coordinator' ? found : undefined;
    const quotedCase = await deps.quotes?.caseOf(entry.message.quotedId);
    return { session: session ?? null, send: toOutbound(await answer(entry.chat, entry.message.text ?? '', member, entry.id, quotedCase), entry.id) };
  };
}
