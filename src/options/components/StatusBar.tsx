// The bar at the bottom of the page: whether the library is saved, Save / Discard, the problems
// that stop a save, and Undo after a reset or an import.
import { useRef } from 'preact/hooks';
import { feelingsWithoutPhrases, fieldId, noPhraseWarning } from '../library-edit';
import type { LibraryEditor } from '../use-library';
import { ErrorText } from './ErrorText';

function statusText(editor: LibraryEditor): string {
  const { save, dirty, errors } = editor;
  if (save.kind === 'saving') return 'Saving…';
  if (save.kind === 'failed') return `Not saved: ${save.message}`;
  if (save.kind === 'conflict') return 'Not saved: changed elsewhere — reload or overwrite';
  if (dirty && errors.length > 0) return `Unsaved changes. Fix ${errors.length === 1 ? 'the problem' : `${errors.length} problems`} to save.`;
  if (dirty) return 'Unsaved changes';
  if (save.kind === 'saved') return save.where === 'local' ? 'Saved on this computer only' : 'Saved';
  return 'All changes saved';
}

/** Focuses the field for a pointer, or the nearest entry that holds it. */
function focusPointer(pointer: string): void {
  for (let at = pointer; at; at = at.slice(0, at.lastIndexOf('/'))) {
    const element = document.getElementById(fieldId(at));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return;
    }
  }
}

export function StatusBar({ editor }: { editor: LibraryEditor }) {
  const { dirty, errors, busy } = editor;
  const text = statusText(editor);
  // The button pressed may disappear or be disabled afterwards: focus goes to the status it changed.
  const statusRef = useRef<HTMLParagraphElement>(null);
  const then = (action: () => Promise<void>) => () => {
    void action().then(() => statusRef.current?.focus());
  };
  const state = editor.save.kind === 'failed' || editor.save.kind === 'conflict' || errors.length > 0 ? 'has-problems' : dirty ? 'has-unsaved' : 'is-saved';
  return (
    <div class={`status-bar ${state}`} role="region" aria-label="Library status">
      <div class="status-row">
        <p role="status" data-testid="save-status" class="status-text" tabIndex={-1} ref={statusRef}>
          {text}
        </p>
        <div class="row wrap">
          {editor.undoAvailable && (
            <button type="button" onClick={then(editor.undo)} disabled={busy}>
              {editor.undoKind === 'import' ? 'Undo import' : 'Undo reset'}
            </button>
          )}
          {dirty && (
            <button type="button" onClick={then(editor.discard)} disabled={busy}>
              Discard
            </button>
          )}
          <button type="button" class="primary" onClick={then(editor.saveNow)} disabled={busy || !dirty || errors.length > 0}>
            Save
          </button>
        </div>
      </div>
      {errors.length > 0 && (
        <ul class="status-errors" data-testid="library-errors">
          {errors.map((error, index) => (
            <li key={index}>
              <button type="button" class="link" onClick={() => focusPointer(error.pointer)}>
                <ErrorText error={error} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {dirty && noPhraseWarning(feelingsWithoutPhrases(editor.draft)) && (
        <p class="field-warning" data-testid="no-phrase-warning">
          Before you save: {noPhraseWarning(feelingsWithoutPhrases(editor.draft))}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {editor.announcement}
      </p>
    </div>
  );
}
