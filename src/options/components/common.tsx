// Small pieces every library section uses: labelled fields with their errors, the Team badge,
// an entry's Edit/Done with its focus, and focus that follows an entry after it moves.
import type { ComponentChildren } from 'preact';
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fieldId } from '../library-edit';

/** A DOM id from any text (entry ids come from files and may hold any character). */
export function domId(...parts: (string | number)[]): string {
  return parts.map((part) => String(part).replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`)).join('--');
}

export function TeamBadge() {
  return (
    <span class="badge team" title="From your team library: read-only">
      Team
    </span>
  );
}

export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul class="field-errors" id={id}>
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

interface TextFieldProps {
  /** JSON pointer of the value in the library: names the field's id and finds its errors. */
  pointer: string;
  label: ComponentChildren;
  value: string;
  errors: readonly string[];
  onInput: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  hint?: ComponentChildren;
  hiddenLabel?: boolean;
  placeholder?: string;
  /** Enter in a one-line field (Escape too): the agent is done with it. */
  onDone?: () => void;
  /** Shown but not editable (a team library's value). */
  readOnly?: boolean;
}

export function TextField({ pointer, label, value, errors, onInput, multiline, rows = 4, hint, hiddenLabel, placeholder, onDone, readOnly }: TextFieldProps) {
  const id = fieldId(pointer);
  const errorId = `${id}-errors`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors.length > 0 ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    readOnly,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onKeyDown: (event: KeyboardEvent) => {
      if (!onDone) return;
      if (event.key === 'Escape' || (event.key === 'Enter' && !multiline)) {
        event.preventDefault();
        onDone();
      }
    },
  };
  return (
    <div class="field">
      <label for={id} class={hiddenLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} messages={errors} />
    </div>
  );
}

/**
 * Focuses the element with the given id after the next render (an entry that moved, a new field).
 * A layout effect, so the focus lands in the same task as the DOM change: moving a focused row
 * blurs it, and a key pressed before a later (passive) effect would go to the page body.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  const [, setTick] = useState(0);
  useLayoutEffect(() => {
    if (!pending.current) return;
    const element = document.getElementById(pending.current);
    pending.current = null;
    element?.focus();
  });
  return useCallback((id: string) => {
    pending.current = id;
    setTick((tick) => tick + 1);
  }, []);
}

interface EntryEditing {
  /** The entry's fields are showing. */
  open: boolean;
  /** Edit / Done: opens the fields (focus on the first) or closes them (focus on Edit). */
  toggle: () => void;
  /** Done from inside a field: closes the fields, focus on Edit. */
  close: () => void;
}

interface EntryEditingOptions {
  /** A team entry: never opens. */
  locked: boolean;
  /** Its fields have problems: they stay open. */
  hasErrors: boolean;
  /** The EntryControls `idPrefix`. */
  rowId: string;
  /** The id of the field Edit focuses. */
  firstField: string;
}

/** Whether an entry's fields show (after Edit, and while they have problems), with the focus that follows Edit and Done. */
export function useEntryEditing({ locked, hasErrors, rowId, firstField }: EntryEditingOptions): EntryEditing {
  const [editing, setEditing] = useState(false);
  const focusLater = useFocusAfterRender();
  const open = !locked && (editing || hasErrors);
  return {
    open,
    toggle: () => {
      setEditing(!open);
      focusLater(open ? `${rowId}-edit` : firstField);
    },
    close: () => {
      setEditing(false);
      focusLater(`${rowId}-edit`);
    },
  };
}

interface EntryControlsProps {
  /** Ids of the buttons, for focus after a move. */
  idPrefix: string;
  describedBy: string;
  editing: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onMove?: (by: -1 | 1) => void;
  canUp?: boolean;
  canDown?: boolean;
}

/** Move up / Move down / Edit / Delete for one entry the agent owns. */
export function EntryControls({ idPrefix, describedBy, editing, onEdit, onDelete, onMove, canUp, canDown }: EntryControlsProps) {
  return (
    <div class="entry-controls">
      {onMove && (
        <>
          <button type="button" id={`${idPrefix}-up`} aria-label="Move up" title="Move up" aria-describedby={describedBy} disabled={!canUp} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" id={`${idPrefix}-down`} aria-label="Move down" title="Move down" aria-describedby={describedBy} disabled={!canDown} onClick={() => onMove(1)}>
            ↓
          </button>
        </>
      )}
      <button type="button" id={`${idPrefix}-edit`} aria-describedby={describedBy} aria-expanded={editing} onClick={onEdit}>
        {editing ? 'Done' : 'Edit'}
      </button>
      <button type="button" id={`${idPrefix}-delete`} class="danger" aria-describedby={describedBy} onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}

interface NewFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  problem: string | undefined;
  placeholder?: string;
  multiline?: boolean;
}

/** A field of an "add" form, with its own problem (the draft library is not touched until Add). */
export function NewField({ id, label, value, onInput, problem, placeholder, multiline }: NewFieldProps) {
  const common = {
    id,
    value,
    placeholder,
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      {problem && (
        <p class="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
