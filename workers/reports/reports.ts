// The coordinators' figures and look-ups, read from the case store and the roster and put in words
// by flows/reports: the digest (with its chart), REKAP, CARI, RIWAYAT, OPERATOR, the monthly report
// and the admin page's backlog. Every answer is for staff: Indonesian, no applicant's identity.
import { LEADING_CASE_ID, canonicalSymbols } from '../../flows/casework/case-id.js';
import { deskName } from '../../flows/casework/dossier-view.js';
import type { Village, VillageIndex } from '../../flows/area/villages.js';
import { translator, type Translate } from '../../flows/i18n/index.js';
import type { Dossier } from '../../flows/intake/dossier.js';
import { renderChart } from '../../flows/reports/chart.js';
import { caseView, revealedApplicant, type CaseView } from '../../flows/reports/case-view.js';
import { dateOf, shortDate } from '../../flows/reports/dates.js';
import { historyText } from '../../flows/reports/history.js';
import { monthlyReport, type MonthlyReport } from '../../flows/reports/monthly.js';
import { isOverdue, type SlaRules } from '../../flows/reports/overdue.js';
import { monthPeriod, periodOf, recentWeeks, type PeriodSpec } from '../../flows/reports/period.js';
import { digestData, periodSummary, type AreaNames, type DigestData } from '../../flows/reports/summary.js';
import { digestText, reportText, stageOf, type Wording } from '../../flows/reports/text.js';
import { isOpen, type ReportCase } from '../../flows/reports/types.js';
import { weeklyChart } from '../../flows/reports/weekly.js';
import type { OfficeHours } from '../../flows/worktime/index.js';
import type { CaseEvent, CaseRecord, CaseStore } from '../cases/store.js';
import type { Notice } from '../casework/notice.js';
import type { MediaStore } from '../media/store.js';
import type { RosterStore, StaffMember } from '../staff/roster.js';
import { encodePng } from './png.js';
import { ReportSource, toReportCase } from './source.js';

/** Time to NIB in the digest is taken over this many days back. */
export const NIB_WINDOW_DAYS = 30;
const OLDEST_SHOWN = 5;
/** Weeks in the chart, the current one last. */
export const CHART_WEEKS = 4;
/** Open cases listed by CARI <village>. */
const VILLAGE_CASES_SHOWN = 10;

export interface ReportsDeps {
  cases: CaseStore;
  roster: RosterStore;
  media: MediaStore;
  villages: VillageIndex;
  officeHours: OfficeHours;
  sla: { queueSlaHours: number; claimSlaHours: number };
}

export interface BacklogRow {
  id: string;
  status: string;
  stage: string;
  village: string;
  district: string;
  createdAt: number;
  overdue: boolean;
}

/** "lk 7kq2m tolong dicek" → "LK-7KQ2M": a case id typed first, loosely. */
function caseIdAtStart(text: string): string | undefined {
  const typed = LEADING_CASE_ID.exec(text)?.[1];
  const symbols = typed === undefined ? undefined : canonicalSymbols(typed);
  return symbols === undefined ? undefined : `LK-${symbols}`;
}

export function areaNamesOf(villages: VillageIndex): AreaNames {
  return { villageName: (code) => villages.byCode(code)?.name, districtName: (code) => villages.districtByCode(code)?.name };
}

export class Reports {
  readonly t: Translate = translator('id');
  readonly names: AreaNames;
  private readonly source: ReportSource;

  constructor(private readonly deps: ReportsDeps) {
    this.names = areaNamesOf(deps.villages);
    this.source = new ReportSource(deps.cases);
  }

  get zone(): string {
    return this.deps.officeHours.timeZone;
  }

  private get wording(): Wording {
    return { t: this.t, lang: 'id', timeZone: this.zone };
  }

  private get rules(): SlaRules {
    return { officeHours: this.deps.officeHours, ...this.deps.sla };
  }

  cases(): Promise<ReportCase[]> {
    return this.source.all();
  }

  // ---- the digest and its chart

  async digest(now: number, cases?: readonly ReportCase[]): Promise<DigestData> {
    return digestData(cases ?? (await this.cases()), now, {
      rules: this.rules, names: this.names, timeZone: this.zone, nibWindowDays: NIB_WINDOW_DAYS, oldestCount: OLDEST_SHOWN,
      dayStart: periodOf({ kind: 'today' }, now, this.zone).from,
    });
  }

  async chartPng(now: number, cases?: readonly ReportCase[]): Promise<Buffer> {
    const weeks = recentWeeks(now, this.zone, CHART_WEEKS);
    return encodePng(renderChart(weeklyChart(cases ?? (await this.cases()), weeks, this.names, this.t)));
  }

  /** The digest's text and its chart (stored encrypted, deleted once delivered). */
  async digestNotices(to: string, now: number): Promise<Notice[]> {
    const cases = await this.cases();
    const text = digestText(await this.digest(now, cases), this.wording, NIB_WINDOW_DAYS);
    const ref = await this.deps.media.put(await this.chartPng(now, cases));
    const weeks = recentWeeks(now, this.zone, CHART_WEEKS);
    const caption = this.t('rpChartCaption', { from: shortDate(weeks[0]?.firstDate ?? '', this.t), to: shortDate(weeks.at(-1)?.lastDate ?? '', this.t) });
    return [{ to, text }, { to, image: { ref, mimetype: 'image/png', caption }, dropMedia: true }];
  }

  // ---- REKAP

  async report(spec: PeriodSpec, now: number): Promise<string> {
    const period = periodOf(spec, now, this.zone);
    return reportText(periodSummary(await this.cases(), period, now, { rules: this.rules, names: this.names }), period, this.wording);
  }

  // ---- CARI

  async search(query: string): Promise<string> {
    const caseId = caseIdAtStart(query);
    if (caseId) return this.caseState(caseId);
    const match = this.deps.villages.search(query);
    if (match.kind === 'none') return this.t('rpVillageUnknown', { query: query.slice(0, 40) });
    const villages = match.kind === 'unique' ? [match.village] : match.candidates;
    const open = (await this.cases()).filter(isOpen);
    return villages.map((v) => this.villageCases(v, open)).join('\n\n');
  }

  private villageCases(village: Village, open: readonly ReportCase[]): string {
    const here = open.filter((c) => c.villageCode === village.code).sort((a, b) => a.createdAt - b.createdAt);
    const lines = here.slice(0, VILLAGE_CASES_SHOWN).map((c) => this.t('rpVillageCaseLine', {
      caseId: c.id, stage: stageOf(c.status, this.t), since: dateOf(c.createdAt, this.zone, this.t),
    }));
    const more = here.length - lines.length;
    return [
      this.t('rpVillageCases', { village: village.name, district: village.districtName, count: String(here.length) }),
      ...lines, ...(more > 0 ? [this.t('rpMore', { count: String(more) })] : []),
    ].join('\n');
  }

  private async caseState(caseId: string): Promise<string> {
    const record = await this.deps.cases.get(caseId);
    if (record) return this.liveState(record);
    const [row] = await this.deps.cases.reportRows([caseId]);
    if (!row) return this.t('rpCaseUnknown', { caseId });
    const c = toReportCase(row);
    return this.t('rpCaseAnonymized', {
      caseId, stage: stageOf(c.status, this.t), submitted: dateOf(c.createdAt, this.zone, this.t),
      village: this.names.villageName(c.villageCode ?? '') ?? '-', district: this.names.districtName(c.districtCode ?? '') ?? '-',
    });
  }

  private async liveState(record: CaseRecord): Promise<string> {
    const dossier = record.dossier as unknown as Dossier;
    const level = record.fields.desk;
    const desk = level === 'village' || level === 'district' || level === 'regency' ? deskName(level, dossier, this.t) : this.t('stageUnknown');
    const holder = record.fields.claimedBy ? (await this.deps.roster.getByKey(record.fields.claimedBy))?.name : undefined;
    return this.t('rpCaseState', {
      caseId: record.id, stage: stageOf(record.status, this.t), desk,
      village: dossier.business.address.villageName, district: dossier.business.address.districtName, business: dossier.business.name,
      holder: holder ?? this.t('rpNobody'),
      submitted: dateOf(record.createdAt, this.zone, this.t), updated: dateOf(record.updatedAt, this.zone, this.t),
    });
  }

  // ---- RIWAYAT

  async history(caseId: string): Promise<string> {
    const [row] = await this.deps.cases.reportRows([caseId]);
    if (!row) return this.t('rpCaseUnknown', { caseId });
    const staff = await this.staffNames();
    return historyText(caseId, row.fields.status ?? '', row.events, {
      t: this.t, timeZone: this.zone,
      nameOf: (actor) => staff.get(actor.replace(/^staff:/, '')),
      deskName: (level, code) => this.deskLabel(level, code),
    });
  }

  private deskLabel(level: string, code: string): string {
    if (level === 'village') return this.t('deskNameVillage', { name: this.names.villageName(code) ?? code });
    if (level === 'district') return this.t('deskNameDistrict', { name: this.names.districtName(code) ?? code });
    return this.t('deskNameRegency', { name: this.deps.villages.regencyName });
  }

  /** Staff key → name, for everyone on the roster. */
  async staffNames(): Promise<Map<string, string>> {
    const members = await this.deps.roster.list();
    return new Map(members.map((m) => [this.deps.roster.staffKey(m.phone), m.name]));
  }

  // ---- OPERATOR

  async operators(): Promise<string> {
    const members = await this.deps.roster.list();
    const operators = members.filter((m) => m.role === 'operator');
    const coordinators = members.filter((m) => m.role === 'coordinator' && m.active).map((m) => m.name);
    if (operators.length === 0) return [this.t('rpOperatorsNone'), ...this.coordinatorsLine(coordinators)].join('\n');
    const lines = await Promise.all(operators.map((m) => this.operatorLine(m)));
    return [this.t('rpOperatorsHeader', { count: String(operators.length) }), ...lines, ...this.coordinatorsLine(coordinators)].join('\n');
  }

  private coordinatorsLine(names: string[]): string[] {
    return names.length === 0 ? [] : [this.t('rpCoordinatorsLine', { names: names.join(', ') })];
  }

  private async operatorLine(m: StaffMember): Promise<string> {
    const open = (await this.deps.cases.claimsOf(this.deps.roster.staffKey(m.phone))).length;
    return this.t('rpOperatorLine', {
      name: m.name, areas: m.areas.map((code) => this.areaLabel(code)).join(', '), open: String(open), max: String(m.maxOpenCases),
      state: m.active ? '' : this.t('rpOperatorInactive'),
    });
  }

  private areaLabel(code: string): string {
    if (code === this.deps.villages.regencyCode) return this.t('rpAreaRegency', { name: this.deps.villages.regencyName });
    const district = this.names.districtName(code);
    if (district) return this.t('rpAreaDistrict', { name: district });
    return this.names.villageName(code) ?? code;
  }

  // ---- the monthly report, the backlog, cases for the admin API

  async monthly(month: string): Promise<MonthlyReport> {
    const staff = await this.staffNames();
    return monthlyReport(await this.cases(), monthPeriod(month, this.zone), { names: this.names, operatorName: (key) => staff.get(key), timeZone: this.zone });
  }

  backlog(cases: readonly ReportCase[], now: number): BacklogRow[] {
    return cases.filter(isOpen).sort((a, b) => a.createdAt - b.createdAt).map((c) => ({
      id: c.id, status: c.status, stage: stageOf(c.status, this.t), createdAt: c.createdAt, overdue: isOverdue(c, now, this.rules),
      village: this.names.villageName(c.villageCode ?? '') ?? '-', district: this.names.districtName(c.districtCode ?? '') ?? '-',
    }));
  }

  /** The case for the admin API: masked unless revealed. Undefined when there is no such case. */
  async caseView(caseId: string, reveal: boolean): Promise<{ view: CaseView; revealed: boolean } | undefined> {
    const [row] = await this.deps.cases.reportRows([caseId]);
    if (!row) return undefined;
    const record = row.anonymized ? undefined : await this.deps.cases.get(caseId);
    const dossier = record?.dossier as Dossier | undefined;
    const holder = record?.fields.claimedBy ? (await this.deps.roster.getByKey(record.fields.claimedBy))?.name : undefined;
    const view = caseView(toReportCase(row), this.names, dossier, holder);
    if (!reveal || !dossier || !record) return { view, revealed: false };
    return { view: { ...view, applicant: revealedApplicant(dossier), applicantChat: record.applicantChat }, revealed: true };
  }

  async events(caseId: string): Promise<CaseEvent[] | undefined> {
    const [row] = await this.deps.cases.reportRows([caseId]);
    return row?.events;
  }
}
