// The weekly chart's data: per kecamatan, the NIBs recorded in each of the recent weeks.
import type { Translate } from '../i18n/index.js';
import type { WeeklyChart } from './chart.js';
import { dayMonth } from './dates.js';
import { issuedIn } from './figures.js';
import type { Period } from './period.js';
import type { AreaNames } from './summary.js';
import type { ReportCase } from './types.js';

/** NIBs per kecamatan code per week; kecamatan without any NIB in these weeks are left out. */
export function issuedPerWeek(cases: readonly ReportCase[], weeks: readonly Period[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const c of cases) {
    const week = weeks.findIndex((w) => issuedIn(c, w) !== undefined);
    if (week < 0) continue;
    const code = c.districtCode ?? '';
    const counts = rows.get(code) ?? weeks.map(() => 0);
    counts[week] = (counts[week] ?? 0) + 1;
    rows.set(code, counts);
  }
  return rows;
}

export function weeklyChart(cases: readonly ReportCase[], weeks: readonly Period[], names: AreaNames, t: Translate): WeeklyChart {
  const series = [...issuedPerWeek(cases, weeks)]
    .map(([code, counts]) => ({ label: ((code && names.districtName(code)) || '-').toUpperCase(), counts }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  return { title: t('rpChartTitle'), weeks: weeks.map((w) => dayMonth(w.firstDate)), series, emptyText: t('rpChartEmpty') };
}
