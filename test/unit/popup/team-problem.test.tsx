// @vitest-environment happy-dom
// The popup says when the administrator's team library cannot be read (not only the options page).
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';

const local: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => {
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn() });
  const get = async (keys?: string | string[] | null) => {
    const wanted = keys == null ? Object.keys(local) : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((key) => key in local).map((key) => [key, local[key]]));
  };
  return {
    default: {
      runtime: { getManifest: () => ({ host_permissions: [] }), getURL: (path: string) => `chrome-extension://abc/${path}` },
      permissions: { getAll: async () => ({ origins: [], permissions: ['storage'] }), onAdded: event(), onRemoved: event() },
      tabs: { query: async () => [], getCurrent: async () => undefined },
      storage: {
        local: { get, set: async (items: Record<string, unknown>) => void Object.assign(local, items) },
        sync: { get: async () => ({}), set: async () => undefined },
        managed: { get: async () => ({ teamLibrary: local['library.managedCopy'] && (local['library.managedCopy'] as Record<string, unknown>).teamLibrary }) },
        onChanged: event(),
      },
    },
  };
});

const { Popup } = await import('../../../src/popup/Popup');
afterEach(cleanup);

it('an unreadable policy library: the popup names the problem and says the agent’s own library applies', async () => {
  local['library.managedCopy'] = { teamLibrary: { schemaVersion: 1, id: 'acme', name: 'Acme' } };
  render(<Popup />);
  const notice = await screen.findByTestId('popup-team-problem');
  expect(notice.textContent).toMatch(/^Your administrator's library could not be read: .+\. The coach uses your own library\.$/);
  expect(notice.getAttribute('role')).toBe('alert');
});

it('a readable (or no) policy: no notice', async () => {
  delete local['library.managedCopy'];
  render(<Popup />);
  await screen.findByText(/Looking at this tab|reply box|no reply/i).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.queryByTestId('popup-team-problem')).toBeNull();
});
