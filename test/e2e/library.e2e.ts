// The phrase library edited in the options page, end to end: a phrase the agent adds (and moves to
// the top with the keyboard) is what the coach offers on the Zendesk demo page; a broken library file
// is reported by JSON pointer and changes nothing in the extension's storage.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Feeling } from '../../src/analyzer/types';
import { DEFAULT_LIBRARY } from '../../src/library/default-library';
import { coach, coachState, demoPage, test } from './harness';

const PHRASE = "{name}, I'm really sorry this keeps happening to you.";
/** The options page previews phrases with a sample name; the coach fills in the customer's. */
const PREVIEWED = "Priya, I'm really sorry this keeps happening to you.";
const SHOWN = "Amara, I'm really sorry this keeps happening to you.";

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('All changes saved');
}

/** Everything the extension keeps in storage.sync and storage.local. */
const storageOf = (page: Page) => page.evaluate(async () => JSON.stringify([await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]));

test('a phrase added in the options page is the acknowledgement the coach offers', async ({ page, extension, extensionId }) => {
  // The feeling the coach names, as fact, for Amara's message on the Zendesk chat (the demo intends worried).
  const ticket = demoPage('zendesk/chat.html');
  await page.goto(ticket.url);
  await expect.poll(async () => (await coachState(page)).feeling, { timeout: 5_000 }).toBeTruthy();
  const feeling = (await coachState(page)).feeling as Feeling;
  expect(feeling).toBe('worried');
  expect((await coachState(page)).feelingSure).toBe('true');

  const options = await extension.context.newPage();
  await openOptions(options, extensionId);
  const group = options.getByTestId(`feeling-${feeling}`);
  await group.getByRole('button', { name: new RegExp(`^${feeling}`, 'i') }).click();
  const before = await group.getByTestId('phrase').count();
  await group.getByLabel(`Add a phrase for ${feeling} customers`).fill(PHRASE);
  await expect.poll(() => group.locator('.add-form .hint').textContent()).toBe(`Preview: ${PREVIEWED}`);
  await group.getByRole('button', { name: 'Add' }).click();
  const mine = group.getByTestId('phrase').filter({ hasText: PREVIEWED });
  await expect.poll(() => group.getByTestId('phrase').count()).toBe(before + 1);

  // To the top with the keyboard: Enter on "Move up"; focus follows the phrase as it moves.
  await mine.getByRole('button', { name: 'Move up' }).focus();
  for (let step = 0; step < before; step++) await options.keyboard.press('Enter');
  await expect.poll(() => group.getByTestId('phrase').first().textContent()).toContain(PREVIEWED);
  await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down');

  expect(await options.getByTestId('save-status').textContent()).toBe('Unsaved changes');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => options.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('Saved');
  // Stored: a fresh options page shows it first.
  await openOptions(options, extensionId);
  await group.getByRole('button', { name: new RegExp(`^${feeling}`, 'i') }).click();
  expect(await group.getByTestId('phrase').first().textContent()).toContain(PREVIEWED);

  // The coach on the ticket now offers it first.
  await page.reload();
  await coachState(page);
  await page.locator('[data-is-active="true"] .ck-editor__editable').click();
  await page.keyboard.type('Your refund was sent today.');
  const firstSuggestion = () => coach.suggestions(page, 'acknowledge-feeling').then((texts) => texts[0] ?? null, () => null);
  await expect.poll(firstSuggestion, { timeout: 10_000 }).toContain(SHOWN);
  expect(extension.blockedRequests).toEqual([]);
});

test('a broken library file is reported in words, then by pointer and line, and storage is unchanged', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  const stored = await storageOf(page);
  const file = page.locator('#import-file');
  const errors = page.getByTestId('import-errors');

  await file.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "schemaVersion": 1,\n  "name": "Broken",\n}\n') });
  await expect.poll(() => errors.textContent().catch(() => '')).toContain('broken.json was not imported, and nothing was changed');
  expect(await errors.textContent()).toMatch(/This is not valid JSON: a comma before a closing bracket\. \(line 4, column 1\)/);

  const tooLong = { ...DEFAULT_LIBRARY, acknowledgements: { ...DEFAULT_LIBRARY.acknowledgements, worried: [{ id: 'worried-long', text: 'w'.repeat(501) }] } };
  await file.setInputFiles({ name: 'too-long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tooLong, null, 2)) });
  await expect.poll(() => errors.textContent().catch(() => '')).toContain('too-long.json was not imported');
  // In words first, then the pointer and the line.
  expect(await errors.locator('li').allTextContents()).toEqual([
    expect.stringMatching(/^Worried, phrase 1: is 501 characters long; the limit is 500 \(\/acknowledgements\/worried\/0\/text, line \d+, column \d+\)$/),
  ]);

  expect(await page.getByTestId('import-preview').count()).toBe(0);
  expect(await page.getByTestId('save-status').textContent()).toBe('All changes saved');
  expect(await storageOf(page)).toBe(stored);
});
