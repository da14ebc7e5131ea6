import { visibleRects } from '../dom/roots';
import type { Draft, EditorAdapter, InsertResult } from './types';
import { checkSpan, execCommand, expectedAfterInsert } from './verify';

// The properties that decide where a textarea's text wraps.
const MIRRORED = [
  'direction', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight',
  'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily', 'fontFeatureSettings',
  'fontKerning', 'fontVariantLigatures', 'fontVariationSettings', 'textAlign', 'textTransform', 'textIndent',
  'letterSpacing', 'wordSpacing', 'tabSize', 'wordBreak', 'overflowWrap', 'hyphens', 'textRendering',
  'whiteSpace',
] as const;

const mirrors = new WeakMap<HTMLTextAreaElement, HTMLDivElement>();

/** A hidden copy of the textarea's text box, created on first use, where the text has DOM nodes. */
function mirrorFor(textarea: HTMLTextAreaElement): HTMLDivElement | null {
  const doc = textarea.ownerDocument;
  const view = doc.defaultView;
  if (!view) return null;
  let mirror = mirrors.get(textarea);
  if (!mirror || !mirror.isConnected) {
    mirror = doc.createElement('div');
    mirror.setAttribute('aria-hidden', 'true');
    mirror.dataset.empathyCoachMirror = '';
    (doc.body ?? doc.documentElement).append(mirror);
    mirrors.set(textarea, mirror);
  }
  const style = view.getComputedStyle(textarea);
  const target = mirror.style;
  for (const property of MIRRORED) target[property] = style[property];
  const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  Object.assign(target, {
    position: 'fixed',
    left: '0px',
    top: '0px',
    visibility: 'hidden',
    pointerEvents: 'none',
    overflow: 'hidden',
    boxSizing: 'content-box',
    borderColor: 'transparent',
    margin: '0px',
    // clientWidth leaves out the scrollbar, so lines wrap where the textarea wraps them.
    width: `${Math.max(0, textarea.clientWidth - padX)}px`,
    height: `${Math.max(0, textarea.clientHeight - padY)}px`,
  });
  // A final newline makes a line only when something follows it.
  mirror.textContent = textarea.value.endsWith('\n') ? `${textarea.value} ` : textarea.value;
  return mirror;
}

function rectsFor(textarea: HTMLTextAreaElement, start: number, end: number): DOMRect[] {
  const value = textarea.value;
  if (start < 0 || end > value.length || end < start) return [];
  const mirror = mirrorFor(textarea);
  const node = mirror?.firstChild;
  if (!mirror) return [];
  const box = textarea.getBoundingClientRect();
  const mirrorBox = mirror.getBoundingClientRect();
  const range = textarea.ownerDocument.createRange();
  if (node) {
    range.setStart(node, start);
    range.setEnd(node, end);
  } else {
    range.setStart(mirror, 0);
  }
  // From the mirror's place to the textarea's, less what the textarea has scrolled.
  const dx = box.left - mirrorBox.left - textarea.scrollLeft;
  const dy = box.top - mirrorBox.top - textarea.scrollTop;
  return visibleRects(textarea, end > start ? range.getClientRects() : [range.getBoundingClientRect()], end === start, dx, dy);
}

/** An input event from the textarea's own window (the page listens for that realm's events), as typing fires it. */
function fireInput(box: HTMLTextAreaElement, inputType: string, data?: string | null): void {
  const view = box.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  box.dispatchEvent(new (view?.InputEvent ?? InputEvent)('input', { bubbles: true, composed: true, inputType, data }));
}

function asTextarea(element: Element): HTMLTextAreaElement {
  if (element.localName !== 'textarea') throw new TypeError('Not a textarea');
  return element as HTMLTextAreaElement;
}

export const textarea: EditorAdapter = {
  kind: 'textarea',

  read(element): Draft {
    const box = asTextarea(element);
    const text = box.value;
    return {
      text,
      rangeFor: () => null,
      rectsFor: (start, end) => (box.value === text ? rectsFor(box, start, end) : []),
    };
  },

  insert(element, offset, text) {
    return textarea.replace(element, offset, offset, text);
  },

  async replace(element, start, end, text): Promise<InsertResult> {
    const box = asTextarea(element);
    const before = box.value;
    const problem = checkSpan(before, start, end);
    if (problem) return { ok: false, reason: problem };
    if (!text && start === end) return { ok: true };
    if (box.disabled || box.readOnly) return { ok: false, reason: 'the textarea is read-only' };
    const expected = expectedAfterInsert(before, start, text, end);
    // First as if typed: the browser's own editing command goes on the textarea's undo stack, so
    // Ctrl+Z takes the change back, and fires the input events the page listens to.
    box.focus({ preventScroll: true });
    box.setSelectionRange(start, end);
    const typed = box.ownerDocument.activeElement === box && execCommand(box, text ? 'insertText' : 'delete', text);
    if (typed && box.value === expected) return { ok: true };
    if (!typed || box.value === before) {
      // No editing command here (or the page cancelled it): setRangeText plus the input event.
      box.setRangeText(text, start, end, 'end');
      fireInput(box, text ? 'insertText' : 'deleteContent', text || null);
    }
    if (box.value === expected) return { ok: true };
    // The page rewrote the value (a maxlength, a framework putting its own state back): put the
    // agent's text back as it was.
    const got = box.value;
    box.value = before;
    fireInput(box, 'insertText');
    return { ok: false, reason: `the textarea holds ${JSON.stringify(got.slice(0, 80))}… after inserting; restored` };
  },

  async undo(element, before, after) {
    const box = asTextarea(element);
    if (box.value === before) return true;
    if (box.value !== after) return false;
    box.focus({ preventScroll: true });
    if (execCommand(box, 'undo') && box.value === before) return true;
    if (box.value !== after) return box.value === before;
    // No undo stack here (the change went in with setRangeText): put the old text back the same way.
    box.value = before;
    fireInput(box, 'historyUndo');
    return box.value === before;
  },

  dispose(element) {
    if (element.localName !== 'textarea') return;
    mirrors.get(element as HTMLTextAreaElement)?.remove();
    mirrors.delete(element as HTMLTextAreaElement);
  },
};
