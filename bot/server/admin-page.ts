// /admin: the coordinators' page in a browser. Today's figures per kecamatan, the weekly chart, and
// the backlog of open cases (no personal data: ids, places, stages), with a link to the queues'
// dashboard. Behind the admin token (Basic auth with the token as password, or bearer); never cached.
import type { FastifyPluginAsync } from 'fastify';
import type { FixedMessageKey, Translate } from '../../flows/i18n/index.js';
import { dateOf, longDate } from '../../flows/reports/dates.js';
import type { Figures } from '../../flows/reports/figures.js';
import { decimal } from '../../flows/reports/stats.js';
import type { DigestData } from '../../flows/reports/summary.js';
import type { BacklogRow, Reports } from '../../workers/reports/reports.js';
import { NIB_WINDOW_DAYS } from '../../workers/reports/reports.js';
import { requireAdmin } from './admin-auth.js';
import { QUEUE_BOARD_PATH } from './queue-board.js';

export interface AdminPageDeps {
  token: string | undefined;
  reports: Reports;
  clock: () => number;
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;color:#1e1e1e}' +
  'table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}' +
  'td.n,th.n{text-align:right}tr.total td{font-weight:600}tr.overdue td{background:#fff3f0}img{max-width:100%;height:auto;border:1px solid #ddd}';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const COLUMNS: readonly [keyof Figures, FixedMessageKey][] = [
  ['new', 'rpColNew'], ['claimed', 'rpColClaimed'], ['filed', 'rpColFiled'], ['issued', 'rpColIssued'], ['rejected', 'rpColRejected'], ['overdue', 'rpColOverdue'],
];

function figureCells(f: Figures): string {
  return COLUMNS.map(([key]) => `<td class="n" data-col="${key}">${f[key]}</td>`).join('');
}

function figuresTable(d: DigestData, t: Translate): string {
  const head = `<tr><th>${escapeHtml(t('rpPageDistrict'))}</th>${COLUMNS.map(([, label]) => `<th class="n">${escapeHtml(t(label))}</th>`).join('')}</tr>`;
  const rows = d.districts.map((r) => `<tr data-district="${escapeHtml(r.code)}"><td>${escapeHtml(r.name)}</td>${figureCells(r.figures)}</tr>`);
  const total = `<tr class="total" data-district="total"><td>${escapeHtml(t('rpPageTotal'))}</td>${figureCells(d.totals)}</tr>`;
  return `<table id="figures">${head}${rows.join('')}${total}</table>`;
}

function backlogTable(rows: readonly BacklogRow[], t: Translate, zone: string): string {
  const head = ['rpPageCase', 'rpPageVillage', 'rpPageDistrict', 'rpPageStage', 'rpPageSince', 'rpColOverdue'] as const;
  const body = rows.map((r) => `<tr data-case="${escapeHtml(r.id)}"${r.overdue ? ' class="overdue"' : ''}><td>${escapeHtml(r.id)}</td><td>${escapeHtml(r.village)}</td>` +
    `<td>${escapeHtml(r.district)}</td><td>${escapeHtml(r.stage)}</td><td>${escapeHtml(dateOf(r.createdAt, zone, t))}</td><td>${r.overdue ? escapeHtml(t('rpPageYes')) : ''}</td></tr>`);
  return `<table id="backlog"><tr>${head.map((k) => `<th>${escapeHtml(t(k))}</th>`).join('')}</tr>${body.join('')}</table>`;
}

function toNib(d: DigestData, t: Translate): string {
  if (d.toNib.median === undefined) return t('rpToNibNone');
  return t('rpToNibRecent', { median: decimal(d.toNib.median, 'id'), count: String(d.toNib.count), days: String(NIB_WINDOW_DAYS) });
}

export function adminPage(d: DigestData, backlog: readonly BacklogRow[], t: Translate, zone: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('rpPageTitle'))}</title><style>${STYLE}</style></head>
<body data-date="${d.date}">
<h1>${escapeHtml(t('rpPageTitle'))}</h1>
<h2>${escapeHtml(t('rpPageToday', { date: longDate(d.date, t) }))}</h2>
${figuresTable(d, t)}
<p id="to-nib">${escapeHtml(toNib(d, t))}</p>
<h2>${escapeHtml(t('rpPageChart'))}</h2>
<img id="chart" src="/admin/chart.png" alt="${escapeHtml(t('rpPageChart'))}" width="900">
<h2>${escapeHtml(t('rpPageBacklog', { count: String(backlog.length) }))}</h2>
${backlogTable(backlog, t, zone)}
<p><a href="${QUEUE_BOARD_PATH}">${escapeHtml(t('rpPageQueues'))}</a></p>
</body></html>`;
}

export function adminPagePlugin(deps: AdminPageDeps): FastifyPluginAsync {
  return (app) => {
    app.addHook('onRequest', requireAdmin({ token: deps.token, browser: true }));
    app.get('/admin', async (_request, reply) => {
      const now = deps.clock();
      const cases = await deps.reports.cases();
      const page = adminPage(await deps.reports.digest(now, cases), deps.reports.backlog(cases, now), deps.reports.t, deps.reports.zone);
      return reply.headers(HEADERS).type('text/html; charset=utf-8').send(page);
    });
    app.get('/admin/chart.png', async (_request, reply) => {
      return reply.headers(HEADERS).type('image/png').send(await deps.reports.chartPng(deps.clock()));
    });
    return Promise.resolve();
  };
}
