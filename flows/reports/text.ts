// The coordinators' reports in words: the daily digest and REKAP. Short lines, one WhatsApp bubble.
import type { FixedMessageKey, Translate } from '../i18n/index.js';
import type { Lang } from '../engine/types.js';
import { longDate, monthLabel, shortDate, dateOf } from './dates.js';
import type { Durations, Figures } from './figures.js';
import type { Period } from './period.js';
import { decimal } from './stats.js';
import type { DigestData, Ratings, Summary } from './summary.js';

export interface Wording {
  t: Translate;
  lang: Lang;
  timeZone: string;
}

const STAGES: Readonly<Record<string, FixedMessageKey>> = {
  queued: 'stageQueued', claimed: 'stageClaimed', filed: 'stageFiled', waiting_oss: 'stageWaitingOss',
  nib_issued: 'stageNibIssued', closed: 'stageClosed', rejected: 'stageRejected', cancelled: 'stageCancelled',
};

export function stageOf(status: string, t: Translate): string {
  return t(STAGES[status] ?? 'stageUnknown');
}

export function figuresText(f: Figures, t: Translate): string {
  return t('rpFigures', {
    fresh: String(f.new), claimed: String(f.claimed), filed: String(f.filed),
    issued: String(f.issued), rejected: String(f.rejected), overdue: String(f.overdue),
  });
}

/** "2/1/0/3/1/2", in the order the header names. */
export function compactFigures(f: Figures): string {
  return [f.new, f.claimed, f.filed, f.issued, f.rejected, f.overdue].join('/');
}

function districtLines(s: Summary, t: Translate): string[] {
  if (s.districts.length === 0) return [t('rpNoActivity')];
  return [t('rpDistrictHeader'), ...s.districts.map((d) => t('rpDistrictLine', { name: d.name, figures: compactFigures(d.figures) }))];
}

function toNibLine(d: Durations, w: Wording, recentDays?: number): string {
  if (d.median === undefined) return w.t('rpToNibNone');
  const median = decimal(d.median, w.lang);
  const count = String(d.count);
  if (recentDays !== undefined) return w.t('rpToNibRecent', { median, count, days: String(recentDays) });
  return w.t('rpToNib', { median, count, p90: decimal(d.p90 ?? d.median, w.lang) });
}

function ratingsLine(r: Ratings, w: Wording): string {
  return r.average === undefined ? w.t('rpRatingsNone') : w.t('rpRatings', { average: decimal(r.average, w.lang), count: String(r.count) });
}

function oldestLines(d: DigestData, w: Wording): string[] {
  if (d.oldest.length === 0) return [w.t('rpNoOpenCases')];
  const lines = d.oldest.map((c, i) => w.t('rpOldestLine', {
    rank: String(i + 1), caseId: c.id, village: c.village, district: c.district,
    stage: stageOf(c.status, w.t), since: dateOf(c.since, w.timeZone, w.t),
  }));
  return [w.t('rpOldestHeader', { count: String(d.oldest.length) }), ...lines];
}

export function digestText(d: DigestData, w: Wording, nibWindowDays: number): string {
  return [
    w.t('rpDigestTitle', { date: longDate(d.date, w.t) }),
    w.t('rpToday', { figures: figuresText(d.totals, w.t) }),
    ...districtLines(d, w.t),
    toNibLine(d.toNib, w, nibWindowDays),
    ...oldestLines(d, w),
  ].join('\n');
}

export function periodLabel(period: Period, t: Translate): string {
  switch (period.spec.kind) {
    case 'today':
      return t('rpPeriodToday', { date: shortDate(period.firstDate, t) });
    case 'week':
      return t('rpPeriodWeek', { from: shortDate(period.firstDate, t), to: shortDate(period.lastDate, t) });
    case 'month':
    case 'calendar_month':
      return t('rpPeriodMonth', { month: monthLabel(period.firstDate.slice(0, 7), t) });
  }
}

export function reportText(s: Summary, period: Period, w: Wording): string {
  return [
    w.t('rpReportTitle', { period: periodLabel(period, w.t) }),
    w.t('rpTotal', { figures: figuresText(s.totals, w.t) }),
    ...districtLines(s, w.t),
    toNibLine(s.toNib, w),
    ratingsLine(s.ratings, w),
  ].join('\n');
}
