// Helpdesks the agent turns the coach on for, beyond the default Zendesk and Gmail.

/** Every site adapter, by id (src/content/sites). */
export type SiteId = 'zendesk' | 'gmail' | 'freshdesk' | 'helpscout' | 'front' | 'intercom' | 'zohodesk' | 'hubspot' | 'generic';

/** What turning a site on or off came to. */
export type SiteOutcome = { ok: true; pattern: string } | { ok: false; reason: string };

/** "acme.freshdesk.com", "https://help.example.org/tickets/1" → "https://help.example.org/*"; null if not a web address. */
export function sitePattern(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return null;
  return `${url.protocol}//${url.hostname.toLowerCase()}/*`;
}

/**
 * The content script registered for a site the agent turns on, as built (src/content/any-helpdesk.ts;
 * vite.config.ts builds it when the manifest does not name it). It carries the named and generic
 * adapters; the manifest's own script (src/content/index.ts) carries Zendesk's and Gmail's.
 */
export const ANY_HELPDESK_SCRIPT = 'src/content/any-helpdesk.js';

/** Id of the content script registered for a site pattern. */
export function scriptId(pattern: string): string {
  return `site:${pattern}`;
}
