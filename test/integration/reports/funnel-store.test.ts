// The funnel's counters against real Redis: a turn handled twice counts once, a question reached
// twice in one intake counts once, a new intake counts again, and an ended intake forgets its stages.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { FunnelStore } from '../../../workers/reports/funnel.js';
import { redisPool, uniquePrefix } from '../../support/redis.js';

const protector = createDataProtector(randomBytes(32));
const pool = redisPool();
afterEach(() => pool.closeAll());

function store(): { funnel: FunnelStore; prefix: string; redis: ReturnType<typeof pool.connect> } {
  const prefix = uniquePrefix('funnel');
  const redis = pool.connect();
  return { funnel: new FunnelStore(redis, protector, prefix, 3600), prefix, redis };
}

async function counts(funnel: FunnelStore): Promise<Record<string, [number, number]>> {
  const rows = await funnel.rows();
  return Object.fromEntries(rows.filter((r) => r.reached + r.left > 0).map((r) => [r.stage, [r.reached, r.left]]));
}

describe('FunnelStore', () => {
  it('counts a turn once however often it is handled (a retry after a crash)', async () => {
    const { funnel } = store();
    const move = { restart: true, reached: ['consent' as const] };
    expect(await funnel.record('entry-1', 'chat-a', move)).toBe(true);
    expect(await funnel.record('entry-1', 'chat-a', move)).toBe(false);
    expect(await counts(funnel)).toEqual({ consent: [1, 0] });
  });

  it('counts a stage once per intake, again for the next intake, and forgets an ended one', async () => {
    const { funnel, prefix, redis } = store();
    await funnel.record('e1', 'chat-a', { restart: true, reached: ['consent'] });
    await funnel.record('e2', 'chat-a', { restart: false, reached: ['has_nib', 'legal_form'] });
    await funnel.record('e3', 'chat-a', { restart: false, reached: ['has_nib'] });
    expect(await redis.ttl(`${prefix}:funnel-intake:chat-a`)).toBeGreaterThan(3000);
    await funnel.record('e4', 'chat-a', { restart: false, reached: [], left: 'legal_form' });
    expect(await redis.exists(`${prefix}:funnel-intake:chat-a`)).toBe(0);
    await funnel.record('e5', 'chat-a', { restart: true, reached: ['consent'] });
    await funnel.record('e6', 'chat-b', { restart: true, reached: ['consent', 'has_nib'] });
    await funnel.record('e7', 'chat-b', { restart: false, reached: ['submitted'] });
    expect(await redis.exists(`${prefix}:funnel-intake:chat-b`)).toBe(0);
    expect(await counts(funnel)).toEqual({ consent: [3, 0], has_nib: [2, 0], legal_form: [1, 1], submitted: [1, 0] });
  });

  it('counts an abandoned intake once per dropped session', async () => {
    const { funnel } = store();
    expect(await funnel.abandoned('chat-a', 7, 'email')).toBe(true);
    expect(await funnel.abandoned('chat-a', 7, 'email')).toBe(false);
    expect(await counts(funnel)).toEqual({ email: [0, 1] });
  });
});
