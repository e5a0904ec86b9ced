// /admin/pairing through fastify's inject(): who gets in, and what each pairing state shows.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adminPairingPlugin, maskNumber, type AdminPairingDeps } from '../../../bot/server/admin-pairing.js';
import { PAIRING_TEXT } from '../../../bot/server/admin-pairing-text.js';
import type { PairingInfo } from '../../../bot/transport/baileys/pairing.js';

const TOKEN = 'synthetic-admin-token-0123456789';
const NUMBER = '6281299990001'; // synthetic
const QR = '2@SyntheticRef0123456789abcdef,NoiseKeyBase64AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=,IdentityKeyBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=,AdvSecretCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC=';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

async function serve(info: PairingInfo, over: Partial<AdminPairingDeps> = {}): Promise<FastifyInstance> {
  const app = Fastify();
  apps.push(app);
  await app.register(adminPairingPlugin({ token: TOKEN, pairing: () => info, number: NUMBER, ...over }));
  app.get('/elsewhere', () => 'open');
  return app;
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('access', () => {
  const cases: { name: string; authorization?: string; status: number }[] = [
    { name: 'no credentials', status: 401 },
    { name: 'a wrong bearer token', authorization: 'Bearer not-the-admin-token-at-all', status: 401 },
    { name: 'a wrong Basic password', authorization: basic('operator', 'not-the-admin-token'), status: 401 },
    { name: 'the token as Basic user name', authorization: basic(TOKEN, ''), status: 401 },
    { name: 'an unknown scheme', authorization: `Token ${TOKEN}`, status: 401 },
    { name: 'the bearer token', authorization: `Bearer ${TOKEN}`, status: 200 },
    { name: 'Basic with any user name', authorization: basic('siapa-saja', TOKEN), status: 200 },
  ];
  for (const path of ['/admin/pairing', '/admin/pairing.json']) {
    it.each(cases)(`${path} with $name answers $status`, async ({ authorization, status }) => {
      const app = await serve({ state: 'connecting' });
      const res = await app.inject({ url: path, headers: authorization ? { authorization } : {} });
      expect(res.statusCode).toBe(status);
      if (status === 401) {
        expect(res.headers['www-authenticate']).toMatch(/^Basic realm=/);
        expect(res.body).not.toContain('<html');
      }
    });
  }

  it('lets nobody in when ADMIN_TOKEN is not configured', async () => {
    const app = await serve({ state: 'qr', qr: QR }, { token: undefined });
    for (const authorization of [`Bearer ${TOKEN}`, basic('x', TOKEN), 'Bearer ', basic('x', '')]) {
      const res = await app.inject({ url: '/admin/pairing', headers: { authorization } });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ status: 401, code: 'unauthorized', detail: 'admin access is disabled: set ADMIN_TOKEN' });
    }
  });

  it('guards only its own routes', async () => {
    const app = await serve({ state: 'connecting' });
    expect((await app.inject({ url: '/elsewhere' })).statusCode).toBe(200);
  });
});

describe('the page', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };

  it.each([
    { info: { state: 'standby' } },
    { info: { state: 'connecting' } },
    { info: { state: 'paired' } },
    { info: { state: 'logged_out' } },
    { info: { state: 'stopped' } },
    { info: { state: 'down' } },
  ] satisfies { info: PairingInfo }[])('says what state $info.state means, without a QR or code', async ({ info }) => {
    const res = await (await serve(info)).inject({ url: '/admin/pairing', headers: auth });
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain(`data-state="${info.state}"`);
    expect(res.body).toContain(PAIRING_TEXT.id.states[info.state]);
    expect(res.body).not.toContain('<svg');
    expect(res.body).not.toContain('class="code"');
  });

  it('draws the QR as an inline SVG with the scan instructions', async () => {
    const res = await (await serve({ state: 'qr', qr: QR })).inject({ url: '/admin/pairing', headers: auth });
    expect(res.body).toContain('data-state="qr"');
    expect(res.body).toContain(PAIRING_TEXT.id.scanQr);
    expect(res.body).toMatch(/<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*>.*<path fill="#000" d="M[^"]+"\/><\/svg>/);
    expect(res.body).not.toContain(QR); // drawn, not printed
  });

  it('shows the pairing code grouped the way WhatsApp shows it', async () => {
    const res = await (await serve({ state: 'code', code: 'ABCD1234' })).inject({ url: '/admin/pairing', headers: auth });
    expect(res.body).toContain('<p class="code">ABCD-1234</p>');
    expect(res.body).toContain(PAIRING_TEXT.id.typeCode);
  });

  it('refreshes itself, is never cached or framed, and speaks English on request', async () => {
    const res = await (await serve({ state: 'paired' }, { refreshSeconds: 3 })).inject({ url: '/admin/pairing?lang=en', headers: auth });
    expect(res.body).toContain('<meta http-equiv="refresh" content="3">');
    expect(res.body).toContain(PAIRING_TEXT.en.states.paired);
    expect(res.headers).toMatchObject({ 'cache-control': 'no-store', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
  });

  it('shows the number masked, never in clear', async () => {
    for (const info of [{ state: 'qr', qr: QR }, { state: 'code', code: 'ABCD1234' }, { state: 'paired' }] satisfies PairingInfo[]) {
      const app = await serve(info);
      const html = (await app.inject({ url: '/admin/pairing', headers: auth })).body;
      const json = (await app.inject({ url: '/admin/pairing.json', headers: auth })).body;
      expect(html).toContain('6281*****0001');
      expect(html).not.toContain(NUMBER);
      expect(json).not.toContain(NUMBER);
    }
  });

  it('escapes what it did not write itself', async () => {
    const res = await (await serve({ state: 'code', code: '<b>xy</b>' })).inject({ url: '/admin/pairing', headers: auth });
    expect(res.body).not.toContain('<b>xy</b>');
    expect(res.body).toContain('&#60;b&#62;xy&#60;/b&#62;');
  });
});

describe('the JSON variant', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };

  it.each([
    { info: { state: 'qr', qr: QR } },
    { info: { state: 'code', code: 'ABCD1234' } },
    { info: { state: 'paired' } },
  ] satisfies { info: PairingInfo }[])('answers the state $info.state at /admin/pairing.json and by Accept', async ({ info }) => {
    const app = await serve(info);
    const expected = { ...info, number: '6281*****0001', refreshSeconds: 5 };
    const byPath = await app.inject({ url: '/admin/pairing.json', headers: auth });
    const byAccept = await app.inject({ url: '/admin/pairing', headers: { ...auth, accept: 'application/json' } });
    expect(byPath.json()).toEqual(expected);
    expect(byAccept.json()).toEqual(expected);
    expect(byAccept.headers['cache-control']).toBe('no-store');
  });

  it('leaves the number out when none is configured', async () => {
    const res = await (await serve({ state: 'paired' }, { number: undefined })).inject({ url: '/admin/pairing.json', headers: auth });
    expect(res.json()).toEqual({ state: 'paired', refreshSeconds: 5 });
  });

  it('prefers HTML when a browser accepts both', async () => {
    const res = await (await serve({ state: 'paired' })).inject({ url: '/admin/pairing', headers: { ...auth, accept: 'text/html,application/xhtml+xml,application/json;q=0.9' } });
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});

describe('maskNumber', () => {
  it('keeps at most the first and last four digits, and nothing of a short number', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,15}$/), (number) => {
      const masked = maskNumber(number);
      expect(masked).toHaveLength(number.length);
      const shown = masked.replace(/\*/g, '');
      expect(shown.length).toBe(number.length >= 8 ? 8 : 0);
      if (number.length >= 8) expect(masked).toBe(`${number.slice(0, 4)}${'*'.repeat(number.length - 8)}${number.slice(-4)}`);
    }));
  });

  it('ignores the punctuation people type around numbers', () => {
    expect(maskNumber('+62 812-9999-0001')).toBe('6281*****0001');
  });
});
