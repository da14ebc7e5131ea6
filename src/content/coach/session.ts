// One coach per page: follows the reply box the agent works in, asks the worker for a review after
// each pause in typing, and draws the result beside the box. Never writes to the editor's DOM except
// when the agent asks for an insertion.
//
// The parts, each in a file named for its job, share one state (./state): tracking boxes (./boxes),
// the review loop (./review-loop), painting (./painting) and the agent's actions (./actions).
import type { CoachStatus, InsertOutcome, UseCustomerOutcome } from '../../shared/protocol';
import { COACH_OPEN } from '../../shared/storage-keys';
import { getItem, watchItem } from '../../shared/storage';
import type { SiteAdapter } from '../sites/types';
import { createActions, type CoachActionParts } from './actions';
import { createBoxTracker } from './boxes';
import { createPainter } from './painting';
import { createReviewLoop } from './review-loop';
import { createCoachState, heldKey } from './state';

export { AWAY_MS } from './boxes';
export { MISSING_CONTENT_RULES, NOTE_NOTICE } from './painting';
export { SETTLE_MS, TYPING_PAUSE_MS } from './review-loop';

export interface CoachSession {
  addReplyBox(element: Element, boxSignal: AbortSignal): void;
  status(): CoachStatus | null;
  insertAcknowledgement(): Promise<InsertOutcome>;
  /**
   * The agent chose `text` (selected on the page) as the customer's message: it holds for this
   * conversation, until the page shows one of its own.
   */
  useAsCustomer(text: string): UseCustomerOutcome;
  /** Reviews the active draft again (the phrase library changed). */
  refresh(): void;
}

/** The first words of a message, for the popup to show what the coach took as the customer's message. */
function firstWords(text: string | null | undefined, count = 8): string | null {
  const words = text?.match(/\S+/g);
  if (!words) return null;
  return words.slice(0, count).join(' ') + (words.length > count ? ' …' : '');
}

export function createCoachSession(site: SiteAdapter, { signal }: { signal: AbortSignal }): CoachSession {
  const s = createCoachState();
  // The painter hands the actions to the view when it paints (in an animation frame, after they are made).
  const { ensureHost, visibleFindings, repaint } = createPainter(s, site, signal, () => actionParts.actions);
  const loop = createReviewLoop(s, site, signal, { repaint, teardown });
  const { reviewNow, schedule } = loop;
  const actionParts: CoachActionParts = createActions(s, { repaint, loop, useAsCustomer: (text) => session.useAsCustomer(text) });
  const { setOpen, insertAt } = actionParts;
  const { activate, onBoxFocus } = createBoxTracker(s, signal, { repaint, visibleFindings, setOpen, loop });

  getItem(COACH_OPEN)
    .then((stored) => {
      s.open = stored[s.siteKey] === true;
      repaint();
    })
    .catch(() => undefined);
  // Opened or closed in another tab of the same site: this one follows.
  watchItem(
    COACH_OPEN,
    (stored) => {
      if ((stored[s.siteKey] === true) === s.open) return;
      s.open = stored[s.siteKey] === true;
      repaint();
    },
    signal,
  );

  signal.addEventListener('abort', () => {
    clearTimeout(s.timer);
    clearTimeout(s.settleTimer);
    clearTimeout(s.awayTimer);
    clearTimeout(s.hoverTimer);
    cancelAnimationFrame(s.frame);
  });

  // The coach follows the reply box when the page or anything inside it scrolls, or the window resizes.
  window.addEventListener('scroll', repaint, { capture: true, passive: true, signal });
  window.addEventListener('resize', repaint, { passive: true, signal });

  function teardown() {
    clearTimeout(s.timer);
    s.host?.element.remove();
    s.host = undefined;
    s.active = null;
  }

  const session: CoachSession = {
    addReplyBox(element, boxSignal) {
      s.boxes.add(element);
      s.boxSignals.set(element, boxSignal);
      const listening = AbortSignal.any([signal, boxSignal]);
      element.addEventListener('focusin', () => onBoxFocus(element), { signal: listening });
      // An editor in an iframe scrolls in its own window, which the top window's listener does not hear.
      const view = element.ownerDocument.defaultView;
      if (view && view !== window) view.addEventListener('scroll', repaint, { capture: true, passive: true, signal: listening });
      ensureHost().setData({ replyBoxes: String(s.boxes.size) });
      boxSignal.addEventListener(
        'abort',
        () => {
          s.boxes.delete(element);
          s.host?.setData({ replyBoxes: String(s.boxes.size) });
        },
        { once: true },
      );
      // The newest box (a ticket the agent just switched to, a compose window just opened) becomes active.
      if (!s.active || !s.active.element.isConnected || element.ownerDocument.activeElement === element) activate(element);
    },
    status() {
      if (!s.boxes.size) return null;
      const held = s.pastedCustomer.trim();
      return {
        site: site.id,
        replyBoxes: s.boxes.size,
        customerName: s.conversation.customerName,
        review: s.review,
        draft: s.draft?.text ?? '',
        seen: {
          replyBox: !!s.active,
          customerStart: firstWords(s.conversation.customerText ?? held),
          customerFrom: s.conversation.customerText ? 'page' : held ? 'agent' : null,
          conversationKey: s.conversation.conversationKey,
          note: !!s.conversation.note,
        },
      };
    },
    useAsCustomer(text) {
      const chosen = text.replace(/\s+\n/g, '\n').trim().slice(0, 20_000);
      if (!chosen) return { ok: false, reason: 'Select the customer’s message on the page first.' };
      if (!s.active) return { ok: false, reason: 'Click into the reply box first.' };
      s.pastedCustomer = chosen;
      // Keyed by the conversation on the page now (the last review may be older than the agent's switch).
      s.heldCustomer.set(heldKey(site.conversation(s.active.element).conversationKey), chosen);
      clearTimeout(s.timer);
      void reviewNow();
      return { ok: true, customerStart: firstWords(chosen) ?? '' };
    },
    refresh() {
      if (s.active) schedule();
    },
    insertAcknowledgement() {
      return insertAt((fresh) => {
        const finding = fresh.findings.find((candidate) => candidate.rule === 'acknowledge-feeling');
        const suggestion = finding?.suggestions[0];
        return finding && suggestion ? { finding, suggestion } : null;
      });
    },
  };
  return session;
}
