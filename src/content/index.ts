import { handleMessages, sendToBackground, type ContentProtocol } from '../shared/protocol';
import { createCoachHost, type CoachHost } from './coach-host';
import { observe } from './dom/observe';
import { siteFor } from './sites';

function start(signal: AbortSignal): void {
  const site = siteFor(new URL(location.href));
  const replyBoxes = new Set<Element>();
  let host: CoachHost | undefined;

  const consider = (box: Element) => {
    if (replyBoxes.has(box) || (site.isReplyBox && !site.isReplyBox(box))) return;
    replyBoxes.add(box);
    if (!host) {
      host = createCoachHost(site, { signal });
      sendToBackground('ping', {})
        .then(({ version }) => host?.setWorkerReady(version))
        .catch(() => {
          // The extension was reloaded or updated under this page: stay quiet on the page.
        });
    }
    host.setReplyBoxes(replyBoxes.size);
  };

  observe(document, site.replyBoxSelector, consider, { signal });
  // A box that was hidden when it appeared (a tab not yet shown) counts once the agent focuses it.
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && target.matches(site.replyBoxSelector)) consider(target);
    },
    { capture: true, signal },
  );

  handleMessages<ContentProtocol>(
    { status: () => (replyBoxes.size ? { site: site.id, replyBoxes: replyBoxes.size } : null) },
    signal,
  );
}

start(new AbortController().signal);
