// /admin in a real Chromium (the system's, driven by playwright-core) against the real service: the
// coordinators' page asks for the admin token as a Basic password, then shows today's figures per
// kecamatan, the weekly chart (loaded and decoded by the browser) and the backlog of open cases.
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { VILLAGE, submitCase } from '../support/casework.js';
import { launchChromium } from './support/chromium.js';

const ADMIN_TOKEN = 'admin-page-e2e-token-000001';
const NIK = '3505015203850001';
const wib = (local: string): number => Date.parse(`${local}+07:00`);
const OPERATOR = { phone: '6281299200101', name: 'Ani Uji', role: 'operator' as const, areas: [VILLAGE.code] };

let browser: Browser;
let t: TestApp;
let now = wib('2026-11-19T09:00');
const ids: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  t = await startTestApp({ clock: () => now, env: { ADMIN_TOKEN, CASE_TIMER_POLL_MS: '3600000' } });
  await t.app.roster.create(OPERATOR);
  for (let i = 0; i < 3; i++) ids.push(await submitCase(t.app, `62857002000${i}`, {}, now));
  await t.settle();
  const operator = t.phone(OPERATOR.phone);
  now = wib('2026-11-19T10:00');
  await operator.ask(`KLAIM ${ids[0]}`);
  now = wib('2026-11-19T11:00');
  await operator.ask(`NIB ${ids[0]} 9120301234567`);
  now = wib('2026-11-19T15:00');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('/admin in Chromium', () => {
  it('asks for the admin token: no page without it, nor with a wrong one', async () => {
    const context = await browser.newContext();
    const stranger = await context.newPage();
    const responses: Response[] = [];
    stranger.on('response', (response) => responses.push(response));
    // Headless Chromium has nobody to type a password: it gives up on the challenge.
    await expect(stranger.goto(`${t.url}/admin`)).rejects.toThrow(/AUTH/);
    expect(responses.map((r) => r.status())).toEqual([401]);
    expect(await responses[0]?.headerValue('www-authenticate')).toBe('Basic realm="Loket admin", charset="UTF-8"');
    expect(await stranger.locator('#figures').count()).toBe(0);
    await context.close();
    // A wrong password: Chromium would only ask again, so the request is made directly.
    const wrong = `Basic ${Buffer.from('koordinator:not-the-token-at-all').toString('base64')}`;
    for (const path of ['/admin', '/admin/chart.png']) expect((await fetch(`${t.url}${path}`, { headers: { authorization: wrong } })).status).toBe(401);
  });

  it('shows the figures, the chart and the backlog to whoever gives the token as password', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'koordinator', password: ADMIN_TOKEN }, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(`${t.url}/admin`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Loket · Ringkasan koordinator');

    const total = page.locator('#figures tr[data-district="total"]');
    expect(await total.locator('td[data-col="new"]').textContent()).toBe('3');
    expect(await total.locator('td[data-col="claimed"]').textContent()).toBe('1');
    expect(await total.locator('td[data-col="issued"]').textContent()).toBe('1');
    expect(await page.locator('#figures tr[data-district="35.05.02"] td').first().textContent()).toBe('Udanawu');

    // The browser fetched the chart with the same credentials and decoded it as an image.
    const chart = page.locator('img#chart');
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img#chart')?.complete === true);
    expect(await chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(900);

    const backlog = page.locator('#backlog tr[data-case]');
    expect(await backlog.count()).toBe(2);
    expect((await backlog.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case')))).sort()).toEqual([ids[1], ids[2]].sort());
    expect(await page.content()).not.toContain(NIK);
    expect(await page.locator('a[href="/admin/queues"]').count()).toBe(1);
    await context.close();
  });

  it('opens the queues dashboard from the page, under the same password', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'koordinator', password: ADMIN_TOKEN } });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) blocked.push(message.text()); });
    await page.goto(`${t.url}/admin`);
    await page.locator('a[href="/admin/queues"]').click();
    await page.getByText('outbound', { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(`${t.url}/admin/queues`);
    expect(await page.getByText('digest', { exact: false }).count()).toBeGreaterThan(0);
    expect(blocked.filter((m) => /script/i.test(m))).toEqual([]);
    await context.close();
  });
});
