// What the agent should know about where the library is and whether it could be read.
import { teamProblemText } from '../../shared/team-notice';
import type { LibraryEditor } from '../use-library';

export function Notices({ editor }: { editor: LibraryEditor }) {
  const { notices } = editor.loaded;
  return (
    <>
      {notices.map((notice, index) => {
        if (notice.kind === 'local') {
          return (
            <p key={index} class="notice" data-testid="notice-local">
              Your library is {Math.max(1, Math.round(notice.bytes / 1024))} KB, too big to sync; it is saved on this computer only.
            </p>
          );
        }
        if (notice.kind === 'invalid-team') {
          return (
            <div key={index} class="notice problem" role="alert" data-testid="notice-invalid-team">
              <p>{teamProblemText(notice.source, notice.message)}</p>
            </div>
          );
        }
        return (
          <div key={index} class="notice problem" data-testid="notice-invalid-personal">
            <p>Your saved library could not be read, so the coach uses the defaults. Saving here replaces it.</p>
            <p>
              <code>{notice.message}</code>
            </p>
          </div>
        );
      })}
      {editor.save.kind === 'conflict' && (
        <div class="notice problem" role="alert" data-testid="notice-conflict">
          <p>Not saved: your library was changed elsewhere (another window or another computer) — reload it or overwrite it with yours.</p>
          <div class="row wrap">
            <button type="button" onClick={() => void editor.discard()}>
              Reload (drop my changes)
            </button>
            <button type="button" onClick={() => void editor.overwrite()}>
              Overwrite with my version
            </button>
          </div>
        </div>
      )}
      {editor.outsideChange && editor.save.kind !== 'conflict' && (
        <div class="notice" role="alert" data-testid="notice-outside-change">
          <p>
            Your library was changed in another window or on another computer. Load the new version (your unsaved changes are dropped)
            or overwrite it with yours.
          </p>
          <div class="row wrap">
            <button type="button" onClick={() => void editor.discard()}>
              Load the new version
            </button>
            <button type="button" onClick={() => void editor.overwrite()}>
              Overwrite with my version
            </button>
          </div>
        </div>
      )}
    </>
  );
}
