// The figures behind the digest, REKAP and the monthly report, from a scripted week of cases.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../flows/i18n/index.js';
import { activityIn, daysToNib } from '../../../flows/reports/figures.js';
import { monthlyCsv, monthlyReport, csvField } from '../../../flows/reports/monthly.js';
import { isOverdue, type SlaRules } from '../../../flows/reports/overdue.js';
import { monthPeriod, periodOf } from '../../../flows/reports/period.js';
import { digestData, periodSummary } from '../../../flows/reports/summary.js';
import { digestText, reportText } from '../../../flows/reports/text.js';
import { NAMES, OFFICE, ZONE, reportCase, wib } from './fixtures.js';

const RULES: SlaRules = { officeHours: OFFICE, queueSlaHours: 8, claimSlaHours: 8 };
const KARANGGONDANG = '35.05.02.2007';
const JATI = '35.05.02.2001';
const SATREYAN = '35.05.10.1010';

/** Monday 16 to Thursday 19 November 2026. */
function week() {
  return {
    issuedFast: reportCase(KARANGGONDANG, [['submitted', '2026-11-16T09:00'], ['claimed', '2026-11-16T10:00'], ['filed', '2026-11-17T09:00'], ['nib_recorded', '2026-11-18T09:00'], ['rated', '2026-11-18T10:00']], { status: 'nib_issued', rating: 5 }),
    issuedSlow: reportCase(SATREYAN, [['submitted', '2026-11-02T09:00'], ['claimed', '2026-11-03T09:00'], ['nib_recorded', '2026-11-19T09:00', 'staff:op2'], ['rated', '2026-11-19T11:00']], { status: 'nib_issued', rating: 3, desk: 'district' }),
    rejected: reportCase(JATI, [['submitted', '2026-11-17T08:00'], ['claimed', '2026-11-17T09:00'], ['rejected', '2026-11-19T10:00']], { status: 'rejected', rejection: 'documents' }),
    waiting: reportCase(JATI, [['submitted', '2026-11-19T08:30']], { status: 'queued' }),
    stale: reportCase(SATREYAN, [['submitted', '2026-11-10T09:00'], ['claimed', '2026-11-10T10:00']], { status: 'claimed' }),
    erased: reportCase(KARANGGONDANG, [['submitted', '2026-11-19T09:00'], ['erased', '2026-11-19T09:30', 'applicant']], { status: 'cancelled', anonymized: true }),
  };
}

const NOW = wib('2026-11-19T15:30');

describe('activity and durations', () => {
  it('counts each case once per kind of activity in the window', () => {
    const cases = Object.values(week());
    expect(activityIn(cases, periodOf({ kind: 'today' }, NOW, ZONE))).toMatchObject({ new: 2, claimed: 0, filed: 0, issued: 1, rejected: 1 });
    expect(activityIn(cases, periodOf({ kind: 'week' }, NOW, ZONE))).toMatchObject({ new: 4, claimed: 2, filed: 1, issued: 2, rejected: 1 });
    expect(activityIn(cases, periodOf({ kind: 'month' }, NOW, ZONE))).toMatchObject({ new: 6, claimed: 4, filed: 1, issued: 2, rejected: 1 });
  });

  it('measures submission to NIB in days for NIBs recorded in the window', () => {
    const { issuedFast, issuedSlow } = week();
    expect(daysToNib([issuedFast, issuedSlow], periodOf({ kind: 'month' }, NOW, ZONE))).toEqual([2, 17]);
  });

  it('overdue: unclaimed beyond the queue SLA, held without progress beyond the claim SLA (working hours)', () => {
    const { waiting, stale, issuedFast } = week();
    expect(isOverdue(waiting, NOW, RULES)).toBe(false);
    expect(isOverdue(waiting, wib('2026-11-20T09:00'), RULES)).toBe(false);
    expect(isOverdue(waiting, wib('2026-11-20T10:00'), RULES)).toBe(true);
    expect(isOverdue(stale, NOW, RULES)).toBe(true);
    expect(isOverdue(issuedFast, NOW, RULES)).toBe(false);
  });
});

describe('the digest', () => {
  const t = translator('id');
  const w = week();
  const data = digestData(Object.values(w), NOW, {
    rules: RULES, names: NAMES, timeZone: ZONE, nibWindowDays: 30, oldestCount: 5, dayStart: periodOf({ kind: 'today' }, NOW, ZONE).from,
  });

  it('has today per kecamatan, overdue now, the median to NIB and the oldest open cases', () => {
    expect(data.date).toBe('2026-11-19');
    expect(data.totals).toEqual({ new: 2, claimed: 0, filed: 0, issued: 1, rejected: 1, overdue: 1 });
    expect(data.districts.map((d) => [d.name, d.figures])).toEqual([
      ['Kanigoro', { new: 0, claimed: 0, filed: 0, issued: 1, rejected: 0, overdue: 1 }],
      ['Udanawu', { new: 2, claimed: 0, filed: 0, issued: 0, rejected: 1, overdue: 0 }],
    ]);
    expect(data.toNib).toEqual({ count: 2, median: 9.5, p90: 17 });
    expect(data.oldest.map((c) => [c.id, c.village, c.district])).toEqual([[w.stale.id, 'Satreyan', 'Kanigoro'], [w.waiting.id, 'Jati', 'Udanawu']]);
  });

  it('reads as one short message', () => {
    const text = digestText(data, { t, lang: 'id', timeZone: ZONE }, 30);
    expect(text).toContain('Kamis, 19 November 2026');
    expect(text).toContain('2 baru, 0 diambil, 0 diajukan, 1 NIB terbit, 1 ditolak; 1 lewat SLA');
    expect(text).toContain('• Udanawu: 2/0/0/0/1/0');
    expect(text).toContain('• Kanigoro: 0/0/0/1/0/1');
    expect(text).toContain('median 9,5 hari (2 NIB)');
    expect(text).toContain('*2 kasus terbuka tertua:*');
    expect(text.length).toBeLessThan(1000);
  });
});

describe('REKAP and the monthly report', () => {
  const cases = Object.values(week());
  const november = monthPeriod('2026-11', ZONE);
  const report = monthlyReport(cases, november, { names: NAMES, operatorName: (key) => ({ op1: 'Vina', op2: 'Wati' })[key], timeZone: ZONE });

  it('totals, per village, kecamatan, desk and operator; durations; rejections by reason; satisfaction', () => {
    expect(report.totals).toEqual({ submitted: 6, claimed: 4, filed: 1, issued: 2, rejected: 1, rated: 2 });
    expect(report.issued.byVillage).toEqual([
      { code: JATI, name: 'Jati', districtCode: '35.05.02', district: 'Udanawu', submitted: 2, issued: 0, rejected: 1 },
      { code: KARANGGONDANG, name: 'Karanggondang', districtCode: '35.05.02', district: 'Udanawu', submitted: 2, issued: 1, rejected: 0 },
      { code: SATREYAN, name: 'Satreyan', districtCode: '35.05.10', district: 'Kanigoro', submitted: 2, issued: 1, rejected: 0 },
    ]);
    expect(report.issued.byDistrict).toEqual([{ code: '35.05.02', name: 'Udanawu', issued: 1 }, { code: '35.05.10', name: 'Kanigoro', issued: 1 }]);
    expect(report.issued.byDesk).toEqual({ village: 1, district: 1, regency: 0, unknown: 0 });
    expect(report.issued.byOperator.map((o) => [o.name, o.issued])).toEqual([['Vina', 1], ['Wati', 1]]);
    expect(report.daysToNib).toEqual({ count: 2, median: 9.5, p90: 17 });
    expect(report.rejections.byReason).toMatchObject({ documents: 1, other: 0 });
    expect(report.satisfaction).toEqual({ count: 2, average: 4 });
    expect(report.from).toBe('2026-10-31T17:00:00.000Z');
  });

  it('as CSV: a header and one row per village with its name', () => {
    const lines = monthlyCsv(report).trimEnd().split('\r\n');
    expect(lines[0]).toBe('month,village_code,village,district_code,district,submitted,nib_issued,rejected');
    expect(lines.slice(1)).toEqual([
      `2026-11,${JATI},Jati,35.05.02,Udanawu,2,0,1`,
      `2026-11,${KARANGGONDANG},Karanggondang,35.05.02,Udanawu,2,1,0`,
      `2026-11,${SATREYAN},Satreyan,35.05.10,Kanigoro,2,1,0`,
    ]);
  });

  it.each([['Jati', 'Jati'], ['Ngadi, Lor', '"Ngadi, Lor"'], ['Say "hi"', '"Say ""hi"""'], ['=1+1', "'=1+1"], ['-', '-'], [12, '12']])('csvField(%j) = %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('REKAP words the period and its figures', () => {
    const month = periodOf({ kind: 'month' }, NOW, ZONE);
    const text = reportText(periodSummary(cases, month, NOW, { rules: RULES, names: NAMES }), month, { t: translator('id'), lang: 'id', timeZone: ZONE });
    expect(text).toContain('*Rekap Loket · bulan November 2026*');
    expect(text).toContain('Kepuasan: 4 dari 5 (2 penilaian)');
    expect(text).toContain('median 9,5 hari, p90 17 hari (2 NIB)');
  });
});
