// Every storage item the extension uses, declared once with its area and default.
import browser from 'webextension-polyfill';

interface StorageItem<T> {
  area: 'local' | 'sync';
  key: string;
  fallback: T;
}

/** Hostnames where the agent turned the coach off. */
export const DISABLED_SITES: StorageItem<string[]> = { area: 'local', key: 'disabledSites', fallback: [] };
/** "Not helpful" clicks per rule id, counted on this machine only. */
export const NOT_HELPFUL: StorageItem<Record<string, number>> = { area: 'local', key: 'notHelpful', fallback: {} };

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
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
