// Reset to defaults: forgets the agent's own library; "Undo" (in the status bar) brings it back.
import type { LibraryEditor } from '../use-library';

export function ResetSection({ editor }: { editor: LibraryEditor }) {
  const nothingStored = editor.loaded.personal === null;
  return (
    <section class="card" id="reset" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset to defaults</h2>
      <p class="muted">
        {editor.loaded.team
          ? 'Forgets everything you added; the team library stays.'
          : 'Forgets your changes and goes back to the built-in library.'}{' '}
        You can undo it until you make another change.
      </p>
      <button type="button" class="danger" disabled={editor.busy || nothingStored} onClick={() => void editor.reset()}>
        Reset to defaults
      </button>
      {nothingStored && (
        <p class="hint">{editor.dirty ? 'Nothing saved to reset yet: “Discard” drops your unsaved changes.' : 'You are using the defaults.'}</p>
      )}
      {!nothingStored && editor.dirty && <p class="hint">Your unsaved changes are dropped too.</p>}
    </section>
  );
}
