// The cases as the reports read them, straight from the case store: every case ever submitted,
// anonymised ones included (their facts and event log survive HAPUS DATA and retention).
import type { CaseReportRow, CaseStore } from '../cases/store.js';
import { isRejectionCategory } from '../../flows/reports/rejection.js';
import type { DeskLevelName, ReportCase } from '../../flows/reports/types.js';

const DESKS: readonly string[] = ['village', 'district', 'regency'];

function numberField(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : undefined;
}

/** Optional members only when known, as exactOptionalPropertyTypes-style records expect. */
function defined<T extends object>(entries: T): Partial<T> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function toReportCase(row: CaseReportRow): ReportCase {
  const { fields, facts } = row;
  const createdAt = Number(fields.createdAt);
  const updatedAt = numberField(fields.updatedAt) ?? createdAt;
  const desk = fields.desk ?? facts.desk;
  return {
    id: row.id,
    status: fields.status ?? 'queued',
    createdAt,
    updatedAt,
    statusSince: numberField(fields.statusSince) ?? createdAt,
    anonymized: row.anonymized,
    events: row.events.map((e) => ({ at: e.at, type: e.type, actor: e.actor })),
    ...defined({
      desk: desk && DESKS.includes(desk) ? (desk as DeskLevelName) : undefined,
      deskCode: fields.deskCode,
      villageCode: facts.villageCode,
      districtCode: facts.districtCode,
      retryAt: numberField(fields.retryAt),
      holder: fields.claimedBy,
      rating: facts.rating,
      rejection: isRejectionCategory(facts.rejection) ? facts.rejection : undefined,
    }),
  };
}

export class ReportSource {
  constructor(private readonly cases: CaseStore) {}

  async all(): Promise<ReportCase[]> {
    const rows = await this.cases.reportRows(await this.cases.allIds());
    return rows.map(toReportCase);
  }
}
