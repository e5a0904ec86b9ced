// RIWAYAT: a case's event log in words, for the coordinators' group. It shows what operators see
// anyway: who did what and when, questions and reasons with NIKs, phone numbers and emails masked;
// never the applicant's own messages, codes or the NIB.
import type { Translate } from '../i18n/index.js';
import { maskPersonal } from '../understand/mask.js';
import { shortInstant } from './dates.js';
import { stageOf } from './text.js';

export interface HistoryEvent {
  at: number;
  type: string;
  actor: string;
  detail?: Record<string, unknown>;
}

export interface HistoryContext {
  t: Translate;
  timeZone: string;
  /** The staff member's name for an actor ('staff:<key>'), or undefined when unknown. */
  nameOf: (actor: string) => string | undefined;
  /** The desk's name for a dispatched event's level and code. */
  deskName: (level: string, code: string) => string;
}

/** The most recent events shown; older ones are counted. */
export const HISTORY_SHOWN = 15;

function raw(detail: Record<string, unknown> | undefined, field: string): string {
  const value = detail?.[field];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '-';
}

/** Free text typed by staff: NIKs, phone numbers and emails masked. */
function text(detail: Record<string, unknown> | undefined, field: string): string {
  return maskPersonal(raw(detail, field));
}

/** Who did it: the name in the event (older logs) or the roster's name for the actor. */
function who(e: HistoryEvent, ctx: HistoryContext): string {
  const named = e.detail?.by;
  return typeof named === 'string' ? named : (ctx.nameOf(e.actor) ?? ctx.t('rpSomeone'));
}

export function eventText(e: HistoryEvent, ctx: HistoryContext): string {
  const t = ctx.t;
  const name = who(e, ctx);
  switch (e.type) {
    case 'submitted': return t('rpEvSubmitted');
    case 'dispatched': return t('rpEvDispatched', { desk: ctx.deskName(raw(e.detail, 'desk'), raw(e.detail, 'code')) });
    case 'claimed': return t('rpEvClaimed', { name });
    case 'released': return t('rpEvReleased', { name });
    case 'detail_viewed': return t('rpEvDetailViewed', { name });
    case 'asked': return t('rpEvAsked', { name, text: text(e.detail, 'question') });
    case 'answered': return t('rpEvAnswered');
    case 'code_requested': return t('rpEvCodeRequested', { name });
    case 'code_relayed': return t('rpEvCodeRelayed');
    case 'deferred': return t('rpEvDeferred', { name, text: text(e.detail, 'reason') });
    case 'oss_retry_reminded': return t('rpEvOssReminded');
    case 'filed': return t('rpEvFiled', { name });
    case 'nib_recorded': return t('rpEvNibRecorded', { name });
    case 'nib_pdf_attached': return t('rpEvNibPdf', { name });
    case 'nib_delivered': return t('rpEvNibDelivered');
    case 'ktp_photo_deleted': return t('rpEvKtpDeleted');
    case 'rated': return t('rpEvRated', { rating: raw(e.detail, 'rating') });
    case 'rejected': return t('rpEvRejected', { name, text: text(e.detail, 'reason') });
    case 'applicant_message': return t('rpEvApplicantMessage');
    case 'queue_escalated': return t('rpEvQueueEscalated');
    case 'claim_reminded': return t('rpEvClaimReminded');
    case 'claim_expired': return t('rpEvClaimExpired', { name: typeof e.detail?.holder === 'string' ? e.detail.holder : t('rpSomeone') });
    case 'erased': return t('rpEvErased');
    case 'expired': return t('rpEvExpired');
    case 'revealed': return t('rpEvRevealed');
    case 'complaint': return t('rpEvComplaint');
    default: return t('rpEvOther', { type: e.type.replace(/_/g, ' ') });
  }
}

export function historyText(caseId: string, status: string, events: readonly HistoryEvent[], ctx: HistoryContext): string {
  const shown = events.slice(-HISTORY_SHOWN);
  const hidden = events.length - shown.length;
  return [
    ctx.t('rpHistoryHeader', { caseId, stage: stageOf(status, ctx.t) }),
    ...(hidden > 0 ? [ctx.t('rpHistoryEarlier', { count: String(hidden) })] : []),
    ...shown.map((e) => ctx.t('rpHistoryLine', { when: shortInstant(e.at, ctx.timeZone, ctx.t), what: eventText(e, ctx) })),
  ].join('\n');
}
