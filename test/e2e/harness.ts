// Reusable e2e fixtures: a test gets a page in real Chromium with the built extension loaded
// (dist/e2e), the extension id, and the demo pages served at their helpdesk addresses.
import type { Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser.ts';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.ts';

export { DEMO_PAGES, demoPage } from '../../scripts/lib/demo-routes.ts';

export const test = base.extend<{
  pagesServer: StaticServer;
  extension: ExtensionBrowser;
  extensionId: string;
  page: Page;
}>({
  pagesServer: [
    // eslint-disable-next-line no-empty-pattern -- vitest fixtures must destructure their context.
    async ({}, use) => {
      const server = await serveDirectory('demo/pages');
      await use(server);
      await server.close();
    },
    { scope: 'file' },
  ],
  extension: [
    async ({ pagesServer }, use) => {
      const extension = await launchWithExtension({
        extensionDir: 'dist/e2e',
        pagesOrigin: pagesServer.origin,
        headless: true,
      });
      await use(extension);
      await extension.close();
    },
    { scope: 'file' },
  ],
  extensionId: async ({ extension }, use) => use(extension.extensionId),
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    await page.close();
    if (errors.length) throw new Error(`Uncaught errors on the page:\n${errors.join('\n')}`);
  },
});

/**
 * The coach host's data attributes, once it is attached, has heard from the worker and has painted
 * its first review (data-editor is written with it; the worker may still be loading the library when
 * it answers the ping).
 */
export async function coachState(page: Page): Promise<Record<string, string>> {
  const host = page.locator('empathy-coach[data-worker="ready"][data-editor]');
  await host.waitFor({ state: 'attached', timeout: 10_000 });
  return host.evaluate((element) => ({ ...(element as HTMLElement).dataset }) as Record<string, string>);
}
