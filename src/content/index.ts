import { CONTENT_SCHEMAS, handleMessages, type ContentProtocol } from '../shared/protocol';
import browser from 'webextension-polyfill';
import { listenUntil } from '../shared/listen';
import { DISABLED_SITES, isLibraryChange } from '../shared/storage-keys';
import { getItem, watchItem } from '../shared/storage';
import { createCoachSession } from './coach/session';
import { observeReplyBoxes } from './dom/reply-boxes';
import { siteFor } from './sites';

/** The text the agent selected in this page or in one of its same-origin frames. */
function selectedText(doc: Document): string {
  const own = doc.getSelection()?.toString() ?? '';
  if (own.trim()) return own;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      const text = inner ? selectedText(inner) : '';
      if (text.trim()) return text;
    } catch {
      // A cross-origin frame: its selection is not ours to read.
    }
  }
  return '';
}

/** Coaching on this page until `signal` aborts. */
function coach(signal: AbortSignal): void {
  const site = siteFor(new URL(location.href));
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
async function main(): Promise<void> {
  const lifetime = new AbortController();
  let running: AbortController | null = null;
  const apply = (disabledSites: string[]) => {
    const off = disabledSites.includes(location.hostname);
    if (off && running) {
      running.abort();
      running = null;
    } else if (!off && !running) {
      running = new AbortController();
      coach(AbortSignal.any([lifetime.signal, running.signal]));
    }
  };
  watchItem(DISABLED_SITES, apply, lifetime.signal);
  apply(await getItem(DISABLED_SITES));
}

void main().catch(() => {
  // The extension context went away while starting (update or reload): nothing to clean up.
});
