import { defineConfig } from 'vitest/config';

// Firefox smoke test: Debian's Firefox ESR driven over WebDriver BiDi with dist/firefox-e2e installed
// as a temporary add-on, compared with Chromium on the e2e build in dist/e2e-reference (both built by `npm run test:e2e:firefox`).
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One browser at a time on a 2-core machine.
    maxWorkers: 1,
  },
});
