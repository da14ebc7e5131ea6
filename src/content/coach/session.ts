// One coach per page: follows the reply box the agent works in, asks the worker for a review after
// each pause in typing, and draws the result beside the box. Never writes to the editor's DOM except
// when the agent asks for an insertion.
import type { Finding, Review, Suggestion } from '../../analyzer/types';
import { extensionContextAlive, sendToBackground, type CoachStatus, type InsertOutcome, type UseCustomerOutcome } from '../../shared/protocol';
import { MAX_REVIEW_CHARS, tooLongNotice } from '../../shared/review-limits';
import type { ReviewAnswer } from '../../shared/review-answer';
import { createCoachHost, type CoachHost } from './host';
import { toTopViewport } from '../dom/roots';
import { selectedText } from '../dom/selection';
import { editorFor, type Draft, type EditorAdapter } from '../editors';
import type { Conversation, SiteAdapter } from '../sites/types';
import { COACH_OPEN } from '../../shared/storage-keys';
import { getItem, watchItem } from '../../shared/storage';
import browser from 'webextension-polyfill';
import { findMessage, pageIsDark } from './page';
import { bySeverity, placeholderFindings, placeholders, verdict } from '../../shared/readiness';
import { isShortcut, SHORTCUTS, type CoachActions, type Underline, type VisibleFinding } from './view';

/** What the coach says instead of a review while the composer writes an internal note. */
export const NOTE_NOTICE = 'Internal note: only your colleagues read it, so the coach does not review it.';

/** Pause in typing before the draft is reviewed (the badge updates). */
export const TYPING_PAUSE_MS = 150;
/** Pause after which the draft looks finished: the missing-content rules and the panel show. */
export const SETTLE_MS = 2000;
/** Focus away from the box (and the coach) this long hides the coach. */
export const AWAY_MS = 1500;
/** Rules about what a finished reply lacks: they wait until the draft looks finished. */
export const MISSING_CONTENT_RULES: ReadonlySet<string> = new Set(['acknowledge-feeling', 'use-name', 'next-step', 'follow-up']);
/** A sign-off line ends the draft: it looks finished without waiting for the pause. */
const SIGN_OFF = /(?:^|\n)\s*(?:best(?: wishes| regards)?|kind regards|warm regards|regards|thanks(?: again)?|thank you|many thanks|cheers|sincerely|all the best|take care)\s*[,.!]?\s*(?:\n[^\n]{0,60})?\s*$/i;

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
  /** The draft looks finished (a pause of SETTLE_MS, or a sign-off): held findings and the panel show. */
  let settled = true;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let awayTimer: ReturnType<typeof setTimeout> | undefined;
  let open = false;
  let card: string | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let focusRequest = 0;
  let lastChange: { label: string; before: string; after: string; element: Element } | null = null;
  let dark = false;
  /** The coach itself is changing the draft: its input events are not the agent typing. */
  let changing = false;
  /** Underlines in the editor's own viewport, for hit-testing the pointer over the words. */
  let hits: Array<{ key: string; rects: DOMRect[] }> = [];
  const siteKey = location.hostname;
  getItem(COACH_OPEN)
    .then((stored) => {
      open = stored[siteKey] === true;
      repaint();
    })
    .catch(() => undefined);
  // Opened or closed in another tab of the same site: this one follows.
  watchItem(
    COACH_OPEN,
    (stored) => {
      if ((stored[siteKey] === true) === open) return;
      open = stored[siteKey] === true;
      repaint();
    },
    signal,
  );

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearTimeout(settleTimer);
    clearTimeout(awayTimer);
    clearTimeout(hoverTimer);
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
    const text = draft.text;
    const all: VisibleFinding[] = [
      ...review.findings.map((finding) => ({ key: findingKey(finding, text), rule: finding.rule as string, finding })),
      ...placeholderFindings(text).map((finding) => ({ key: `placeholder:${text.slice(finding.start, finding.end)}`, rule: 'placeholder', finding })),
    ];
    return bySeverity(
      all.filter(({ key, rule }) => !dismissed.has(key) && (settled || !MISSING_CONTENT_RULES.has(rule))),
      (item) => item.finding,
    );
  };

  const underlines = (findings: VisibleFinding[]): Underline[] => {
    hits = [];
    if (!draft || stale) return [];
    return findings
      .filter(({ finding }) => finding.end > finding.start)
      .map(({ key, finding }) => {
        const own = draft!.rectsFor(finding.start, finding.end);
        hits.push({ key, rects: own });
        return { key, severity: finding.severity, rects: own.map((rect) => toTopViewport(rect, active!.element)) };
      });
  };

  /** Where a finding's card goes: under its words, or at the caret spot of a missing-content finding. */
  const cardRect = (key: string, findings: VisibleFinding[]): DOMRect | null => {
    const item = findings.find((candidate) => candidate.key === key);
    if (!item || !draft || !active) return null;
    const rects = draft.rectsFor(item.finding.start, Math.max(item.finding.end, item.finding.start));
    const rect = rects[0] ?? active.element.getBoundingClientRect();
    return toTopViewport(rect, active.element);
  };

  const onScreen = (rect: DOMRect) => rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth && rect.width > 0;

  const paint = () => {
    frame = 0;
    if (!host || signal.aborted) return;
    const findings = visibleFindings();
    const text = draft?.text ?? '';
    const judged = verdict(review, text);
    const box = active && focused ? toTopViewport(active.element.getBoundingClientRect(), active.element) : null;
    const anchor = box && onScreen(box) ? box : null;
    const panelOpen = !!anchor && open && settled;
    host.setData({
      feeling: review?.feeling ?? (review ? 'unknown' : null),
      score: judged?.kind === 'score' ? String(judged.score) : null,
      verdict: judged?.kind ?? null,
      findings: review ? findings.map(({ rule }) => rule).join(' ') : null,
      customerName: conversation.customerName,
      conversation: conversation.conversationKey,
      editor: active?.editor.kind ?? null,
      note: conversation.note ? 'true' : null,
      typing: String(!settled),
      open: String(open),
      panel: panelOpen ? 'shown' : anchor ? 'badge' : 'hidden',
    });
    if (card && !findings.some(({ key }) => key === card)) card = null;
    const cardAt = card && anchor ? cardRect(card, findings) : null;
    host.render(
      {
        review,
        findings,
        customerName: conversation.customerName,
        customerUnknown: !conversation.customerText,
        pastedCustomer,
        draft: text,
        anchor,
        message: panelOpen ? findMessage(active!.element, conversation.customerText) : null,
        open,
        typing: !settled,
        verdict: judged,
        underlines: anchor ? underlines(findings) : [],
        card: card && cardAt ? { key: card, rect: cardAt } : null,
        lastChange: lastChange && lastChange.element === active?.element ? { label: lastChange.label } : null,
        focusRequest,
        dark,
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
    if (!settled && SIGN_OFF.test(read.text)) settle();
    repaint();
  };

  const settle = () => {
    clearTimeout(settleTimer);
    settled = true;
    repaint();
  };

  const schedule = () => {
    clearTimeout(timer);
    stale = true;
    repaint();
    timer = setTimeout(() => void reviewNow(), TYPING_PAUSE_MS);
  };

  /** The agent typed: only the badge updates until the draft looks finished. */
  const onInput = () => {
    if (changing) {
      schedule();
      return;
    }
    settled = false;
    host?.setData({ typing: 'true' });
    card = null;
    lastChange = null;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, SETTLE_MS);
    schedule();
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
    element.addEventListener('input', onInput, { signal: boxSignal });
    element.addEventListener('keydown', (event) => onBoxKey(event as KeyboardEvent), { signal: boxSignal });
    element.addEventListener('mousemove', (event) => onPointer(event as MouseEvent, false), { passive: true, signal: boxSignal });
    element.addEventListener('click', (event) => onPointer(event as MouseEvent, true), { signal: boxSignal });
    element.addEventListener('focusout', () => watchAway(), { signal: boxSignal });
    dark = pageIsDark(element);
    settled = true;
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
    clearTimeout(awayTimer);
    activate(element);
    dark = pageIsDark(element);
    repaint();
  };

  /** Is focus in the reply box (its own document or shadow root) or in the coach? */
  const focusHere = (): boolean => {
    if (!active) return false;
    const element = active.element;
    if (host && document.activeElement === host.element) return true;
    const root = element.getRootNode() as Document | ShadowRoot;
    const inner = root.activeElement;
    if (!inner || !(inner === element || element.contains(inner))) return false;
    // An editor in an iframe: its document keeps an active element while the top page has focus elsewhere.
    return element.ownerDocument.hasFocus();
  };
  /** Focus left the box: the coach hides if it does not come back (to the box or the coach) soon. */
  const watchAway = () => {
    clearTimeout(awayTimer);
    awayTimer = setTimeout(() => {
      if (!focusHere()) {
        focused = false;
        card = null;
        repaint();
      }
    }, AWAY_MS);
  };

  const ordered = () => visibleFindings().sort((a, b) => a.finding.start - b.finding.start);
  const onBoxKey = (event: KeyboardEvent) => {
    if (isShortcut(event, SHORTCUTS.focus)) {
      event.preventDefault();
      event.stopPropagation();
      settle();
      setOpen(true);
      focusRequest++;
      repaint();
    } else if (isShortcut(event, SHORTCUTS.next)) {
      event.preventDefault();
      event.stopPropagation();
      settle();
      const list = ordered();
      if (!list.length) return;
      const at = list.findIndex(({ key }) => key === card);
      card = list[(at + 1) % list.length]!.key;
      repaint();
    } else if (event.key === 'Escape' && card) {
      card = null;
      repaint();
    }
  };
  /** The pointer over an underlined word opens its card (at once on click, after a short rest on hover). */
  const onPointer = (event: MouseEvent, clicked: boolean) => {
    const x = event.clientX;
    const y = event.clientY;
    const hit = hits.find(({ rects }) => rects.some((rect) => x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 3));
    clearTimeout(hoverTimer);
    if (!hit) return;
    if (clicked) {
      if (card !== hit.key) {
        card = hit.key;
        repaint();
      }
      return;
    }
    if (card === hit.key) return;
    hoverTimer = setTimeout(() => {
      card = hit.key;
      repaint();
    }, 350);
  };

  const setOpen = (value: boolean) => {
    open = value;
    repaint();
    getItem(COACH_OPEN)
      .then((stored) => browser.storage.local.set({ [COACH_OPEN.key]: { ...stored, [siteKey]: value } }))
      .catch(() => undefined);
  };

  /** After an insertion with a snippet placeholder in it, the first placeholder is selected to be typed over. */
  const selectFirstPlaceholder = (element: Element, from: number, text: string) => {
    const first = placeholders(text)[0];
    if (!first) return;
    const start = from + first.start;
    const end = from + first.end;
    if (element.localName === 'textarea') {
      (element as HTMLTextAreaElement).setSelectionRange(start, end);
      return;
    }
    const range = active?.editor.read(element).rangeFor(start, end);
    const selection = range ? (element.getRootNode() as Document & { getSelection?: () => Selection | null }).getSelection?.() ?? element.ownerDocument.getSelection() : null;
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
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
    const element = active.element;
    const before = active.editor.read(element).text;
    changing = true;
    const result = await active.editor.insert(element, at, suggestion.text).finally(() => (changing = false));
    notice = result.ok ? null : `Could not insert the text safely (${result.reason}). Your draft is unchanged.`;
    if (result.ok) {
      lastChange = { label: 'Inserted.', before, after: active.editor.read(element).text, element };
      selectFirstPlaceholder(element, at, suggestion.text);
    }
    await reviewNow();
    repaint();
    return result.ok ? { ok: true, inserted: suggestion.text } : { ok: false, reason: result.reason };
  };

  /**
   * Replaces [start, end) with the suggestion in the editor, verified. Offsets are the reviewed
   * draft's: when the editor holds something else by now, the draft is reviewed again and the same
   * fix (rule and label) is taken from the fresh review, or the agent told.
   */
  const change = async (finding: Finding, suggestion: Suggestion, label: string) => {
    if (!active || !draft) return;
    const element = active.element;
    const editor = active.editor;
    let target: Suggestion | undefined = suggestion;
    let at: Finding | undefined = finding;
    if (editor.read(element).text !== draft.text) {
      clearTimeout(timer);
      await reviewNow();
      at = review?.findings.find((candidate) => candidate.rule === finding.rule && candidate.message === finding.message);
      target = at?.suggestions.find((candidate) => candidate.label === suggestion.label);
      if (!at || !target || !active || active.element !== element || editor.read(element).text !== draft?.text) {
        notice = 'The draft changed since this was suggested; look again.';
        repaint();
        return;
      }
    }
    const before = editor.read(element).text;
    const start = target.replace?.start ?? at.start;
    const end = target.replace?.end ?? start;
    card = null;
    changing = true;
    const result = await editor.replace(element, start, end, target.text).finally(() => (changing = false));
    if (result.ok) {
      notice = null;
      lastChange = { label, before, after: editor.read(element).text, element };
      if (target.text) selectFirstPlaceholder(element, start, target.text);
    } else {
      notice = `Could not change the text safely (${result.reason}). Your draft is unchanged.`;
    }
    clearTimeout(timer);
    await reviewNow();
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
      void change(finding, suggestion, 'Inserted.');
    },
    replace(finding, suggestion) {
      if (!suggestion.replace) return;
      void change(finding, suggestion, suggestion.text ? 'Replaced.' : 'Removed.');
    },
    setOpen(value) {
      setOpen(value);
    },
    openCard(key) {
      card = key;
      repaint();
    },
    focusEditor() {
      const element = active?.element as HTMLElement | undefined;
      if (!element) return;
      const view = element.ownerDocument.defaultView;
      if (view && view !== window) view.focus();
      element.focus();
    },
    undo() {
      const change = lastChange;
      if (!change || !active || change.element !== active.element) return;
      const editor = active.editor;
      changing = true;
      void editor.undo(change.element, change.before, change.after).then((ok) => {
        changing = false;
        lastChange = null;
        notice = ok ? null : 'Could not undo: the draft changed since. Use the editor’s own undo (Ctrl+Z).';
        clearTimeout(timer);
        void reviewNow();
      });
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
      if (card === key) card = null;
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
    useSelection() {
      const outcome = session.useAsCustomer(selectedText(document));
      return outcome.ok ? null : outcome.reason;
    },
  };

  function teardown() {
    clearTimeout(timer);
    host?.element.remove();
    host = undefined;
    active = null;
  }

  const session: CoachSession = {
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
  return session;
}
