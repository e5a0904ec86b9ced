import { defineConfig } from 'vitest/config';

// The fault suite (`npm run test:faults`): Redis away or full, workers killed mid-job, shutdowns,
// fuzzing, interleavings, media and HTTP abuse, clock trouble. Run by CI after `npm test`.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/support/redis-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
