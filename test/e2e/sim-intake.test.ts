// A whole applicant intake typed on the simulator page in a real Chromium against the real service
// (real Redis, BullMQ, flows, Kabupaten Blitar area data): from "mau bikin nib" with a KTP photo to a
// submitted case, the way a trainer would walk through it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import { BUSINESS_STEPS, EMAIL_STEPS, OPENING_STEPS } from './support/intake-script.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { launchChromium } from './support/chromium.js';
import { solidPng } from './support/png.js';

const APPLICANT = { number: '6281200000001', label: 'Pemohon' };
const PHOTO = 'PHOTO';
const KTP_PNG = solidPng(64, 40, [30, 144, 255]);

/** What the applicant sends (text, or PHOTO for the KTP picture) and what Loket's reply must contain. */
const SCRIPT: readonly [message: string, expectInReply: string][] = [
  ...OPENING_STEPS,
  ['dsn krajan rt 2 rw 1 ds jiwut kec nglegok', render('id', 'askKtpPhoto')],
  [PHOTO, render('id', 'ktpPhotoReceived')],
  ...EMAIL_STEPS,
  ...BUSINESS_STEPS,
  ['iya sama', 'KIRIM'],
];

let browser: Browser;
let files: string;
let t: TestApp;
let context: BrowserContext;
let page: Page;
let outbox: SimPhone;
let shown = 0;

beforeAll(async () => {
  browser = await launchChromium();
  files = mkdtempSync(join(tmpdir(), 'sim-intake-'));
  t = await startTestApp();
  outbox = t.phone(APPLICANT.number);
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${t.url}/sim`);
  await page.locator('body[data-ready="true"]').waitFor();
});

afterAll(async () => {
  await context?.close();
  await t?.stop();
  await browser?.close();
  rmSync(files, { recursive: true, force: true });
});

function panel(): Locator {
  return page.locator(`section[role="tabpanel"][data-chat="${APPLICANT.number}"]`);
}

function replies(): Locator {
  return panel().locator('.msg.in:not(.placeholder)');
}

async function typeMessage(text: string): Promise<void> {
  const box = panel().getByRole('textbox', { name: `Pesan dari ${APPLICANT.label}` });
  await box.fill(text);
  await box.press('Enter');
}

async function sendKtpPhoto(): Promise<void> {
  const photo = join(files, 'ktp-siti.png');
  writeFileSync(photo, KTP_PNG);
  await panel().getByLabel('Foto', { exact: true }).setInputFiles(photo);
  await panel().locator('.pending').getByText('ktp-siti.png').waitFor();
  await panel().getByRole('button', { name: 'Kirim' }).click();
}

/** Sends one message from the page and returns the text of the reply bubbles it brought. */
async function say(message: string): Promise<string> {
  const accepted = page.waitForResponse((res) => res.url().endsWith('/sim/inbound') && res.request().method() === 'POST');
  if (message === PHOTO) await sendKtpPhoto();
  else await typeMessage(message);
  expect((await accepted).status(), `the service accepts "${message}"`).toBe(202);
  await t.settle();
  const fresh = await outbox.drain();
  expect(fresh.length, `a reply to "${message}"`).toBeGreaterThan(0);
  shown += fresh.length;
  await expect.poll(() => replies().count()).toBe(shown);
  const texts = await replies().locator('.text').allTextContents();
  return texts.slice(-fresh.length).join('\n');
}

async function walk(script: readonly (readonly [string, string])[]): Promise<string> {
  let last = '';
  for (const [message, expected] of script) {
    last = await say(message);
    expect(last, `after "${message}" Loket said:\n${last}`).toContain(expected.replace(/[*_~`]/g, ''));
  }
  return last;
}

describe('an applicant intake on the simulator page', () => {
  it('goes from the first message, with a KTP photo, to a submitted case', async () => {
    const summary = await walk(SCRIPT);
    expect(summary).toContain(render('id', 'valueSent'));
    const confirmation = await say('KIRIM');
    const id = /LK-[0-9A-Z]{5}/.exec(confirmation)?.[0];
    expect(id, `the confirmation names the case:\n${confirmation}`).toBeDefined();
    expect(confirmation).toContain('STATUS');

    const cases = await t.app.cases.statusFor(APPLICANT.number);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ caseId: id, status: 'queued' });
    const record = await t.app.cases.get(id!);
    expect(record?.dossier).toMatchObject({
      identity: { nik: '3505015203850001', fullName: 'SITI AMINAH' },
      ktpPhoto: { ref: expect.any(String), mimetype: 'image/png' },
      business: { address: { villageCode: '35.05.09.2010' } }, flags: { postalCodeUnknown: true },
    });
    // The photo kept with the case is the very file picked in the browser.
    const { ref } = (record!.dossier as { ktpPhoto: { ref: string } }).ktpPhoto;
    expect(Buffer.compare(await t.app.media.get(ref), KTP_PNG)).toBe(0);
  });
});
