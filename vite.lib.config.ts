import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The Node package: `import { detectFeeling, reviewDraft } from 'empathy-coach'` and the
// `empathy-coach` CLI. Built into lib/ by `npm run build:lib` (and by `prepare` on `npm ci`).
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    lib: {
      entry: { index: 'src/analyzer/index.ts', cli: 'src/cli/bin.ts', 'report-worker': 'src/cli/report/worker.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
    },
  },
});
