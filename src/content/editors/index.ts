import { ckeditor5 } from './ckeditor5';
import { contenteditable } from './contenteditable';
import { prosemirror } from './prosemirror';
import { textarea } from './textarea';
import type { EditorAdapter } from './types';

export type { Draft, EditorAdapter, EditorKind, InsertResult } from './types';

/** The adapter for a reply box (the textarea or the editing host itself); null when it is neither. */
export function editorFor(element: Element): EditorAdapter | null {
  if (element.localName === 'textarea') return textarea;
  const host = element as HTMLElement;
  if (!host.isContentEditable) return null;
  if (element.classList.contains('ck-editor__editable')) return ckeditor5;
  if (element.classList.contains('ProseMirror')) return prosemirror;
  return contenteditable;
}
