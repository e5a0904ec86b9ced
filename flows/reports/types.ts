// A case as the reports read it: what happened and when, where, at which desk, and the few figures
// kept after anonymisation (a rating, a rejection's category). Nothing here names or reaches a person.
import type { RejectionCategory } from './rejection.js';

export interface ReportEvent {
  at: number;
  type: string;
  /** 'applicant', 'system', or 'staff:<staff key>'. */
  actor: string;
}

export type DeskLevelName = 'village' | 'district' | 'regency';

export interface ReportCase {
  id: string;
  status: string;
  createdAt: number;
  updatedAt: number;
  /** When the case entered its current status. */
  statusSince: number;
  desk?: DeskLevelName;
  deskCode?: string;
  villageCode?: string;
  districtCode?: string;
  /** While a case waits for OSS: when the operator is to try again. */
  retryAt?: number;
  /** The staff key of whoever holds the case now. */
  holder?: string;
  rating?: number;
  rejection?: RejectionCategory;
  anonymized: boolean;
  events: ReportEvent[];
}

/** The statuses someone may still act on (as the case store counts them). */
export const OPEN_STATUSES: readonly string[] = ['queued', 'claimed', 'filed', 'waiting_oss'];

export function isOpen(c: Pick<ReportCase, 'status'>): boolean {
  return OPEN_STATUSES.includes(c.status);
}

/** A window of time, [from, to) in epoch ms. */
export interface Window {
  from: number;
  to: number;
}

export function within(at: number, window: Window): boolean {
  return at >= window.from && at < window.to;
}

/** The staff key of an event's actor, or undefined when it was not staff. */
export function staffKeyOf(actor: string): string | undefined {
  return actor.startsWith('staff:') ? actor.slice('staff:'.length) : undefined;
}
