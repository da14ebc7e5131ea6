// Reusable e2e fixtures: a test gets a page in real Chromium with the built extension loaded
// (dist/e2e), the extension id, and the demo pages served at their helpdesk addresses.
import type { Page } from 'playwright-core';
import { expect, test as base } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

export { DEMO_PAGES, demoPage } from '../support/demo-routes.ts';

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

/** Whether the coach states the customer's feeling as fact (data-feeling-sure; "Priya may be angry" is not). */
export async function feelingIsSure(page: Page): Promise<boolean> {
  return (await page.locator('empathy-coach').getAttribute('data-feeling-sure')) !== 'false';
}

export { inCoach } from '../support/coach-root.ts';
import { inCoach } from '../support/coach-root.ts';

type Rect = { x: number; y: number; width: number; height: number };

/** Reading and clicking inside the coach (see inCoach). Boxes are in the top page's viewport. */
export const coach = {
  count: (page: Page, selector: string) => inCoach(page, (root, s) => root.querySelectorAll(s).length, selector),
  texts: (page: Page, selector: string) => inCoach(page, (root, s) => [...root.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector),
  attributes: (page: Page, selector: string, name: string) =>
    inCoach(page, (root, [s, n]) => [...root.querySelectorAll(s)].map((e) => e.getAttribute(n)), [selector, name] as [string, string]),
  box: (page: Page, selector: string, index = 0) =>
    inCoach(
      page,
      (root, [s, i]) => {
        const element = root.querySelectorAll(s)[i];
        if (!element) return null;
        const rect = element.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      },
      [selector, index] as [string, number],
    ) as Promise<Rect | null>,
  /** Clicks the element like the agent does: a real (trusted) mouse click at its centre. */
  async click(page: Page, selector: string, index = 0): Promise<void> {
    await inCoach(page, (root, [s, i]) => root.querySelectorAll(s)[i]?.scrollIntoView({ block: 'nearest' }), [selector, index] as [string, number]);
    const box = await coach.box(page, selector, index);
    if (!box) throw new Error(`Nothing in the coach matches ${selector} [${index}]`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  },
  /**
   * Opens the panel the way the agent does (a click on the badge) unless the agent left it open on
   * this site; it shows once the draft looks finished (no typing for a moment).
   */
  async openPanel(page: Page): Promise<void> {
    const host = page.locator('empathy-coach');
    if ((await host.getAttribute('data-open')) !== 'true') {
      await coach.click(page, 'button.badge');
      await expect.poll(() => host.getAttribute('data-open')).toBe('true');
    }
    await expect.poll(() => host.getAttribute('data-panel'), { timeout: 6_000 }).toBe('shown');
  },
  /** The suggestions of one finding as the panel lists them (its line unfolded); [] while it is not listed. */
  async suggestions(page: Page, rule: string): Promise<string[]> {
    await coach.openPanel(page);
    if (!(await coach.count(page, `li[data-rule="${rule}"]`))) return [];
    if (!(await coach.count(page, `li[data-rule="${rule}"] .detail`))) await coach.click(page, `li[data-rule="${rule}"] .row`);
    return coach.texts(page, `li[data-rule="${rule}"] .suggestion-row > span:first-child`);
  },
  /** Focuses the element (DevTools protocol), as a Tab key press would. */
  focus: (page: Page, selector: string) => inCoach(page, (root, s) => (root.querySelector(s) as HTMLElement | null)?.focus(), selector),
};
