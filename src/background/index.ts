/// <reference types="vite/client" />
import browser from 'webextension-polyfill';
import { findingTitle } from '../analyzer/rules/titles';
import { missingHostAccess } from '../shared/host-access';
import { feelingLabel, isNegative } from '../shared/feeling-label';
import { endsWithSignOff, verdict } from '../shared/readiness';
import { suggestionText } from '../shared/suggestion-text';
import { handleMessages, sendToTab, type BackgroundProtocol } from '../shared/protocol';
import { BACKGROUND_SCHEMAS, extensionPagesOnly } from '../shared/protocol-schemas';
import { browserAreas } from '../library/browser-areas';
import { sweepLibrary } from '../library/storage';
import { createLibrarySource } from './library';
import { createFeedbackCounter } from './feedback';
import { createReviewQueue, createReviewer, isRefusal } from './reviewer';
import { COACH_TEAM_NOTICE } from '../shared/team-notice';
import { disableSite, enableSite, turnedOnSites } from './sites';

// Listeners are registered synchronously at start-up so a worker woken by a message or a command
// (after the browser stopped it) handles that very event. The worker keeps no state it cannot lose.
const library = createLibrarySource(new AbortController().signal);
const reviewer = createReviewer(() => library.latest());
const feedback = createFeedbackCounter();
const queue = createReviewQueue(async (request) => {
  await library.ready();
  const answer = reviewer.review(request);
  if (isRefusal(answer)) return answer;
  // What the coach shows goes with the review (CoachReading): every finding's heading (the library's
  // title, else the rule's), how each suggestion reads, the verdict on the draft, whether it ends with
  // a sign-off, and the customer's feeling in words and whether it is one to acknowledge. The content
  // script takes them as they come and carries none of the tables and rules they come from.
  const { feeling, feelingDetail } = answer;
  const review = {
    ...answer,
    findings: answer.findings.map((finding) => ({
      ...finding,
      title: findingTitle(finding),
      suggestions: finding.suggestions.map((suggestion) => ({ ...suggestion, shown: suggestionText(request.draft, suggestion) })),
    })),
    verdict: verdict(answer, request.draft) ?? undefined,
    signedOff: endsWithSignOff(request.draft),
    ...(feeling && { who: feelingLabel(feeling, request.customer?.name ?? null, feelingDetail?.sure !== false), negative: isNegative(feeling) }),
  };
  // The team's policy could not be read: the coach says so beside every review.
  return library.teamUnreadable() ? { ...review, libraryNotice: COACH_TEAM_NOTICE } : review;
});
// Chunks a crashed or lost save left behind (no meta points at them) go at start-up.
void sweepLibrary(browserAreas()).catch(() => undefined);

handleMessages<BackgroundProtocol>({
  ping: () => ({ version: browser.runtime.getManifest().version }),
  review: async (request, sender) => {
    // The e2e build only (import.meta.env.MODE is replaced at build time; shipped builds drop this):
    // a draft containing "[[e2e:hold]]" is answered after 3 s, so that a test can stop the worker
    // while a review is in flight (test/e2e/hardening.e2e.ts).
    if (import.meta.env.MODE === 'e2e' && request.draft.includes('[[e2e:hold]]')) await new Promise((resolve) => setTimeout(resolve, 3_000));
    return queue.submit(`${sender.tab?.id ?? 'extension'}:${sender.frameId ?? 0}`, request);
  },
  notHelpful: async ({ rule }) => {
    await feedback.notHelpful(rule);
    return {};
  },
  enableSite: ({ address }) => enableSite(address),
  disableSite: ({ pattern }) => disableSite(pattern),
  turnedOnSites: () => turnedOnSites(),
}, BACKGROUND_SCHEMAS, { refuse: extensionPagesOnly });

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'insert-acknowledgement') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await sendToTab(tabId, 'insertAcknowledgement', {}).catch(() => undefined);
});

// Firefox may install or update the extension without its helpdesk hosts (MV3 host permissions are
// optional there): open the options page, which explains and asks, instead of failing silently.
browser.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== 'install' && reason !== 'update') return;
  if ((await missingHostAccess().catch(() => [])).length > 0) await browser.runtime.openOptionsPage();
});
