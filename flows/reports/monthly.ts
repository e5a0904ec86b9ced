// The monthly report coordinators send upward: NIBs issued per village, kecamatan, desk and
// operator; time to NIB; rejections by reason; satisfaction. Also as CSV, one row per village.
import { ACTIVITY_EVENTS, activityIn, daysToNib, durations, hadEvent, issuedIn, type Durations } from './figures.js';
import type { Period } from './period.js';
import { REJECTION_CATEGORIES, type RejectionCategory } from './rejection.js';
import { ratingsOf, type AreaNames, type Ratings } from './summary.js';
import { staffKeyOf, type ReportCase } from './types.js';

export interface VillageRow {
  code: string;
  name: string;
  districtCode: string;
  district: string;
  submitted: number;
  issued: number;
  rejected: number;
}

export interface MonthlyReport {
  month: string;
  timeZone: string;
  /** The month's bounds as ISO instants, [from, to). */
  from: string;
  to: string;
  totals: { submitted: number; claimed: number; filed: number; issued: number; rejected: number; rated: number };
  daysToNib: Durations;
  issued: {
    byVillage: VillageRow[];
    byDistrict: { code: string; name: string; issued: number }[];
    byDesk: Record<'village' | 'district' | 'regency' | 'unknown', number>;
    byOperator: { id: string; name: string; issued: number }[];
  };
  rejections: { total: number; byReason: Record<RejectionCategory, number> };
  satisfaction: Ratings;
}

export interface MonthlyContext {
  names: AreaNames;
  /** An operator's name from their staff key, when still on the roster. */
  operatorName: (staffKey: string) => string | undefined;
  timeZone: string;
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function villageRows(cases: readonly ReportCase[], period: Period, names: AreaNames): VillageRow[] {
  const rows = new Map<string, VillageRow>();
  const rowOf = (c: ReportCase): VillageRow => {
    const code = c.villageCode ?? '';
    const districtCode = c.districtCode ?? '';
    const row = rows.get(code) ?? { code, name: names.villageName(code) ?? '-', districtCode, district: names.districtName(districtCode) ?? '-', submitted: 0, issued: 0, rejected: 0 };
    rows.set(code, row);
    return row;
  };
  for (const c of cases) {
    const marks = { submitted: hadEvent(c, ACTIVITY_EVENTS.new, period), issued: issuedIn(c, period) !== undefined, rejected: hadEvent(c, ACTIVITY_EVENTS.rejected, period) };
    if (!marks.submitted && !marks.issued && !marks.rejected) continue;
    const row = rowOf(c);
    for (const kind of ['submitted', 'issued', 'rejected'] as const) if (marks[kind]) row[kind] += 1;
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function issuedBy(issued: readonly ReportCase[], ctx: MonthlyContext): MonthlyReport['issued']['byOperator'] {
  const keys = countBy(issued, (c) => staffKeyOf(c.events.find((e) => e.type === ACTIVITY_EVENTS.issued)?.actor ?? '') ?? '');
  return [...keys].map(([key, count]) => ({ id: key.slice(0, 12), name: (key && ctx.operatorName(key)) || '-', issued: count }))
    .sort((a, b) => b.issued - a.issued || a.name.localeCompare(b.name, 'id'));
}

function byDesk(issued: readonly ReportCase[]): MonthlyReport['issued']['byDesk'] {
  const counts = countBy(issued, (c) => c.desk ?? 'unknown');
  return { village: counts.get('village') ?? 0, district: counts.get('district') ?? 0, regency: counts.get('regency') ?? 0, unknown: counts.get('unknown') ?? 0 };
}

function byDistrict(villages: readonly VillageRow[]): MonthlyReport['issued']['byDistrict'] {
  const rows = new Map<string, { code: string; name: string; issued: number }>();
  for (const v of villages) {
    const row = rows.get(v.districtCode) ?? { code: v.districtCode, name: v.district, issued: 0 };
    row.issued += v.issued;
    rows.set(v.districtCode, row);
  }
  return [...rows.values()].filter((r) => r.issued > 0).sort((a, b) => a.code.localeCompare(b.code));
}

function rejections(cases: readonly ReportCase[], period: Period): MonthlyReport['rejections'] {
  const rejected = cases.filter((c) => hadEvent(c, ACTIVITY_EVENTS.rejected, period));
  const byReason = Object.fromEntries(REJECTION_CATEGORIES.map((k) => [k, 0])) as Record<RejectionCategory, number>;
  for (const c of rejected) byReason[c.rejection ?? 'other'] += 1;
  return { total: rejected.length, byReason };
}

export function monthlyReport(cases: readonly ReportCase[], period: Period, ctx: MonthlyContext): MonthlyReport {
  const activity = activityIn(cases, period);
  const issued = cases.filter((c) => issuedIn(c, period) !== undefined);
  const villages = villageRows(cases, period, ctx.names);
  const satisfaction = ratingsOf(cases, period);
  return {
    month: period.firstDate.slice(0, 7), timeZone: ctx.timeZone, from: new Date(period.from).toISOString(), to: new Date(period.to).toISOString(),
    totals: { submitted: activity.new, claimed: activity.claimed, filed: activity.filed, issued: activity.issued, rejected: activity.rejected, rated: satisfaction.count },
    daysToNib: durations(daysToNib(cases, period)),
    issued: { byVillage: villages, byDistrict: byDistrict(villages), byDesk: byDesk(issued), byOperator: issuedBy(issued, ctx) },
    rejections: rejections(cases, period),
    satisfaction,
  };
}

const CSV_COLUMNS = ['month', 'village_code', 'village', 'district_code', 'district', 'submitted', 'nib_issued', 'rejected'] as const;

/** A CSV field, quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^(?:[=+@\t\r]|-.)/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per village with activity in the month, with a header row; CRLF line ends (RFC 4180). */
export function monthlyCsv(report: MonthlyReport): string {
  const rows = report.issued.byVillage.map((v) => [report.month, v.code, v.name, v.districtCode, v.district, v.submitted, v.issued, v.rejected]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
