import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The fault suite has its own command (`npm run test:faults`, vitest.faults.config.ts), run by CI once.
    exclude: ['test/faults/**', 'node_modules/**'],
    globalSetup: ['test/support/redis-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Two cores: more forks only fight over CPU with redis-server and Chromium.
    maxWorkers: 2,
  },
});
