// The real storage areas, for the worker, the options page and the content script.
import browser from 'webextension-polyfill';
import { listenUntil } from '../shared/listen';
import { LIBRARY_KEYS, isLibraryChange } from '../shared/storage-keys';
import type { LibraryAreas, StorageAreaLike } from './storage';

export function browserAreas(): LibraryAreas {
  return { sync: browser.storage.sync, local: browser.storage.local, managed: cachedManagedArea };
}

// Chromium's first storage.managed read after start-up takes seconds (measured 3–5 s on Linux while
// the policy service starts), and the worker must not hold the first review for it. So the library
// reads the last policy value copied to storage.local, and the real read refreshes that copy in the
// background; a changed copy is a library change like any other (onChanged reaches worker and tabs).
const cachedManagedArea: StorageAreaLike = {
  async get() {
    refreshManagedCopy();
    const copy = (await browser.storage.local.get(LIBRARY_KEYS.managedCopy))[LIBRARY_KEYS.managedCopy];
    return (copy as Record<string, unknown> | undefined) ?? {};
  },
  set: () => Promise.reject(new Error('storage.managed is read-only')),
  remove: () => Promise.reject(new Error('storage.managed is read-only')),
};

let refreshing: Promise<void> | null = null;

/** Copies the policy's team library to storage.local when it differs from the copy (one read at a time). */
export function refreshManagedCopy(): Promise<void> {
  refreshing ??= (async () => {
    let managed: Record<string, unknown>;
    try {
      managed = await browser.storage.managed.get(LIBRARY_KEYS.teamManaged);
    } catch {
      managed = {}; // No policy support (Firefox without a policies.json): no team library from policy.
    }
    const copy = (await browser.storage.local.get(LIBRARY_KEYS.managedCopy))[LIBRARY_KEYS.managedCopy] ?? {};
    if (JSON.stringify(copy) !== JSON.stringify(managed)) await browser.storage.local.set({ [LIBRARY_KEYS.managedCopy]: managed });
  })()
    .catch(() => undefined)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Calls `callback` whenever a library item changes in any area; stops on `signal`. */
export function watchLibrary(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') {
      void refreshManagedCopy(); // the copy's change calls back
      return;
    }
    if (isLibraryChange(changes, area)) callback();
  };
  listenUntil(browser.storage.onChanged, listener, signal);
}
