// The policy's team library is read in the background: Chromium's first storage.managed read takes
// seconds, and the library (so the worker's first review) must not wait for it.
import { beforeEach, expect, it, vi } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { LIBRARY_KEYS } from '../../../src/shared/storage-keys';
import { fakeArea } from './fake-storage';

const local = fakeArea();
const sync = fakeArea();
let releasePolicy: (value: Record<string, unknown>) => void = () => undefined;
const managedReads: number[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local,
      sync,
      managed: {
        get: () => {
          managedReads.push(Date.now());
          return new Promise<Record<string, unknown>>((resolve) => (releasePolicy = resolve));
        },
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));

const { browserAreas } = await import('../../../src/library/browser-areas');
const { loadEffective } = await import('../../../src/library/storage');

const TEAM = { ...structuredClone(DEFAULT_LIBRARY), id: 'acme', name: 'Acme' };

beforeEach(() => {
  local.items.clear();
  sync.items.clear();
  managedReads.length = 0;
});

it('the library loads without waiting for a slow policy read, and picks the policy up through the local copy', async () => {
  const first = await loadEffective(browserAreas());
  expect(first.stored.team).toBeNull();
  expect(managedReads).toHaveLength(1);

  releasePolicy({ [LIBRARY_KEYS.teamManaged]: TEAM });
  await vi.waitFor(() => expect(local.items.get(LIBRARY_KEYS.managedCopy)).toEqual({ [LIBRARY_KEYS.teamManaged]: TEAM }));

  const second = await loadEffective(browserAreas());
  expect(second.stored).toMatchObject({ teamSource: 'managed', team: { id: 'acme', locked: true } });
  releasePolicy({ [LIBRARY_KEYS.teamManaged]: TEAM });
});

it('a policy that goes away clears the copy; an unchanged one is not written again', async () => {
  local.items.set(LIBRARY_KEYS.managedCopy, { [LIBRARY_KEYS.teamManaged]: TEAM });
  await loadEffective(browserAreas());
  const writes = local.writes;
  releasePolicy({ [LIBRARY_KEYS.teamManaged]: TEAM });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(local.writes).toBe(writes);

  await loadEffective(browserAreas());
  releasePolicy({});
  await vi.waitFor(() => expect(local.items.get(LIBRARY_KEYS.managedCopy)).toEqual({}));
  expect((await loadEffective(browserAreas())).stored.team).toBeNull();
  releasePolicy({});
});
