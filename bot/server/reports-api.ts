// The reports and cases admin API, behind the admin bearer token: the monthly report (JSON or CSV),
// the intake funnel, and the cases (masked; revealed only on request, which is written to the case's
// log). Query strings and parameters are validated by fastify's JSON schemas; errors are problems.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { normaliseCaseId } from '../../flows/casework/case-id.js';
import { caseView, eventView } from '../../flows/reports/case-view.js';
import { monthlyCsv } from '../../flows/reports/monthly.js';
import { officeDate, officeMonth } from '../../flows/reports/period.js';
import type { ReportCase } from '../../flows/reports/types.js';
import { CASE_STATUSES, type CaseStore } from '../../workers/cases/store.js';
import type { Logger } from '../../workers/platform/logger.js';
import type { FunnelStore } from '../../workers/reports/funnel.js';
import type { Reports } from '../../workers/reports/reports.js';
import { requireAdmin } from './admin-auth.js';
import { sendProblem } from './problem.js';

export interface ReportsApiDeps {
  token: string | undefined;
  reports: Reports;
  cases: CaseStore;
  funnel: FunnelStore;
  clock: () => number;
  logger: Logger;
}

const MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';
const DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const AREA = '^\\d{2}\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?$';

const monthlySchema = {
  querystring: {
    type: 'object', additionalProperties: false,
    properties: { month: { type: 'string', pattern: MONTH }, format: { type: 'string', enum: ['json', 'csv'], default: 'json' } },
  },
} as const;

const listSchema = {
  querystring: {
    type: 'object', additionalProperties: false,
    properties: {
      status: { type: 'string', enum: [...CASE_STATUSES] },
      desk: { type: 'string', enum: ['village', 'district', 'regency'] },
      area: { type: 'string', pattern: AREA },
      from: { type: 'string', pattern: DATE },
      to: { type: 'string', pattern: DATE },
      page: { type: 'integer', minimum: 1, default: 1 },
      limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    },
  },
} as const;

const caseSchema = {
  params: { type: 'object', properties: { id: { type: 'string', minLength: 7, maxLength: 20 } }, required: ['id'] },
  querystring: { type: 'object', additionalProperties: false, properties: { reveal: { type: 'boolean', default: false } } },
} as const;

interface MonthlyQuery { month?: string; format: 'json' | 'csv' }
interface ListQuery { status?: string; desk?: string; area?: string; from?: string; to?: string; page: number; limit: number }
interface CaseParams { id: string }
interface CaseQuery { reveal: boolean }

export function reportsApiPlugin(deps: ReportsApiDeps): FastifyPluginAsync {
  return (app) => {
    app.addHook('onRequest', requireAdmin({ token: deps.token }));
    app.get<{ Querystring: MonthlyQuery }>('/api/reports/monthly', { schema: monthlySchema }, (request, reply) => monthly(deps, request.query, reply));
    app.get('/api/reports/funnel', async () => ({ stages: await deps.funnel.rows() }));
    app.get<{ Querystring: ListQuery }>('/api/cases', { schema: listSchema }, (request) => listCases(deps, request.query));
    app.get<{ Params: CaseParams; Querystring: CaseQuery }>('/api/cases/:id', { schema: caseSchema }, (request, reply) => oneCase(deps, request.params.id, request.query.reveal, reply));
    app.get<{ Params: CaseParams }>('/api/cases/:id/events', { schema: { params: caseSchema.params } }, (request, reply) => caseEvents(deps, request.params.id, reply));
    return Promise.resolve();
  };
}

async function monthly(deps: ReportsApiDeps, query: MonthlyQuery, reply: FastifyReply): Promise<FastifyReply> {
  const month = query.month ?? officeMonth(deps.clock(), deps.reports.zone);
  const report = await deps.reports.monthly(month);
  if (query.format === 'json') return reply.send(report);
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="loket-${month}.csv"`).send(monthlyCsv(report));
}

function matches(c: ReportCase, query: ListQuery, zone: string): boolean {
  const created = officeDate(c.createdAt, zone);
  const inArea = (code: string | undefined): boolean => code !== undefined && query.area !== undefined && (code === query.area || code.startsWith(`${query.area}.`));
  return (query.status === undefined || c.status === query.status)
    && (query.desk === undefined || c.desk === query.desk)
    && (query.area === undefined || inArea(c.villageCode) || inArea(c.deskCode))
    && (query.from === undefined || created >= query.from)
    && (query.to === undefined || created <= query.to);
}

async function listCases(deps: ReportsApiDeps, query: ListQuery): Promise<unknown> {
  const found = (await deps.reports.cases()).filter((c) => matches(c, query, deps.reports.zone)).sort((a, b) => b.createdAt - a.createdAt);
  const page = found.slice((query.page - 1) * query.limit, query.page * query.limit);
  return { total: found.length, page: query.page, limit: query.limit, cases: page.map((c) => caseView(c, deps.reports.names, undefined, undefined)) };
}

function notFound(reply: FastifyReply): FastifyReply {
  return sendProblem(reply, 'not_found', 'No case with this id.');
}

async function oneCase(deps: ReportsApiDeps, rawId: string, reveal: boolean, reply: FastifyReply): Promise<FastifyReply> {
  const id = normaliseCaseId(rawId);
  const found = id === undefined ? undefined : await deps.reports.caseView(id, reveal);
  if (id === undefined || !found) return notFound(reply);
  if (found.revealed) {
    await deps.cases.appendEvent(id, { at: deps.clock(), actor: 'admin', type: 'revealed', detail: { via: 'admin_api' } });
    deps.logger.info({ caseId: id, event: 'case_revealed' }, 'personal data of a case shown through the admin API');
  }
  return reply.header('cache-control', 'no-store').send(found.view);
}

async function caseEvents(deps: ReportsApiDeps, rawId: string, reply: FastifyReply): Promise<FastifyReply> {
  const id = normaliseCaseId(rawId);
  const events = id === undefined ? undefined : await deps.reports.events(id);
  if (!events) return notFound(reply);
  const staff = await deps.reports.staffNames();
  return reply.send({ id, events: events.map((e) => eventView(e, (key) => staff.get(key))) });
}
