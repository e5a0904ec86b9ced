// Before the applicant's conversation sees a message, casework may be waiting for it: the OSS code
// after KODE, the answer to a TANYA, the rating after the NIB. Such a message is passed on (the code
// once, never stored) and the conversation is left as it was. Global words (STATUS, MENU, HAPUS
// DATA…) always reach the conversation.
import { parseGlobalCommand, type GlobalCommand } from '../../flows/engine/commands.js';
import { translator, type Translate } from '../../flows/i18n/index.js';
import type { InboxEntry, StoredInbound } from '../../workers/inbox/entry.js';
import type { Logger } from '../../workers/platform/logger.js';
import type { RosterStore } from '../../workers/staff/roster.js';
import type { ChatHandler } from '../conversation/router.js';
import type { Outbound } from '../transport/types.js';
import type { CaseStore } from '../../workers/cases/store.js';
import { dossierOf } from '../../flows/casework/dossier-view.js';
import { toOutbound, type Notice } from '../../workers/casework/notice.js';
import type { PendingRelay, RelayKind, RelayStore } from '../../workers/casework/relays.js';

export interface ApplicantRelayDeps {
  relays: RelayStore;
  cases: CaseStore;
  roster: RosterStore;
  /** The applicant answered a TANYA: logged once, and progress for the case's SLA (Casework.applicantAnswered). */
  answered: (caseId: string, staffKey: string | undefined, text: string, source: string) => Promise<void>;
  clock: () => number;
  logger: Logger;
}

/** A run of digits as typed: "482913", "482 913", "0812-3456-7890", "+62 812…". */
const NUMBER_TOKEN = /\+?\d+(?:[ -]\d+)*/g;
const OSS_CODE_LENGTH = 6;

/** The code a number token can be: 4–8 digits; longer runs and "+…" are phone numbers, never codes. */
function codeIn(token: string): string | undefined {
  const digits = token.replace(/\D/g, '');
  return !token.startsWith('+') && digits.length >= 4 && digits.length <= 8 ? digits : undefined;
}

/** An OSS one-time code as people forward it: "Kode OTP OSS Anda 482913", "482 913"; a 6-digit one first. */
export function findOneTimeCode(text: string): string | undefined {
  const codes = [...text.matchAll(NUMBER_TOKEN)].map((m) => codeIn(m[0])).filter((c): c is string => c !== undefined);
  return codes.find((c) => c.length === OSS_CODE_LENGTH) ?? codes[0];
}

/** "5", "5/5", "nilai 4", "⭐⭐⭐⭐", "5 ⭐": a rating from 1 to 5 (a digit wins over decoration). */
export function findRating(text: string): number | undefined {
  const match = /^\D{0,12}([1-5])(\s*\/\s*5)?\D{0,12}$/u.exec(text.trim());
  if (match?.[1]) return Number(match[1]);
  if (/\d/.test(text)) return undefined;
  const stars = [...text].filter((c) => c === '⭐').length;
  return stars >= 1 && stars <= 5 ? stars : undefined;
}

const KEEPS_RATING_OPEN: ReadonlySet<GlobalCommand> = new Set<GlobalCommand>(['status', 'help', 'language']);

type Relayed = { notices: Notice[] } | undefined;

export function createApplicantRelay(deps: ApplicantRelayDeps) {
  const staffT = translator('id');

  async function staffChat(relay: PendingRelay): Promise<string | undefined> {
    return relay.staffKey ? (await deps.roster.getByKey(relay.staffKey))?.phone : undefined;
  }

  async function applicantWords(caseId: string): Promise<Translate> {
    const record = await deps.cases.get(caseId);
    return translator(record && dossierOf(record).lang === 'en' ? 'en' : 'id');
  }

  async function code(chat: string, message: StoredInbound, relay: PendingRelay, source: string): Promise<Relayed> {
    const found = findOneTimeCode(message.text ?? '');
    const operator = await staffChat(relay);
    if (!found || !operator) return undefined;
    await deps.cases.appendEventOnce(relay.caseId, source, { at: deps.clock(), actor: 'applicant', type: 'code_relayed' });
    const t = await applicantWords(relay.caseId);
    return { notices: [
      { to: operator, text: staffT('opCode', { caseId: relay.caseId, code: found }), ephemeral: true },
      { to: chat, text: t('apCodeForwarded') },
    ] };
  }

  async function answer(chat: string, message: StoredInbound, relay: PendingRelay, source: string): Promise<Relayed> {
    const operator = await staffChat(relay);
    const media = message.media && 'ref' in message.media ? message.media : undefined;
    // A voice note or anything not kept is no answer: the conversation asks for it typed.
    if (!operator || (!media && (message.text ?? '').trim() === '')) return undefined;
    const forward: Notice = media
      ? { to: operator, document: { ref: media.ref, mimetype: media.mimetype, ...(media.filename ? { filename: media.filename } : {}), caption: staffT('opAnswerMedia', { caseId: relay.caseId }) }, dropMedia: true }
      : { to: operator, text: staffT('opAnswer', { caseId: relay.caseId, text: message.text ?? '' }), about: relay.caseId };
    await deps.answered(relay.caseId, relay.staffKey, message.text ?? `[${message.kind}]`, source);
    const t = await applicantWords(relay.caseId);
    return { notices: [forward, { to: chat, text: t('apAnswerForwarded') }] };
  }

  async function rating(chat: string, message: StoredInbound, relay: PendingRelay, source: string): Promise<Relayed> {
    const value = findRating(message.text ?? '');
    if (value === undefined) return undefined;
    await deps.cases.setFields(relay.caseId, { rating: String(value) });
    await deps.cases.appendEventOnce(relay.caseId, source, { at: deps.clock(), actor: 'applicant', type: 'rated', detail: { rating: value } });
    const t = await applicantWords(relay.caseId);
    return { notices: [{ to: chat, text: t('apRatingThanks', { rating: String(value) }) }] };
  }

  const ORDER: readonly [RelayKind, typeof code][] = [['code', code], ['ask', answer], ['rating', rating]];

  /** The message relayed, and the relay it settled; undefined when the message is the applicant's own. */
  async function relayed(entry: Extract<InboxEntry, { type: 'message' }>): Promise<{ send: Outbound[]; kind: RelayKind } | undefined> {
    const { message, chat } = entry;
    const command = message.text ? parseGlobalCommand(message.text) : undefined;
    if (command) {
      // Checking STATUS or asking for help keeps the rating question open; MENU moves on, after which a "1" is a choice.
      if (!KEEPS_RATING_OPEN.has(command)) await deps.relays.clear('rating', chat);
      return undefined;
    }
    const waiting = await deps.relays.pending(chat);
    for (const [kind, pass] of ORDER) {
      const pending = waiting[kind];
      const outcome = pending ? await pass(chat, message, pending, entry.id) : undefined;
      if (pending && !outcome && kind === 'rating') await deps.relays.clear('rating', chat);
      if (outcome) return { send: toOutbound(outcome.notices, `${entry.id}:relay`), kind };
    }
    return undefined;
  }

  /** Wraps the applicant's conversation: relayed messages leave its session untouched. */
  return function withRelays(applicant: ChatHandler): ChatHandler {
    return async (entry, session) => {
      const relay = entry.type === 'message' ? await relayed(entry) : undefined;
      if (!relay) return applicant(entry, session);
      // The marker goes once the message is queued: a crash in between repeats the same ids, not the relay.
      return { session: session ?? null, send: relay.send, afterSend: () => deps.relays.clear(relay.kind, entry.chat) };
    };
  };
}
