// Registers the content script for helpdesks the agent turned on (optional host permission plus
// `scripting`, both granted in the options page). Registrations persist across browser restarts.
import browser from 'webextension-polyfill';
import { ANY_HELPDESK_SCRIPT, scriptId, sitePattern, type SiteOutcome } from '../shared/sites';

export async function enableSite(address: string): Promise<SiteOutcome> {
  const pattern = sitePattern(address);
  if (!pattern) return { ok: false, reason: `"${address}" is not a web address.` };
  if (!pattern.startsWith('https://')) return { ok: false, reason: 'Only HTTPS sites can be turned on (a helpdesk over plain HTTP would expose the drafts).' };
  const granted = await browser.permissions.contains({ origins: [pattern], permissions: ['scripting'] });
  if (!granted) return { ok: false, reason: `The browser has not granted access to ${pattern}.` };
  const id = scriptId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [ANY_HELPDESK_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return { ok: true, pattern };
}

/** Turns off a site the agent turned on; any other pattern (a manifest host, a made-up one) is refused. */
export async function disableSite(pattern: string): Promise<SiteOutcome> {
  const id = scriptId(pattern);
  const existing = browser.scripting ? await browser.scripting.getRegisteredContentScripts({ ids: [id] }) : [];
  if (existing.length === 0) return { ok: false, reason: `${pattern} was not turned on here.` };
  await browser.scripting.unregisterContentScripts({ ids: [id] });
  // Give the access back; a host the manifest itself requires (the demo build's) cannot be removed.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  return { ok: true, pattern };
}

/** Sites turned on beyond the manifest's own hosts. */
export async function turnedOnSites(): Promise<string[]> {
  if (!browser.scripting) return [];
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.flatMap((script) => (script.id.startsWith('site:') ? (script.matches ?? []) : []));
}
