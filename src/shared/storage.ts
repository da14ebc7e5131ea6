// Reads, writes and watches the items declared in storage-keys.ts.
import browser from 'webextension-polyfill';
import { listenUntil } from './listen';
import type { StorageItem } from './storage-keys';

export async function getItem<T>(item: StorageItem<T>): Promise<T> {
  const stored = await browser.storage[item.area].get(item.key);
  return (stored[item.key] as T | undefined) ?? item.fallback;
}

export async function setItem<T>(item: StorageItem<T>, value: T): Promise<void> {
  await browser.storage[item.area].set({ [item.key]: value });
}

/** Calls `callback` with the new value whenever the item changes; stops on `signal`. */
export function watchItem<T>(item: StorageItem<T>, callback: (value: T) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === item.area && item.key in changes) callback((changes[item.key]!.newValue as T | undefined) ?? item.fallback);
  };
  listenUntil(browser.storage.onChanged, listener, signal);
}
