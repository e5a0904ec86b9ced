// The conversation corpus through the real service (simulator HTTP API, real Redis and BullMQ): every
// dialogue completes within its own budget and submits what its person meant; together at least 95%
// complete with a median of at most 20 applicant messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { CORPUS } from './dialogues/index.js';
import { checkExpectations } from './expectations.js';
import { figures, formatFigures, runCorpus, type DialogueResult } from './runner.js';
import { TestClock, serviceDriver } from './service-driver.js';

let test: TestApp;
let results: DialogueResult[];

beforeAll(async () => {
  const clock = new TestClock();
  test = await startTestApp({ clock: clock.now, env: { INBOX_CONCURRENCY: '16' } });
  results = await runCorpus(CORPUS, serviceDriver(test, clock));
  console.log(formatFigures(figures(results)));
}, 240_000);

afterAll(async () => {
  await test?.stop();
});

describe('the conversation corpus', () => {
  it('has at least 40 dialogues with distinct ids', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((d) => d.id)).size).toBe(CORPUS.length);
  });

  it('completes at least 95% of dialogues, with a median of at most 20 applicant messages', () => {
    const f = figures(results);
    expect(f.completionRate).toBeGreaterThanOrEqual(0.95);
    expect(f.medianMessages).toBeLessThanOrEqual(20);
  });

  it.each(CORPUS.map((d) => [d.id, d] as const))('%s completes within its budget and submits what was meant', async (id, dialogue) => {
    const result = results.find((r) => r.id === id);
    expect(result, 'played').toBeDefined();
    expect({ completed: result?.completed, problem: result?.problem, stuckAt: result?.stuckAt }).toEqual({ completed: true, problem: undefined, stuckAt: undefined });
    expect(result?.messages).toBeLessThanOrEqual(dialogue.budget);
    const dossier = result?.caseId ? (await test.app.cases.get(result.caseId))?.dossier : undefined;
    expect(checkExpectations(dialogue.expect ?? {}, dossier)).toEqual([]);
  });
});
