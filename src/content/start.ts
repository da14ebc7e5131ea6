// What every content script runs: the coach on this page, started and stopped with the agent's
// per-site switch. The scripts differ only in the helpdesk adapters they carry.
import { CONTENT_SCHEMAS, handleMessages, type ContentProtocol } from '../shared/protocol';
import browser from 'webextension-polyfill';
import { listenUntil } from '../shared/listen';
import { DISABLED_SITES, isLibraryChange } from '../shared/storage-keys';
import { getItem, watchItem } from '../shared/storage';
import { createCoachSession } from './coach/session';
import { observeReplyBoxes } from './dom/reply-boxes';
import { selectedText } from './dom/selection';
import type { SiteAdapter } from './sites';
import { pickSite } from './sites/pick';

/** Coaching on this page, read by `site`, until `signal` aborts. */
function coach(site: SiteAdapter, signal: AbortSignal): void {
  const session = createCoachSession(site, { signal });
  observeReplyBoxes(document, site, (box, boxSignal) => session.addReplyBox(box, boxSignal), { signal });
  handleMessages<ContentProtocol>(
    {
      status: () => session.status(),
      insertAcknowledgement: () => session.insertAcknowledgement(),
      useSelectionAsCustomer: () => session.useAsCustomer(selectedText(document)),
    },
    CONTENT_SCHEMAS,
    { signal },
  );
  // Some helpdesks keep the composer's mode in the address (HubSpot's #email / #comment): a change
  // there can turn the reply into an internal note, so the draft is read again.
  window.addEventListener('hashchange', () => session.refresh(), { signal });
  // A library edited in the options page (or synced, or pushed by policy) reaches this draft without a reload.
  listenUntil(
    browser.storage.onChanged,
    (changes, area) => {
      if (isLibraryChange(changes, area)) session.refresh();
    },
    signal,
  );
}

// A site the agent turned off gets no DOM change at all; turning it back on (popup) starts the coach live.
async function main(site: SiteAdapter): Promise<void> {
  const lifetime = new AbortController();
  let running: AbortController | null = null;
  const apply = (disabledSites: string[]) => {
    const off = disabledSites.includes(location.hostname);
    if (off && running) {
      running.abort();
      running = null;
    } else if (!off && !running) {
      running = new AbortController();
      coach(site, AbortSignal.any([lifetime.signal, running.signal]));
    }
  };
  watchItem(DISABLED_SITES, apply, lifetime.signal);
  apply(await getItem(DISABLED_SITES));
}

/**
 * Starts the coach on this page with the first of `sites` that matches its address (the last one
 * otherwise). Each content script (./index.ts, ./any-helpdesk.ts) passes the adapters it carries.
 */
export function startCoach(sites: readonly SiteAdapter[]): void {
  void main(pickSite(sites, new URL(location.href))).catch(() => {
    // The extension context went away while starting (update or reload): nothing to clean up.
  });
}
