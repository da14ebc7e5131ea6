import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with dist/e2e loaded (built by `npm run test:e2e` first).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file runs its own Chromium; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
