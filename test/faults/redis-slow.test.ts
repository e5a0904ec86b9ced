// A slow Redis (issue #12, found by the soak): an accept whose write outlives REDIS_COMMAND_TIMEOUT_MS
// is retried, while Redis still applies the first try once it wakes. The retry must be recognised as
// the same accept (not a duplicate), and the photo the stored message points to must stay: it used to
// be deleted as a duplicate's, so the operator never got the KTP photo.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../../flows/i18n/index.js';
import { PrivateRedis } from './support/faulty-redis.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { solidPng } from '../e2e/support/png.js';

const APPLICANT = '6281577000077'; // synthetic

let redis: PrivateRedis | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.stop();
  await redis?.stop();
  t = undefined;
  redis = undefined;
});

describe('a KTP photo accepted while Redis is slower than the command timeout', () => {
  it('is stored once, answered as new, and its file is kept for the message that points to it', async () => {
    redis = await PrivateRedis.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-slow-data-'));
    t = await startTestApp({ dataDir, env: { REDIS_URL: redis.url, REDIS_COMMAND_TIMEOUT_MS: '300', REDIS_ACCEPT_WAIT_MS: '5000' } });
    const phone = t.phone(APPLICANT);
    for (const answer of ['halo', 'iya', 'belum', 'pribadi']) await phone.ask(answer);

    const asleep = redis.sleep(1500);
    const photo = { mimetype: 'image/png', base64: solidPng(40, 30, [10, 120, 200]).toString('base64'), caption: 'KTP' };
    const accepted = await phone.send({ id: 'slow-ktp-1', image: photo });
    await asleep;
    await t.settle();

    expect(accepted.duplicate).toBe(false);
    expect(readdirSync(join(dataDir, 'media')).filter((f) => f.endsWith('.sealed'))).toHaveLength(1);
    expect((await phone.drain()).map((m) => m.text ?? '').join('\n')).toContain(render('id', 'ktpPhotoReceived'));
  });
});
