// The coordinators' read commands in their group: RINGKASAN/LAPORAN (today's digest and chart, on
// demand), REKAP <period>, CARI <case id | village>, RIWAYAT <id> and OPERATOR. Each answers in the
// group only; nothing here changes a case. Who may ask, and the usage of a command typed wrong, is
// coordinator-chat's business.
import type { Reports } from '../../workers/reports/reports.js';
import type { CoordinatorActions } from './coordinator-chat.js';

export interface CoordinatorReportsDeps {
  reports: Reports;
  clock: () => number;
}

export function createCoordinatorReports(deps: CoordinatorReportsDeps): CoordinatorActions {
  const { reports, clock } = deps;
  return {
    digest: (_command, { group }) => reports.digestNotices(group, clock()),
    report: async (command, { group }) => [{ to: group, text: await reports.report(command.period, clock()) }],
    search: async (command, { group }) => [{ to: group, text: await reports.search(command.query) }],
    history: async (command, { group }) => [{ to: group, text: await reports.history(command.caseId) }],
    operators: async (_command, { group }) => [{ to: group, text: await reports.operators() }],
  };
}
