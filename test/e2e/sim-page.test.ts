// The simulator web page in a real Chromium against the real service (real Redis, BullMQ, flows):
// what a trainer does with it — chat as several phones, send a photo, reload — and what they see.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type SimMessage, type TestApp, type TestAppOptions } from '../support/app.js';
import { launchChromium } from './support/chromium.js';
import { solidPng } from './support/png.js';

const APPLICANT = { number: '6281200000001', label: 'Pemohon' };
const OPERATOR = { number: '6281200000101', label: 'Operator desa' };
const GROUP = { number: 'koordinator@g.us', label: 'Grup koordinator' };
type Phone = typeof APPLICANT;

let browser: Browser;
let files: string;
let app: TestApp;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  files = mkdtempSync(join(tmpdir(), 'sim-page-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(files, { recursive: true, force: true });
});

// A fresh service (own Redis prefix) and a fresh browser profile per test: no thread leaks between tests.
async function openPage(options: TestAppOptions = {}, contextOptions: BrowserContextOptions = {}): Promise<void> {
  app = await startTestApp(options);
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${app.url}/sim`);
  await page.locator('body[data-ready="true"]').waitFor();
}

afterEach(async () => {
  await context?.close();
  await app?.stop();
});

function panel(phone: Phone): Locator {
  return page.locator(`section[role="tabpanel"][data-chat="${phone.number}"]`);
}

function replies(phone: Phone): Locator {
  return panel(phone).locator('.msg.in:not(.placeholder)');
}

function sent(phone: Phone): Locator {
  return panel(phone).locator('.msg.out');
}

async function open(phone: Phone): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(phone.label) }).click();
  await panel(phone).waitFor({ state: 'visible' });
}

async function type(phone: Phone, text: string): Promise<void> {
  const box = panel(phone).getByRole('textbox', { name: `Pesan dari ${phone.label}` });
  await box.fill(text);
  await box.press('Enter');
}

/** Markup markers removed, so the outbox text and the rendered bubble compare equal. */
function plain(text: string): string {
  return text.replace(/[*_~`]/g, '').trim();
}

function boldParts(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\p{L}\p{N}])\*(\S(?:[^*\n]*\S)?)\*(?![\p{L}\p{N}])/gu)].map((m) => plain(m[1]!));
}

/** The texts a bubble shows, in the page's order: photo caption, document caption, message text. */
function textsOf(m: SimMessage): string[] {
  const image = m.image as { caption?: string } | undefined;
  const document = m.document as { caption?: string } | undefined;
  return [image?.caption, document?.caption, m.text].filter((t): t is string => Boolean(t));
}

/** Waits until the page shows exactly what the service put in this phone's outbox, in order. */
async function expectThreadMatchesOutbox(phone: Phone): Promise<SimMessage[]> {
  await app.settle();
  const outbox = await app.phone(phone.number).drain();
  expect(outbox.length).toBeGreaterThan(0);
  await replies(phone).nth(outbox.length - 1).waitFor({ state: 'attached' }); // the phone's panel may be in the background
  expect(await replies(phone).count()).toBe(outbox.length);
  const shown = await replies(phone).locator('.text').allTextContents();
  expect(shown.map(plain)).toEqual(outbox.flatMap(textsOf).map(plain));
  return outbox;
}

describe('the simulator page', () => {
  beforeEach(() => openPage());

  it('sends "halo" with Enter as the applicant and shows Loket\'s greeting with its bold markup', async () => {
    await panel(APPLICANT).waitFor({ state: 'visible' });
    await type(APPLICANT, 'halo');

    const reply = replies(APPLICANT).first().locator('.text');
    await reply.waitFor();
    expect((await reply.textContent())?.trim()).not.toBe('');
    await expect.poll(() => sent(APPLICANT).first().locator('.status').getAttribute('class')).toContain('sent');
    expect(await sent(APPLICANT).locator('.text').allTextContents()).toEqual(['halo']);

    const outbox = await expectThreadMatchesOutbox(APPLICANT);
    const all = (await replies(APPLICANT).allTextContents()).join('\n');
    expect(all).toMatch(/NIB/);
    expect(all).toMatch(/gratis/i);
    const first = outbox[0]!.text!;
    expect(await replies(APPLICANT).first().locator('strong').allTextContents()).toEqual(expect.arrayContaining(boldParts(first)));
    await page.screenshot({ path: '/tmp/sim-page.png' });
  });

  it('sends a photo from the file input, shows its thumbnail in the applicant\'s thread, and gets a reply', async () => {
    const photo = join(files, 'ktp-contoh.png');
    writeFileSync(photo, solidPng(24, 16, [30, 144, 255]));
    await panel(APPLICANT).getByLabel('Foto', { exact: true }).setInputFiles(photo);
    await panel(APPLICANT).locator('.pending').getByText('ktp-contoh.png').waitFor();
    await panel(APPLICANT).getByRole('button', { name: 'Kirim' }).click();

    const thumb = sent(APPLICANT).first().locator('img.photo');
    await thumb.waitFor();
    expect(await thumb.getAttribute('alt')).toContain('ktp-contoh.png');
    // The thumbnail is the very image that was picked, decoded by the browser.
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([24, 16]);
    await expect.poll(() => sent(APPLICANT).first().locator('.status').getAttribute('class')).toContain('sent');

    await replies(APPLICANT).first().waitFor();
    await expectThreadMatchesOutbox(APPLICANT);
  });

  it('keeps the applicant\'s and the operator\'s threads apart, and a reload keeps both', async () => {
    await type(APPLICANT, 'halo');
    await replies(APPLICANT).first().waitFor();

    await open(OPERATOR);
    expect(await panel(APPLICANT).isHidden()).toBe(true);
    expect(await sent(OPERATOR).count()).toBe(0);
    await type(OPERATOR, 'menu');
    await replies(OPERATOR).first().waitFor();

    const applicantOutbox = await expectThreadMatchesOutbox(APPLICANT);
    const operatorOutbox = await expectThreadMatchesOutbox(OPERATOR);
    expect(await sent(APPLICANT).locator('.text').allTextContents()).toEqual(['halo']);
    expect(await sent(OPERATOR).locator('.text').allTextContents()).toEqual(['menu']);

    await page.reload();
    await panel(OPERATOR).waitFor({ state: 'visible' });
    await replies(OPERATOR).nth(operatorOutbox.length - 1).waitFor();
    await replies(APPLICANT).nth(applicantOutbox.length - 1).waitFor({ state: 'attached' });
    expect(await sent(OPERATOR).locator('.text').allTextContents()).toEqual(['menu']);
    expect(await sent(APPLICANT).locator('.text').allTextContents()).toEqual(['halo']);
    expect(await replies(APPLICANT).count()).toBe(applicantOutbox.length);
    expect(await replies(OPERATOR).count()).toBe(operatorOutbox.length);
  });

  it('sends in the coordinator group as the chosen member, with the group as the chat', async () => {
    await open(GROUP);
    await panel(GROUP).getByLabel('Kirim sebagai').selectOption(APPLICANT.number);
    const posted = page.waitForRequest((req) => req.url().endsWith('/sim/inbound') && req.method() === 'POST');
    await type(GROUP, 'STATUS');
    const request = await posted;
    expect(request.postDataJSON()).toMatchObject({ from: APPLICANT.number, chat: GROUP.number, text: 'STATUS' });
    expect((await request.response())?.status()).toBe(202);
    await sent(GROUP).first().getByText(`sebagai ${APPLICANT.label}`).waitFor();
  });

  it('shows the server\'s reason when a send is refused, and keeps the message for a retry', async () => {
    await type(APPLICANT, 'x'.repeat(4100)); // over the API's 4096-character limit: the server answers 400
    const alert = panel(APPLICANT).getByRole('alert');
    await alert.getByText(/Pesan gagal terkirim\. Server menolak pesan \(400\)/).waitFor();
    expect(await alert.textContent()).toMatch(/text/);
    await sent(APPLICANT).first().getByRole('button', { name: 'Kirim ulang' }).waitFor();
    expect(await sent(APPLICANT).first().getAttribute('class')).toContain('failed');
  });
});

describe('media the page never opens', () => {
  // The test reads the blobs' types with fetch(), which the page's own CSP (connect-src 'self') forbids.
  beforeEach(() => openPage({}, { bypassCSP: true }));

  // What an SVG or HTML file would do if the page rendered it as a document in its own origin.
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="document.title=\'pwned\'"><script>document.title = \'pwned\'</script><rect width="10" height="10"/></svg>';
  const HTML = '<!doctype html><title>x</title><script>opener && (opener.document.title = \'pwned\'); document.title = \'pwned\'</script>';

  async function blobType(href: string | null): Promise<string> {
    expect(href).toMatch(/^blob:/);
    return page.evaluate(async (url) => (await fetch(url)).blob().then((b) => b.type), href!);
  }

  it('shows SVG and HTML from Loket only as downloads of plain bytes, while PNG photos and PDFs still show and open', async () => {
    const sim = app.app.sim!;
    const chat = APPLICANT.number;
    const title = await page.title();
    const opened: string[] = [];
    context.on('page', (p) => opened.push(p.url()));
    await sim.send({ id: 'svg-photo', chat, image: { mimetype: 'image/svg+xml', data: Buffer.from(SVG), caption: 'Logo usaha' } });
    await sim.send({ id: 'svg-doc', chat, document: { mimetype: 'Image/SVG+XML; charset=utf-8', filename: 'logo.svg', data: Buffer.from(SVG) } });
    await sim.send({ id: 'html-doc', chat, document: { mimetype: 'text/html', filename: 'halaman.html', data: Buffer.from(HTML) } });
    await sim.send({ id: 'png-photo', chat, image: { mimetype: 'image/png', data: solidPng(12, 8, [0, 128, 0]), caption: 'Foto PNG' } });
    await sim.send({ id: 'pdf-doc', chat, document: { mimetype: 'application/pdf', filename: 'nib.pdf', data: Buffer.from('%PDF-1.4 synthetic') } });
    await replies(APPLICANT).nth(4).waitFor();

    const [svgPhoto, svgDoc, htmlDoc, pngPhoto, pdfDoc] = [0, 1, 2, 3, 4].map((n) => replies(APPLICANT).nth(n));
    // Nothing of an SVG or HTML is drawn, and nothing links to it in a tab.
    for (const bubble of [svgPhoto!, svgDoc!, htmlDoc!]) {
      expect(await bubble.locator('img').count()).toBe(0);
      expect(await bubble.locator('a[target="_blank"]').count()).toBe(0);
      expect(await bubble.getByText('Buka').count()).toBe(0);
      const download = bubble.locator('a[download]');
      expect(await download.count()).toBe(1);
      // Even "open link in new tab" on the download cannot render it: the bytes are typed as plain bytes.
      expect(await blobType(await download.getAttribute('href'))).toBe('application/octet-stream');
    }
    expect(await svgPhoto!.locator('.text').textContent()).toBe('Logo usaha');

    // A raster photo still shows (decoded) and opens; a PDF still opens.
    const img = pngPhoto!.locator('img.photo');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => [i.naturalWidth, i.naturalHeight])).toEqual([12, 8]);
    expect(await blobType(await img.getAttribute('src'))).toBe('image/png');
    expect(await pngPhoto!.locator('a.photo-link[target="_blank"]').count()).toBe(1);
    const pdfOpen = pdfDoc!.locator('a[target="_blank"]');
    expect(await pdfOpen.textContent()).toContain('Buka');
    expect(await blobType(await pdfOpen.getAttribute('href'))).toBe('application/pdf');

    expect(await page.locator('img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).src.startsWith('blob:')).length)).toBe(1);
    expect(await page.title()).toBe(title);
    expect(opened).toEqual([]);
  });

  it('does not draw an SVG the phone itself sends as a photo', async () => {
    const file = join(files, 'gambar.svg');
    writeFileSync(file, SVG);
    await panel(APPLICANT).getByLabel('Foto', { exact: true }).setInputFiles(file);
    await panel(APPLICANT).locator('.pending').getByText('gambar.svg').waitFor();
    expect(await panel(APPLICANT).locator('.pending img').count()).toBe(0);
    await panel(APPLICANT).getByRole('button', { name: 'Kirim' }).click();
    await expect.poll(() => sent(APPLICANT).first().locator('.status').getAttribute('class')).toMatch(/sent|failed/);
    expect(await sent(APPLICANT).first().locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
  });
});

describe('the locked simulator page (production, SIM_TOKEN)', () => {
  const token = `sim-${randomBytes(12).toString('hex')}`;
  const env = { NODE_ENV: 'production', DATA_KEY: randomBytes(32).toString('hex'), SIM_ENABLED: 'true', SIM_TOKEN: token };

  it('opens with Basic auth (any user name, the token as password) and chats through the same credentials', async () => {
    await openPage({ env }, { httpCredentials: { username: 'pelatih', password: token } });
    await type(APPLICANT, 'halo');
    await replies(APPLICANT).first().locator('.text').waitFor();
    await expect.poll(() => sent(APPLICANT).first().locator('.status').getAttribute('class')).toContain('sent');
    await app.settle();
    const outbox = await app.app.sim!.read(APPLICANT.number, 0);
    await replies(APPLICANT).nth(outbox.length - 1).waitFor();
    expect(await replies(APPLICANT).count()).toBe(outbox.length);
  });

  it('asks a browser without the token for a password, and shows nothing', async () => {
    app = await startTestApp({ env });
    context = await browser.newContext();
    const stranger = await context.newPage();
    const responses: Response[] = [];
    stranger.on('response', (response) => responses.push(response));
    // Headless Chromium has nobody to type a password: it gives up on the challenge.
    await expect(stranger.goto(`${app.url}/sim`)).rejects.toThrow(/AUTH/);
    expect(responses.map((r) => r.status())).toEqual([401]);
    expect(await responses[0]!.headerValue('www-authenticate')).toMatch(/^Basic realm="Loket simulator"/);
    expect(await stranger.locator('#phone-tabs').count()).toBe(0);
  });
});
