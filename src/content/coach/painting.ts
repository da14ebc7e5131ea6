// Painting: draws the coach beside the active reply box from the shared state (badge, panel,
// underlines, the open card), at most once per animation frame.
import type { Finding } from '../../analyzer/types';
import { sendToBackground } from '../../shared/protocol';
import { bySeverity, placeholderFindings } from '../../shared/readiness';
import { toTopViewport } from '../dom/roots';
import type { SiteAdapter } from '../sites/types';
import { createCoachHost, type CoachHost } from './host';
import { findMessage } from './page';
import type { CoachState } from './state';
import type { CoachActions, Underline, VisibleFinding } from './view';

/** What the coach says instead of a review while the composer writes an internal note. */
export const NOTE_NOTICE = 'Internal note: only your colleagues read it, so the coach does not review it.';
/** Rules about what a finished reply lacks: they wait until the draft looks finished. */
export const MISSING_CONTENT_RULES: ReadonlySet<string> = new Set(['acknowledge-feeling', 'use-name', 'next-step', 'follow-up']);

export interface Painter {
  /** The coach's host element, made on first use. */
  ensureHost(): CoachHost;
  /** The findings the agent sees now, worst first. */
  visibleFindings(): VisibleFinding[];
  /** Paints on the next animation frame (once, however often it is asked). */
  repaint(): void;
}

/** A finding's key: its rule and its words (the same finding keeps its key while the agent types elsewhere). */
export const findingKey = (finding: Finding, text: string) =>
  `${finding.rule}:${finding.start === finding.end ? '∅' : text.slice(finding.start, finding.end).toLowerCase()}`;

export function createPainter(s: CoachState, site: SiteAdapter, signal: AbortSignal, actions: () => CoachActions): Painter {
  const ensureHost = (): CoachHost => {
    if (s.host) return s.host;
    s.host = createCoachHost(site, { signal });
    sendToBackground('ping', {})
      .then(({ version }) => s.host?.setData({ worker: 'ready', version }))
      .catch(() => undefined);
    return s.host;
  };

  const visibleFindings = (): VisibleFinding[] => {
    if (!s.review || !s.draft) return [];
    const text = s.draft.text;
    const all: VisibleFinding[] = [
      ...s.review.findings.map((finding) => ({ key: findingKey(finding, text), rule: finding.rule as string, finding })),
      ...placeholderFindings(text).map((finding) => ({ key: `placeholder:${text.slice(finding.start, finding.end)}`, rule: 'placeholder', finding })),
    ];
    return bySeverity(
      all.filter(({ key, rule }) => !s.dismissed.has(key) && (s.settled || !MISSING_CONTENT_RULES.has(rule))),
      (item) => item.finding,
    );
  };

  const underlines = (findings: VisibleFinding[]): Underline[] => {
    s.hits = [];
    if (!s.draft || s.stale) return [];
    return findings
      .filter(({ finding }) => finding.end > finding.start)
      .map(({ key, finding }) => {
        const own = s.draft!.rectsFor(finding.start, finding.end);
        s.hits.push({ key, rects: own });
        return { key, severity: finding.severity, rects: own.map((rect) => toTopViewport(rect, s.active!.element)) };
      });
  };

  /** Where the words [start, end) are drawn, in the top page's viewport (the box itself when not drawn). */
  const wordsRect = (start: number, end: number): DOMRect | null => {
    if (!s.draft || !s.active) return null;
    const rect = s.draft.rectsFor(start, Math.max(start, Math.min(end, s.draft.text.length)))[0] ?? s.active.element.getBoundingClientRect();
    return toTopViewport(rect, s.active.element);
  };
  /** Where the coach changed the draft: the character at `at`, or the last one when the change removed the end. */
  const changedRect = (at: number, text: string): DOMRect | null => {
    const start = Math.max(0, Math.min(at, text.length - 1));
    return wordsRect(start, start + 1);
  };

  const onScreen = (rect: DOMRect) => rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth && rect.width > 0;

  const paint = () => {
    s.frame = 0;
    if (!s.host || signal.aborted) return;
    const findings = visibleFindings();
    const text = s.draft?.text ?? '';
    const judged = s.review?.verdict ?? null;
    const box = s.active && s.focused ? toTopViewport(s.active.element.getBoundingClientRect(), s.active.element) : null;
    const anchor = box && onScreen(box) ? box : null;
    const panelOpen = !!anchor && s.open && s.settled;
    s.host.setData({
      feeling: s.review?.feeling ?? (s.review ? 'unknown' : null),
      // "false" when the detector is not sure enough to state the feeling as fact ("Priya may be angry").
      feelingSure: s.review?.feelingDetail ? String(s.review.feelingDetail.sure !== false) : null,
      score: judged?.kind === 'score' ? String(judged.score) : null,
      verdict: judged?.kind ?? null,
      findings: s.review ? findings.map(({ rule }) => rule).join(' ') : null,
      customerName: s.conversation.customerName,
      conversation: s.conversation.conversationKey,
      editor: s.active?.editor.kind ?? null,
      note: s.conversation.note ? 'true' : null,
      typing: String(!s.settled),
      open: String(s.open),
      panel: panelOpen ? 'shown' : anchor ? 'badge' : 'hidden',
    });
    // The open card's finding (when it is gone, so is the card). The card goes under its words, or at
    // the caret spot of a missing-content finding.
    const carded = findings.find(({ key }) => key === s.card);
    if (!carded) s.card = null;
    const cardAt = carded && anchor ? wordsRect(carded.finding.start, carded.finding.end) : null;
    s.host.render(
      {
        review: s.review,
        findings,
        customerUnknown: !s.conversation.customerText,
        pastedCustomer: s.pastedCustomer,
        draft: text,
        anchor,
        message: panelOpen ? findMessage(s.active!.element, s.conversation.customerText) : null,
        open: s.open,
        typing: !s.settled,
        underlines: anchor ? underlines(findings) : [],
        card: carded && cardAt ? { key: carded.key, rect: cardAt } : null,
        lastChange:
          s.lastChange && s.lastChange.element === s.active?.element
            ? { label: s.lastChange.label, rect: s.lastChange.at !== null && anchor ? changedRect(s.lastChange.at, text) : null }
            : null,
        focusRequest: s.focusRequest,
        dark: s.dark,
        notice: s.notice ?? (s.conversation.note ? NOTE_NOTICE : null) ?? s.tooLong ?? s.libraryNotice,
      },
      actions(),
    );
  };

  const repaint = () => {
    if (!s.frame) s.frame = requestAnimationFrame(paint);
  };

  return { ensureHost, visibleFindings, repaint };
}
