// STATUS: the applicant's cases in plain words: the stage, which desk has it, what happens next.

import type { CaseStatusView } from '../engine/types.js';
import type { FixedMessageKey } from '../i18n/index.js';
import type { IntakeContext } from './context.js';

type Wording = readonly [stage: FixedMessageKey, next: FixedMessageKey];

const STAGES: Readonly<Record<string, Wording>> = {
  queued: ['stageQueued', 'nextQueued'],
  claimed: ['stageClaimed', 'nextClaimed'],
  filed: ['stageFiled', 'nextFiled'],
  waiting_oss: ['stageWaitingOss', 'nextWaitingOss'],
  nib_issued: ['stageNibIssued', 'nextNibIssued'],
  closed: ['stageClosed', 'nextClosed'],
  rejected: ['stageRejected', 'nextRejected'],
  cancelled: ['stageCancelled', 'nextCancelled'],
};

const UNKNOWN_STAGE: Wording = ['stageUnknown', 'nextUnknown'];

const DESKS = { village: 'deskVillage', district: 'deskDistrict', regency: 'deskRegency' } as const;

/** The stage of a status in plain words ("menunggu diambil petugas"). */
export function stageName(status: string, ctx: IntakeContext): string {
  return ctx.t((STAGES[status] ?? UNKNOWN_STAGE)[0]);
}

function caseLine(view: CaseStatusView, ctx: IntakeContext): string {
  const [stage, next] = STAGES[view.status] ?? UNKNOWN_STAGE;
  const desk = view.desk ? ctx.t('statusDesk', { desk: ctx.t(DESKS[view.desk]) }) : '';
  const line = ctx.t('statusCase', { caseId: view.caseId, stage: ctx.t(stage), desk, next: ctx.t(next) });
  return view.nib ? `${line}\n  ${ctx.t('statusNib', { nib: view.nib })}` : line;
}

export function renderStatus(cases: readonly CaseStatusView[], ctx: IntakeContext): string {
  if (cases.length === 0) return ctx.t('statusNone');
  const newestFirst = [...cases].sort((a, b) => b.updatedAt - a.updatedAt);
  return [ctx.t('statusHeader'), ...newestFirst.map((view) => caseLine(view, ctx))].join('\n');
}
