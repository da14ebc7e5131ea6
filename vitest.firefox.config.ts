import { defineConfig } from 'vitest/config';

// Firefox smoke test: Debian's Firefox ESR driven over WebDriver BiDi with dist/firefox-e2e installed
// as a temporary add-on, compared with Chromium on the e2e build in dist/e2e-reference (both built by `npm run test:e2e:firefox`).
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    // Generous: each page waits (polls) up to 20 s for a state, and the Chromium reference walks all
    // eight demo pages in one beforeAll, on a 2-core machine that may be running other work.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser at a time on a 2-core machine.
    maxWorkers: 1,
  },
});
