// Whether the browser actually lets the extension run on its own helpdesk hosts. Chrome grants the
// manifest's host_permissions at install; Firefox treats them as optional in MV3: the agent can
// withhold or revoke them, and then the coach silently never appears.
import browser from 'webextension-polyfill';
import { listenUntil } from './listen';

/** The manifest's hosts the browser has not granted (none in Chrome unless policy blocks them). */
export async function missingHostAccess(): Promise<string[]> {
  const wanted = browser.runtime.getManifest().host_permissions ?? [];
  const { origins = [] } = await browser.permissions.getAll();
  const granted = new Set(origins);
  return wanted.filter((pattern) => !granted.has(pattern));
}

/** Asks for the missing hosts; must run inside the click that asks for them. */
export function requestHostAccess(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Calls `callback` when host access is granted or revoked elsewhere (browser UI, another page). */
export function watchHostAccess(callback: () => void, signal: AbortSignal): void {
  const listener = () => callback();
  listenUntil(browser.permissions.onAdded, listener, signal);
  listenUntil(browser.permissions.onRemoved, listener, signal);
}

/** "Zendesk and Gmail" for the default hosts; the host itself for others. */
export function describeHosts(patterns: string[]): string {
  const names = [...new Set(patterns.map((pattern) => (pattern.includes('zendesk') ? 'Zendesk' : pattern.includes('mail.google') ? 'Gmail' : pattern.replace(/^\w+:\/\/|\/\*$/g, ''))))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
