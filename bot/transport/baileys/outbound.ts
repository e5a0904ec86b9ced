// Outbound helpers: turning a ResolvedOutbound into Baileys message contents with stable message
// ids, and sorting send failures into "retry later" and "never deliverable".
import { createHash } from 'node:crypto';
import type { AnyMessageContent } from '@whiskeysockets/baileys';
import type { ResolvedOutbound } from '../types.js';

export interface OutboundPart {
  /** The WhatsApp message id: derived from the outbound id so a retried send reuses it. */
  messageId: string;
  content: AnyMessageContent;
}

/** `3EB0` + 36 upper-case hex characters: the shape of Baileys' own generated ids. */
export function waMessageId(outboundId: string, part: number): string {
  return `3EB0${createHash('sha256').update(`${outboundId}#${part}`).digest('hex').slice(0, 36).toUpperCase()}`;
}

/** Text first, then the image, then the document: the order a person reads them in. */
export function outboundParts(message: ResolvedOutbound): OutboundPart[] {
  const contents: AnyMessageContent[] = [];
  if (message.text) contents.push({ text: message.text });
  if (message.image) {
    const { data, mimetype, caption } = message.image;
    contents.push(caption ? { image: data, mimetype, caption } : { image: data, mimetype });
  }
  if (message.document) {
    const { data, mimetype, filename, caption } = message.document;
    contents.push(caption ? { document: data, mimetype, fileName: filename, caption } : { document: data, mimetype, fileName: filename });
  }
  return contents.map((content, part) => ({ messageId: waMessageId(message.id, part), content }));
}

export type SendFailure =
  | { kind: 'unavailable'; reason: string }
  | { kind: 'rate_limited'; reason: string }
  | { kind: 'reachout_locked'; reason: string }
  | { kind: 'undeliverable'; reason: string }
  | { kind: 'unknown'; reason: string };

const UNAVAILABLE: Record<number, string> = {
  408: 'timed_out',
  428: 'connection_closed',
  440: 'connection_replaced',
  500: 'server_error',
  503: 'service_unavailable',
  515: 'restart_required',
};

const UNDELIVERABLE: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  406: 'not_acceptable',
  413: 'too_large',
};

export function classifySendError(error: unknown): SendFailure {
  const status = (error as { output?: { statusCode?: unknown } } | null)?.output?.statusCode;
  // WhatsApp's own throttling signals: the worker backs off (429) or stops bulk (463), see pace.ts.
  if (status === 429 || /rate-overlimit/i.test(error instanceof Error ? error.message : '')) return { kind: 'rate_limited', reason: 'rate_limited' };
  if (status === 463) return { kind: 'reachout_locked', reason: 'account_restricted' };
  if (typeof status === 'number' && UNAVAILABLE[status]) return { kind: 'unavailable', reason: UNAVAILABLE[status] };
  if (typeof status === 'number' && UNDELIVERABLE[status]) return { kind: 'undeliverable', reason: UNDELIVERABLE[status] };
  const message = error instanceof Error ? error.message : '';
  if (/connection closed|timed out|not open/i.test(message)) return { kind: 'unavailable', reason: 'connection_closed' };
  return { kind: 'unknown', reason: typeof status === 'number' ? `status_${status}` : 'error' };
}
