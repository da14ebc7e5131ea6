// Tracking boxes: which reply box is active (the newest, or the one the agent focuses), the coach
// hiding when focus goes away, and the keys and pointer over the box (shortcuts, cards).
import { editorFor } from '../editors';
import { pageIsDark } from './page';
import type { ReviewLoop } from './review-loop';
import type { CoachState } from './state';
import { isShortcut, SHORTCUTS, type VisibleFinding } from './view';

/** Focus away from the box (and the coach) this long hides the coach. */
export const AWAY_MS = 1500;

export interface BoxParts {
  repaint(): void;
  visibleFindings(): VisibleFinding[];
  setOpen(open: boolean): void;
  loop: Pick<ReviewLoop, 'reviewNow' | 'onInput' | 'settle'>;
}

export interface BoxTracker {
  /** Makes a reply box the active one (a box no editor adapter handles is left alone). */
  activate(element: Element): void;
  /** Focus came into a box. */
  onBoxFocus(element: Element): void;
}

export function createBoxTracker(s: CoachState, signal: AbortSignal, parts: BoxParts): BoxTracker {
  const { repaint, visibleFindings, setOpen } = parts;
  const { reviewNow, onInput, settle } = parts.loop;

  const activate = (element: Element) => {
    const editor = editorFor(element);
    if (!editor || s.active?.element === element) return;
    const controller = new AbortController();
    const boxSignal = AbortSignal.any([signal, s.boxSignals.get(element) ?? signal, controller.signal]);
    const replaced = s.previous;
    s.previous = controller;
    s.active = { element, editor };
    replaced?.abort();
    s.review = null;
    s.draft = null;
    s.notice = null;
    element.addEventListener('input', onInput, { signal: boxSignal });
    element.addEventListener('keydown', (event) => onBoxKey(event as KeyboardEvent), { signal: boxSignal });
    element.addEventListener('mousemove', (event) => onPointer(event as MouseEvent, false), { passive: true, signal: boxSignal });
    element.addEventListener('click', (event) => onPointer(event as MouseEvent, true), { signal: boxSignal });
    element.addEventListener('focusout', () => watchAway(), { signal: boxSignal });
    s.dark = pageIsDark(element);
    s.settled = true;
    boxSignal.addEventListener('abort', () => {
      editor.dispose(element);
      if (s.active?.element !== element) return;
      s.active = null;
      s.review = null;
      s.draft = null;
      const next = [...s.boxes].at(-1);
      if (next) activate(next);
      else repaint();
    });
    void reviewNow();
  };
  // Listened to on each box, not on the top document: focus inside a same-origin iframe's editor
  // never reaches the top document's focusin (its path ends at the frame's own window).
  const onBoxFocus = (element: Element) => {
    s.focused = true;
    clearTimeout(s.awayTimer);
    activate(element);
    s.dark = pageIsDark(element);
    repaint();
  };

  /** Is focus in the reply box (its own document or shadow root) or in the coach? */
  const focusHere = (): boolean => {
    if (!s.active) return false;
    const element = s.active.element;
    if (s.host && document.activeElement === s.host.element) return true;
    const root = element.getRootNode() as Document | ShadowRoot;
    const inner = root.activeElement;
    if (!inner || !(inner === element || element.contains(inner))) return false;
    // An editor in an iframe: its document keeps an active element while the top page has focus elsewhere.
    return element.ownerDocument.hasFocus();
  };
  /** Focus left the box: the coach hides if it does not come back (to the box or the coach) soon. */
  const watchAway = () => {
    clearTimeout(s.awayTimer);
    s.awayTimer = setTimeout(() => {
      if (!focusHere()) {
        s.focused = false;
        s.card = null;
        repaint();
      }
    }, AWAY_MS);
  };

  const onBoxKey = (event: KeyboardEvent) => {
    const focus = isShortcut(event, SHORTCUTS.focus);
    if (focus || isShortcut(event, SHORTCUTS.next)) {
      event.preventDefault();
      event.stopPropagation();
      settle();
      if (focus) {
        setOpen(true);
        s.focusRequest++;
      } else {
        // The next finding in draft order opens its card.
        const list = visibleFindings().sort((a, b) => a.finding.start - b.finding.start);
        if (!list.length) return;
        const at = list.findIndex(({ key }) => key === s.card);
        s.card = list[(at + 1) % list.length]!.key;
      }
      repaint();
    } else if (event.key === 'Escape' && (s.card || s.lastChange?.at != null)) {
      s.card = null;
      undoToBadge();
      repaint();
    }
  };
  /** The Undo at the changed words leaves them (for the badge or the panel) when the agent goes on elsewhere. */
  const undoToBadge = () => {
    if (s.lastChange) s.lastChange.at = null;
  };
  /** The pointer over an underlined word opens its card (at once on click, after a short rest on hover). */
  const onPointer = (event: MouseEvent, clicked: boolean) => {
    const x = event.clientX;
    const y = event.clientY;
    const hit = s.hits.find(({ rects }) => rects.some((rect) => x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 3));
    clearTimeout(s.hoverTimer);
    if (clicked && s.lastChange?.at != null) {
      undoToBadge();
      repaint();
    }
    if (!hit) return;
    if (clicked) {
      if (s.card !== hit.key) {
        s.card = hit.key;
        repaint();
      }
      return;
    }
    if (s.card === hit.key) return;
    s.hoverTimer = setTimeout(() => {
      s.card = hit.key;
      repaint();
    }, 350);
  };

  return { activate, onBoxFocus };
}
