import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifestJson from './manifest.json' with { type: 'json' };
import { withDemoSites } from './src/platform/demo-sites.ts';
import { toFirefoxManifest } from './src/platform/firefox-manifest.ts';
import { anyHelpdeskScript } from './src/platform/any-helpdesk-build.ts';

type Manifest = Extract<ManifestV3Export, { manifest_version: number }>;

const TARGETS = {
  // `vite build`: the Chrome extension as shipped.
  production: { outDir: 'dist/chrome', browser: 'chrome', manifest: (m: Manifest) => m },
  // `vite build --mode firefox`
  firefox: { outDir: 'dist/firefox', browser: 'firefox', manifest: toFirefoxManifest },
  // `vite build --mode e2e`: Chrome build plus the demo helpdesk host, for `npm start` and e2e tests.
  e2e: { outDir: 'dist/e2e', browser: 'chrome', manifest: withDemoSites },
  // `vite build --mode firefox-e2e`: the Firefox build plus the demo helpdesk host, for the Firefox e2e test.
  'firefox-e2e': { outDir: 'dist/firefox-e2e', browser: 'firefox', manifest: (m: Manifest) => toFirefoxManifest(withDemoSites(m)) },
} as const;

export default defineConfig(({ mode }) => {
  const target = TARGETS[mode as keyof typeof TARGETS] ?? TARGETS.production;
  const manifest = target.manifest(manifestJson as Manifest);
  return {
    plugins: [
      preact(),
      crx({
        manifest,
        browser: target.browser,
        // Self-contained scripts: no loader, no web-accessible chunks. index.ts (Zendesk, Gmail) is the
        // manifest's; any-helpdesk.ts is registered at run time for a helpdesk the agent turns on.
        contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/content/any-helpdesk.ts'] },
      }),
      anyHelpdeskScript(manifest, [preact()]),
    ],
    build: {
      outDir: target.outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
    server: { host: '127.0.0.1' },
  };
});
