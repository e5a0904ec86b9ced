// Media abuse (issue #12, scenario 7), through the real service: oversized files, a mimetype that lies
// about the bytes, zero bytes, decompression bombs (a few hundred bytes of PNG, JPEG or WebP header
// declaring 60000×60000), and a file name with path characters. Each is refused before it is stored
// or decoded, the applicant gets a clear answer (the reason, then the NIK question again), and no
// file, not even a partial one, is left in the media folder. Through the simulator's HTTP API, and
// through the Baileys transport's own message types (guardedMedia) for the refusal before download.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from '../../flows/index.js';
import { createAccept } from '../../bot/conversation/accept.js';
import { safeFilename } from '../../bot/media/policy.js';
import { guardedMedia } from '../../bot/transport/baileys/media.js';
import { Inbox } from '../../workers/inbox/inbox.js';
import { createMediaStore } from '../../workers/media/store.js';
import { createDataProtector } from '../../workers/platform/crypto.js';
import { startTestApp, type SimPhone, type TestApp } from '../support/app.js';
import { connectTestRedis, uniquePrefix } from '../support/redis.js';
import { solidPng } from '../e2e/support/png.js';
import { direct, image, PHONE_A, pnJid } from '../unit/baileys/wa-fixtures.js';

const MAX_BYTES = 64 * 1024;

// ---- abusive files -------------------------------------------------------------------------------

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG header (signature, IHDR with a correct CRC) declaring width×height, and one tiny IDAT. */
function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A JFIF header, then a baseline frame (SOF0) declaring width×height. */
function jpegDeclaring(width: number, height: number): Buffer {
  const app0 = Buffer.from('ffe000104a46494600010100000100010000', 'hex');
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

/** An extended WebP (VP8X) declaring width×height. */
function webpDeclaring(width: number, height: number): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  const chunk = Buffer.concat([Buffer.from('VP8X', 'latin1'), Buffer.from([10, 0, 0, 0]), vp8x]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + chunk.length);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), size, Buffer.from('WEBP', 'latin1'), chunk]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const ZIP = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), randomBytes(200)]);
const HTML = Buffer.from('<html><script>alert(1)</script></html>');
const ELF = Buffer.concat([Buffer.from('\u007fELF', 'latin1'), randomBytes(200)]);
const GOOD_PNG = solidPng(40, 30, [10, 120, 200]);

const b64 = (data: Buffer) => data.toString('base64');
const file = (mimetype: string, data: Buffer, filename?: string) => ({ mimetype, base64: b64(data), ...(filename ? { filename } : {}) });

const tooLarge = render('id', 'mediaTooLarge', { limit: '64 KB' });
const fileType = render('id', 'mediaFileType');
const notReceived = render('id', 'mediaNotReceived');

/** [what, message body, the reason the applicant reads]. */
const ABUSE: readonly (readonly [string, Record<string, unknown>, string])[] = [
  ['a photo over MEDIA_MAX_BYTES', { image: file('image/png', Buffer.concat([GOOD_PNG, randomBytes(MAX_BYTES)])) }, tooLarge],
  ['a PDF over MEDIA_MAX_BYTES', { document: file('application/pdf', Buffer.concat([PDF, randomBytes(MAX_BYTES)]), 'ktp.pdf') }, tooLarge],
  ['a "JPEG" that is a PDF', { image: file('image/jpeg', PDF) }, fileType],
  ['a "PNG" that is a ZIP', { image: file('image/png', ZIP) }, fileType],
  ['a "PDF" that is a web page', { document: file('application/pdf', HTML, 'ktp.pdf') }, fileType],
  ['a "PDF" that is a program', { document: file('application/pdf', ELF, 'ktp.pdf') }, fileType],
  ['a "WebP" that is a PNG', { image: file('image/webp', GOOD_PNG) }, fileType],
  ['a "JPEG" of random bytes', { image: file('image/jpeg', randomBytes(2000)) }, fileType],
  ['zero bytes', { image: { mimetype: 'image/jpeg', base64: '====' } }, notReceived],
  ['a PNG bomb declaring 60000×60000', { image: file('image/png', pngDeclaring(60_000, 60_000)) }, fileType],
  ['a JPEG bomb declaring 60000×60000', { image: file('image/jpeg', jpegDeclaring(60_000, 60_000)) }, fileType],
  ['a WebP bomb declaring 60000×60000', { image: file('image/webp', webpDeclaring(60_000, 60_000)) }, fileType],
  ['a PNG bomb sent as a document', { document: file('image/png', pngDeclaring(200_000, 1_000), 'ktp.png') }, fileType],
];

// ---- the service ---------------------------------------------------------------------------------

let t: TestApp;
let phones = 0;

beforeAll(async () => {
  t = await startTestApp({ env: { MEDIA_MAX_BYTES: String(MAX_BYTES) } });
});
afterAll(() => t.stop());

/** Everything in the media folder, partial (.tmp) files included. */
const mediaFiles = (): string[] => {
  try {
    return readdirSync(join(t.config.DATA_DIR, 'media'));
  } catch {
    return [];
  }
};

/**
 * Sends a message and collects replies until one contains `expected` (or 15 s pass): replies can reach
 * the outbox after the queues look settled (outbound pacing, being changed for #13), so settle() alone
 * may return before them.
 */
async function askUntil(phone: SimPhone, body: string | Record<string, unknown>, expected: string): Promise<string> {
  await phone.send(body);
  return collectUntil(phone, expected);
}

async function collectUntil(phone: SimPhone, expected: string): Promise<string> {
  let text = '';
  while (!text.includes(expected)) {
    const got = await phone.receive(1, 15_000).catch(() => undefined);
    if (!got) break;
    text += `${got.map((m) => m.text ?? '').join('\n')}\n`;
  }
  return text;
}

async function atNik(): Promise<SimPhone> {
  const phone = t.phone(`62812777${String(10_000 + ++phones)}`);
  expect(await askUntil(phone, 'halo', 'GRATIS')).toContain('GRATIS');
  for (const [answer, next] of [['iya', 'askHasNib'], ['belum', 'askLegalForm'], ['pribadi', 'askNik']] as const) {
    expect(await askUntil(phone, answer, render('id', next))).toContain(render('id', next));
  }
  return phone;
}

describe('abusive media through the simulator', () => {
  it.each(ABUSE)('%s is refused: a clear answer, the NIK question again, no file left behind', async (_name, body, reason) => {
    const put = vi.spyOn(t.app.media, 'put');
    try {
      const phone = await atNik();
      const before = mediaFiles();
      const reply = await askUntil(phone, body, render('id', 'askNik'));
      expect(reply).toContain(`${reason} ${render('id', 'askNik')}`);
      expect(put).not.toHaveBeenCalled();
      expect(mediaFiles()).toEqual(before);
      // Still at the NIK question: the NIK typed next is taken.
      expect(await askUntil(phone, '3505015203850001', render('id', 'askFullName'))).toContain(render('id', 'askFullName'));
    } finally {
      put.mockRestore();
    }
  });

  it('the control: a real PNG and a real PDF are stored, each as one whole sealed file', async () => {
    for (const body of [{ image: file('image/png', GOOD_PNG) }, { document: file('application/pdf', PDF, 'ktp.pdf') }]) {
      const phone = await atNik();
      const before = mediaFiles().length;
      expect(await askUntil(phone, body, render('id', 'ktpPhotoReceived'))).toContain(render('id', 'ktpPhotoReceived'));
      expect(mediaFiles()).toHaveLength(before + 1);
      expect(mediaFiles().every((name) => name.endsWith('.sealed'))).toBe(true);
    }
  });
});

describe('a file name with path characters', () => {
  const NAMES: readonly (readonly [string, string | undefined])[] = [
    ['../../../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\System32\\ktp.pdf', 'ktp.pdf'],
    ['/var/lib/loket/data/media/m_x.sealed', 'm_x.sealed'],
    ['ktp\u0000.pdf', 'ktp.pdf'],
    ['KTP-\u202Efdp.exe', 'KTP-fdp.exe'],
    ['..', undefined],
    ['../', undefined],
    ['\u200b\u200f', undefined],
    ['.htaccess', 'htaccess'],
    [`${'a'.repeat(300)}.pdf`, 'a'.repeat(100)],
  ];

  it.each(NAMES)('%j is kept as %j', (name, kept) => {
    expect(safeFilename(name)).toBe(kept);
  });

  it('reaches the inbox as its last segment only, and the file is stored under a random ref', async () => {
    const redis = connectTestRedis();
    const protector = createDataProtector(randomBytes(32));
    const inbox = new Inbox(redis, protector, { prefix: uniquePrefix('media'), seenTtlSeconds: 60, leaseMs: 5000, maxFailures: 3 });
    const dir = join(t.config.DATA_DIR, 'media-names');
    const accept = createAccept({ inbox, media: createMediaStore(dir, protector), mediaMaxBytes: MAX_BYTES, clock: Date.now, notify: () => undefined });
    try {
      const data = PDF;
      await accept({
        messageId: 'name-1', chat: '6281277700001', sender: '6281277700001', isGroup: false, kind: 'document', at: Date.now(),
        media: { mimetype: 'application/pdf', size: data.length, filename: '../../../etc/cron.d/\u202Eloket', download: () => Promise.resolve(data) },
      });
      const claim = await inbox.claim('token-1');
      const media = claim.kind === 'chat' && claim.entry?.type === 'message' ? claim.entry.message.media : undefined;
      expect(media).toMatchObject({ mimetype: 'application/pdf', filename: 'loket', ref: expect.stringMatching(/^m_/) });
      expect(readdirSync(dir)).toEqual([`${(media as { ref: string }).ref}.sealed`]);
    } finally {
      await redis.quit();
    }
  });
});

describe('through the Baileys transport', () => {
  it.each([
    ['announced over the limit', { mimetype: 'image/jpeg', size: 50 * 1024 * 1024 }, tooLarge],
    ['announced with no size', { mimetype: 'image/jpeg' }, notReceived],
    ['announced as zero bytes', { mimetype: 'image/jpeg', size: 0 }, notReceived],
    ['an executable', { mimetype: 'application/x-msdownload', size: 1000 }, render('id', 'mediaFileType')],
  ] as const)('a photo %s is refused before download, with a clear answer', async (_name, meta, reason) => {
    const phone = await atNik();
    const downloader = vi.fn(() => Promise.resolve(Readable.from([Buffer.alloc(10)])));
    const before = mediaFiles();
    await t.app.sim?.receive({
      messageId: `wa-${randomBytes(6).toString('hex')}`, chat: phone.from, sender: phone.from, senderPhone: phone.from, isGroup: false, kind: 'image', at: Date.now(),
      media: guardedMedia(direct(pnJid(PHONE_A), image(10)), 'image', meta, { maxBytes: MAX_BYTES }, downloader),
    });
    const reply = await collectUntil(phone, render('id', 'askNik'));
    expect(reply).toContain(`${reason} ${render('id', 'askNik')}`);
    expect(downloader).not.toHaveBeenCalled();
    expect(mediaFiles()).toEqual(before);
  });

  it('a bomb whose announced size passes is downloaded, judged on its header, refused, and not stored', async () => {
    const phone = await atNik();
    const bomb = pngDeclaring(60_000, 60_000);
    const downloader = vi.fn(() => Promise.resolve(Readable.from([bomb])));
    const before = mediaFiles();
    await t.app.sim?.receive({
      messageId: `wa-${randomBytes(6).toString('hex')}`, chat: phone.from, sender: phone.from, senderPhone: phone.from, isGroup: false, kind: 'image', at: Date.now(),
      media: guardedMedia(direct(pnJid(PHONE_A), image(10)), 'image', { mimetype: 'image/png', size: bomb.length }, { maxBytes: MAX_BYTES }, downloader),
    });
    expect(await collectUntil(phone, render('id', 'askNik'))).toContain(`${fileType} ${render('id', 'askNik')}`);
    expect(downloader).toHaveBeenCalledTimes(1);
    expect(mediaFiles()).toEqual(before);
  });
});
