// The figures every report is made of, computed from the cases' event logs: how many cases were
// submitted, claimed, filed, issued or rejected in a window (each case counted once per kind),
// grouped per kecamatan; how long submission to NIB took; which open cases are oldest.
import { percentile, median, round1, toDays } from './stats.js';
import { isOpen, within, type ReportCase, type ReportEvent, type Window } from './types.js';

/** The event that marks each kind of activity. */
export const ACTIVITY_EVENTS = { new: 'submitted', claimed: 'claimed', filed: 'filed', issued: 'nib_recorded', rejected: 'rejected' } as const;
export type ActivityKind = keyof typeof ACTIVITY_EVENTS;
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_EVENTS) as ActivityKind[];

export type Activity = Record<ActivityKind, number>;

/** Activity and, for a snapshot, how many open cases are past their SLA now. */
export interface Figures extends Activity {
  overdue: number;
}

export function noActivity(): Figures {
  return { new: 0, claimed: 0, filed: 0, issued: 0, rejected: 0, overdue: 0 };
}

/** The first event of a type, or (for 'submitted') the case's creation when its log lacks it. */
export function firstEvent(c: ReportCase, type: string): ReportEvent | undefined {
  const found = c.events.find((e) => e.type === type);
  if (found || type !== 'submitted') return found;
  return { at: c.createdAt, type, actor: 'applicant' };
}

/** Whether the case had an event of `type` in the window. */
export function hadEvent(c: ReportCase, type: string, window: Window): boolean {
  if (type === 'submitted') return within(firstEvent(c, type)?.at ?? c.createdAt, window);
  return c.events.some((e) => e.type === type && within(e.at, window));
}

/** Adds one case's activity in the window to `into`. */
function addActivity(into: Figures, c: ReportCase, window: Window): void {
  for (const kind of ACTIVITY_KINDS) if (hadEvent(c, ACTIVITY_EVENTS[kind], window)) into[kind] += 1;
}

export function activityIn(cases: readonly ReportCase[], window: Window): Figures {
  const figures = noActivity();
  for (const c of cases) addActivity(figures, c, window);
  return figures;
}

export function isEmpty(figures: Figures): boolean {
  return Object.values(figures).every((n) => n === 0);
}

/** Activity per kecamatan code ('' when unknown), and overdue counts when `overdue` is given. */
export function activityByDistrict(cases: readonly ReportCase[], window: Window, overdue?: (c: ReportCase) => boolean): Map<string, Figures> {
  const rows = new Map<string, Figures>();
  for (const c of cases) {
    const code = c.districtCode ?? '';
    const row = rows.get(code) ?? noActivity();
    addActivity(row, c, window);
    if (overdue?.(c)) row.overdue += 1;
    rows.set(code, row);
  }
  return rows;
}

/** The NIB's event when it was recorded in the window. */
export function issuedIn(c: ReportCase, window: Window): ReportEvent | undefined {
  const nib = firstEvent(c, ACTIVITY_EVENTS.issued);
  return nib && within(nib.at, window) ? nib : undefined;
}

/** Days from submission to NIB of the cases whose NIB was recorded in the window. */
export function daysToNib(cases: readonly ReportCase[], window: Window): number[] {
  return cases.flatMap((c) => {
    const nib = issuedIn(c, window);
    const submitted = firstEvent(c, ACTIVITY_EVENTS.new)?.at ?? c.createdAt;
    return nib ? [toDays(nib.at - submitted)] : [];
  });
}

export interface Durations {
  count: number;
  median?: number;
  p90?: number;
}

export function durations(days: readonly number[]): Durations {
  const mid = median(days);
  const p90 = percentile(days, 90);
  return { count: days.length, ...(mid === undefined ? {} : { median: round1(mid) }), ...(p90 === undefined ? {} : { p90: round1(p90) }) };
}

/** Ratings given in the window (the 'rated' event's time, the case's rating). */
export function ratingsIn(cases: readonly ReportCase[], window: Window): number[] {
  return cases.flatMap((c) => (c.rating !== undefined && hadEvent(c, 'rated', window) ? [c.rating] : []));
}

/** The open cases, oldest submission first. */
export function oldestOpen(cases: readonly ReportCase[], count: number): ReportCase[] {
  return cases.filter(isOpen).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).slice(0, count);
}
