import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Finding } from '../analyzer/types';
import { findingTitle } from '../analyzer/rules/titles';
import { feelingLabel, isNegative } from '../shared/feeling-label';
import { bySeverity, verdict } from '../shared/readiness';
import { suggestionText } from '../shared/suggestion-text';
import { describeHosts, requestHostAccess } from '../shared/host-access';
import { useMissingHostAccess } from '../ui/use-host-access';
import { sendToTab, type CoachStatus } from '../shared/protocol';
import { DISABLED_SITES } from '../shared/storage-keys';
import { getItem, setItem } from '../shared/storage';
import { browserAreas } from '../library/browser-areas';
import { loadTeam } from '../library/storage';
import { teamProblemText } from '../shared/team-notice';

const SITE_NAMES: Record<CoachStatus['site'], string> = {
  zendesk: 'Zendesk',
  gmail: 'Gmail',
  freshdesk: 'Freshdesk',
  helpscout: 'Help Scout',
  front: 'Front',
  intercom: 'Intercom',
  zohodesk: 'Zoho Desk',
  hubspot: 'HubSpot',
  generic: 'this site',
};
/** Which site adapter reads the page, as the agent knows it. */
const ADAPTER_NAMES: Record<CoachStatus['site'], string> = { ...SITE_NAMES, generic: 'Generic reader (any helpdesk)' };

interface TabState {
  /** Hostname of the active tab, when the extension may know it (a site it has access to). */
  hostname: string | null;
  status: CoachStatus | null;
  tabId: number | null;
}

async function activeTab(): Promise<TabState> {
  // `?tab=ID` shows another tab's review (the e2e tests open the popup as a page of its own).
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = requested ? [await browser.tabs.get(requested)] : await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { hostname: null, status: null, tabId: null };
  const hostname = tab.url?.startsWith('http') ? new URL(tab.url).hostname : null;
  // No content script on the tab (coaching is off there, or no access) rejects: that is the empty state.
  const status = await sendToTab(tab.id, 'status', {}).catch(() => null);
  // The popup opened as a tab of its own (tests, or a pinned page) must not reload itself; in the
  // real popup getCurrent() is undefined. (Firefox hides tab.url without host access, so no URL test.)
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  return { hostname, status, tabId: own?.id === tab.id ? null : tab.id };
}

export function Popup() {
  const [tab, setTab] = useState<TabState | undefined>(undefined);
  const [disabled, setDisabled] = useState<string[]>([]);
  const [copied, setCopied] = useState<string | null>(null);
  const [teamProblem, setTeamProblem] = useState<string | null>(null);
  const { missing: missingAccess, recheck: recheckAccess } = useMissingHostAccess();
  useEffect(() => {
    activeTab().then(setTab, () => setTab({ hostname: null, status: null, tabId: null }));
    getItem(DISABLED_SITES).then(setDisabled, () => undefined);
    // A team library that cannot be read is said here too, not only in the options page.
    loadTeam(browserAreas()).then(({ notices }) => {
      const problem = notices.find((notice) => notice.kind === 'invalid-team');
      setTeamProblem(problem?.kind === 'invalid-team' ? teamProblemText(problem.source, problem.message) : null);
    }, () => undefined);
  }, []);

  const hostname = tab?.hostname ?? null;
  const off = hostname !== null && disabled.includes(hostname);
  const toggleSite = async () => {
    if (!hostname) return;
    const next = off ? disabled.filter((site) => site !== hostname) : [...disabled, hostname];
    await setItem(DISABLED_SITES, next);
    setDisabled(next);
    if (off) setTimeout(() => activeTab().then(setTab), 400);
    else setTab({ hostname, status: null, tabId: tab?.tabId ?? null });
  };
  // Called from the click itself: the browser asks the agent only during a user gesture.
  const allowAccess = async () => {
    if (!(await requestHostAccess(missingAccess))) return;
    await recheckAccess();
    if (tab?.tabId != null) await browser.tabs.reload(tab.tabId);
    setTimeout(() => activeTab().then(setTab), 800);
  };
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(text);
  };

  const status = tab?.status ?? null;
  const review = status?.review ?? null;
  const judged = status && review ? verdict(review, status.draft) : null;
  return (
    <main>
      <h1>
        <img src="/icons/icon-32.png" alt="" /> Empathy Coach
      </h1>
      {hostname && (
        <label class="switch">
          <input type="checkbox" checked={!off} onChange={toggleSite} data-testid="site-switch" />
          Coach on <strong>{hostname}</strong>
        </label>
      )}
      {teamProblem && (
        <div class="card problem" role="alert" data-testid="popup-team-problem">
          {teamProblem}
        </div>
      )}
      {missingAccess.length > 0 && !status && (
        <div class="card" data-testid="popup-access">
          <strong>Empathy Coach needs access to {describeHosts(missingAccess)}.</strong>
          <p class="muted">The browser has not allowed it to read reply boxes there, so the coach cannot appear.</p>
          <button onClick={() => void allowAccess()}>Allow access</button>
        </div>
      )}
      {status && tab?.tabId != null && (
        <SeenCard
          status={status}
          onUseSelection={async () => {
            const outcome = await sendToTab(tab.tabId as number, 'useSelectionAsCustomer', {}).catch((error: unknown) => ({ ok: false as const, reason: String(error) }));
            if (outcome.ok) setTimeout(() => activeTab().then(setTab), 300);
            return outcome.ok ? null : outcome.reason;
          }}
        />
      )}
      {tab === undefined ? (
        <p class="muted">Looking at this tab…</p>
      ) : status && review ? (
        <section data-testid="popup-review" aria-label="Review of the current draft">
          <div class="summary card">
            <span data-negative={String(isNegative(review.feeling))} class="feeling">
              {review.feeling ? feelingLabel(review.feeling, status.customerName, review.feelingDetail?.sure !== false) : 'No customer message found'}
            </span>
            {status.draft.trim() && (
              <span class="score" title="Empathy score (0–100)">
                {judged?.kind === 'score' ? judged.score : 'Keep going'}
              </span>
            )}
          </div>
          {!status.draft.trim() ? (
            <p class="muted">Start the reply on {SITE_NAMES[status.site]}: the review appears here.</p>
          ) : review.findings.length === 0 ? (
            <p class="muted">Nothing to add: this reply does what a good reply does.</p>
          ) : (
            <ul class="findings">
              {bySeverity(review.findings, (finding) => finding).map((finding, index) => (
                <FindingRow key={index} finding={finding} draft={status.draft} onCopy={copy} copied={copied} />
              ))}
            </ul>
          )}
        </section>
      ) : off ? (
        <div class="card" data-testid="popup-off">
          Coaching is off on this site. Turn it on above to see the coach beside the reply box.
        </div>
      ) : missingAccess.length > 0 ? null : (
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

/** What the coach found on the tab: the adapter, the reply box, the customer's message and name, note mode. */
function SeenCard({ status, onUseSelection }: { status: CoachStatus; onUseSelection(): Promise<string | null> }) {
  const [problem, setProblem] = useState<string | null>(null);
  const seen = status.seen;
  const found = (value: boolean) => (value ? 'found' : 'not found');
  return (
    <section class="card seen" data-testid="popup-seen" aria-label="What the coach sees">
      <dl>
        <dt>Reader</dt>
        <dd data-testid="seen-adapter">{ADAPTER_NAMES[status.site]}</dd>
        <dt>Reply box</dt>
        <dd data-testid="seen-reply-box">{found(!!seen?.replyBox)}</dd>
        <dt>Customer message</dt>
        <dd data-testid="seen-customer" data-from={seen?.customerFrom ?? 'none'}>
          {seen?.customerStart ? `“${seen.customerStart}”${seen.customerFrom === 'agent' ? ' (chosen by you)' : ''}` : 'not found'}
        </dd>
        <dt>Customer name</dt>
        <dd data-testid="seen-name">{status.customerName ?? 'not found'}</dd>
        <dt>Mode</dt>
        <dd data-testid="seen-mode">{seen?.note ? 'Internal note (not reviewed)' : 'Reply to the customer'}</dd>
      </dl>
      {seen?.customerFrom !== 'page' && (
        <>
          <button data-testid="use-selection" onClick={() => void onUseSelection().then(setProblem)}>
            Use as customer message
          </button>
          <p class="muted">Select the customer’s message on the page, then click: the coach uses it for this conversation.</p>
          {problem && (
            <p class="problem" role="alert" data-testid="use-selection-problem">
              {problem}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function FindingRow({ finding, draft, onCopy, copied }: { finding: Finding; draft: string; onCopy(text: string): void; copied: string | null }) {
  const quoted = finding.end > finding.start ? draft.slice(finding.start, finding.end) : '';
  return (
    <li class={finding.severity} data-rule={finding.rule}>
      <strong>{findingTitle(finding)}.</strong> {finding.message}
      {quoted && <span class="muted"> “{quoted}”</span>}
      {finding.suggestions.slice(0, 3).map((suggestion, index) => {
        const shown = suggestionText(draft, suggestion);
        // A cut that leaves nothing of its sentence has nothing to copy (the message says to cut it).
        return shown.text && (shown.rewrites || suggestion.text.trim()) ? (
          <div class="suggestion-row" key={index}>
            <span>
              {shown.rewrites && <span class="muted">{suggestion.label}: </span>}
              {shown.text}
            </span>
            <button onClick={() => onCopy(shown.text)} aria-label={`Copy “${shown.text.length > 60 ? `${shown.text.slice(0, 59)}…` : shown.text}”`}>
              {copied === shown.text ? 'Copied' : 'Copy'}
            </button>
          </div>
        ) : null;
      })}
    </li>
  );
}
