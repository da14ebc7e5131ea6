import { clipRect } from '../dom/roots';
import type { Draft, EditorAdapter, InsertResult } from './types';
import { checkSpan, expectedAfterInsert } from './verify';

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
  const dx = box.left - mirrorBox.left - textarea.scrollLeft;
  const dy = box.top - mirrorBox.top - textarea.scrollTop;
  const style = textarea.ownerDocument.defaultView?.getComputedStyle(textarea);
  const clip = new DOMRect(
    box.left + parseFloat(style?.borderLeftWidth ?? '0'),
    box.top + parseFloat(style?.borderTopWidth ?? '0'),
    textarea.clientWidth,
    textarea.clientHeight,
  );
  const rects: DOMRect[] = [];
  for (const rect of end > start ? range.getClientRects() : [range.getBoundingClientRect()]) {
    if (rect.width === 0 && end > start) continue;
    const moved = new DOMRect(rect.x + dx, rect.y + dy, rect.width, rect.height);
    const clipped = clipRect(moved, clip);
    if (clipped) rects.push(clipped);
  }
  return rects;
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
    const view = box.ownerDocument.defaultView;
    const InputEventOf = (view as (Window & typeof globalThis) | null)?.InputEvent ?? InputEvent;
    const expected = expectedAfterInsert(before, start, text, end);
    // First as if typed: the browser's own editing command goes on the textarea's undo stack, so
    // Ctrl+Z takes the change back, and fires the input events the page listens to.
    box.focus({ preventScroll: true });
    box.setSelectionRange(start, end);
    const doc = box.ownerDocument;
    const command = text ? 'insertText' : 'delete';
    const typed = doc.activeElement === box && typeof doc.execCommand === 'function' && doc.execCommand(command, false, text);
    if (typed && box.value === expected) return { ok: true };
    if (!typed || box.value === before) {
      // No editing command here (or the page cancelled it): setRangeText plus the input event.
      box.setRangeText(text, start, end, 'end');
      box.dispatchEvent(new InputEventOf('input', { bubbles: true, composed: true, inputType: text ? 'insertText' : 'deleteContent', data: text || null }));
    }
    if (box.value === expected) return { ok: true };
    // The page rewrote the value (a maxlength, a framework putting its own state back): put the
    // agent's text back as it was.
    const got = box.value;
    box.value = before;
    box.dispatchEvent(new InputEventOf('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    return { ok: false, reason: `the textarea holds ${JSON.stringify(got.slice(0, 80))}… after inserting; restored` };
  },

  async undo(element, before, after) {
    const box = asTextarea(element);
    if (box.value === before) return true;
    if (box.value !== after) return false;
    box.focus({ preventScroll: true });
    const doc = box.ownerDocument;
    if (typeof doc.execCommand === 'function' && doc.execCommand('undo') && box.value === before) return true;
    if (box.value !== after) return box.value === before;
    // No undo stack here (the change went in with setRangeText): put the old text back the same way.
    const view = box.ownerDocument.defaultView;
    const InputEventOf = (view as (Window & typeof globalThis) | null)?.InputEvent ?? InputEvent;
    box.value = before;
    box.dispatchEvent(new InputEventOf('input', { bubbles: true, composed: true, inputType: 'historyUndo' }));
    return box.value === before;
  },

  dispose(element) {
    if (element.localName !== 'textarea') return;
    mirrors.get(element as HTMLTextAreaElement)?.remove();
    mirrors.delete(element as HTMLTextAreaElement);
  },
};
