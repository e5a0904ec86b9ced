// The HTTP surface hardened (issue #10, points 4 and 6), through the real service (createApp, real
// Redis, BullMQ) and its public HTTP API: the simulator locked in production, the Host allowlist,
// security headers, the rate limit, body limits, the request timeout, problem-JSON errors, and 5xx
// logged once without personal data. The pairing QR and code never reach the logs in production.
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { FastifyPluginAsync } from 'fastify';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../bot/platform/config.js';
import { adminPagePresenter, adminPairingPlugin } from '../../../bot/server/admin-pairing.js';
import { inboundBodyLimit } from '../../../bot/server/sim.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../../support/app.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { solidPng } from '../../e2e/support/png.js';
import { makeTransport, memoryLogger, SocketFactory } from '../baileys/fake-socket.js';

const SIM_TOKEN = 'synthetic-sim-token-0123456789';
const ADMIN_TOKEN = 'synthetic-admin-token-0123456789';
const DATA_KEY = randomBytes(32).toString('hex');
const PHONE = '6281200000042'; // synthetic
const NIK = '3505014101900001'; // synthetic
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
const production = (env: Record<string, string> = {}) => ({ NODE_ENV: 'production', DATA_KEY, ...env });

const apps: TestApp[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((t) => t.stop()));
});

async function start(options: TestAppOptions = {}): Promise<TestApp> {
  const t = await startTestApp(options);
  apps.push(t);
  return t;
}

function expectProblem(res: LightMyRequestResponse, status: number, code: string): Record<string, unknown> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toBe(PROBLEM_TYPE);
  const body = res.json<Record<string, unknown>>();
  expect(body).toMatchObject({ type: `urn:loket:problem:${code}`, status, code, title: expect.any(String), detail: expect.any(String) });
  return body;
}

const inbound = (body: Record<string, unknown>) => ({ from: PHONE, ...body });

describe('the simulator in production', () => {
  it('is off unless SIM_ENABLED=true: every /sim route answers 404, and the sim-mode service still starts and is ready', async () => {
    const t = await start({ env: production() });
    expect(t.config.simEnabled).toBe(false);
    const server = t.app.server;
    for (const res of [
      await server.inject({ url: '/sim' }),
      await server.inject({ url: '/sim/assets/app.js' }),
      await server.inject({ url: `/sim/outbox?chat=${PHONE}`, headers: bearer(SIM_TOKEN) }),
      await server.inject({ method: 'POST', url: '/sim/inbound', headers: bearer(SIM_TOKEN), payload: inbound({ text: 'halo' }) }),
    ]) {
      expectProblem(res, 404, 'not_found');
      expect(res.body).not.toContain(PHONE);
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });

  it('refuses to start with SIM_ENABLED=true and no SIM_TOKEN', () => {
    expect(() => loadConfig(production({ SIM_ENABLED: 'true' }))).toThrow(/SIM_TOKEN/);
  });

  it('with SIM_ENABLED=true wants SIM_TOKEN as a bearer token on the API, and keeps its answers', async () => {
    const t = await start({ env: production({ SIM_ENABLED: 'true', SIM_TOKEN }) });
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(`${t.url}/sim/inbound`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

    for (const headers of [{}, bearer('not-the-sim-token-0000000'), bearer(ADMIN_TOKEN), basic(SIM_TOKEN, ''), { authorization: `Token ${SIM_TOKEN}` }]) {
      const res = await post(headers, inbound({ text: 'halo' }));
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe(PROBLEM_TYPE);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="Loket simulator"');
      expect(await res.json()).toMatchObject({ status: 401, code: 'unauthorized' });
    }
    const outboxRefused = await fetch(`${t.url}/sim/outbox?chat=${PHONE}`);
    expect(outboxRefused.status).toBe(401);

    const accepted = await post(bearer(SIM_TOKEN), inbound({ id: 'locked-1', text: 'halo' }));
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toEqual({ id: 'locked-1', duplicate: false });
    const outbox = await fetch(`${t.url}/sim/outbox?chat=${PHONE}&after=0&wait=10000`, { headers: bearer(SIM_TOKEN) });
    expect(outbox.status).toBe(200);
    const { messages, next } = (await outbox.json()) as { messages: { seq: number; text?: string }[]; next: number };
    expect(messages[0]?.text).toMatch(/NIB/);
    expect(next).toBe(messages.at(-1)?.seq);

    // A malformed body is still a 400 with a reason (and `message`, as before problem details).
    const bad = await post(bearer(SIM_TOKEN), { from: 'abc', text: 'x' });
    expect(bad.status).toBe(400);
    const reason = (await bad.json()) as { code: string; detail: string; message: string };
    expect(reason).toMatchObject({ code: 'validation_failed', message: reason.detail });
    expect(reason.detail).toMatch(/from/);
  });

  it('serves the page and its assets with Basic auth: any user name, the token as password', async () => {
    const t = await start({ env: production({ SIM_ENABLED: 'true', SIM_TOKEN }) });
    const server = t.app.server;
    for (const url of ['/sim', '/sim/assets/app.js']) {
      for (const headers of [{}, basic('pelatih', 'salah-bukan-token-0000'), basic(SIM_TOKEN, 'x')]) {
        const refused = await server.inject({ url, headers });
        expectProblem(refused, 401, 'unauthorized');
        expect(refused.headers['www-authenticate']).toBe('Basic realm="Loket simulator", charset="UTF-8"');
        expect(refused.body).not.toContain('<html');
      }
    }
    const page = await server.inject({ url: '/sim', headers: basic('pelatih', SIM_TOKEN) });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('Simulator WhatsApp Loket');
    expect((await server.inject({ url: '/sim/assets/app.js', headers: basic('', SIM_TOKEN) })).statusCode).toBe(200);
    // The page's own calls carry the browser's Basic credentials: the API takes them too.
    const sent = await server.inject({ method: 'POST', url: '/sim/inbound', headers: basic('pelatih', SIM_TOKEN), payload: inbound({ text: 'halo' }) });
    expect(sent.statusCode).toBe(202);
  });
});

describe('the simulator outside production', () => {
  it('stays open as before: no token, no rate limit, the same answers', async () => {
    const t = await start({ env: { HTTP_RATE_LIMIT_PER_MINUTE: '2', ADMIN_TOKEN } });
    for (let n = 0; n < 6; n++) {
      const res = await fetch(`${t.url}/sim/inbound`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(inbound({ id: `open-${n}`, text: 'halo' })) });
      expect(res.status).toBe(202);
    }
    expect((await fetch(`${t.url}/sim`)).status).toBe(200);
    // …while the admin API next to it is limited.
    const admin = [];
    for (let n = 0; n < 3; n++) admin.push((await fetch(`${t.url}/api/operators`, { headers: bearer(ADMIN_TOKEN) })).status);
    expect(admin).toEqual([200, 200, 429]);
  });
});

describe('the Host allowlist (DNS rebinding)', () => {
  it('refuses every route for a Host not in ALLOWED_HOSTS with 421, except the health probes', async () => {
    const t = await start({ env: { ADMIN_TOKEN } });
    const server = t.app.server;
    for (const host of ['evil.example', 'evil.example:3000', 'localhost.evil.example', '[::1]:3000', '10.0.0.5']) {
      for (const [method, url] of [['GET', '/sim'], ['GET', `/sim/outbox?chat=${PHONE}`], ['POST', '/sim/inbound'], ['GET', '/api/operators'], ['GET', '/metrics'], ['GET', '/nowhere']] as const) {
        const res = await server.inject({ method, url, headers: { host, ...bearer(ADMIN_TOKEN) }, ...(method === 'POST' ? { payload: inbound({ text: 'halo' }) } : {}) });
        const body = expectProblem(res, 421, 'forbidden_host');
        expect(JSON.stringify(body)).not.toContain('evil');
      }
      expect((await server.inject({ url: '/healthz', headers: { host } })).statusCode).toBe(200);
      expect((await server.inject({ url: '/readyz', headers: { host } })).statusCode).toBe(200);
    }
    for (const host of ['localhost', 'localhost:3000', 'LOCALHOST:80', '127.0.0.1:9', 'localhost.']) {
      expect((await server.inject({ url: '/metrics', headers: { host } })).statusCode, host).toBe(200);
    }
    // Over a real socket, as a browser led by a rebinding DNS name would send it.
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = new URL(t.url);
      httpRequest({ host: '127.0.0.1', port, path: `/sim/outbox?chat=${PHONE}`, headers: { host: `rebind.evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject).end();
    });
    expect(status).toBe(421);
  });

  it('answers only the names in ALLOWED_HOSTS when it is set; health probes from anywhere still work', async () => {
    const t = await start({ env: { ALLOWED_HOSTS: 'loket.example.id, 192.168.1.10' } });
    const server = t.app.server;
    expect((await server.inject({ url: '/sim', headers: { host: 'Loket.Example.ID:443' } })).statusCode).toBe(200);
    expect((await server.inject({ url: '/sim', headers: { host: '192.168.1.10:3000' } })).statusCode).toBe(200);
    expectProblem(await server.inject({ url: '/sim', headers: { host: 'localhost:3000' } }), 421, 'forbidden_host');
    expect((await server.inject({ url: '/healthz', headers: { host: 'localhost:3000' } })).statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it('are on the simulator page, the pairing page, the API and its errors', async () => {
    const pairing = adminPairingPlugin({ token: ADMIN_TOKEN, pairing: () => ({ state: 'qr', qr: '2@synthetic-qr' }) });
    const t = await start({ env: { ADMIN_TOKEN }, overrides: { extraPlugins: [pairing] } });
    const server = t.app.server;

    const page = await server.inject({ url: '/sim' });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain('img-src \'self\' data: blob:');
    expect(csp).not.toContain('upgrade-insecure-requests'); // the simulator is served over plain http on a LAN
    for (const res of [page, await server.inject({ url: '/sim/assets/app.js' }), await server.inject({ url: '/api/operators' }), await server.inject({ url: '/api/operators', headers: bearer(ADMIN_TOKEN) })]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    }

    const admin = await server.inject({ url: '/admin/pairing', headers: basic('admin', ADMIN_TOKEN) });
    expect(admin.statusCode).toBe(200);
    expect(admin.headers['x-content-type-options']).toBe('nosniff');
    expect(admin.headers['cache-control']).toBe('no-store');
    // The pairing page keeps its own, stricter policy.
    expect(admin.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    const refused = await server.inject({ url: '/admin/pairing' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['x-frame-options']).toBe('DENY');
  });
});

describe('the rate limit', () => {
  it('answers 429 with a problem and Retry-After once a client passes the limit on the admin and pairing routes together', async () => {
    const pairing = adminPairingPlugin({ token: ADMIN_TOKEN, pairing: () => ({ state: 'paired' }) });
    const t = await start({ env: { ADMIN_TOKEN, HTTP_RATE_LIMIT_PER_MINUTE: '3' }, overrides: { extraPlugins: [pairing] } });
    const get = (url: string, headers: Record<string, string> = bearer(ADMIN_TOKEN)) => fetch(`${t.url}${url}`, { headers });
    expect((await get('/api/operators')).status).toBe(200);
    expect((await get('/api/operators', {})).status).toBe(401); // refused attempts count too
    expect((await get('/admin/pairing.json')).status).toBe(200);
    for (const url of ['/api/operators', '/admin/pairing', `/api/operators/${PHONE}`]) {
      const limited = await get(url);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toBe(PROBLEM_TYPE);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = await limited.text();
      expect(JSON.parse(body)).toMatchObject({ status: 429, code: 'rate_limited', type: 'urn:loket:problem:rate_limited' });
      expect(body).not.toContain(PHONE);
    }
    // Health, readiness and metrics are never limited.
    for (const url of ['/healthz', '/readyz', '/metrics']) expect((await get(url)).status).toBe(200);
  });

  it('covers the locked simulator', async () => {
    const t = await start({ env: production({ SIM_ENABLED: 'true', SIM_TOKEN, HTTP_RATE_LIMIT_PER_MINUTE: '3' }) });
    const statuses = [];
    for (let n = 0; n < 5; n++) {
      const res = await t.app.server.inject({ url: `/sim/outbox?chat=${PHONE}`, headers: bearer(SIM_TOKEN) });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expectProblem(res, 429, 'rate_limited');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('body limits', () => {
  it('takes MEDIA_MAX_BYTES of media in base64 on /sim/inbound, and answers 413 beyond', async () => {
    const t = await start({ env: { MEDIA_MAX_BYTES: '65536' } });
    const server = t.app.server;
    const photo = solidPng(60, 60, [200, 10, 10]);
    expect(inboundBodyLimit(65536)).toBeGreaterThan(Math.ceil((65536 * 4) / 3));
    const fits = Buffer.concat([photo, randomBytes(65536 - photo.length)]); // exactly MEDIA_MAX_BYTES
    const ok = await server.inject({ method: 'POST', url: '/sim/inbound', payload: inbound({ image: { mimetype: 'image/png', base64: fits.toString('base64'), caption: 'x'.repeat(4096) } }) });
    expect(ok.statusCode, ok.body).toBe(202);

    const tooBig = randomBytes(Math.ceil(inboundBodyLimit(65536) * 0.8)).toString('base64');
    const refused = await server.inject({ method: 'POST', url: '/sim/inbound', payload: inbound({ image: { mimetype: 'image/png', base64: tooBig } }) });
    const body = expectProblem(refused, 413, 'payload_too_large');
    expect(JSON.stringify(body)).not.toContain(tooBig.slice(0, 32));
    expect(JSON.stringify(body)).not.toContain(PHONE);
  });

  it('keeps every other route small (64 KiB): an admin body over it is 413', async () => {
    const t = await start({ env: { ADMIN_TOKEN } });
    const server = t.app.server;
    const big = { phone: PHONE, name: 'N'.repeat(70 * 1024), role: 'operator', areas: ['35.05.02.2007'] };
    const res = await server.inject({ method: 'POST', url: '/api/operators', headers: bearer(ADMIN_TOKEN), payload: big });
    const body = expectProblem(res, 413, 'payload_too_large');
    expect(JSON.stringify(body)).not.toContain('NNNN');
    expect((await server.inject({ url: '/api/operators', headers: bearer(ADMIN_TOKEN) })).json()).toEqual({ operators: [] });
  });

  it('answers malformed JSON and other content types with problems that echo nothing', async () => {
    const t = await start({ env: { ADMIN_TOKEN } });
    const server = t.app.server;
    const malformed = await server.inject({ method: 'POST', url: '/sim/inbound', headers: { 'content-type': 'application/json' }, payload: `{"from": "${PHONE}", "text": "NIK ${NIK}` });
    const problem = expectProblem(malformed, 400, 'invalid_json');
    expect(malformed.body).not.toContain(PHONE);
    expect(malformed.body).not.toContain(NIK);
    expect(problem.message).toBe(problem.detail);
    // No text/plain: a cross-site form or simple fetch cannot post to the simulator or the admin API.
    for (const url of ['/sim/inbound', '/api/operators']) {
      const plain = await server.inject({ method: 'POST', url, headers: { 'content-type': 'text/plain', ...bearer(ADMIN_TOKEN) }, payload: JSON.stringify(inbound({ text: 'halo' })) });
      expectProblem(plain, 415, 'unsupported_media_type');
    }
    expectProblem(await server.inject({ url: `/nowhere?chat=${PHONE}` }), 404, 'not_found');
  });
});

describe('errors', () => {
  const failing: FastifyPluginAsync = (app) => {
    app.get<{ Params: { phone: string } }>('/test/fail/:phone', (request) => {
      throw new Error(`lookup failed for ${request.params.phone} with NIK ${NIK}`);
    });
    app.post('/test/fail', () => Promise.reject(new TypeError('cannot read the dossier')));
    app.get('/test/slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return { late: true };
    });
    return Promise.resolve();
  };

  function errorLines(t: TestApp): Record<string, unknown>[] {
    return t.logs.flatMap((chunk) => chunk.split('\n')).filter((line) => line.includes('"http_error"')).map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it('answers a throwing route with a 500 problem and logs it once, with the request id and route, masked, without the request', async () => {
    const t = await start({ overrides: { extraPlugins: [failing] } });
    const res = await t.app.server.inject({ url: `/test/fail/${PHONE}?name=Siti&nik=${NIK}` });
    const body = expectProblem(res, 500, 'internal_error');
    expect(res.body).not.toContain(PHONE);
    expect(res.body).not.toContain(NIK);
    expect(res.body).not.toContain('lookup failed');

    const lines = errorLines(t);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ level: 50, reqId: expect.any(String), method: 'GET', route: '/test/fail/:phone', status: 500, errorName: 'Error', msg: 'request failed' });
    expect(String(body.detail)).toContain(String(line?.reqId));
    expect(line?.error).toBe('lookup failed for 6281*****0042 with NIK 3505********0001');
    const log = t.logs.join('');
    for (const secret of [PHONE, NIK, 'Siti', 'nik=', '?name']) expect(log).not.toContain(secret);

    const posted = await t.app.server.inject({ method: 'POST', url: '/test/fail', payload: { name: 'Siti Aminah', nik: NIK } });
    expectProblem(posted, 500, 'internal_error');
    expect(errorLines(t)).toHaveLength(2);
    expect(errorLines(t)[1]).toMatchObject({ route: '/test/fail', errorName: 'TypeError', error: 'cannot read the dossier' });
    expect(t.logs.join('')).not.toContain('Siti');
  });

  it('cuts off a request that runs past HTTP_REQUEST_TIMEOUT_MS with a 503 problem, logged', async () => {
    const t = await start({ env: { HTTP_REQUEST_TIMEOUT_MS: '400' }, overrides: { extraPlugins: [failing] } });
    const started = Date.now();
    const res = await fetch(`${t.url}/test/slow`);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 503, code: 'timeout' });
    expect(errorLines(t)).toMatchObject([{ route: '/test/slow', status: 503 }]);
    // The outbox long-poll answers (empty) before the timeout would cut it off.
    const poll = await fetch(`${t.url}/sim/outbox?chat=${PHONE}&wait=30000`);
    expect(poll.status).toBe(200);
    expect(await poll.json()).toEqual({ messages: [], next: 0 });
  });
});

describe('pairing in production', () => {
  const redis = connectTestRedis();
  afterAll(() => redis.quit());

  it('puts neither the QR nor the pairing code on stdout or in the logs, only where to pair', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const logs = memoryLogger();
    const stops: (() => Promise<void>)[] = [];
    try {
      for (const pairingNumber of [undefined, '6281299990001']) {
        const factory = new SocketFactory();
        const { transport } = makeTransport({
          redis, keyPrefix: uniquePrefix('wa-presenter'), leaseMs: 3_000_000,
          ...(pairingNumber ? { pairingNumber } : {}),
          presenter: adminPagePresenter(logs.logger),
        }, factory);
        stops.push(() => transport.stop());
        await transport.start(() => Promise.resolve({ duplicate: false }));
        factory.last.ev.emit('connection.update', { qr: '2@SyntheticQrRef0123,NoiseKeyAAAA=,IdentityBBBB=,AdvCCCC=' });
        await vi.waitFor(() => expect(transport.pairing().state).toBe(pairingNumber ? 'code' : 'qr'));
      }
    } finally {
      spy.mockRestore();
      for (const stop of stops) await stop();
    }
    const everything = [...written, ...logs.lines].join('');
    for (const secret of ['SyntheticQrRef0123', 'NoiseKeyAAAA', 'ABCD1234', 'ABCD-1234', '▄', '█']) expect(everything).not.toContain(secret);
    const notices = logs.lines.filter((line) => line.includes('wa_pairing_needed'));
    expect(notices).toHaveLength(2);
    expect(notices.join('')).toContain('/admin/pairing');
  });
});
