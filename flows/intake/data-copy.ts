// DATA SAYA (the right of access, UU 27/2022): what Loket holds about the applicant, in plain words:
// the answers of an intake in progress, and each case with its data and what happened to it. Split
// into WhatsApp-sized bubbles.
import type { StoredCaseView } from '../engine/types.js';
import type { MessageKey } from '../i18n/index.js';
import type { IntakeContext } from './context.js';
import { formatDate } from './describe.js';
import type { Session } from './session.js';
import { stageName } from './status.js';
import { summaryItems } from './summary.js';
import { bubbles } from './bubbles.js';

interface DossierShape {
  identity?: { nik?: string; fullName?: string; birthDate?: string; ktpAddress?: string };
  contact?: { phone?: string; email?: string; npwp?: string };
  business?: { name?: string; description?: string; kbli?: { code?: string }[]; capital?: number; address?: { text?: string; villageName?: string; districtName?: string } };
  ktpPhoto?: unknown;
}

function dossierLines(view: StoredCaseView, ctx: IntakeContext): string[] {
  const d = view.dossier as DossierShape;
  const fields: [Parameters<IntakeContext['t']>[0], string | undefined][] = [
    ['labelName', d.identity?.fullName], ['labelNik', d.identity?.nik], ['labelKtpAddress', d.identity?.ktpAddress],
    ['labelPhone', d.contact?.phone], ['labelEmail', d.contact?.email], ['labelNpwp', d.contact?.npwp],
    ['labelBusinessName', d.business?.name], ['labelActivity', d.business?.description],
    ['labelKbli', d.business?.kbli?.map((k) => k.code).join(', ')],
    ['labelCapital', d.business?.capital === undefined ? undefined : String(d.business.capital)],
    ['labelBusinessAddress', [d.business?.address?.text, d.business?.address?.villageName, d.business?.address?.districtName].filter(Boolean).join(', ')],
    ['labelKtpPhoto', ctx.t(d.ktpPhoto ? 'valueSent' : 'valueSkipped')],
  ];
  return fields.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => `• ${ctx.t(label)}: ${value ?? ''}`);
}

/** What a case's log records, in the applicant's words; an unknown entry is shown as it is named. */
const EVENT_WORDS: Readonly<Record<string, MessageKey>> = {
  submitted: 'eventSubmitted', dispatched: 'eventDispatched', claimed: 'eventClaimed', released: 'eventReleased',
  claim_expired: 'eventClaimExpired', detail_viewed: 'eventDetailViewed', asked: 'eventAsked', answered: 'eventAnswered',
  applicant_message: 'eventApplicantMessage', code_requested: 'eventCodeRequested', code_relayed: 'eventCodeRelayed',
  waiting_oss: 'eventWaitingOss', oss_retry_reminded: 'eventOssRetryReminded', nib_issued: 'eventNibIssued',
  nib_delivered: 'eventNibDelivered', nib_pdf_attached: 'eventNibPdfAttached', ktp_photo_deleted: 'eventKtpPhotoDeleted',
  rated: 'eventRated', complaint: 'eventComplaint', rejected: 'eventRejected', cancelled: 'eventCancelled',
  filed: 'eventFiled', reassigned: 'eventReassigned', escalated: 'eventEscalated', oss_held: 'eventOssHeld', oss_resumed: 'eventOssResumed',
  holder_deactivated: 'eventHolderDeactivated',
};

function eventWords(type: string, ctx: IntakeContext): string {
  const key = EVENT_WORDS[type];
  return key === undefined ? type.replace(/_/g, ' ') : ctx.t(key);
}

function historyLine(view: StoredCaseView, ctx: IntakeContext): string {
  const steps = view.events.map((e) => `${formatDate(new Date(e.at).toISOString().slice(0, 10), ctx)} ${eventWords(e.type, ctx)}`);
  return ctx.t('dataCopyHistory', { history: steps.join('; ') });
}

function caseLines(view: StoredCaseView, ctx: IntakeContext): string[] {
  return [ctx.t('dataCopyCase', { caseId: view.caseId, status: stageName(view.status, ctx) }), ...dossierLines(view, ctx), historyLine(view, ctx)];
}

function intakeLines(session: Session | undefined, ctx: IntakeContext): string[] {
  if (!session || session.mode !== 'intake' || Object.keys(session.answers).length === 0) return [];
  const items = summaryItems(session.answers, ctx).filter((item) => item.value !== ctx.t('valueNone'));
  return [ctx.t('dataCopyIntake'), ...items.map((item) => `• ${item.label}: ${item.value}`)];
}

/** The applicant's copy of their data, in bubbles; a short note when nothing is stored. */
export function renderDataCopy(session: Session | undefined, cases: readonly StoredCaseView[], ctx: IntakeContext): string[] {
  const agreed = session?.announcements === 'agreed' ? [ctx.t('dataCopyAnnouncements')] : [];
  const lines = [...intakeLines(session, ctx), ...cases.flatMap((view) => caseLines(view, ctx)), ...agreed];
  if (lines.length === 0) return [ctx.t('dataCopyNone')];
  return [ctx.t('dataCopyHeader'), ...bubbles(lines), ctx.t('dataCopyFooter')];
}
