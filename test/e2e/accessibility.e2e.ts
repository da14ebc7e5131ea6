// axe-core (from npm, injected into the page through the DevTools protocol: nothing is fetched) on
// the extension's own pages: the popup beside a coached tab, the popup on a tab with no reply box,
// and the options page, light and dark. The coach itself is checked in coach-calm.e2e.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { coachState, demoPage, test } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violationsOf(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`) }));
  });
}

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe.each(['light', 'dark'] as const)('axe-core, %s', (scheme) => {
  test('the options page: 0 violations', async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await page.getByTestId('save-status').waitFor();
    expect(await violationsOf(page)).toEqual([]);
    // Field and button edges: at least 3:1 against the page (axe checks text only).
    const colors = await page.evaluate(() => {
      const of = (selector: string) => getComputedStyle(document.querySelector(selector)!).borderTopColor;
      return { page: getComputedStyle(document.body).backgroundColor, button: of('button'), field: of('input[type="text"], input[type="search"], textarea') };
    });
    expect(contrast(colors.button, colors.page), `button border ${colors.button} on ${colors.page}`).toBeGreaterThanOrEqual(3);
    expect(contrast(colors.field, colors.page), `field border ${colors.field} on ${colors.page}`).toBeGreaterThanOrEqual(3);
  });

  test('the popup with a review of the tab’s draft: 0 violations', async ({ page, extension, extensionId }) => {
    await page.goto(demoPage('generic/textarea.html').url);
    await coachState(page);
    await page.locator('#reply-panel textarea#reply-body').click();
    await page.keyboard.type("We're sorry, but that's our policy.");
    await expect.poll(() => page.locator('empathy-coach').getAttribute('data-findings'), { timeout: 6_000 }).toContain('apology-but');
    const tabId = await extension.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, page.url());
    const popup = await extension.context.newPage();
    try {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.getByTestId('popup-review').waitFor();
      expect(await violationsOf(popup)).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  test('the popup on a tab without a reply box: 0 violations', async ({ page, extensionId }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await page.locator('main').waitFor();
    await page.waitForTimeout(300);
    expect(await violationsOf(page)).toEqual([]);
  });
});
