// A library change reaches an open tab without a reload: the worker reloads the effective library
// when storage changes, and the content script asks for a fresh review of the draft.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_LIBRARY } from '../../src/library/default-library';
import type { PhraseLibrary } from '../../src/library/schema';
import { LIBRARY_KEYS } from '../../src/shared/storage-keys';
import { coachState, demoPage, test } from './harness';

const DRAFT = "We're sorry, but that's our policy. Kindly wait.";
const findingsOf = async (page: Page) => ((await page.locator('empathy-coach').getAttribute('data-findings')) ?? '').split(' ').filter(Boolean);

/** A team's file, as a lead would share it: apology-but turned off, no avoid list, a team phrase for anger first. */
const TEAM: PhraseLibrary = {
  ...structuredClone(DEFAULT_LIBRARY),
  id: 'acme-support',
  name: 'Acme support',
  locked: true,
  avoid: [],
  rules: { ...DEFAULT_LIBRARY.rules, 'apology-but': { enabled: false, severity: 'warning' } },
  acknowledgements: { ...DEFAULT_LIBRARY.acknowledgements, angry: [{ id: 'acme-angry', text: 'Declan, you are right to be angry, and this is on us.' }] },
};

test('a team library imported in one tab changes the coach in another, live, and removing it changes it back', async ({ page, extension, extensionId }) => {
  await page.goto(demoPage('generic/textarea.html').url);
  await coachState(page);
  await page.locator('#reply-panel textarea#reply-body').click();
  await page.keyboard.type(DRAFT);
  await expect.poll(() => findingsOf(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['apology-but', 'custom', 'acknowledge-feeling']));

  const extensionPage = await extension.context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await extensionPage.evaluate(([key, team]) => chrome.storage.local.set({ [key as string]: team }), [LIBRARY_KEYS.teamImported, TEAM] as const);

  // No reload, no typing: the open draft is reviewed again with the team's library.
  await expect.poll(() => findingsOf(page), { timeout: 5_000 }).not.toContain('apology-but');
  expect(await findingsOf(page)).not.toContain('custom');

  await extensionPage.evaluate((key) => chrome.storage.local.remove(key), LIBRARY_KEYS.teamImported);
  await expect.poll(() => findingsOf(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['apology-but', 'custom']));
  await extensionPage.close();
});

test('the shortcut inserts the team’s first acknowledgement for the customer’s feeling', async ({ page, extension, extensionId }) => {
  const extensionPage = await extension.context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await extensionPage.evaluate(([key, team]) => chrome.storage.local.set({ [key as string]: team }), [LIBRARY_KEYS.teamImported, TEAM] as const);
  await page.goto(demoPage('generic/textarea.html').url);
  await coachState(page);
  const box = page.locator('#reply-panel textarea#reply-body');
  await box.click();
  await page.keyboard.type('Hi Declan,\n\nI have refunded the charge.');
  await expect.poll(() => findingsOf(page), { timeout: 5_000 }).toContain('acknowledge-feeling');
  const tabId = await extension.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, page.url());
  const outcome = await extension.serviceWorker.evaluate(
    (tabId) => chrome.tabs.sendMessage(tabId!, { type: 'insertAcknowledgement', payload: {} }, { frameId: 0 }),
    tabId,
  );
  expect(outcome).toMatchObject({ ok: true });
  expect(await box.inputValue()).toContain('Declan, you are right to be angry, and this is on us.');
  await expect.poll(() => findingsOf(page), { timeout: 5_000 }).not.toContain('acknowledge-feeling');
  await extensionPage.evaluate((key) => chrome.storage.local.remove(key), LIBRARY_KEYS.teamImported);
  await extensionPage.close();
});
