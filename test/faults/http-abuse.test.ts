// Admin and simulator abuse (issue #12, scenario 8), table-driven over every admin and simulator
// route (/api/operators, /api/reports, /api/cases, /admin, /admin/queues (bull-board), the pairing
// page, /sim/*) through fastify inject(): missing or wrong credentials, path tricks in ids (../,
// %2e%2e, NUL, RTL override, very long), unknown fields, huge bodies and a burst. Each is refused
// with a problem-JSON error that carries no personal data (the service holds a real case with a
// synthetic NIK, name and phone, so a leak would have something to leak). What
// test/integration/server/http-hardening.test.ts already covers (Host allowlist, headers, the 64 KiB
// default limit on one route, timeouts, 5xx logging) is not repeated.
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPairingPlugin } from '../../bot/server/admin-pairing.js';
import { inboundBodyLimit } from '../../bot/server/sim.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { submitCase, syntheticDossier } from '../support/casework.js';

const SIM_TOKEN = 'synthetic-sim-token-abuse-0123456789';
const ADMIN_TOKEN = 'synthetic-admin-token-abuse-0123456789';
const APPLICANT = '6281200000077'; // synthetic
const OPERATOR = '6281200000078'; // synthetic
const { identity } = syntheticDossier(APPLICANT);
/** Personal data the service holds; no error may carry any of it. */
const PERSONAL = [APPLICANT, OPERATOR, identity.nik, identity.fullName, 'Operator Contoh'];
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const MEDIA_MAX_BYTES = 64 * 1024;

type Guard = 'admin' | 'sim';
interface Route { method: 'GET' | 'POST' | 'PATCH'; url: string; guard: Guard; body?: Record<string, unknown> }

const operatorBody = { phone: '081200000079', name: 'Operator Baru', role: 'operator', areas: ['35.05.02.2007'] };

/** Every route behind a token: the admin API, the admin pages, the queue board, pairing, the simulator. */
function routes(caseId: string): Route[] {
  return [
    { method: 'GET', url: '/api/operators', guard: 'admin' },
    { method: 'POST', url: '/api/operators', guard: 'admin', body: operatorBody },
    { method: 'GET', url: `/api/operators/${OPERATOR}`, guard: 'admin' },
    { method: 'PATCH', url: `/api/operators/${OPERATOR}`, guard: 'admin', body: { active: false } },
    { method: 'GET', url: '/api/reports/monthly', guard: 'admin' },
    { method: 'GET', url: '/api/reports/funnel', guard: 'admin' },
    { method: 'GET', url: '/api/cases', guard: 'admin' },
    { method: 'GET', url: `/api/cases/${caseId}?reveal=true`, guard: 'admin' },
    { method: 'GET', url: `/api/cases/${caseId}/events`, guard: 'admin' },
    { method: 'GET', url: '/admin', guard: 'admin' },
    { method: 'GET', url: '/admin/chart.png', guard: 'admin' },
    { method: 'GET', url: '/admin/queues', guard: 'admin' },
    { method: 'GET', url: '/admin/queues/api/queues', guard: 'admin' },
    { method: 'GET', url: '/admin/pairing', guard: 'admin' },
    { method: 'GET', url: '/admin/pairing.json', guard: 'admin' },
    { method: 'POST', url: '/sim/inbound', guard: 'sim', body: { from: APPLICANT, text: 'halo' } },
    { method: 'GET', url: `/sim/outbox?chat=${APPLICANT}`, guard: 'sim' },
    { method: 'GET', url: '/sim', guard: 'sim' },
    { method: 'GET', url: '/sim/assets/app.js', guard: 'sim' },
  ];
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const basic = (password: string) => ({ authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` });
const tokenOf = (guard: Guard) => (guard === 'admin' ? ADMIN_TOKEN : SIM_TOKEN);

/** Credentials that must all be refused, whatever the route. */
const WRONG_CREDENTIALS: readonly (readonly [string, (guard: Guard) => Record<string, string>])[] = [
  ['none', () => ({})],
  ['a wrong bearer token', () => bearer('not-the-token-0000000000000000')],
  ["the other guard's token", (guard) => bearer(tokenOf(guard === 'admin' ? 'sim' : 'admin'))],
  ['the token with a character more', (guard) => bearer(`${tokenOf(guard)}x`)],
  ['the token as a Basic user name', (guard) => ({ authorization: `Basic ${Buffer.from(`${tokenOf(guard)}:`).toString('base64')}` })],
  ['Basic with a wrong password', () => basic('wrong-password')],
  ['an unknown scheme', (guard) => ({ authorization: `Token ${tokenOf(guard)}` })],
  ['a bare scheme', () => ({ authorization: 'Bearer' })],
  ['a 16 KB token', () => bearer('A'.repeat(16 * 1024))],
  ['Basic that is not base64', () => ({ authorization: 'Basic %%%%' })],
];

function expectProblem(res: LightMyRequestResponse, statuses: readonly number[], code?: string): Record<string, unknown> {
  expect(statuses, `${res.statusCode} ${res.body.slice(0, 300)}`).toContain(res.statusCode);
  expect(res.headers['content-type'], `${res.statusCode} ${res.body.slice(0, 200)}`).toBe(PROBLEM_TYPE);
  const body = res.json<Record<string, unknown>>();
  expect(body).toMatchObject({ type: expect.stringMatching(/^urn:loket:problem:/), status: res.statusCode, code: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  if (code) expect(body.code).toBe(code);
  for (const personal of PERSONAL) expect(res.body).not.toContain(personal);
  return body;
}

let t: TestApp;
let caseId = '';
let ROUTES: Route[] = [];

beforeAll(async () => {
  const pairing = adminPairingPlugin({ token: ADMIN_TOKEN, pairing: () => ({ state: 'paired' }) });
  t = await startTestApp({
    env: {
      NODE_ENV: 'production', DATA_KEY: randomBytes(32).toString('hex'), SIM_ENABLED: 'true', SIM_TOKEN, ADMIN_TOKEN,
      HTTP_RATE_LIMIT_PER_MINUTE: '100000', MEDIA_MAX_BYTES: String(MEDIA_MAX_BYTES),
    },
    overrides: { extraPlugins: [pairing] },
  });
  caseId = await submitCase(t.app, APPLICANT);
  const created = await t.app.server.inject({ method: 'POST', url: '/api/operators', headers: bearer(ADMIN_TOKEN), payload: { phone: OPERATOR, name: 'Operator Contoh', role: 'operator', areas: ['35.05.02.2007'] } });
  expect(created.statusCode, created.body).toBe(201);
  ROUTES = routes(caseId);
});
afterAll(() => t.stop());

const inject = (route: Route, headers: Record<string, string>, overrides: { url?: string; payload?: unknown } = {}) =>
  t.app.server.inject({ method: route.method, url: overrides.url ?? route.url, headers, ...(overrides.payload ?? route.body ? { payload: (overrides.payload ?? route.body) as Record<string, unknown> } : {}) });

describe('missing or wrong credentials', () => {
  it('every guarded route answers its own token (the control)', async () => {
    for (const route of ROUTES) {
      const res = await inject(route, bearer(tokenOf(route.guard)));
      expect(res.statusCode, `${route.method} ${route.url}: ${res.body.slice(0, 200)}`).toBeLessThan(300);
    }
  });

  it.each(WRONG_CREDENTIALS)('with %s, every guarded route answers 401 problem with a challenge, and nothing changes', async (_name, credentials) => {
    for (const route of ROUTES) {
      const res = await inject(route, credentials(route.guard));
      expectProblem(res, [401], 'unauthorized');
      expect(res.headers['www-authenticate'], route.url).toMatch(/^(Bearer|Basic) realm=/);
    }
    const roster = await t.app.server.inject({ url: '/api/operators', headers: bearer(ADMIN_TOKEN) });
    expect(roster.json<{ operators: { phone: string }[] }>().operators.map((o) => o.phone)).toContain(OPERATOR);
  });
});

/** Ids that try to leave their route or smuggle something in: each is a 400 or a 404. */
const PATH_TRICKS = [
  '..', '..%2F..%2Fpackage.json', '%2e%2e', '%2e%2e%2f%2e%2e%2fadmin', '..%5C..%5Cwindows', '%00', `${OPERATOR}%00`, 'x%00.json',
  '%E2%80%AE6281200000078', '%EF%BC%90%EF%BC%98', 'A'.repeat(4096), `${'9'.repeat(2000)}`, '%25%32%65%25%32%65', '%F0%9F%98%80', '%C0%AE%C0%AE', '%FF',
];

describe('path tricks in ids', () => {
  const idRoutes = (): Route[] => ROUTES.filter((r) => r.url.includes(OPERATOR) || r.url.includes(caseId));

  it.each(PATH_TRICKS)('an id of %s is refused with a 400 or 404 problem that echoes nothing', async (trick) => {
    for (const route of idRoutes()) {
      const url = route.url.replace(OPERATOR, trick).replace(caseId, trick);
      const res = await inject(route, bearer(ADMIN_TOKEN), { url });
      const body = expectProblem(res, [400, 404, 414]);
      if (trick.length > 12) expect(JSON.stringify(body)).not.toContain(trick.slice(0, 12));
    }
  });

  it.each([
    '/sim/assets/../../../package.json', '/sim/assets/..%2f..%2f..%2fpackage.json', '/sim/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/sim/assets/..%5c..%5cpackage.json', '/sim/assets/app.js%00.html', '/sim/assets/%00',
  ])('the simulator assets never serve %s', async (url) => {
    const res = await t.app.server.inject({ url, headers: bearer(SIM_TOKEN) });
    expect(res.body).not.toContain('"dependencies"');
    expectProblem(res, [400, 403, 404]);
  });

  it.each(['/admin/../api/operators', '/sim/../api/operators', '/api/operators/../cases', '/admin/queues/../../api/cases', '//api/operators', '/api/./operators'])(
    '%s does not reach a guarded route around its token',
    async (url) => {
      const res = await t.app.server.inject({ url, headers: bearer(SIM_TOKEN) });
      expectProblem(res, [400, 401, 404]);
    },
  );
});

describe('unknown fields', () => {
  const cases: readonly (readonly [string, Partial<Route> & { method: Route['method']; url: string }, unknown])[] = [
    ['a new operator with an extra field', { method: 'POST', url: '/api/operators' }, { ...operatorBody, isAdmin: true }],
    ['a new operator with __proto__', { method: 'POST', url: '/api/operators' }, JSON.parse(`{"phone":"081200000079","name":"X Y","role":"operator","areas":["35.05.02.2007"],"__proto__":{"role":"coordinator"}}`)],
    ['a change with an extra field', { method: 'PATCH', url: `/api/operators/${OPERATOR}` }, { active: false, role2: 'coordinator' }],
    ['an inbound message with an extra field', { method: 'POST', url: '/sim/inbound' }, { from: APPLICANT, text: 'halo', admin: true }],
    ['an inbound photo with an extra field', { method: 'POST', url: '/sim/inbound' }, { from: APPLICANT, image: { mimetype: 'image/png', base64: 'iVBORw0KGgo=', path: '/etc/passwd' } }],
    ['an inbound location with an extra field', { method: 'POST', url: '/sim/inbound' }, { from: APPLICANT, location: { latitude: 1, longitude: 1, altitude: 3 } }],
    ['the case list with an unknown filter', { method: 'GET', url: '/api/cases?nik=3505015203850001' }, undefined],
    ['the monthly report with an unknown filter', { method: 'GET', url: '/api/reports/monthly?month=2026-01&all=1' }, undefined],
    ['the roster with an unknown filter', { method: 'GET', url: '/api/operators?phone=6281200000078' }, undefined],
    ['a case with an unknown query', { method: 'GET', url: '/api/cases/K-0000-AAAA?dump=true' }, undefined],
  ];

  const roster = async () => (await t.app.server.inject({ url: '/api/operators', headers: bearer(ADMIN_TOKEN) })).json<unknown>();
  const inboxDepth = async () => (await t.app.inbox.depth()).readyChats;

  it.each(cases)('%s is a 400 problem, and nothing is stored', async (_name, route, payload) => {
    const guard: Guard = route.url.startsWith('/sim') ? 'sim' : 'admin';
    const [rosterBefore, sentBefore] = [await roster(), t.app.inbox.depth()];
    const res = await inject({ ...route, guard }, bearer(tokenOf(guard)), payload === undefined ? {} : { payload });
    // secure-json-parse refuses a __proto__ key outright, as invalid JSON.
    expect(['validation_failed', 'invalid_json']).toContain(expectProblem(res, [400]).code);
    expect(await roster()).toEqual(rosterBefore);
    expect((await sentBefore).readyChats).toBe(await inboxDepth());
  });
});

describe('huge bodies', () => {
  it.each(['POST /api/operators', `PATCH /api/operators/${OPERATOR}`, 'POST /sim/inbound'])('%s over its limit is a 413 problem that echoes nothing', async (line) => {
    const [method, url] = line.split(' ') as [Route['method'], string];
    const guard: Guard = url.startsWith('/sim') ? 'sim' : 'admin';
    const limit = guard === 'sim' ? inboundBodyLimit(MEDIA_MAX_BYTES) : 64 * 1024;
    const filler = `${identity.nik}-${'Z'.repeat(limit)}`;
    const res = await inject({ method, url, guard }, bearer(tokenOf(guard)), { payload: { from: APPLICANT, phone: OPERATOR, name: filler, text: filler } });
    const body = expectProblem(res, [413], 'payload_too_large');
    expect(JSON.stringify(body)).not.toContain('ZZZZ');
  });

  it('a body of deeply nested JSON within the limit is refused as a 400 problem, not a crash', async () => {
    const nested = `{"from":"${APPLICANT}","sticker":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    for (const [url, guard] of [['/sim/inbound', 'sim'], ['/api/operators', 'admin']] as const) {
      const res = await t.app.server.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...bearer(tokenOf(guard)) }, payload: nested });
      expect(res.statusCode, res.body.slice(0, 200)).toBeLessThan(500);
      if (res.statusCode >= 400) expectProblem(res, [400, 413]);
    }
  });
});

describe('a burst', () => {
  it('passing HTTP_RATE_LIMIT_PER_MINUTE is a 429 problem with Retry-After on every guarded route, and the probes stay open', async () => {
    const limit = 5;
    const pairing = adminPairingPlugin({ token: ADMIN_TOKEN, pairing: () => ({ state: 'paired' }) });
    const limited = await startTestApp({
      env: { NODE_ENV: 'production', DATA_KEY: randomBytes(32).toString('hex'), SIM_ENABLED: 'true', SIM_TOKEN, ADMIN_TOKEN, HTTP_RATE_LIMIT_PER_MINUTE: String(limit) },
      overrides: { extraPlugins: [pairing] },
    });
    try {
      const burst = await Promise.all(Array.from({ length: limit }, () => limited.app.server.inject({ url: '/api/operators', headers: bearer(ADMIN_TOKEN) })));
      expect(burst.map((r) => r.statusCode)).toEqual(Array.from({ length: limit }, () => 200));
      for (const route of ROUTES) {
        const res = await limited.app.server.inject({ method: route.method, url: route.url, headers: bearer(tokenOf(route.guard)), ...(route.body ? { payload: route.body } : {}) });
        expectProblem(res, [429], 'rate_limited');
        expect(Number(res.headers['retry-after']), route.url).toBeGreaterThan(0);
      }
      for (const url of ['/healthz', '/readyz', '/metrics']) expect((await limited.app.server.inject({ url })).statusCode).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
