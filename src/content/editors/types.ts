export type EditorKind = 'textarea' | 'contenteditable' | 'ckeditor5' | 'prosemirror';

/** The draft as the agent sees it, read at one moment. */
export interface Draft {
  /** Plain text: paragraphs and line breaks are "\n", nbsp is a space, editor filler is left out. */
  readonly text: string;
  /**
   * DOM range over the UTF-16 offsets [start, end) of `text`; null for a textarea (its text has no
   * DOM nodes), for offsets out of range, or when the text nodes it spans changed since the read.
   */
  rangeFor(start: number, end: number): Range | null;
  /**
   * Boxes under the characters [start, end) (one per line piece), in the viewport coordinates of the
   * editor's own window (`toTopViewport` moves them out of iframes), clipped to the editor's visible
   * box. Empty when nothing of the span is visible or the text changed since the read (read again
   * then). `start === end` gives the caret's box.
   */
  rectsFor(start: number, end: number): DOMRect[];
}

export type InsertResult = { ok: true } | { ok: false; reason: string };

/** How to read, measure and write one kind of editor. Adapters are stateless: pass the element. */
export interface EditorAdapter {
  readonly kind: EditorKind;
  read(element: Element): Draft;
  /**
   * Inserts `text` at UTF-16 `offset` of the current draft the way the editor accepts input, then
   * reads the draft again. Anything else than old.slice(0, offset) + text + old.slice(offset) is
   * undone and reported as `ok: false`.
   */
  insert(element: Element, offset: number, text: string): Promise<InsertResult>;
  /**
   * Replaces the UTF-16 span [start, end) of the current draft with `text` (empty: removes it), the
   * way the editor accepts input, so that the editor's own undo takes it back. Verified like insert:
   * anything else than old.slice(0, start) + text + old.slice(end) is undone and reported.
   */
  replace(element: Element, start: number, end: number, text: string): Promise<InsertResult>;
  /**
   * Takes back the coach's last change: the editor's own undo first, while the draft is still
   * exactly `after`; true when the draft is `before` again.
   */
  undo(element: Element, before: string, after: string): Promise<boolean>;
  /** Removes what measuring created for `element` (the textarea mirror). */
  dispose(element: Element): void;
}
