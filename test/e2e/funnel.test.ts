// The intake funnel end to end: applicants chat through the simulator's HTTP API; the admin API's
// GET /api/reports/funnel then says how many reached each question and where the unfinished ones
// left (BATAL, declining consent, the retention sweep of an abandoned intake), and that a submission
// counts. A question reached twice (KEMBALI, then forward again) counts once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../flows/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { OPENING_STEPS, SUMBERJO_KADEMANGAN_UP_TO_KIRIM } from './support/intake-script.js';

const ADMIN_TOKEN = 'funnel-e2e-admin-token-00001';
const DAY = 24 * 3600_000;
const START = Date.UTC(2026, 10, 16, 2, 0);

/** The whole intake of test/e2e/intake.test.ts, to KIRIM. */
const FULL_INTAKE = SUMBERJO_KADEMANGAN_UP_TO_KIRIM;

let now = START;
let t: TestApp;

interface Row { stage: string; reached: number; left: number }

async function funnel(): Promise<Map<string, Row>> {
  const res = await fetch(`${t.url}/api/reports/funnel`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { stages: Row[] };
  return new Map(body.stages.map((row) => [row.stage, row]));
}

async function chat(phone: string, messages: readonly (string | readonly [string, string])[]): Promise<void> {
  const applicant = t.phone(phone);
  for (const message of messages) {
    const [text, expected] = typeof message === 'string' ? [message, ''] : message;
    expect(await applicant.ask(text), `after "${text}"`).toContain(expected);
  }
}

beforeAll(async () => {
  t = await startTestApp({ clock: () => now, env: { ADMIN_TOKEN, ABANDONED_DAYS: '14' } });
  // Reaches the KTP address; on the way goes back (KEMBALI) to the NIK and forward again; then BATAL.
  await chat('6285700300001', [...OPENING_STEPS.slice(0, 5), ['KEMBALI', render('id', 'askNik')], ...OPENING_STEPS.slice(4), 'BATAL', 'ya']);
  // Declines consent.
  await chat('6285700300002', ['halo', 'tidak']);
  // Stops after the first question and never comes back.
  await chat('6285700300003', OPENING_STEPS.slice(0, 2));
  // Submits.
  await chat('6285700300004', [...FULL_INTAKE, ['kirim', 'LK-']]);
}, 90_000);

afterAll(async () => {
  await t?.stop();
});

describe('GET /api/reports/funnel', () => {
  it('counts the applicants who reached each question, once each, and where the unfinished left', async () => {
    const rows = await funnel();
    expect(rows.get('consent')).toEqual({ stage: 'consent', reached: 4, left: 1 });
    expect(rows.get('has_nib')).toEqual({ stage: 'has_nib', reached: 3, left: 0 });
    expect(rows.get('legal_form')).toEqual({ stage: 'legal_form', reached: 2, left: 0 });
    expect(rows.get('nik')).toEqual({ stage: 'nik', reached: 2, left: 0 });
    expect(rows.get('full_name')).toEqual({ stage: 'full_name', reached: 2, left: 0 });
    expect(rows.get('ktp_address')).toEqual({ stage: 'ktp_address', reached: 2, left: 1 });
    expect(rows.get('summary')).toMatchObject({ reached: 1, left: 0 });
    expect(rows.get('submitted')).toEqual({ stage: 'submitted', reached: 1, left: 0 });
    const stages = [...rows.keys()];
    expect(stages[0]).toBe('consent');
    expect(stages.at(-1)).toBe('submitted');
  });

  it('counts an intake dropped by the retention sweep as left where it stood', async () => {
    now = START + 20 * DAY;
    const report = await t.app.retention.run(now);
    expect(report.sessions).toBeGreaterThanOrEqual(1);
    expect((await funnel()).get('has_nib')).toEqual({ stage: 'has_nib', reached: 3, left: 1 });
    // A second sweep finds nothing more to count.
    await t.app.retention.run(now + DAY);
    expect((await funnel()).get('has_nib')).toEqual({ stage: 'has_nib', reached: 3, left: 1 });
  });

  it('wants the admin token', async () => {
    expect((await fetch(`${t.url}/api/reports/funnel`)).status).toBe(401);
  });
});
