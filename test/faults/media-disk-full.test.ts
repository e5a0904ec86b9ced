// A full disk under the media folder (issue #12, found by the soak): the photo cannot be stored, so
// the message is refused with a 503 problem that says to send it again (not a 500), nothing is
// queued, and the same message sent again once there is room is taken as new.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { solidPng } from '../e2e/support/png.js';

const APPLICANT = '6281577000088'; // synthetic
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

describe('the media folder\'s disk is full', () => {
  it('answers 503 media_store_full with Retry-After, stores nothing, and takes the same message once there is room', async () => {
    const phone = t.phone(APPLICANT);
    for (const answer of ['halo', 'iya', 'belum', 'pribadi']) await phone.ask(answer);
    const body = JSON.stringify({ from: APPLICANT, id: 'disk-full-1', image: { mimetype: 'image/png', base64: solidPng(40, 30, [1, 2, 3]).toString('base64') } });
    const post = (): Promise<Response> => fetch(`${t.url}/sim/inbound`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const put = vi.spyOn(t.app.media, 'put').mockRejectedValueOnce(diskFull());

    const refused = await post();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('60');
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('media_store_full');
    expect(JSON.stringify(problem)).not.toContain(APPLICANT);
    expect((await t.app.inbox.depth()).readyChats).toBe(0);

    const again = await post();
    expect(again.status).toBe(202);
    expect(await again.json()).toMatchObject({ duplicate: false });
    put.mockRestore();
  });
});
