import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToTab, type CoachStatus } from '../shared/protocol';

const SITE_NAMES: Record<CoachStatus['site'], string> = { zendesk: 'Zendesk', gmail: 'Gmail', generic: 'this page' };

async function activeTabStatus(): Promise<CoachStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  // No content script on the tab (a site where coaching is off) rejects: that is the empty state.
  return sendToTab(tab.id, 'status', {}).catch(() => null);
}

export function Popup() {
  const [status, setStatus] = useState<CoachStatus | null | undefined>(undefined);
  useEffect(() => {
    activeTabStatus().then(setStatus, () => setStatus(null));
  }, []);

  return (
    <main>
      <h1>
        <img src="/icons/icon-32.png" alt="" /> Empathy Coach
      </h1>
      {status === undefined ? (
        <p class="muted">Looking at this tab…</p>
      ) : status ? (
        <div class="card" data-testid="popup-status">
          Coaching {status.replyBoxes === 1 ? 'the reply box' : `${status.replyBoxes} reply boxes`} on{' '}
          {SITE_NAMES[status.site]}.
        </div>
      ) : (
        <div class="card" data-testid="popup-empty">
          <strong>No reply box here.</strong>
          <p class="muted">
            Open a ticket in Zendesk or a thread in Gmail and start a reply: the coach appears beside the reply box.
          </p>
        </div>
      )}
      <footer>
        <a href="#" onClick={(event) => (event.preventDefault(), void browser.runtime.openOptionsPage())}>
          Options
        </a>
        <span class="muted">Nothing leaves your browser.</span>
      </footer>
    </main>
  );
}
