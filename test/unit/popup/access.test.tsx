// @vitest-environment happy-dom
// The popup where the browser has not granted the extension its helpdesk hosts (Firefox MV3 lets the
// agent withhold them): it says so and asks, instead of claiming there is no reply box.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const HOSTS = ['https://mail.google.com/*', 'https://*.zendesk.com/*'];
const granted = new Set<string>();
const requested: string[][] = [];
const reloaded: number[] = [];

vi.mock('webextension-polyfill', () => {
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn() });
  return {
    default: {
      runtime: { getManifest: () => ({ host_permissions: HOSTS }), getURL: (path: string) => `moz-extension://abc/${path}`, openOptionsPage: vi.fn() },
      permissions: {
        getAll: async () => ({ origins: [...granted], permissions: ['storage'] }),
        request: async ({ origins }: { origins: string[] }) => {
          requested.push(origins);
          for (const origin of origins) granted.add(origin);
          return true;
        },
        onAdded: event(),
        onRemoved: event(),
      },
      // Without host access the tab's URL is hidden and no content script answers.
      tabs: {
        query: async () => [{ id: 7 }],
        getCurrent: async () => undefined,
        sendMessage: async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
        reload: async (id: number) => void reloaded.push(id),
      },
      storage: { local: { get: async () => ({}), set: async () => undefined }, onChanged: event() },
    },
  };
});

const { Popup } = await import('../../../src/popup/Popup');

beforeEach(() => {
  granted.clear();
  requested.length = 0;
  reloaded.length = 0;
});
afterEach(cleanup);

it('without host access: names the sites, asks from the click, then reloads the tab', async () => {
  render(<Popup />);
  expect(await screen.findByText('Empathy Coach needs access to Gmail and Zendesk.')).toBeTruthy();
  await waitFor(() => expect(screen.queryByText('Looking at this tab…')).toBeNull());
  expect(screen.queryByTestId('popup-empty')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
  await waitFor(() => expect(reloaded).toEqual([7]));
  expect(requested).toEqual([HOSTS]);
  await waitFor(() => expect(screen.queryByTestId('popup-access')).toBeNull());
});

it('with access: the usual empty state, no request', async () => {
  for (const host of HOSTS) granted.add(host);
  render(<Popup />);
  expect(await screen.findByTestId('popup-empty')).toBeTruthy();
  expect(screen.queryByTestId('popup-access')).toBeNull();
  expect(requested).toEqual([]);
});
