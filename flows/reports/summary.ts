// The digest's and REKAP's figures: activity in a window per kecamatan, the open cases past their
// SLA now, time to NIB, satisfaction, and the oldest open cases. Wording is in text.ts.
import { activityByDistrict, activityIn, daysToNib, durations, isEmpty, oldestOpen, ratingsIn, type Durations, type Figures } from './figures.js';
import { isOverdue, type SlaRules } from './overdue.js';
import { average, round1 } from './stats.js';
import { officeDate, type Period } from './period.js';
import type { ReportCase, Window } from './types.js';

const DAY_MS = 24 * 3600_000;

/** Names for area codes (the service area's villages and kecamatan). */
export interface AreaNames {
  villageName(code: string): string | undefined;
  districtName(code: string): string | undefined;
}

export interface DistrictRow {
  code: string;
  name: string;
  figures: Figures;
}

export interface Ratings {
  count: number;
  average?: number;
}

export interface Summary {
  window: Window;
  totals: Figures;
  /** Kecamatan with any figure, by name; cases without a known kecamatan last. */
  districts: DistrictRow[];
  /** Over the NIBs recorded in `nibWindow`. */
  toNib: Durations;
  nibWindow: Window;
  ratings: Ratings;
}

export interface OldCase {
  id: string;
  status: string;
  village: string;
  district: string;
  since: number;
}

export interface DigestData extends Summary {
  /** The office date of the digest, 'YYYY-MM-DD'. */
  date: string;
  oldest: OldCase[];
}

export interface SummaryOptions {
  rules: SlaRules;
  names: AreaNames;
}

function districtRows(cases: readonly ReportCase[], window: Window, overdue: (c: ReportCase) => boolean, names: AreaNames): DistrictRow[] {
  const rows = [...activityByDistrict(cases, window, overdue)].filter(([, figures]) => !isEmpty(figures));
  const named = rows.map(([code, figures]) => ({ code, name: (code && names.districtName(code)) || '-', figures }));
  return named.sort((a, b) => Number(a.code === '') - Number(b.code === '') || a.name.localeCompare(b.name, 'id'));
}

export function ratingsOf(cases: readonly ReportCase[], window: Window): Ratings {
  const given = ratingsIn(cases, window);
  const mean = average(given);
  return { count: given.length, ...(mean === undefined ? {} : { average: round1(mean) }) };
}

/** Figures of a window; time to NIB over `nibWindow` (the same window unless given). */
export function summarise(cases: readonly ReportCase[], window: Window, now: number, options: SummaryOptions, nibWindow: Window = window): Summary {
  // Working-time arithmetic is the costly part: each open case is judged once.
  const late = new Set(cases.filter((c) => isOverdue(c, now, options.rules)));
  const overdue = (c: ReportCase): boolean => late.has(c);
  const totals = activityIn(cases, window);
  totals.overdue = late.size;
  return {
    window, totals, nibWindow,
    districts: districtRows(cases, window, overdue, options.names),
    toNib: durations(daysToNib(cases, nibWindow)),
    ratings: ratingsOf(cases, window),
  };
}

export function periodSummary(cases: readonly ReportCase[], period: Period, now: number, options: SummaryOptions): Summary {
  return summarise(cases, period, now, options);
}

function oldCase(c: ReportCase, names: AreaNames): OldCase {
  const village = (c.villageCode && names.villageName(c.villageCode)) || '-';
  const district = (c.districtCode && names.districtName(c.districtCode)) || '-';
  return { id: c.id, status: c.status, village, district, since: c.createdAt };
}

export interface DigestOptions extends SummaryOptions {
  timeZone: string;
  /** Time to NIB is taken over this many days back. */
  nibWindowDays: number;
  oldestCount: number;
  /** The digest's day: from the office's midnight to now. */
  dayStart: number;
}

export function digestData(cases: readonly ReportCase[], now: number, options: DigestOptions): DigestData {
  const today = { from: options.dayStart, to: now + 1 };
  const nibWindow = { from: now - options.nibWindowDays * DAY_MS, to: now + 1 };
  return {
    ...summarise(cases, today, now, options, nibWindow),
    date: officeDate(now, options.timeZone),
    oldest: oldestOpen(cases, options.oldestCount).map((c) => oldCase(c, options.names)),
  };
}
