// Full-page screenshots of the options page in light and dark, 400 and 1000 px wide, in three
// states: as it opens, while editing (a phrase open, an error, an import preview), and with a team
// library. Needs the e2e build: `vite build --mode e2e && tsx scripts/screenshot-options.ts`.
// Writes demo-output/options-<state>-<scheme>-<width>.png (and -part<N>.png slices with --slices).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_LIBRARY } from '../src/library/default-library.ts';
import { launchWithExtension } from '../test/support/browser.ts';
import { serveDirectory } from '../test/support/static-server.ts';

const OUTPUT_DIR = 'demo-output';
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [400, 1000] as const;
/** `--slices`: also pieces of 1,000 px height, legible at full size in an image viewer. */
const SLICES = process.argv.includes('--slices');
const SLICE_HEIGHT = 1000;

const TEAM_LIBRARY = {
  ...DEFAULT_LIBRARY,
  id: 'acme-support',
  name: 'Acme support team',
  version: '2.1.0',
  locked: true,
  acknowledgements: {
    frustrated: [{ id: 'team-frustrated', text: "{name}, I'm sorry: you shouldn't have had to chase us about {issue}." }],
  },
  avoid: [DEFAULT_LIBRARY.avoid[0]!],
  rules: { shouting: { enabled: true, severity: 'warning' as const } },
  snippets: [DEFAULT_LIBRARY.snippets[0]!],
};

type State = 'default' | 'editing' | 'team';

async function prepare(page: Page, optionsUrl: string, state: State): Promise<void> {
  await page.goto(optionsUrl);
  await page.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]));
  if (state === 'team') await page.evaluate((team) => chrome.storage.local.set({ 'library.team': team }), TEAM_LIBRARY);
  await page.reload();
  await page.getByTestId('save-status').waitFor();
  if (state === 'default') return;
  await page.getByRole('button', { name: /^Frustrated/ }).click();
  if (state === 'team') {
    // One phrase of the agent's own beside the team's, saved.
    await page.getByTestId('feeling-frustrated').getByLabel('Add a phrase for frustrated customers').fill("I'm sorry this keeps happening, {name}.");
    await page.getByTestId('feeling-frustrated').getByRole('button', { name: 'Add' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    return;
  }
  const frustrated = page.getByTestId('feeling-frustrated');
  await frustrated.getByLabel('Add a phrase for frustrated customers').fill('<script>alert(1)</script> {name}, this is on us.');
  await frustrated.getByRole('button', { name: 'Add' }).click();
  await frustrated.getByTestId('phrase').nth(1).getByRole('button', { name: 'Edit' }).click();
  await frustrated.getByTestId('phrase').nth(1).getByLabel('Phrase').fill('');
  await page.getByTestId('avoid-entry').first().getByRole('button', { name: 'Edit' }).click();
  await page.getByTestId('snippet').first().getByRole('button', { name: 'Edit' }).click();
  const file = { ...DEFAULT_LIBRARY, name: 'Night shift phrases', acknowledgements: { worried: [{ id: 'night-worried', text: "I know it's late and this is worrying, {name}." }] } };
  await page.locator('#import-file').setInputFiles({ name: 'night-shift.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByTestId('import-preview').waitFor();
}

async function main(): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const server = await serveDirectory('demo/pages');
  const extension = await launchWithExtension({ extensionDir: 'dist/e2e', pagesOrigin: server.origin, headless: true });
  try {
    const optionsUrl = `chrome-extension://${extension.extensionId}/src/options/index.html`;
    for (const state of ['default', 'editing', 'team'] as const) {
      for (const scheme of SCHEMES) {
        for (const width of WIDTHS) {
          const page = await extension.context.newPage();
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await prepare(page, optionsUrl, state);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          // As tall as the page, so the sticky status bar is drawn at the bottom where it belongs.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width, height });
          const name = `options-${state}-${scheme}-${width}`;
          const path = join(OUTPUT_DIR, `${name}.png`);
          await page.screenshot({ path });
          console.log(`${path}${overflow > 0 ? `  (scrolls sideways by ${overflow} px)` : ''}`);
          if (SLICES) {
            for (let y = 0, part = 1; y < height; y += SLICE_HEIGHT, part++) {
              const clip = { x: 0, y, width, height: Math.min(SLICE_HEIGHT, height - y) };
              await page.screenshot({ path: join(OUTPUT_DIR, `${name}-part${part}.png`), clip });
            }
          }
          await page.close();
        }
      }
    }
  } finally {
    await extension.close();
    await server.close();
  }
}

await main();
