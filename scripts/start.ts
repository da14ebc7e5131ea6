// `npm start`: builds the extension and opens it in Chromium on the demo helpdesk pages.
// With a display: a real window on the first demo page. Without one (or with --headless): types a
// sample reply into each main demo page, prints what the coach shows, writes screenshots to
// demo-output/ and exits.
import { mkdirSync } from 'node:fs';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { inCoach } from '../test/support/coach-root.ts';
import { CHROMIUM_MISSING, findChromium, launchWithExtension } from '../test/support/browser.ts';
import { MAIN_DEMO_PAGES, type DemoPage } from '../test/support/demo-routes.ts';
import { serveDirectory } from '../test/support/static-server.ts';

const DEMO_PORT = 5178;
const OUTPUT_DIR = 'demo-output';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

if (!findChromium()) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}

console.log('Building the extension (dist/e2e: the Chrome build plus the demo helpdesk host)…');
await build({ mode: 'e2e', logLevel: 'warn' });

const server = await serveDirectory('demo/pages', DEMO_PORT);
console.log(`Demo pages served at ${server.origin}/ (127.0.0.1 only)`);
const browser = await launchWithExtension({ extensionDir: 'dist/e2e', pagesOrigin: server.origin, headless });
console.log(`Chromium is running Empathy Coach (extension id ${browser.extensionId}).`);

if (headless) {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  let failures = 0;
  for (const [index, demo] of MAIN_DEMO_PAGES.entries()) {
    const page = await browser.context.newPage();
    try {
      await showDemo(page, demo, `${OUTPUT_DIR}/${index + 1}-${demo.file.replace(/[/.]/g, '-')}.png`);
    } catch (error) {
      failures++;
      console.error(`✗ ${demo.title}: ${(error as Error).message.split('\n')[0]}`);
    }
    await page.close();
  }
  if (browser.blockedRequests.length) {
    failures++;
    console.error(`✗ Requests that tried to leave the machine: ${browser.blockedRequests.join(', ')}`);
  }
  await browser.close();
  await server.close();
  process.exit(failures ? 1 : 0);
} else {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(MAIN_DEMO_PAGES[0]!.url);
  console.log('Other demo pages:');
  for (const demo of MAIN_DEMO_PAGES) console.log(`  ${demo.url}  ${demo.title}`);
  console.log('Close the window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  browser.context.on('close', stop);
  process.on('SIGINT', stop);
}

async function showDemo(page: Page, demo: DemoPage, screenshot: string): Promise<void> {
  await page.goto(demo.url);
  const host = page.locator('empathy-coach[data-worker="ready"]');
  await host.waitFor({ state: 'attached', timeout: 15_000 });
  const replyBox = await firstReplyBox(page, demo);
  await replyBox.click();
  await page.keyboard.type(demo.sampleReply, { delay: 5 });
  // Let the coach react to the pause in typing: the badge first, the panel once the draft looks finished.
  await page.waitForFunction(() => document.querySelector('empathy-coach')?.getAttribute('data-typing') === 'false', undefined, { timeout: 10_000 });
  if ((await host.getAttribute('data-panel')) !== 'shown') {
    // Open it as the agent does: a click on the badge.
    const badge = await inCoach(page, (root) => {
      const rect = root.querySelector('button.badge')?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    if (badge) await page.mouse.click(badge.x, badge.y);
    await page.waitForTimeout(300);
  }
  const shown = {
    data: await host.evaluate((element) => ({ ...(element as HTMLElement).dataset })),
    // The shadow root is closed: read through the DevTools protocol.
    ...(await inCoach(page, (root) => ({
      chip: root.querySelector('[data-testid="feeling-chip"] .who')?.textContent ?? '',
      findings: [...root.querySelectorAll('li .row')].map((item) => item.textContent ?? ''),
    }))),
  };
  await page.screenshot({ path: screenshot });
  console.log(`\n✓ ${demo.title}\n  ${demo.url}`);
  console.log(`  typed: ${JSON.stringify(demo.sampleReply)}`);
  console.log(`  coach: ${shown.chip}${shown.data.score ? ` · score ${shown.data.score}/100` : ''}`);
  for (const finding of shown.findings) console.log(`    - ${finding}`);
  for (const [key, value] of Object.entries(shown.data)) console.log(`    data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}=${value}`);
  console.log(`  screenshot: ${screenshot}`);
}

async function firstReplyBox(page: Page, demo: DemoPage) {
  const anyBox = 'textarea:visible, [contenteditable="true"]:visible';
  const selector: string = {
    zendesk: '[data-is-active="true"] .ck-editor__editable',
    gmail: '.Ap [g_editable="true"]',
    freshdesk: anyBox,
    helpscout: anyBox,
    front: anyBox,
    intercom: anyBox,
    zohodesk: anyBox,
    hubspot: anyBox,
    generic: anyBox,
  }[demo.site];
  const box = page.locator(selector).first();
  await box.waitFor({ state: 'visible', timeout: 10_000 });
  return box;
}
