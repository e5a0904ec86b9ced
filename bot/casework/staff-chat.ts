// The operators' side of the chat: a message from someone on the roster is read as a command and
// answered by the casework. Remembered between messages, in the chat's session like any other state:
// a pending NIB PDF ("send the PDF in the next message") and the last ANTRIAN list (for KLAIM 1). A
// reply quoting a notice about a case acts on that case ("KLAIM", "DETAIL" as the reply).
import { z } from 'zod';
import { parseOperatorCommand, parseQuotedCommand, type OperatorCommand, type OperatorCommandName, type ParsedCommand } from '../commands/parse.js';
import type { StoredMedia } from '../../flows/engine/types.js';
import type { InboxEntry } from '../../workers/inbox/entry.js';
import type { Logger } from '../../workers/platform/logger.js';
import { mediaRefsIn, type MediaStore } from '../../workers/media/store.js';
import type { RosterStore } from '../../workers/staff/roster.js';
import type { ChatHandler } from '../conversation/router.js';
import type { Actor, Casework } from '../../workers/casework/casework.js';
import type { Helpdesk, Reply } from '../../workers/casework/helpdesk.js';
import { toOutbound, type Notice } from '../../workers/casework/notice.js';
import type { QuoteStore } from '../../workers/casework/quotes.js';

const PDF_WINDOW_MS = 30 * 60_000;

const staffSessionSchema = z.object({
  awaitingPdf: z.object({ caseId: z.string(), until: z.number() }).optional(),
  /** The case ids of the last ANTRIAN list shown, in its order: KLAIM 1 takes the first. */
  lastQueue: z.array(z.string()).optional(),
});
type StaffSession = z.infer<typeof staffSessionSchema>;

/** How each command is written, shown when one is typed wrong. */
export const USAGE: Readonly<Record<OperatorCommandName, string>> = {
  queue: 'ANTRIAN', my_cases: 'KASUS', claim: 'KLAIM LK-7KQ2M', claim_nth: 'KLAIM 1', release: 'LEPAS LK-7KQ2M', detail: 'DETAIL LK-7KQ2M',
  ask: 'TANYA LK-7KQ2M Apakah usaha sudah berjalan?', request_code: 'KODE LK-7KQ2M', defer: 'TUNDA LK-7KQ2M OSS sedang gangguan',
  filed: 'DIAJUKAN LK-7KQ2M', nib: 'NIB LK-7KQ2M 1234567890123', reject: 'TOLAK LK-7KQ2M data KTP tidak sesuai', help: 'BANTUAN',
  digest: 'RINGKASAN', report: 'REKAP bulan ini (atau: hari ini, minggu ini, 2026-10)', search: 'CARI LK-7KQ2M (atau nama desa)',
  reassign: 'TUGASKAN LK-7KQ2M 6281234500002', escalate: 'NAIKKAN LK-7KQ2M', history: 'RIWAYAT LK-7KQ2M', operators: 'OPERATOR',
  add_operator: 'TAMBAH OPERATOR 6281234500002 35.05.02.2007 Nama Petugas', deactivate: 'NONAKTIF 6281234500002',
  oss_status: 'OSS GANGGUAN (atau OSS NORMAL)', broadcast: 'SIARAN isi pengumuman',
  reply: 'BALAS BT-7KQ2M Ibu, NIK ada di baris paling atas KTP',
};

/** Hands a staff answer to the applicant's own inbox, so it is sequenced with their messages. */
export type ToApplicant = (id: string, answer: NonNullable<Reply['toApplicant']>) => Promise<void>;

export interface StaffChatDeps {
  casework: Casework;
  helpdesk: Helpdesk;
  toApplicant: ToApplicant;
  media: MediaStore;
  roster: RosterStore;
  clock: () => number;
  logger: Logger;
  /** Which case a quoted notice was about. */
  quotes?: Pick<QuoteStore, 'caseOf'>;
}

type Outcome = { notices: Notice[]; session?: StaffSession };

function isPdf(media: unknown): media is StoredMedia {
  const m = media as Partial<StoredMedia> | undefined;
  return typeof m?.ref === 'string' && m.mimetype === 'application/pdf';
}

/** The phone a direct message comes from, as the roster knows people. */
export function senderPhoneOf(entry: InboxEntry): string | undefined {
  if (entry.type !== 'message' || entry.message.isGroup) return undefined;
  return entry.message.senderPhone ?? (/^\d+$/.test(entry.chat) ? entry.chat : undefined);
}

export function createStaffChat(deps: StaffChatDeps) {
  const { casework } = deps;
  const t = casework.staffWords;

  function failure(actor: Actor, parsed: Extract<ParsedCommand, { ok: false }>): Notice[] {
    const to = actor.member.phone;
    if (parsed.reason === 'unknown_command') {
      const suggestion = parsed.suggestion ? USAGE[parsed.suggestion].split(' ')[0] : undefined;
      return [{ to, text: suggestion ? t('opSuggest', { command: suggestion }) : t('opUnknownCommand') }];
    }
    const usage = USAGE[parsed.command ?? 'help'];
    const key = parsed.reason === 'missing_case_id' ? 'opMissingCaseId' : parsed.reason === 'bad_case_id' || parsed.reason === 'bad_ref' ? 'opBadCaseId' : 'opMissingArgument';
    // bad_argument (a period or an OSS state not understood) shows the usage like a missing one.
    return [{ to, text: t(key, { usage }) }];
  }

  async function reply(actor: Actor, command: Extract<OperatorCommand, { name: 'reply' }>, entryId: string): Promise<Outcome> {
    const answered = await deps.helpdesk.reply(actor, command.ref, command.text, entryId);
    if (answered.toApplicant) await deps.toApplicant(`${entryId}:reply`, answered.toApplicant);
    return { notices: answered.notices };
  }

  async function queue(actor: Actor, session: StaffSession): Promise<Outcome> {
    const { notices, listed } = await casework.queue(actor);
    return { notices, session: { ...session, lastQueue: listed } };
  }

  /** KLAIM 1: the first case of the last ANTRIAN list shown in this chat. */
  async function claimNth(actor: Actor, index: number, session: StaffSession): Promise<Outcome> {
    const listed = session.lastQueue;
    const caseId = listed?.[index - 1];
    if (caseId !== undefined) return { notices: await casework.claim(actor, caseId) };
    const text = listed === undefined ? t('opNoQueueList') : t('opQueueIndexUnknown', { index: String(index), count: String(listed.length) });
    return { notices: [{ to: actor.member.phone, text }] };
  }

  async function run(actor: Actor, command: OperatorCommand, pdf: StoredMedia | undefined, entryId: string, session: StaffSession): Promise<Outcome> {
    const to = actor.member.phone;
    switch (command.name) {
      case 'queue': return queue(actor, session);
      case 'claim_nth': return claimNth(actor, command.index, session);
      case 'filed': return { notices: await casework.filed(actor, command.caseId, entryId) };
      case 'my_cases': return { notices: await casework.myCases(actor) };
      case 'claim': return { notices: await casework.claim(actor, command.caseId) };
      case 'release': return { notices: await casework.release(actor, command.caseId) };
      case 'detail': return { notices: await casework.detail(actor, command.caseId) };
      case 'ask': return { notices: await casework.ask(actor, command.caseId, command.question) };
      case 'request_code': return { notices: await casework.requestCode(actor, command.caseId) };
      case 'defer': return { notices: await casework.defer(actor, command.caseId, command.reason) };
      case 'reject': return { notices: await casework.reject(actor, command.caseId, command.reason) };
      case 'nib': return recordNib(actor, command, pdf, session);
      case 'help': return { notices: [{ to, text: t('opHelp') }] };
      case 'digest': return { notices: actor.member.role === 'coordinator' ? await casework.digest(to) : [{ to, text: t('opNotStaffCommand') }] };
      case 'reassign':
      case 'report':
      case 'search':
      case 'escalate':
      case 'history':
      case 'operators':
      case 'add_operator':
      case 'deactivate':
      case 'oss_status':
      case 'broadcast':
        // Coordinators' commands are given in their group, where everyone sees what was done.
        return { notices: [{ to, text: t('opNotStaffCommand') }] };
      case 'reply': return reply(actor, command, entryId);
    }
  }

  async function recordNib(actor: Actor, command: Extract<OperatorCommand, { name: 'nib' }>, pdf: StoredMedia | undefined, session: StaffSession): Promise<Outcome> {
    const notices = await casework.recordNib(actor, command.caseId, command.nib, pdf);
    const recorded = notices.some((n) => n.track?.kind === 'nib');
    if (!recorded || pdf) return { notices };
    return { notices, session: { ...session, awaitingPdf: { caseId: command.caseId, until: deps.clock() + PDF_WINDOW_MS } } };
  }

  async function handle(actor: Actor, entry: Extract<InboxEntry, { type: 'message' }>, session: StaffSession): Promise<Outcome> {
    const { message } = entry;
    if (!actor.member.active) return { notices: [{ to: actor.member.phone, text: t('opInactive') }] };
    const pdf = isPdf(message.media) ? message.media : undefined;
    const text = message.text?.trim() ?? '';
    const waiting = session.awaitingPdf && session.awaitingPdf.until > deps.clock() ? session.awaitingPdf : undefined;
    if (pdf && waiting && !parseOperatorCommand(text).ok) {
      const { awaitingPdf: _attached, ...rest } = session;
      return { notices: await casework.attachNibPdf(actor, waiting.caseId, pdf), session: rest };
    }
    const parsed = parseQuotedCommand(text, await deps.quotes?.caseOf(message.quotedId));
    if (!parsed.ok) return { notices: failure(actor, parsed), session };
    return run(actor, parsed.command, pdf, entry.id, session);
  }

  /** A file an operator sent that no notice carries on (not an NIB PDF): not kept. */
  async function dropUnused(entry: Extract<InboxEntry, { type: 'message' }>, notices: Notice[]): Promise<void> {
    const used = new Set(mediaRefsIn(notices));
    await Promise.all(mediaRefsIn(entry.message).filter((ref) => !used.has(ref)).map((ref) => deps.media.delete(ref)));
  }

  /** Someone not on the roster typing an operator's command about a case: refused politely, logged. */
  function strangerHandler(entry: Extract<InboxEntry, { type: 'message' }>): ChatHandler | undefined {
    const parsed = parseOperatorCommand(entry.message.text ?? '');
    if (!parsed.ok || !('caseId' in parsed.command)) return undefined;
    deps.logger.warn({ command: parsed.command.name, caseId: parsed.command.caseId }, 'refused: operator command from someone not on the roster');
    return (_entry, stored) => Promise.resolve({ session: stored ?? null, send: toOutbound([{ to: entry.chat, text: t('opStranger') }], entry.id) });
  }

  return async function staffHandlerFor(entry: InboxEntry): Promise<ChatHandler | undefined> {
    if (entry.type !== 'message' || entry.message.isGroup) return undefined;
    const phone = senderPhoneOf(entry);
    const member = phone ? await deps.roster.get(phone) : undefined;
    if (!member) return strangerHandler(entry);
    const actor: Actor = { member, key: deps.roster.staffKey(member.phone) };
    return async (_entry, stored) => {
      const parsedSession = staffSessionSchema.safeParse(stored ?? {});
      const outcome = await handle(actor, entry, parsedSession.success ? parsedSession.data : {});
      return {
        session: outcome.session ?? (parsedSession.success ? parsedSession.data : {}),
        send: toOutbound(outcome.notices, entry.id),
        afterSend: () => dropUnused(entry, outcome.notices),
      };
    };
  };
}
