// A coordinator's command handled again after a crash (the inbox redelivers the same entry when the
// handler died before its session was saved): the same answer and notices, and nothing done twice:
// no second move of a case, no second event, no second letter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServiceArea } from '../../../bot/area/service-area.js';
import { createCoordinatorActions } from '../../../bot/casework/coordinator-actions.js';
import type { CoordinatorActions, CoordinatorContext } from '../../../bot/casework/coordinator-chat.js';
import type { OperatorCommand } from '../../../bot/commands/parse.js';
import type { VillageIndex } from '../../../flows/area/villages.js';
import type { Notice } from '../../../workers/casework/notice.js';
import { createLogger } from '../../../workers/platform/logger.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { submitCase, VILLAGE } from '../../support/casework.js';

const KOOR = { phone: '6281234500090', name: 'Koordinator (contoh)', role: 'coordinator' as const, areas: ['35.05'] };
const VINA = { phone: '6281234500001', name: 'Vina (contoh)', role: 'operator' as const, areas: [VILLAGE.code] };
const WULAN = { phone: '6281234500002', name: 'Wulan (contoh)', role: 'operator' as const, areas: [VILLAGE.code] };

let t: TestApp;
let villages: VillageIndex;
let actions: CoordinatorActions;
let entries = 0;

beforeAll(async () => {
  t = await startTestApp({ env: { CASE_TIMER_POLL_MS: '3600000' } });
  villages = await loadServiceArea('35.05');
  for (const member of [KOOR, VINA, WULAN]) await t.app.roster.create(member);
  actions = createCoordinatorActions({
    redis: t.app.redis, prefix: t.config.REDIS_PREFIX, casework: t.app.casework, cases: t.app.cases, roster: t.app.roster, villages,
    areaProblem: () => undefined, audience: t.app.audience, letters: t.app.broadcasts, broadcastPerMinute: 600, clock: Date.now, logger: createLogger({ level: 'silent', pretty: false }),
  });
}, 30_000);
afterAll(() => t.stop());

async function context(): Promise<CoordinatorContext> {
  entries += 1;
  const member = (await t.app.roster.get(KOOR.phone))!;
  return { group: 'koordinator@g.us', actor: { member, key: t.app.roster.staffKey(member.phone) }, entryId: `retry-entry-${entries}` };
}

/** Runs the command twice for the same inbox entry, as a redelivery after a crash would. */
async function twice<C extends OperatorCommand>(command: C): Promise<[Notice[], Notice[]]> {
  const run = actions[command.name] as (c: C, ctx: CoordinatorContext) => Promise<Notice[]>;
  const ctx = await context();
  return [await run(command, ctx), await run(command, ctx)];
}

async function heldBy(phone: string): Promise<string> {
  const id = await submitCase(t.app, `62857000${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`);
  await t.app.casework.dispatch(id);
  const member = (await t.app.roster.get(phone))!;
  await t.app.casework.claim({ member, key: t.app.roster.staffKey(phone) }, id);
  return id;
}

async function eventsOf(id: string, type: string): Promise<number> {
  return (await t.app.cases.events(id)).filter((e) => e.type === type).length;
}

describe('handled again after a crash', () => {
  it('TUGASKAN: the same answer, the case moved once', async () => {
    const id = await heldBy(VINA.phone);
    const [first, again] = await twice({ name: 'reassign', caseId: id, operator: 'wulan' });
    expect(again).toEqual(first);
    expect(first[0]?.text).toContain(WULAN.name);
    expect(await eventsOf(id, 'reassigned')).toBe(1);
    expect((await t.app.cases.get(id))?.fields.claimedBy).toBe(t.app.roster.staffKey(WULAN.phone));
  });

  it('NAIKKAN: one desk up, not two', async () => {
    const id = await heldBy(WULAN.phone);
    const [first, again] = await twice({ name: 'escalate', caseId: id });
    expect(again).toEqual(first);
    expect(await eventsOf(id, 'escalated')).toBe(1);
    expect((await t.app.cases.get(id))?.fields.desk).toBe('regency');
  });

  it('OSS GANGGUAN then OSS NORMAL: each case held once and resumed once', async () => {
    const id = await heldBy(VINA.phone);
    const [down, downAgain] = await twice({ name: 'oss_status', down: true });
    expect(downAgain).toEqual(down);
    const [up, upAgain] = await twice({ name: 'oss_status', down: false });
    expect(upAgain).toEqual(up);
    expect(await eventsOf(id, 'oss_held')).toBe(1);
    expect(await eventsOf(id, 'oss_resumed')).toBe(1);
    expect((await t.app.cases.get(id))?.status).toBe('claimed');
  });

  it('NONAKTIF: the same cases given back, once', async () => {
    const ids = [await heldBy(VINA.phone), await heldBy(VINA.phone)];
    const [first, again] = await twice({ name: 'deactivate', phone: VINA.phone });
    expect(again).toEqual(first);
    for (const id of ids) expect(await eventsOf(id, 'holder_deactivated')).toBe(1);
    await t.app.roster.update(VINA.phone, { active: true });
  });

  it('SIARAN: one letter per recipient', async () => {
    await t.app.audience.agree('6285700009991', 'id', Date.now());
    await t.app.audience.agree('6285700009992', 'en', Date.now());
    const [first, again] = await twice({ name: 'broadcast', text: 'Pengumuman uji' });
    expect(again).toEqual(first);
    await t.settle();
    for (const chat of ['6285700009991', '6285700009992']) expect(await t.app.sim!.read(chat, 0)).toHaveLength(1);
  });
});
