// The admin API (/api/operators) on a real fastify instance and real Redis: the token, create/409/
// get/list/patch/404, every kind of bad body answered with the field and what to send instead, and
// log lines without phones or names.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { createLogger } from '../../../workers/platform/logger.js';
import { adminApiPlugin } from '../../../bot/server/admin-api.js';
import { RosterStore } from '../../../workers/staff/roster.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';

const TOKEN = 'test-admin-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const protector = createDataProtector(randomBytes(32));

/** The service area of these tests: Kabupaten Blitar, where village 35.05.02.9999 does not exist. */
function areaProblem(code: string): string | undefined {
  if (code === '35.05.02.9999') return `${code} is not a village of the service area`;
  return code.startsWith('35.05') ? undefined : `${code} is outside the service area 35.05`;
}

const vina = { phone: '6281234500001', name: 'Vina (contoh)', role: 'operator', areas: ['35.05.02.2007'] };
const budi = { phone: '081234500002', name: 'Budi (contoh)', role: 'coordinator', areas: ['35.05'], maxOpenCases: 50 };

let redis: Redis;
let app: FastifyInstance;
let logLines: string[];

async function buildApp(token: string | undefined): Promise<FastifyInstance> {
  logLines = [];
  const destination = new Writable({ write(chunk: Buffer, _e, done) { logLines.push(chunk.toString()); done(); } });
  const logger = createLogger({ level: 'debug', pretty: false, destination });
  const roster = new RosterStore(redis, protector, uniquePrefix('admin'));
  const server = Fastify();
  await server.register(adminApiPlugin({ token, roster, areaProblem, logger }));
  return server;
}

function problemFields(response: { json: <T>() => T }): string[] {
  return response.json<{ problems: { field: string }[] }>().problems.map((p) => p.field);
}

beforeEach(async () => {
  redis = connectTestRedis();
  app = await buildApp(TOKEN);
});

afterEach(async () => {
  await app.close();
  await redis.quit();
});

describe('admin API: the token', () => {
  it.each([
    ['no authorization header', {}],
    ['a wrong bearer token', { authorization: 'Bearer not-the-admin-token-000' }],
    ['an unknown scheme', { authorization: `Token ${TOKEN}` }],
  ])('answers 401 to %s on every route', async (_label, headers) => {
    const requests = [
      app.inject({ method: 'GET', url: '/api/operators', headers }),
      app.inject({ method: 'GET', url: '/api/operators/6281234500001', headers }),
      app.inject({ method: 'POST', url: '/api/operators', headers, payload: vina }),
      app.inject({ method: 'PATCH', url: '/api/operators/6281234500001', headers, payload: { active: false } }),
    ];
    for (const response of await Promise.all(requests)) {
      expect(response.statusCode).toBe(401);
      // `error` stays beside the problem members: docs/roster.md promised it to outside tools.
      expect(response.json()).toMatchObject({ status: 401, code: 'unauthorized', detail: 'missing or wrong admin token', error: 'missing or wrong admin token' });
      expect(response.headers['www-authenticate']).toMatch(/^Bearer realm=/);
    }
    const list = await app.inject({ method: 'GET', url: '/api/operators', headers: auth });
    expect(list.json()).toEqual({ operators: [] });
  });

  it('answers 401 even with a token when no ADMIN_TOKEN is configured', async () => {
    const closed = await buildApp(undefined);
    const response = await closed.inject({ method: 'GET', url: '/api/operators', headers: auth });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: 'urn:loket:problem:unauthorized', title: 'Unauthorized', status: 401, code: 'unauthorized', detail: 'admin access is disabled: set ADMIN_TOKEN',
      error: 'admin access is disabled: set ADMIN_TOKEN',
    });
    await closed.close();
  });
});

describe('admin API: managing operators', () => {
  it('creates, refuses a duplicate with 409, gets by any phone form, lists with filters, patches', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/operators', headers: auth, payload: vina });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...vina, maxOpenCases: 10, active: true });
    expect((await app.inject({ method: 'POST', url: '/api/operators', headers: auth, payload: budi })).json()).toMatchObject({ phone: '6281234500002' });

    const duplicate = await app.inject({ method: 'POST', url: '/api/operators', headers: auth, payload: { ...vina, phone: '0812-3450-0001', name: 'Lain (contoh)' } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ status: 409, code: 'conflict', detail: expect.stringMatching(/PATCH/), error: expect.stringMatching(/PATCH/) });
    expect(duplicate.json().operator).toEqual(created.json());

    const fetched = await app.inject({ method: 'GET', url: `/api/operators/${encodeURIComponent('+62 812 3450 0001')}`, headers: auth });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(created.json());

    const patched = await app.inject({ method: 'PATCH', url: '/api/operators/081234500001', headers: auth, payload: { areas: ['35.05.02', '35.05.02'], active: false } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ phone: '6281234500001', name: 'Vina (contoh)', areas: ['35.05.02'], active: false });

    const names = async (query: string) =>
      ((await app.inject({ method: 'GET', url: `/api/operators${query}`, headers: auth })).json().operators as { name: string }[]).map((m) => m.name);
    expect(await names('')).toEqual(['Budi (contoh)', 'Vina (contoh)']);
    expect(await names('?role=operator')).toEqual(['Vina (contoh)']);
    expect(await names('?active=true')).toEqual(['Budi (contoh)']);
    expect(await names('?role=coordinator&active=false')).toEqual([]);
  });

  it('answers 404 for a phone nobody has, on GET and PATCH', async () => {
    const get = await app.inject({ method: 'GET', url: '/api/operators/6281234500099', headers: auth });
    const patch = await app.inject({ method: 'PATCH', url: '/api/operators/6281234500099', headers: auth, payload: { active: false } });
    expect([get.statusCode, patch.statusCode]).toEqual([404, 404]);
    expect(get.json()).toMatchObject({ status: 404, code: 'not_found', error: expect.stringMatching(/nobody|no staff member/) });
    expect(get.json().detail).toMatch(/POST \/api\/operators/);
  });

  it('answers 400 for a URL phone that is not a mobile number', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/operators/021-5550001', headers: auth });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, code: 'validation_failed', error: 'invalid request' });
    expect(response.json().problems).toEqual([{ field: 'phone (in the URL)', problem: expect.stringContaining('/api/operators/6281234500001') }]);
  });

  it('answers 400 for an unknown list filter', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/operators?role=boss&desk=1', headers: auth });
    expect(response.statusCode).toBe(400);
    expect(problemFields(response).sort()).toEqual(['desk', 'role']);
  });

  it('logs changes without the phone or the name', async () => {
    await app.inject({ method: 'POST', url: '/api/operators', headers: auth, payload: vina });
    await app.inject({ method: 'PATCH', url: '/api/operators/6281234500001', headers: auth, payload: { name: 'Vina Lestari (contoh)' } });
    const log = logLines.join('');
    expect(log).toContain('staff member created');
    expect(log).toContain('staff member updated');
    for (const secret of ['6281234500001', '81234500001', 'Vina']) expect(log).not.toContain(secret);
  });
});

describe('admin API: bad bodies', () => {
  it.each([
    ['a landline phone', { ...vina, phone: '0215550001' }, 'phone', /mobile number/],
    ['a phone with too few digits', { ...vina, phone: '0812345' }, 'phone', /digits/],
    ['a phone that is not a number', { ...vina, phone: 'Vina' }, 'phone', /digits/],
    ['no phone', { name: vina.name, role: vina.role, areas: vina.areas }, 'phone', /required/],
    ['an empty name', { ...vina, name: '   ' }, 'name', /1 to 80/],
    ['a name too long', { ...vina, name: 'x'.repeat(81) }, 'name', /1 to 80/],
    ['an unknown role', { ...vina, role: 'admin' }, 'role', /"operator" or "coordinator"/],
    ['empty areas', { ...vina, areas: [] }, 'areas', /at least one code/],
    ['areas as a string', { ...vina, areas: '35.05.02.2007' }, 'areas', /list of Kemendagri codes/],
    ['an area code in the wrong format', { ...vina, areas: ['35.05.02.2007', '3505022007'] }, 'areas[1]', /35\.05\.02\.2007/],
    ['a village outside the service area', { ...vina, areas: ['35.05.02.9999'] }, 'areas[0]', /not a village of the service area/],
    ['a regency that is not the service area', { ...vina, areas: ['35.05.02', '35.06'] }, 'areas[1]', /outside the service area/],
    ['maxOpenCases 0', { ...vina, maxOpenCases: 0 }, 'maxOpenCases', /1 to 200/],
    ['maxOpenCases 2.5', { ...vina, maxOpenCases: 2.5 }, 'maxOpenCases', /whole number/],
    ['maxOpenCases as text', { ...vina, maxOpenCases: '10' }, 'maxOpenCases', /whole number/],
    ['active as text', { ...vina, active: 'yes' }, 'active', /true or false/],
    ['an unknown field', { ...vina, area: ['35.05'] }, 'area', /unknown field/],
    ['a list instead of an object', [vina], '(body)', /JSON object/],
  ])('POST with %s: 400 naming the field, nothing stored', async (_label, payload, field, problem) => {
    const response = await app.inject({ method: 'POST', url: '/api/operators', headers: auth, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toContainEqual({ field, problem: expect.stringMatching(problem) });
    const list = await app.inject({ method: 'GET', url: '/api/operators', headers: auth });
    expect(list.json()).toEqual({ operators: [] });
  });

  it('lists every problem of a body at once', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/operators', headers: auth, payload: { phone: '021', role: 'x', areas: [], maxOpenCases: 0 } });
    expect(problemFields(response)).toEqual(['phone', 'name', 'role', 'areas', 'maxOpenCases']);
  });

  it.each([
    ['an empty patch', {}, '(body)', /at least one of/],
    ['a new phone', { phone: '6281234500009' }, 'phone', /cannot be changed/],
    ['empty areas', { areas: [] }, 'areas', /at least one code/],
    ['a village outside the service area', { areas: ['35.05.02.9999'] }, 'areas[0]', /not a village/],
    ['an unknown role', { role: 'lurah' }, 'role', /"operator" or "coordinator"/],
    ['maxOpenCases 201', { maxOpenCases: 201 }, 'maxOpenCases', /1 to 200/],
  ])('PATCH with %s: 400 naming the field, member unchanged', async (_label, payload, field, problem) => {
    const created = await app.inject({ method: 'POST', url: '/api/operators', headers: auth, payload: vina });
    const response = await app.inject({ method: 'PATCH', url: '/api/operators/6281234500001', headers: auth, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toContainEqual({ field, problem: expect.stringMatching(problem) });
    const after = await app.inject({ method: 'GET', url: '/api/operators/6281234500001', headers: auth });
    expect(after.json()).toEqual(created.json());
  });
});
