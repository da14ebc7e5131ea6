import { expect } from 'vitest';
import { coachState, demoPage, inCoach, test } from './harness';

const EDITOR_PAGES = [
  { file: 'zendesk/ticket.html', editor: 'CKEditor 5', site: 'zendesk' },
  { file: 'gmail/thread.html', editor: 'contenteditable', site: 'gmail' },
  { file: 'generic/textarea.html', editor: 'textarea', site: 'generic' },
] as const;

for (const { file, editor, site } of EDITOR_PAGES) {
  test(`attaches the coach to the ${editor} reply box on ${file}`, async ({ page }) => {
    await page.goto(demoPage(file).url);
    const state = await coachState(page);
    expect(state.site).toBe(site);
    // Exactly one reply box: inactive Zendesk tickets and hidden decoys do not count.
    expect(state.replyBoxes).toBe('1');
    expect(state.editor).toBeDefined();
    // Closed: the page sees no shadow root; DevTools (the test) does.
    expect(await page.locator('empathy-coach').evaluate((element) => element.shadowRoot)).toBeNull();
    expect(await inCoach(page, (root) => root.mode)).toBe('closed');
  });
}

test('the service worker answers and the extension id comes from its URL', async ({ extension, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const version = await extension.serviceWorker.evaluate(() => chrome.runtime.getManifest().version);
  expect(version).toMatch(/^\d+\.\d+\.\d+$/);
});

test('the popup shows a helpful empty state where there is no reply box', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await expect.poll(() => page.getByTestId('popup-empty').textContent()).toContain('No reply box here');
});

test('the options page lists the default sites', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const sites = await page.getByTestId('default-sites').textContent();
  expect(sites).toContain('https://*.zendesk.com/*');
  expect(sites).toContain('https://mail.google.com/*');
});

test('nothing leaves the machine', async ({ page, extension }) => {
  for (const { file } of EDITOR_PAGES) {
    await page.goto(demoPage(file).url);
    await coachState(page);
  }
  expect(extension.blockedRequests).toEqual([]);
});

test('the options page shows the "not helpful" counts kept on this machine', async ({ page, extension, extensionId }) => {
  await extension.serviceWorker.evaluate(() => chrome.storage.local.set({ notHelpful: { 'use-name': 3, cliche: 1 } }));
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const rows = await page.getByTestId('not-helpful').locator('tbody tr').allTextContents();
  expect(rows).toEqual(['Use their name3', 'Cut the cliché1']);
  await extension.serviceWorker.evaluate(() => chrome.storage.local.remove('notHelpful'));
});
