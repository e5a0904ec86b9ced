// Which open cases are past their SLA now, by the rules the case timers apply: unclaimed longer than
// QUEUE_SLA_HOURS working hours; held (claimed, filed) without progress for CLAIM_SLA_HOURS; waiting
// for OSS and still untouched CLAIM_SLA_HOURS after its retry time.
import { addWorkingTime, type OfficeHours } from '../worktime/index.js';
import type { ReportCase } from './types.js';

const HOUR_MS = 3600_000;

export interface SlaRules {
  officeHours: OfficeHours;
  queueSlaHours: number;
  claimSlaHours: number;
}

/** When the case's current SLA runs out, or undefined for a case nobody owes anything. */
export function slaDue(c: ReportCase, rules: SlaRules): number | undefined {
  const after = (from: number, hours: number): number => addWorkingTime(rules.officeHours, from, hours * HOUR_MS);
  switch (c.status) {
    case 'queued':
      return after(c.statusSince, rules.queueSlaHours);
    case 'claimed':
    case 'filed':
      return after(c.updatedAt, rules.claimSlaHours);
    case 'waiting_oss':
      return after(Math.max(c.updatedAt, c.retryAt ?? 0), rules.claimSlaHours);
    default:
      return undefined;
  }
}

export function isOverdue(c: ReportCase, now: number, rules: SlaRules): boolean {
  const due = slaDue(c, rules);
  return due !== undefined && due <= now;
}
