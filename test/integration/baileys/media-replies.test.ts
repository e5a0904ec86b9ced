// Every message is answered on real WhatsApp: the whole service (real Redis, inbox, BullMQ, flows)
// behind the Baileys transport, whose socket is faked at the socket level only (Baileys' own event
// buffer and proto message types). A voice note, a video, a Word file, a poll and an image with no
// fileLength are each accepted (the inbox write happens, then the transport counts it accepted),
// never downloaded, never stored, and answered with a kind word and the current question.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { BaileysTransport } from '../../../bot/transport/baileys/index.js';
import type { MediaDownloader } from '../../../bot/transport/baileys/media.js';
import { render } from '../../../flows/index.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';
import { direct, documentMsg, DOCX, image, imageWithoutSize, poll, pnJid, text, video, voiceNote } from '../../unit/baileys/wa-fixtures.js';
import { makeTransport, SocketFactory } from './fake-socket.js';

const redis = connectTestRedis();
const factory = new SocketFactory();
// Bytes that start as a JPEG does: the policy checks the downloaded bytes against the mimetype.
const JPEG_BYTES = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1_996, 7)]);
const downloadMedia = vi.fn<MediaDownloader>(() => Promise.resolve(Readable.from([JPEG_BYTES])));
let transport: BaileysTransport;
let logLines: string[];
let app: TestApp;
/** Every store of media bytes (the applicant host deletes unused files after a turn, so the directory alone proves little). */
let put: MockInstance;

beforeAll(async () => {
  const prefix = uniquePrefix('wa-media');
  const made = makeTransport({ redis, keyPrefix: `${prefix}:wa`, downloadMedia }, factory);
  transport = made.transport;
  logLines = made.log.lines;
  app = await startTestApp({ prefix, overrides: { transport } });
  put = vi.spyOn(app.app.media, 'put');
  factory.last.open();
});

beforeEach(() => {
  put.mockClear();
  downloadMedia.mockClear();
});

afterAll(async () => {
  await app?.stop();
  await redis.quit();
});

let phones = 0;
/** A fresh applicant per case: wrong answers escalate within one chat. */
const newPhone = () => `62812777${String(10_000 + ++phones)}`;

/** The socket emits the message; resolves once the service has stored, handled and answered it. */
async function deliver(message: WAMessage): Promise<void> {
  const before = transport.stats().inbound.accepted ?? 0;
  factory.last.deliver('notify', message);
  await vi.waitFor(() => expect(transport.stats().inbound.accepted).toBe(before + 1), { timeout: 10_000 });
  await app.settle();
}

/** Texts the service sent to a phone, from the `from`-th on. */
function sentTo(phone: string, from = 0): string[] {
  return factory.last.sent.filter((s) => s.jid === pnJid(phone)).slice(from).map((s) => ('text' in s.content ? s.content.text : ''));
}

/** Through the opening, to the consent question; returns how many messages the phone has had. */
async function atConsent(phone: string): Promise<number> {
  await deliver(direct(pnJid(phone), text('halo')));
  const sent = sentTo(phone);
  expect(sent.join('\n')).toContain('GRATIS');
  return sent.length;
}

const storedFiles = () => {
  try {
    return readdirSync(join(app.config.DATA_DIR, 'media'));
  } catch {
    return [];
  }
};

describe('media Loket does not store, through the Baileys transport', () => {
  it.each([
    ['a voice note (ptt, Opus)', () => voiceNote(9_000), 'mediaAudio'],
    ['a voice note with no fileLength', () => voiceNote(undefined), 'mediaAudio'],
    ['a video', () => video(2_000_000, 'ini usaha saya'), 'mediaVideo'],
    ['a Word document', () => documentMsg(30_000, 'surat.docx', DOCX), 'mediaImage'],
    ['a video sent as a document', () => documentMsg(2_000_000, 'usaha.mp4', 'video/mp4'), 'mediaVideo'],
    ['a message of a kind Loket does not know (a poll)', () => poll('Jadi daftar?'), 'mediaOther'],
    ['an image with no fileLength', () => imageWithoutSize(), 'mediaImage'],
  ] as const)('%s is accepted, not downloaded, and answered with the question again', async (_name, content, remark) => {
    const phone = newPhone();
    const seen = await atConsent(phone);
    const filesBefore = storedFiles().length;
    const failedBefore = transport.stats().inbound.inbox_failed ?? 0;

    await deliver(direct(pnJid(phone), content()));

    const reply = sentTo(phone, seen).join('\n');
    expect(reply).toContain(`${render('id', remark)} ${render('id', 'mediaExpectText')}`);
    expect(reply).toContain(render('id', 'consentAsk'));
    expect(downloadMedia).not.toHaveBeenCalled();
    expect(put).not.toHaveBeenCalled();
    expect(storedFiles()).toHaveLength(filesBefore);
    expect(transport.stats().inbound.inbox_failed ?? 0).toBe(failedBefore);
  });

  it('says "pesan suara" for a voice note', async () => {
    const phone = newPhone();
    const seen = await atConsent(phone);
    await deliver(direct(pnJid(phone), voiceNote(12_000)));
    expect(sentTo(phone, seen).join('\n')).toContain('pesan suara');
  });

  it('answers a voice note sent as the very first message (with the opening)', async () => {
    const phone = newPhone();
    await deliver(direct(pnJid(phone), voiceNote(9_000)));
    expect(sentTo(phone).join('\n')).toContain('GRATIS');
    expect(downloadMedia).not.toHaveBeenCalled();
  });

  it('at the NIK question, a Word file, an oversized photo and one with no size get their reasons and the NIK question', async () => {
    const cases = [
      [documentMsg(30_000, 'ktp.docx', DOCX), render('id', 'mediaFileType')],
      [image(25_000_000, 'KTP'), render('id', 'mediaTooLarge', { limit: '5 MB' })],
      [imageWithoutSize('KTP'), render('id', 'mediaNotReceived')],
    ] as const;
    for (const [content, reason] of cases) {
      const phone = newPhone();
      for (const answer of ['halo', 'iya', 'belum', 'pribadi']) await deliver(direct(pnJid(phone), text(answer)));
      const seen = sentTo(phone).length;
      expect(sentTo(phone).at(-1)).toContain(render('id', 'askNik'));
      await deliver(direct(pnJid(phone), content));
      expect(sentTo(phone, seen).join('\n')).toContain(`${reason} ${render('id', 'askNik')}`);
    }
    expect(downloadMedia).not.toHaveBeenCalled();
    expect(put).not.toHaveBeenCalled();
    expect(logLines.join('')).not.toContain('wa_inbox_failed');
  });

  it('still downloads and keeps a KTP photo the policy allows (the control case)', async () => {
    const phone = newPhone();
    for (const answer of ['halo', 'iya', 'belum', 'pribadi']) await deliver(direct(pnJid(phone), text(answer)));
    const seen = sentTo(phone).length;
    const filesBefore = storedFiles().length;
    await deliver(direct(pnJid(phone), image(2_000, 'KTP')));
    expect(downloadMedia).toHaveBeenCalledTimes(1);
    expect(put).toHaveBeenCalledTimes(1);
    expect(storedFiles()).toHaveLength(filesBefore + 1);
    expect(sentTo(phone, seen).join('\n')).toContain(render('id', 'ktpPhotoReceived'));
  });

  it('accepts a photo whose download fails, and answers it', async () => {
    downloadMedia.mockImplementationOnce(() => Promise.reject(new Error('media URL expired')));
    const phone = newPhone();
    for (const answer of ['halo', 'iya', 'belum', 'pribadi']) await deliver(direct(pnJid(phone), text(answer)));
    const seen = sentTo(phone).length;
    await deliver(direct(pnJid(phone), image(2_000, 'KTP')));
    expect(sentTo(phone, seen).join('\n')).toContain(`${render('id', 'mediaNotReceived')} ${render('id', 'askNik')}`);
    expect(logLines.some((l) => l.includes('"event":"wa_media_download_failed"'))).toBe(true);
    expect(put).not.toHaveBeenCalled();
    expect(logLines.join('')).not.toContain('wa_inbox_failed');
  });
});
