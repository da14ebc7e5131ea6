// Pieces of the long library lists (avoid list, snippets): a list that opens short with a
// "Show all" button, and an "Add …" button that turns into the New … form and back.
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { LibraryError } from '../../library/validate';
import { pointerOf } from '../library-edit';
import { useFocusAfterRender } from './common';

interface ShortListOptions<T> {
  /** How many entries a long list opens with. */
  size: number;
  /** The list's key in the library ('avoid'): an entry with problems is always shown. */
  listKey: string;
  errors: readonly LibraryError[];
  /** The DOM id of an entry's row: "Show all" focuses the Edit button of the first entry it reveals. */
  rowId: (entry: T) => string;
  /** Every entry is shown anyway (a Find filter is in use). */
  whole?: boolean;
}

export interface ShortList {
  /** The list shows only its first entries (and any with problems). */
  short: boolean;
  shows: (index: number) => boolean;
  /** "Show all": every entry, and focus on the first one revealed. */
  showAll: () => void;
  /** Every entry from now on (an entry was added at the end). */
  reveal: () => void;
}

/** A long list opens with its first entries (and any with problems); "Show all" reaches the rest. */
export function useShortList<T>(entries: readonly T[], { size, listKey, errors, rowId, whole = false }: ShortListOptions<T>): ShortList {
  const [showAll, setShowAll] = useState(false);
  const focusLater = useFocusAfterRender();
  const short = !whole && !showAll && entries.length > size + 2;
  return {
    short,
    shows: (index) => !short || index < size || errors.some((error) => error.pointer.startsWith(`${pointerOf(listKey, index)}/`)),
    showAll: () => {
      setShowAll(true);
      const next = entries[size];
      if (next) focusLater(`${rowId(next)}-edit`);
    },
    reveal: () => setShowAll(true),
  };
}

/** The "Show all N …" link under a short list. */
export function ShowAllButton({ list, children }: { list: ShortList; children: ComponentChildren }) {
  if (!list.short) return null;
  return (
    <p>
      <button type="button" class="link" onClick={list.showAll}>
        {children}
      </button>
    </p>
  );
}

interface AddToggleProps {
  /** The Add button's id: it gets the focus back when the form closes. */
  id: string;
  label: string;
  /** The form's first field, focused when the form opens. */
  firstField: string;
  /** The New … form; `close` (after Cancel or Add) puts the Add button back. */
  form: (close: () => void) => JSX.Element;
}

/** An "Add …" button that opens the New … form in its place. */
export function AddToggle({ id, label, firstField, form }: AddToggleProps) {
  const [adding, setAdding] = useState(false);
  const focusLater = useFocusAfterRender();
  if (adding) {
    return form(() => {
      setAdding(false);
      focusLater(id);
    });
  }
  return (
    <button
      type="button"
      id={id}
      onClick={() => {
        setAdding(true);
        focusLater(firstField);
      }}
    >
      {label}
    </button>
  );
}
