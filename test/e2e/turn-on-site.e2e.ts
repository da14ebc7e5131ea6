// Turning the coach on for a helpdesk the extension does not know: the options page asks the browser
// for the host and `scripting` (granted up front in the e2e build, so no prompt), the worker registers
// the content script, and the coach appears there.
import { expect } from 'vitest';
import { TURN_ON_DEMO_ORIGIN } from '../../src/platform/demo-sites';
import { DEMO_PAGES, coachState, test } from './harness';

const page = DEMO_PAGES.find((candidate) => candidate.url.startsWith(TURN_ON_DEMO_ORIGIN))!;

test('a helpdesk turned on in the options page gets the coach; turned off, it does not', async ({ extension, extensionId }) => {
  const helpdesk = await extension.context.newPage();
  await helpdesk.goto(page.url);
  await helpdesk.waitForTimeout(500);
  expect(await helpdesk.locator('empathy-coach').count()).toBe(0);

  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByLabel('Turn the coach on for another helpdesk').fill('not a site');
  await options.getByRole('button', { name: 'Turn on' }).click();
  await expect.poll(() => options.getByTestId('site-message').textContent(), { timeout: 10_000 }).toContain('is not a web address');

  await options.getByLabel('Turn the coach on for another helpdesk').fill(`${TURN_ON_DEMO_ORIGIN}/tickets/88`);
  await options.getByRole('button', { name: 'Turn on' }).click();
  await expect.poll(() => options.getByTestId('site-message').textContent(), { timeout: 10_000 }).toContain(`Coaching is on for ${TURN_ON_DEMO_ORIGIN}/*`);
  expect(await options.getByTestId('turned-on-sites').textContent()).toContain(`${TURN_ON_DEMO_ORIGIN}/*`);

  await helpdesk.reload();
  // The generic reader finds the customer after the coach attaches: wait for the name.
  await expect.poll(async () => (await coachState(helpdesk)).customerName, { timeout: 10_000 }).toBe('Declan');
  const state = await coachState(helpdesk);
  expect(state.site).toBe('generic');

  await options.getByRole('button', { name: 'Turn off' }).click();
  await expect.poll(() => options.getByTestId('site-message').textContent(), { timeout: 10_000 }).toContain('Coaching is off');
  await helpdesk.reload();
  await helpdesk.waitForTimeout(500);
  expect(await helpdesk.locator('empathy-coach').count()).toBe(0);
  expect(extension.blockedRequests).toEqual([]);
});
