// The same media rules in the simulator as in Baileys (bot/media/policy.ts): through the public HTTP
// API (POST /sim/inbound with `audio` / `document` / `image` bodies) against the real service, a voice
// note, a video (the simulator has no video field: a document with a video mimetype), a Word file and
// an oversized photo are accepted, not stored, and answered with a kind word and the question again.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render } from '../../flows/index.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { solidPng } from './support/png.js';

const MAX_BYTES = 4_096;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const bytes = (n: number, fill = 7) => Buffer.alloc(n, fill).toString('base64');

let t: TestApp;
let phones = 0;
/** Every store of media bytes (the applicant host deletes unused files after a turn, so the directory alone proves little). */
let put: MockInstance;

beforeAll(async () => {
  t = await startTestApp({ env: { MEDIA_MAX_BYTES: String(MAX_BYTES) } });
  put = vi.spyOn(t.app.media, 'put');
});

beforeEach(() => {
  put.mockClear();
});

afterAll(async () => {
  await t?.stop();
});

/** A fresh applicant per case (wrong answers escalate within one chat), at the consent question. */
async function atConsent(): Promise<SimPhone> {
  const phone = t.phone(`62812888${String(10_000 + ++phones)}`);
  expect(await phone.ask('halo')).toContain('GRATIS');
  return phone;
}

async function atNik(): Promise<SimPhone> {
  const phone = await atConsent();
  for (const answer of ['iya', 'belum']) await phone.ask(answer);
  expect(await phone.ask('pribadi')).toContain(render('id', 'askNik'));
  return phone;
}

const storedFiles = () => {
  try {
    return readdirSync(join(t.config.DATA_DIR, 'media'));
  } catch {
    return [];
  }
};

describe('media the simulator does not store', () => {
  it.each([
    ['a voice note', { audio: { mimetype: 'audio/ogg; codecs=opus', base64: bytes(900) } }, 'mediaAudio'],
    ['a video (a document with a video mimetype)', { document: { mimetype: 'video/mp4', filename: 'usaha.mp4', base64: bytes(900) } }, 'mediaVideo'],
    ['a Word document', { document: { mimetype: DOCX, filename: 'surat.docx', base64: bytes(900) } }, 'mediaImage'],
    ['a photo over MEDIA_MAX_BYTES', { image: { mimetype: 'image/jpeg', base64: bytes(MAX_BYTES + 1) } }, 'mediaImage'],
  ] as const)('%s is accepted (202), not stored, and answered with the question again', async (_name, body, remark) => {
    const phone = await atConsent();
    const reply = await phone.ask(body);
    expect(reply).toContain(`${render('id', remark)} ${render('id', 'mediaExpectText')}`);
    expect(reply).toContain(render('id', 'consentAsk'));
    expect(put).not.toHaveBeenCalled();
    expect(storedFiles()).toEqual([]);
  });

  it('names a voice note "pesan suara"', async () => {
    const phone = await atConsent();
    expect(await phone.ask({ audio: { mimetype: 'audio/ogg; codecs=opus', base64: bytes(900) } })).toContain('pesan suara');
  });

  it.each([
    ['a Word document', { document: { mimetype: DOCX, filename: 'ktp.docx', base64: bytes(900) } }, render('id', 'mediaFileType')],
    ['a photo over MEDIA_MAX_BYTES', { image: { mimetype: 'image/png', base64: bytes(MAX_BYTES + 1) } }, render('id', 'mediaTooLarge', { limit: '4 KB' })],
  ] as const)('at the NIK question, %s gets its reason and the NIK question', async (_name, body, reason) => {
    const phone = await atNik();
    expect(await phone.ask(body)).toContain(`${reason} ${render('id', 'askNik')}`);
    expect(put).not.toHaveBeenCalled();
    expect(storedFiles()).toEqual([]);
  });
});

describe('media the simulator stores (the control case)', () => {
  it('a small KTP photo at the NIK question is stored and kept', async () => {
    const phone = await atNik();
    // The bytes must be what the mimetype says (bot/media/policy.ts judgeBytes): a real, small PNG.
    expect(await phone.ask({ image: { mimetype: 'image/png', base64: solidPng(20, 12, [90, 90, 200]).toString('base64') } })).toContain(render('id', 'ktpPhotoReceived'));
    expect(put).toHaveBeenCalledTimes(1);
    expect(storedFiles()).toHaveLength(1);
  });
});
