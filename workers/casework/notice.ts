// A message casework wants sent. The caller turns a list of notices into outbound messages with ids
// derived from what caused them (the inbox entry, the dispatch, the timer), so a retry after a
// crash never sends twice; a notice with its own id (the NIB) is sent once per case whatever caused it.
import type { Outbound, OutboundMediaRef } from '../outbound/message.js';

export interface Notice {
  to: string;
  text?: string;
  image?: OutboundMediaRef;
  document?: OutboundMediaRef;
  /** A fixed id, instead of one derived from the cause. */
  id?: string;
  /** Carries a secret (the OSS code): not kept after delivery. */
  ephemeral?: true;
  /** Delivery must be recorded on the case (the NIB relay). */
  track?: Outbound['track'];
  /** The applicant's media passed on to staff: deleted once delivered. */
  dropMedia?: true;
  /** The case it is about, for staff: a reply quoting it ("KLAIM", "DETAIL") acts on that case. */
  about?: string;
}

export function toOutbound(notices: readonly Notice[], causeId: string): Outbound[] {
  return notices.map((n, i) => ({
    id: n.id ?? `${causeId}#${i}`,
    chat: n.to,
    ...(n.text !== undefined ? { text: n.text } : {}),
    ...(n.image ? { image: n.image } : {}),
    ...(n.document ? { document: n.document } : {}),
    ...(n.ephemeral ? { ephemeral: true } : {}),
    ...(n.track ? { track: n.track } : {}),
    ...(n.dropMedia ? { dropMediaAfterSend: true } : {}),
    ...(n.about ? { about: { caseId: n.about } } : {}),
  }));
}
