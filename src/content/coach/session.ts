// One coach per page: follows the reply box the agent works in, asks the worker for a review after
// each pause in typing, and draws the result beside the box. Never writes to the editor's DOM except
// when the agent asks for an insertion.
import type { Finding, Review, Suggestion } from '../../analyzer/types';
import { extensionContextAlive, sendToBackground, type CoachStatus, type InsertOutcome, type UseCustomerOutcome } from '../../shared/protocol';
import { MAX_REVIEW_CHARS, tooLongNotice } from '../../shared/review-limits';
import type { ReviewAnswer } from '../../background/reviewer';
import { createCoachHost, type CoachHost } from '../coach-host';
import { toTopViewport } from '../dom/roots';
import { editorFor, type Draft, type EditorAdapter } from '../editors';
import type { Conversation, SiteAdapter } from '../sites/types';
import type { CoachActions, Underline, VisibleFinding } from './view';

/** What the coach says instead of a review while the composer writes an internal note. */
export const NOTE_NOTICE = 'Internal note: only your colleagues read it, so the coach does not review it.';

/** Pause in typing before the draft is reviewed. */
export const TYPING_PAUSE_MS = 150;

interface ActiveBox {
  element: Element;
  editor: EditorAdapter;
  signal: AbortSignal;
}

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
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  return words.slice(0, count).join(' ') + (words.length > count ? ' …' : '');
}

export function createCoachSession(site: SiteAdapter, { signal }: { signal: AbortSignal }): CoachSession {
  const boxes = new Set<Element>();
  let host: CoachHost | undefined;
  let active: ActiveBox | null = null;
  let conversation: Conversation = { customerText: null, customerName: null, conversationKey: null };
  let draft: Draft | null = null;
  let review: Review | null = null;
  let pastedCustomer = '';
  /** Customer messages the agent gave (pasted or selected), per conversation key: they hold for that conversation. */
  const heldCustomer = new Map<string, string>();
  const heldKey = (key: string | null) => key ?? '';
  let notice: string | null = null;
  /** The draft is over MAX_REVIEW_CHARS: said instead of a review. */
  let tooLong: string | null = null;
  /** The worker could not read the team's library and uses the agent's own. */
  let libraryNotice: string | null = null;
  let focused = false;
  let stale = false;
  const dismissed = new Set<string>();
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let previous: AbortController | undefined;
  const boxSignals = new WeakMap<Element, AbortSignal>();

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  });

  const ensureHost = (): CoachHost => {
    if (host) return host;
    host = createCoachHost(site, { signal });
    sendToBackground('ping', {})
      .then(({ version }) => host?.setData({ worker: 'ready', version }))
      .catch(() => undefined);
    return host;
  };

  const findingKey = (finding: Finding, text: string) =>
    `${finding.rule}:${finding.start === finding.end ? '∅' : text.slice(finding.start, finding.end).toLowerCase()}`;

  const visibleFindings = (): VisibleFinding[] => {
    if (!review || !draft) return [];
    return review.findings
      .map((finding) => ({ key: findingKey(finding, draft!.text), finding }))
      .filter(({ key }) => !dismissed.has(key));
  };

  const underlines = (findings: VisibleFinding[]): Underline[] => {
    if (!draft || stale) return [];
    return findings
      .filter(({ finding }) => finding.end > finding.start)
      .map(({ key, finding }) => ({
        key,
        severity: finding.severity,
        rects: draft!.rectsFor(finding.start, finding.end).map((rect) => toTopViewport(rect, active!.element)),
      }));
  };

  const paint = () => {
    frame = 0;
    if (!host || signal.aborted) return;
    const findings = visibleFindings();
    host.setData({
      feeling: review?.feeling ?? (review ? 'unknown' : null),
      score: review && draft?.text.trim() ? String(review.score) : null,
      findings: review ? findings.map(({ finding }) => finding.rule).join(' ') : null,
      customerName: conversation.customerName,
      conversation: conversation.conversationKey,
      editor: active?.editor.kind ?? null,
      note: conversation.note ? 'true' : null,
    });
    const anchor = active && focused ? toTopViewport(active.element.getBoundingClientRect(), active.element) : null;
    host.render(
      {
        review,
        findings,
        customerName: conversation.customerName,
        customerUnknown: !conversation.customerText,
        pastedCustomer,
        draft: draft?.text ?? '',
        anchor,
        underlines: anchor ? underlines(findings) : [],
        notice: notice ?? (conversation.note ? NOTE_NOTICE : null) ?? tooLong ?? libraryNotice,
      },
      actions,
    );
  };

  const repaint = () => {
    if (!frame) frame = requestAnimationFrame(paint);
  };

  /** Reads the draft and the conversation now and asks the worker for a review. */
  const reviewNow = async (attempt = 0): Promise<void> => {
    if (!active || signal.aborted) return;
    const mine = ++sequence;
    const current = active;
    const read = current.editor.read(current.element);
    const seen = site.conversation(current.element);
    if (seen.conversationKey !== conversation.conversationKey) {
      dismissed.clear();
      pastedCustomer = heldCustomer.get(heldKey(seen.conversationKey)) ?? '';
    }
    const customerText = seen.customerText ?? (pastedCustomer.trim() || undefined);
    let result: ReviewAnswer;
    if (seen.note) {
      // An internal note is for colleagues: no customer-facing rule applies, so nothing is reviewed.
      conversation = seen;
      draft = read;
      review = null;
      tooLong = null;
      stale = false;
      repaint();
      return;
    }
    if (read.text.length > MAX_REVIEW_CHARS) {
      result = { refused: 'too-long', length: read.text.length, limit: MAX_REVIEW_CHARS };
    } else {
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
            if (mine === sequence && current === active && !signal.aborted) void reviewNow(attempt + 1);
          }, 50 * 2 ** attempt);
        }
        return;
      }
    }
    if (mine !== sequence || current !== active) return;
    if ('refused' in result) {
      if (result.refused === 'superseded') return;
      conversation = seen;
      draft = read;
      review = null;
      stale = false;
      tooLong = tooLongNotice(result.length);
      repaint();
      return;
    }
    conversation = seen;
    draft = read;
    const { libraryNotice: told, ...reviewed } = result;
    review = reviewed;
    libraryNotice = told ?? null;
    tooLong = null;
    stale = false;
    if (!read.text.trim()) dismissed.clear();
    repaint();
  };

  const schedule = () => {
    clearTimeout(timer);
    stale = true;
    repaint();
    timer = setTimeout(() => void reviewNow(), TYPING_PAUSE_MS);
  };

  const activate = (element: Element) => {
    const editor = editorFor(element);
    if (!editor || active?.element === element) return;
    const controller = new AbortController();
    const boxSignal = AbortSignal.any([signal, boxSignals.get(element) ?? signal, controller.signal]);
    const replaced = previous;
    previous = controller;
    active = { element, editor, signal: boxSignal };
    replaced?.abort();
    review = null;
    draft = null;
    notice = null;
    element.addEventListener('input', schedule, { signal: boxSignal });
    boxSignal.addEventListener('abort', () => {
      editor.dispose(element);
      if (active?.element !== element) return;
      active = null;
      review = null;
      draft = null;
      const next = [...boxes].at(-1);
      if (next) activate(next);
      else repaint();
    });
    void reviewNow();
  };
  // Listened to on each box, not on the top document: focus inside a same-origin iframe's editor
  // never reaches the top document's focusin (its path ends at the frame's own window).
  const onBoxFocus = (element: Element) => {
    focused = true;
    activate(element);
    repaint();
  };
  // The coach follows the reply box when the page or anything inside it scrolls, or the window resizes.
  window.addEventListener('scroll', repaint, { capture: true, passive: true, signal });
  window.addEventListener('resize', repaint, { passive: true, signal });

  const insertAt = async (pick: (review: Review) => { finding: Finding; suggestion: Suggestion } | null): Promise<InsertOutcome> => {
    if (!active) return { ok: false, reason: 'No reply box is active.' };
    clearTimeout(timer);
    await reviewNow();
    const target = review ? pick(review) : null;
    if (!active || !target) return { ok: false, reason: 'Nothing to insert: the draft already does this.' };
    const { finding, suggestion } = target;
    const at = suggestion.replace?.start ?? finding.start;
    const result = await active.editor.insert(active.element, at, suggestion.text);
    notice = result.ok ? null : `Could not insert the text safely (${result.reason}). Your draft is unchanged.`;
    await reviewNow();
    repaint();
    return result.ok ? { ok: true, inserted: suggestion.text } : { ok: false, reason: result.reason };
  };

  const actions: CoachActions = {
    apply(finding, suggestion) {
      const insertion = !suggestion.replace || suggestion.replace.start === suggestion.replace.end;
      if (finding.start === finding.end && insertion) {
        const index = finding.suggestions.indexOf(suggestion);
        void insertAt((fresh) => {
          const match = fresh.findings.find((candidate) => candidate.rule === finding.rule && candidate.start === candidate.end);
          const chosen = match?.suggestions[index];
          return match && chosen ? { finding: match, suggestion: chosen } : null;
        });
        return;
      }
      actions.copy(suggestion.text);
    },
    copy(text) {
      navigator.clipboard.writeText(text).then(
        () => {
          notice = null;
          repaint();
        },
        () => {
          notice = 'The browser did not allow copying; select the text in the coach instead.';
          repaint();
        },
      );
    },
    dismiss(key) {
      dismissed.add(key);
      repaint();
    },
    notHelpful(key, finding) {
      dismissed.add(key);
      repaint();
      // Counted by the worker: concurrent clicks (several tabs) are never lost to a read-modify-write race.
      sendToBackground('notHelpful', { rule: finding.rule }).catch(() => undefined);
    },
    pasteCustomer(text) {
      pastedCustomer = text;
      heldCustomer.set(heldKey(conversation.conversationKey), text);
      schedule();
    },
  };

  function teardown() {
    clearTimeout(timer);
    host?.element.remove();
    host = undefined;
    active = null;
  }

  return {
    addReplyBox(element, boxSignal) {
      boxes.add(element);
      boxSignals.set(element, boxSignal);
      const listening = AbortSignal.any([signal, boxSignal]);
      element.addEventListener('focusin', () => onBoxFocus(element), { signal: listening });
      // An editor in an iframe scrolls in its own window, which the top window's listener does not hear.
      const view = element.ownerDocument.defaultView;
      if (view && view !== window) view.addEventListener('scroll', repaint, { capture: true, passive: true, signal: listening });
      ensureHost().setData({ replyBoxes: String(boxes.size) });
      boxSignal.addEventListener(
        'abort',
        () => {
          boxes.delete(element);
          host?.setData({ replyBoxes: String(boxes.size) });
        },
        { once: true },
      );
      // The newest box (a ticket the agent just switched to, a compose window just opened) becomes active.
      if (!active || !active.element.isConnected || element.ownerDocument.activeElement === element) activate(element);
    },
    status() {
      if (!boxes.size) return null;
      const held = pastedCustomer.trim();
      return {
        site: site.id,
        replyBoxes: boxes.size,
        customerName: conversation.customerName,
        review,
        draft: draft?.text ?? '',
        seen: {
          replyBox: !!active,
          customerStart: firstWords(conversation.customerText ?? held),
          customerFrom: conversation.customerText ? 'page' : held ? 'agent' : null,
          conversationKey: conversation.conversationKey,
          note: !!conversation.note,
        },
      };
    },
    useAsCustomer(text) {
      const chosen = text.replace(/\s+\n/g, '\n').trim().slice(0, 20_000);
      if (!chosen) return { ok: false, reason: 'Select the customer’s message on the page first.' };
      if (!active) return { ok: false, reason: 'Click into the reply box first.' };
      pastedCustomer = chosen;
      // Keyed by the conversation on the page now (the last review may be older than the agent's switch).
      heldCustomer.set(heldKey(site.conversation(active.element).conversationKey), chosen);
      clearTimeout(timer);
      void reviewNow();
      return { ok: true, customerStart: firstWords(chosen) ?? '' };
    },
    refresh() {
      if (active) schedule();
    },
    insertAcknowledgement() {
      return insertAt((fresh) => {
        const finding = fresh.findings.find((candidate) => candidate.rule === 'acknowledge-feeling');
        const suggestion = finding?.suggestions[0];
        return finding && suggestion ? { finding, suggestion } : null;
      });
    },
  };
}
