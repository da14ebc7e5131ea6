import { selectionFor, visibleRects } from '../dom/roots';
import { readText, type TextMap } from '../dom/text';
import type { Draft, EditorAdapter, EditorKind, InsertResult } from './types';
import { checkSpan, execCommand, expectedAfterInsert, nextTask, sameDraft } from './verify';

/**
 * How text goes in. `insertText`: the browser's own editing command, which plain contenteditables
 * (Gmail, TinyMCE's iframe body) treat as typing. `paste`: a synthetic paste event, which editors
 * with their own model (CKEditor 5, ProseMirror) turn into a transaction; when nothing handles it,
 * `insertText` after all.
 */
export type InsertStrategy = 'insertText' | 'paste';

/**
 * Parts of a compose body that the agent did not write for this reply: the signature Gmail adds
 * (`div.gmail_signature`, `data-smartmail="gmail_signature"`, the "-- " prefix; used by signature and
 * stamp extensions for Gmail found with the `search` tool) and the quoted history it keeps under the
 * draft (`.gmail_quote`, `.gmail_extra`). The review, the underlines and the insertion check all read
 * the draft without them; insertions land before them.
 */
export const NOT_THE_DRAFT =
  '.gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix, .gmail_quote, .gmail_extra, .gmail_quote_container';

const readDraft = (element: Element): TextMap => readText(element, { ignore: NOT_THE_DRAFT });

function draftOf(element: Element, map: TextMap): Draft {
  return {
    text: map.text,
    rangeFor: (start, end) => map.rangeFor(start, end),
    rectsFor: (start, end) =>
      visibleRects(
        element,
        map.textRanges(start, end).flatMap((range) => (start === end ? [range.getBoundingClientRect()] : [...range.getClientRects()])),
        start === end,
      ),
  };
}

function focusEditor(element: HTMLElement): void {
  const view = element.ownerDocument.defaultView;
  // An editor inside an iframe needs its frame focused first, or the caret stays in the top page.
  if (view && view !== view.parent) view.focus();
  element.focus({ preventScroll: true });
}

/** Resolves once the page has seen the new selection (editors sync their model on selectionchange). */
function selectionSettled(element: Element): Promise<void> {
  const doc = element.ownerDocument;
  const view = doc.defaultView ?? globalThis;
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      view.clearTimeout(timer);
      view.setTimeout(resolve, 0);
    };
    const timer = view.setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}

function pasteText(target: Element, text: string): boolean {
  const view = target.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const DataTransferOf = view?.DataTransfer ?? DataTransfer;
  const ClipboardEventOf = view?.ClipboardEvent ?? ClipboardEvent;
  const data = new DataTransferOf();
  data.setData('text/plain', text);
  const event = new ClipboardEventOf('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}


/** Puts the draft back to `before` with the editor's own undo; true when it is back. */
function undoUntil(element: Element, before: string): boolean {
  const doc = element.ownerDocument as Document & { execCommand?: Document['execCommand'] };
  if (typeof doc.execCommand !== 'function') return false;
  let current = readDraft(element).text;
  // Our change may be one or two undo steps (an editor's paste plus our fallback); stop as soon
  // as the agent's text is back, so nothing the agent typed is undone.
  for (let step = 0; step < 3; step++) {
    doc.execCommand('undo');
    const next = readDraft(element).text;
    if (sameDraft(next, before)) return true;
    if (next === current) return false;
    current = next;
  }
  return false;
}

export function contentEditableAdapter(kind: Exclude<EditorKind, 'textarea'>, strategy: InsertStrategy): EditorAdapter {
  const adapter: EditorAdapter = {
    kind,

    read(element) {
      return draftOf(element, readDraft(element));
    },

    insert(element, offset, text) {
      return adapter.replace(element, offset, offset, text);
    },

    async replace(element, start, end, text): Promise<InsertResult> {
      const host = element as HTMLElement;
      if (!host.isContentEditable) return { ok: false, reason: 'the editor is not editable' };
      const map = readDraft(element);
      const before = map.text;
      const problem = checkSpan(before, start, end);
      if (problem) return { ok: false, reason: problem };
      if (!text && start === end) return { ok: true };
      const range = start === end ? null : map.rangeFor(start, end);
      const point = map.pointAt(start);
      if (!point || (start !== end && !range)) return { ok: false, reason: `no DOM position for offset ${start}` };

      focusEditor(host);
      const selection = selectionFor(element);
      if (!selection) return { ok: false, reason: 'no selection in this document' };
      if (range) {
        selection.removeAllRanges();
        selection.addRange(range);
      } else selection.collapse(point.node, point.offset);

      const expected = expectedAfterInsert(before, start, text, end);
      let how = 'insertText';
      if (!text) {
        how = 'delete';
        await selectionSettled(element);
        if (!execCommand(element, 'delete')) return { ok: false, reason: 'the browser refused the delete command' };
        if (!sameDraft(readText(element).text, expected)) await nextTask(element);
      } else if (strategy === 'paste') {
        await selectionSettled(element);
        const target = point.node.nodeType === 1 ? (point.node as Element) : (point.node.parentElement ?? element);
        if (pasteText(target, text)) {
          how = 'paste';
          if (!sameDraft(readDraft(element).text, expected)) await nextTask(element);
        } else if (!execCommand(element, 'insertText', text)) {
          return { ok: false, reason: 'the editor ignored the paste and the insertText command' };
        }
      } else if (!execCommand(element, 'insertText', text)) {
        return { ok: false, reason: 'the browser refused the insertText command' };
      }

      const after = readDraft(element).text;
      if (sameDraft(after, expected)) return { ok: true };
      if (after === before) return { ok: false, reason: `the editor did not take the text (${how})` };
      return undoUntil(element, before)
        ? { ok: false, reason: `the editor changed the draft differently (${how}); undone` }
        : { ok: false, reason: `the editor changed the draft differently (${how}) and undo did not restore it` };
    },

    async undo(element, before, after) {
      const current = readText(element).text;
      if (sameDraft(current, before)) return true;
      if (!sameDraft(current, after)) return false;
      focusEditor(element as HTMLElement);
      if (undoUntil(element, before)) return true;
      await nextTask(element);
      return sameDraft(readText(element).text, before);
    },

    dispose() {
      // Nothing is created for contenteditable editors.
    },
  };
  return adapter;
}

export const contenteditable = contentEditableAdapter('contenteditable', 'insertText');
