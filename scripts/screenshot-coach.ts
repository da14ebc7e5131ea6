// Screenshots of the coach on the demo pages (the badge while the draft is reviewed, the open
// panel, a card at the words, the Undo after a fix from the card), the popup beside a coached tab and
// the options page, at the window sizes the e2e tests check. Needs the e2e build:
// `vite build --mode e2e && tsx scripts/screenshot-coach.ts [label]`.
// Writes demo-output/screens[-label]/<size>-<what>.png (demo-output is not committed).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/support/browser.ts';
import { inCoach } from '../test/support/coach-root.ts';
import { DEMO_PAGES } from '../test/support/demo-routes.ts';
import { serveDirectory } from '../test/support/static-server.ts';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1280, height: 860 },
];
const PAGES = [
  { file: 'zendesk/ticket.html', box: '[data-is-active="true"] .ck-editor__editable' },
  { file: 'gmail/thread.html', box: '.ip.adB .Ap [g_editable="true"]' },
  { file: 'gmail/compose.html', box: '.AD [role="dialog"] .Ap [g_editable="true"]' },
  { file: 'generic/textarea.html', box: '#reply-panel textarea#reply-body' },
];
const DRAFT = "I'm sorry, but that's our policy. We value your business.";
const label = process.argv[2];
const OUTPUT_DIR = join('demo-output', label ? `screens-${label}` : 'screens');

/** For what is inside the coach's closed root (no locator reaches it). */
async function until(check: () => Promise<boolean>, what: string, timeout = 8_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function clickInCoach(page: Page, selector: string): Promise<void> {
  const box = await inCoach(page, (root, s) => {
    const rect = root.querySelector(s)?.getBoundingClientRect();
    return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  }, selector);
  if (!box) throw new Error(`No ${selector} in the coach`);
  await page.mouse.click(box.x, box.y);
}

async function main(): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const server = await serveDirectory('demo/pages');
  const extension = await launchWithExtension({ extensionDir: 'dist/e2e', pagesOrigin: server.origin, headless: true });
  try {
    const page = await extension.context.newPage();
    for (const size of SIZES) {
      const prefix = `${size.width}x${size.height}`;
      await page.setViewportSize(size);
      for (const demo of PAGES) {
        const url = DEMO_PAGES.find((candidate) => candidate.file === demo.file)!.url;
        const name = `${prefix}-${demo.file.replace(/[/.]/g, '-').replace(/-html$/, '')}`;
        await extension.serviceWorker.evaluate(() => chrome.storage.local.set({ coachOpen: {} }));
        await page.goto(url);
        await page.locator('empathy-coach[data-worker="ready"][data-feeling]').waitFor({ state: 'attached', timeout: 15_000 });
        await page.locator(demo.box).click();
        await page.keyboard.type(DRAFT, { delay: 5 });
        await page.screenshot({ path: join(OUTPUT_DIR, `${name}-1-typing.png`) });
        await page.locator('empathy-coach[data-typing="false"]').waitFor({ state: 'attached' });
        await page.screenshot({ path: join(OUTPUT_DIR, `${name}-2-badge.png`) });
        await clickInCoach(page, 'button.badge');
        await page.locator('empathy-coach[data-panel="shown"]').waitFor({ state: 'attached' });
        await clickInCoach(page, 'li[data-rule="apology-but"] .row');
        await page.waitForTimeout(200);
        await page.screenshot({ path: join(OUTPUT_DIR, `${name}-3-panel.png`) });
        await clickInCoach(page, 'section.panel header button[aria-label="Hide coaching"]');
        const underline = await inCoach(page, (root) => {
          const rect = root.querySelector('.underline[data-finding^="cliche:"]')?.getBoundingClientRect();
          return rect ? { x: rect.x + rect.width / 2, y: rect.y - 4 } : null;
        });
        if (!underline) throw new Error('No cliché underline');
        await page.mouse.click(underline.x, underline.y);
        await until(() => inCoach(page, (root) => !!root.querySelector('.card')), 'the card');
        await page.screenshot({ path: join(OUTPUT_DIR, `${name}-4-card.png`) });
        await clickInCoach(page, '.card button[data-action="remove"]');
        await until(() => inCoach(page, (root) => !!root.querySelector('[data-testid="undo-card"]')), 'the undo card');
        await page.locator('empathy-coach:not([data-findings~="cliche"])').waitFor({ state: 'attached' });
        await page.screenshot({ path: join(OUTPUT_DIR, `${name}-5-undo.png`) });
      }
      // The popup beside the textarea page's tab (its draft as left above), and the options page.
      const tabId = await extension.serviceWorker.evaluate(async (address) => (await chrome.tabs.query({})).find((tab) => tab.url === address)?.id, page.url());
      const popup = await extension.context.newPage();
      await popup.setViewportSize({ width: 380, height: Math.min(size.height, 600) });
      await popup.goto(`chrome-extension://${extension.extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.getByTestId('popup-review').waitFor();
      await popup.screenshot({ path: join(OUTPUT_DIR, `${prefix}-popup.png`), fullPage: true });
      await popup.setViewportSize(size);
      await popup.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
      await popup.getByTestId('save-status').waitFor();
      await popup.screenshot({ path: join(OUTPUT_DIR, `${prefix}-options.png`) });
      await popup.close();
    }
    console.log(`Screenshots in ${OUTPUT_DIR}`);
  } finally {
    await extension.close();
    await server.close();
  }
}

await main();
