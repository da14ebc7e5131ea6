// A manager's own words for a rule, end to end: the message and title set in the options page are
// what the coach shows on the next review.
import { expect } from 'vitest';
import { coach, coachState, demoPage, test } from './harness';

const MESSAGE = 'Our team never lectures: say what happens now.';
const TITLE = 'No finger-pointing';

test('a rule message changed in the options page is what the coach shows', async ({ page, extension, extensionId }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect.poll(() => options.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('All changes saved');
  const blame = options.locator('li[data-rule="blame"]');
  await blame.locator('summary').click();
  await blame.getByLabel('Message for “Drop the blame”').fill(MESSAGE);
  await blame.getByLabel('Title for “Drop the blame”').fill(TITLE);
  await expect.poll(() => options.getByTestId('rule-preview-blame').textContent()).toContain(`${TITLE}. ${MESSAGE}`);
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => options.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('Saved');

  await page.goto(demoPage('zendesk/ticket.html').url);
  await coachState(page);
  await page.locator('[data-is-active="true"] .ck-editor__editable').click();
  await page.keyboard.type('As I already explained, your refund was sent today.');
  await coach.openPanel(page);
  await expect.poll(() => coach.count(page, 'li[data-rule="blame"]'), { timeout: 10_000 }).toBe(1);
  if (!(await coach.count(page, 'li[data-rule="blame"] .detail'))) await coach.click(page, 'li[data-rule="blame"] .row');
  const [shown] = await coach.texts(page, 'li[data-rule="blame"]');
  expect(shown).toContain(TITLE);
  expect(shown).toContain(MESSAGE);
  expect(extension.blockedRequests).toEqual([]);
});
