// The real service started with WA_TRANSPORT=baileys, as `npm start` would, with WhatsApp out of reach:
// it must come up, say honestly that it is not ready, show its state on /metrics and on the
// authenticated pairing page, and keep the bot's number out of its logs.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';
import { startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { waitUntil } from '../support/wait.js';

const ADMIN_TOKEN = randomBytes(18).toString('hex');
const BOT_NUMBER = '6281299990001'; // synthetic

// WhatsApp's hosts fail to resolve inside the service, whatever network the test machine has: the
// test must never reach WhatsApp (a QR from a test run is a real pairing offer).
const NO_WHATSAPP = `data:text/javascript,${encodeURIComponent(`
import dns from 'node:dns';
const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  if (!/(^|\\.)whatsapp\\.(net|com)$/.test(String(host))) return lookup.call(this, host, ...rest);
  const error = Object.assign(new Error('getaddrinfo ENOTFOUND ' + host), { code: 'ENOTFOUND', hostname: host });
  process.nextTick(rest.at(-1), error);
};`)}`;

function startBaileysService(): Promise<ServiceProcess> {
  return startServiceProcess({
    LOG_LEVEL: 'info', WA_TRANSPORT: 'baileys', WA_NUMBER: BOT_NUMBER, ADMIN_TOKEN,
    REDIS_URL: testRedisUrl(), REDIS_PREFIX: uniquePrefix('wa-start'),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'loket-wa-start-')), DATA_KEY: randomBytes(32).toString('hex'),
  }, { readyPath: '/healthz', imports: [NO_WHATSAPP], timeoutMs: 15_000 });
}

let service: ServiceProcess;

beforeAll(async () => {
  service = await startBaileysService();
});

afterAll(async () => {
  if (service && service.child.exitCode === null && service.child.signalCode === null) {
    service.child.kill('SIGKILL');
    await once(service.child, 'exit');
  }
});

const basic = (password: string) => `Basic ${Buffer.from(`operator:${password}`).toString('base64')}`;
const metricValue = (text: string, series: string) => Number(text.split('\n').find((l) => l.startsWith(`${series} `))?.split(' ')[1]);

describe('the service with WA_TRANSPORT=baileys and WhatsApp unreachable', () => {
  it('is alive but not ready, and /readyz says what the transport is doing', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    const res = await fetch(`${service.url}/readyz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { status: string; redis: string; transport: { ready: boolean; state: string } };
    expect(body).toMatchObject({ status: 'not ready', redis: 'ok', transport: { ready: false } });
    expect(['connecting', 'reconnecting']).toContain(body.transport.state);
  });

  it('backs off after failed connections and shows it on /metrics', async () => {
    let text = '';
    await waitUntil(async () => {
      text = await (await fetch(`${service.url}/metrics`)).text();
      return metricValue(text, 'loket_wa_reconnects_total') >= 1;
    }, 15_000, 'a reconnect attempt to be counted');
    expect(metricValue(text, 'loket_wa_messages_sent_total')).toBe(0);
    expect(metricValue(text, 'loket_wa_connection_state{state="open"}')).toBe(0);
    const current = ['connecting', 'reconnecting'].map((s) => metricValue(text, `loket_wa_connection_state{state="${s}"}`));
    expect(current.reduce((a, b) => a + b)).toBe(1);
    expect(metricValue(text, 'loket_transport_ready')).toBe(0);
  });

  it('shows /admin/pairing only to holders of ADMIN_TOKEN, with the number masked', async () => {
    const page = `${service.url}/admin/pairing`;
    expect((await fetch(page)).status).toBe(401);
    expect((await fetch(page, { headers: { authorization: basic('not-the-token-at-all') } })).status).toBe(401);
    const html = await fetch(page, { headers: { authorization: basic(ADMIN_TOKEN) } });
    expect(html.status).toBe(200);
    const text = await html.text();
    expect(text).toContain('data-state="connecting"');
    expect(text).toContain('6281*****0001');
    expect(text).not.toContain(BOT_NUMBER);
    const json = await fetch(`${page}.json`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(await json.json()).toEqual({ state: 'connecting', number: '6281*****0001', refreshSeconds: 5 });
  });

  it('logs the lease and the disconnects, never the number in clear, and stops cleanly on SIGTERM', async () => {
    await waitUntil(() => service.output().includes('"event":"wa_disconnected"'), 15_000, 'a logged disconnect');
    service.child.kill('SIGTERM');
    const [code] = (await once(service.child, 'exit')) as [number | null];
    expect(code).toBe(0);
    const logs = service.output();
    expect(logs).toContain('"event":"wa_lease_acquired"');
    expect(logs).not.toContain(BOT_NUMBER);
    expect(logs).not.toContain(ADMIN_TOKEN);
  });
});
