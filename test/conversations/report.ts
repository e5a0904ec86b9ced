// `npm run conversations`: plays the corpus against a real Loket (its own redis-server, the simulator
// API, real BullMQ) and prints the figures: completion rate, median and p90 applicant messages, and
// the funnel of re-prompts per question. Exits non-zero below 95% completion or above a median of 20.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedRedis } from '../../bot/platform/embedded-redis.js';
import { CORPUS } from './dialogues/index.js';
import { figures, formatFigures, runCorpus } from './runner.js';
import { TestClock, serviceDriver } from './service-driver.js';

const MIN_COMPLETION = 0.95;
const MAX_MEDIAN_MESSAGES = 20;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-corpus-'));
  const redis = await startEmbeddedRedis({ dataDir: dir, appendfsync: 'no' });
  process.env.LOKET_TEST_REDIS_URL = redis.url;
  // Imported after the URL is set: the test app reads it when it starts.
  const { startTestApp } = await import('../support/app.js');
  const clock = new TestClock();
  const app = await startTestApp({ clock: clock.now, env: { INBOX_CONCURRENCY: '16', LOG_LEVEL: 'warn' } });
  try {
    const started = performance.now();
    const results = await runCorpus(CORPUS, serviceDriver(app, clock));
    const f = figures(results);
    console.log(formatFigures(f));
    for (const r of results.filter((x) => !x.completed)) console.log(`not completed: ${r.id} (${r.problem ?? '?'}${r.stuckAt ? ` at ${r.stuckAt}` : ''})`);
    console.log(`played in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (f.completionRate < MIN_COMPLETION || f.medianMessages > MAX_MEDIAN_MESSAGES) process.exitCode = 1;
  } finally {
    await app.stop();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
