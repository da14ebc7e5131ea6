import { handleMessages, sendToBackground, type ContentProtocol } from '../shared/protocol';
import { createCoachHost, type CoachHost } from './coach-host';
import { observe } from './dom/observe';
import { siteFor } from './sites';

function start(signal: AbortSignal): void {
  const site = siteFor(new URL(location.href));
  const replyBoxes = new Set<Element>();
  let host: CoachHost | undefined;

  observe(
    document,
    site.replyBoxSelector,
    (box) => {
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
    },
    { signal },
  );

  handleMessages<ContentProtocol>(
    { status: () => (replyBoxes.size ? { site: site.id, replyBoxes: replyBoxes.size } : null) },
    signal,
  );
}

start(new AbortController().signal);
