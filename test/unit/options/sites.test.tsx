// @vitest-environment happy-dom
// Sites: a manifest host the browser has not granted (Firefox lets the agent withhold it) is flagged
// where it is listed, with an Allow button that asks for it.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { grantedOrigins, permissionAnswer, resetFakeBrowser } from './fake-browser';
import { renderOptions } from './helpers';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());
afterEach(() => cleanup());

it('all hosts granted: nothing flagged', async () => {
  await renderOptions();
  expect(screen.queryAllByTestId('host-not-allowed')).toHaveLength(0);
});

it('a withheld host is flagged and Allow asks the browser for it', async () => {
  grantedOrigins.delete('https://*.zendesk.com/*');
  await renderOptions();
  const flag = await screen.findByTestId('host-not-allowed');
  expect(flag.closest('li')!.textContent).toContain('https://*.zendesk.com/*');

  fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
  await screen.findByText('The browser did not allow access.');
  expect(screen.queryAllByTestId('host-not-allowed')).toHaveLength(1);

  permissionAnswer.grant = true;
  fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
  await waitFor(() => expect(screen.queryAllByTestId('host-not-allowed')).toHaveLength(0));
  expect(grantedOrigins.has('https://*.zendesk.com/*')).toBe(true);
  expect(screen.getByText(/Access allowed/)).toBeTruthy();
});
