// HAPUS DATA beyond the case store: every other place a person's data passes through is listed
// here, so that a new one has an obvious home. The cases themselves are anonymised by CaseStore.
import type { Logger } from '../../workers/platform/logger.js';
import type { Outbound, Transport } from '../transport/types.js';

export interface TraceEraserDeps {
  /** Relays waiting for the applicant's answer (a code, a TANYA answer, a rating). */
  relays: { clearAll(chat: string): Promise<void> };
  /** Help and complaint tickets; returns their refs. */
  helpdesk: { eraseFor(chat: string): Promise<string[]> };
  inbox: { forgetDeadLetters(chat: string): Promise<void> };
  outbound: { forget(matches: (message: Outbound) => boolean): Promise<number> };
  timers: { forget(chat: string): Promise<number> };
  /** The agreement to announcements, and announcement letters not yet sent (or kept as sent). */
  announcements: { withdraw(chat: string): Promise<void> };
  broadcasts: { forget(chat: string): Promise<number> };
  transport: Pick<Transport, 'forget'>;
  /** Has the append-only file rewritten once this turn is over, so that the deleted writes leave the disk too. */
  scheduleCompaction: () => Promise<void>;
  logger: Logger;
}

/** A message that goes to the person, or names one of their cases or tickets (to staff). */
function concerns(message: Outbound, chat: string, markers: readonly string[]): boolean {
  if (message.chat === chat) return true;
  const shown = [message.text, message.image?.caption, message.document?.caption, message.document?.filename].join('\n');
  return markers.some((marker) => shown.includes(marker));
}

export function createTraceEraser(deps: TraceEraserDeps) {
  /** Erases what Loket keeps about `chat` outside its cases; `caseIds` are the cases it had. */
  return async function eraseTraces(chat: string, caseIds: readonly string[]): Promise<void> {
    await deps.relays.clearAll(chat);
    const markers = [...caseIds, ...(await deps.helpdesk.eraseFor(chat))];
    await deps.inbox.forgetDeadLetters(chat);
    const jobs = await deps.outbound.forget((message) => concerns(message, chat, markers));
    const timers = await deps.timers.forget(chat);
    await deps.announcements.withdraw(chat);
    const letters = await deps.broadcasts.forget(chat);
    await deps.transport.forget(chat, markers);
    await deps.scheduleCompaction();
    deps.logger.info({ event: 'erasure_traces', cases: caseIds.length, markers: markers.length, jobs, timers, letters }, 'erased the traces of an applicant');
  };
}
