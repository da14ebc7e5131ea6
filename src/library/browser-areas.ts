// The real storage areas, for the worker, the options page and the content script.
import browser from 'webextension-polyfill';
import { isLibraryChange } from '../shared/storage-keys';
import type { LibraryAreas } from './storage';

export function browserAreas(): LibraryAreas {
  return {
    sync: browser.storage.sync,
    local: browser.storage.local,
    // Firefox has storage.managed only when a policy sets it; reading it then rejects, which loadTeam tolerates.
    managed: browser.storage.managed,
  };
}

/** Calls `callback` whenever a library item changes in any area; stops on `signal`. */
export function watchLibrary(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (isLibraryChange(changes, area)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
