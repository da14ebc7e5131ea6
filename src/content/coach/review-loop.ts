// The review loop: after each pause in typing, reads the draft and the conversation and asks the
// worker for a review; keeps the latest answer only (staleness), retries a worker that was stopped,
// and says when the draft looks finished (settled).
import { extensionContextAlive, sendToBackground } from '../../shared/protocol';
import type { CoachReview, ReviewAnswer } from '../../shared/review-answer';
import { MAX_REVIEW_CHARS, tooLongNotice } from '../../shared/review-limits';
import type { SiteAdapter } from '../sites/types';
import { heldKey, type CoachState } from './state';

/** Pause in typing before the draft is reviewed (the badge updates). */
export const TYPING_PAUSE_MS = 150;
/** Pause after which the draft looks finished: the missing-content rules and the panel show. */
export const SETTLE_MS = 2000;

export interface ReviewLoop {
  /** Reads the draft and the conversation now and asks the worker for a review. */
  reviewNow(attempt?: number): Promise<void>;
  /** The draft looks finished. */
  settle(): void;
  /** Reviews after the typing pause (the shown review is stale until then). */
  schedule(): void;
  /** The agent typed in the active box. */
  onInput(): void;
}

export function createReviewLoop(s: CoachState, site: SiteAdapter, signal: AbortSignal, { repaint, teardown }: { repaint(): void; teardown(): void }): ReviewLoop {
  /** Reads the draft and the conversation now and asks the worker for a review. */
  const reviewNow = async (attempt = 0): Promise<void> => {
    if (!s.active || signal.aborted) return;
    const mine = ++s.sequence;
    const current = s.active;
    const read = current.editor.read(current.element);
    const seen = site.conversation(current.element);
    if (seen.conversationKey !== s.conversation.conversationKey) {
      s.dismissed.clear();
      s.pastedCustomer = s.heldCustomer.get(heldKey(seen.conversationKey)) ?? '';
    }
    const customerText = seen.customerText ?? (s.pastedCustomer.trim() || undefined);
    /** What this read of the page comes to: a review, or none (with what is said instead of one). */
    const show = (review: CoachReview | null, tooLong: string | null = null) => {
      s.conversation = seen;
      s.draft = read;
      s.review = review;
      s.tooLong = tooLong;
      s.stale = false;
      repaint();
    };
    // An internal note is for colleagues: no customer-facing rule applies, so nothing is reviewed.
    if (seen.note) return show(null);
    if (read.text.length > MAX_REVIEW_CHARS) return show(null, tooLongNotice(read.text.length));
    let result: ReviewAnswer;
    try {
      result = await sendToBackground('review', {
        draft: read.text,
        customer: { text: customerText, name: seen.customerName ?? undefined },
      });
    } catch (error) {
      if (!extensionContextAlive(error)) {
        // The extension was updated or reloaded under this page: leave the page as it was.
        if (!signal.aborted) teardown();
        return;
      }
      // The browser stopped the worker mid-review (or it failed): the next message starts it again.
      // The coach keeps its place and what it showed, and asks again unless a newer review is on its way.
      if (attempt < 5) {
        setTimeout(() => {
          if (mine === s.sequence && current === s.active && !signal.aborted) void reviewNow(attempt + 1);
        }, 50 * 2 ** attempt);
      }
      return;
    }
    if (mine !== s.sequence || current !== s.active) return;
    if ('refused' in result) {
      if (result.refused !== 'superseded') show(null, tooLongNotice(result.length));
      return;
    }
    const { libraryNotice: told, ...reviewed } = result;
    s.libraryNotice = told ?? null;
    show(reviewed);
    if (!read.text.trim()) s.dismissed.clear();
    // A sign-off line ends the draft (the worker says so): it looks finished without waiting for the pause.
    if (!s.settled && reviewed.signedOff) settle();
  };

  const settle = () => {
    clearTimeout(s.settleTimer);
    s.settled = true;
    repaint();
  };

  const schedule = () => {
    clearTimeout(s.timer);
    s.stale = true;
    repaint();
    s.timer = setTimeout(() => void reviewNow(), TYPING_PAUSE_MS);
  };

  /** The agent typed: only the badge updates until the draft looks finished. */
  const onInput = () => {
    if (s.changing) {
      schedule();
      return;
    }
    s.settled = false;
    s.host?.setData({ typing: 'true' });
    s.card = null;
    s.lastChange = null;
    clearTimeout(s.settleTimer);
    s.settleTimer = setTimeout(settle, SETTLE_MS);
    schedule();
  };

  return { reviewNow, settle, schedule, onInput };
}
