// Import and export: a library file is read and checked in the page; nothing is stored until the
// agent has seen what would change and confirmed. Export downloads the library as a file (no network).
import { useState } from 'preact/hooks';
import type { PhraseLibrary } from '../../library/schema';
import { decodeFile, parseLibraryText, type LibraryError } from '../../library/validate';
import { ErrorText } from '../components/ErrorText';
import { personalPart } from '../../library/merge';
import { describeCounts, diffLibraries, exportText, feelingsWithoutPhrases, groupChanges, importResult, noPhraseWarning, type ImportMode } from '../library-edit';
import type { LibraryEditor } from '../use-library';

export const EXPORT_FILE_NAME = 'empathy-coach-library.json';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; fileName: string; errors: LibraryError[] }
  | { kind: 'preview'; fileName: string; incoming: PhraseLibrary; migratedFrom?: number; mode: ImportMode };

const MODE_LABELS: Record<ImportMode, string> = {
  merge: 'Merge into my library',
  replace: 'Replace my library',
  team: 'Use as team library',
};

const MODE_HINTS: Record<ImportMode, string> = {
  merge: 'Entries with the same id are replaced by the file’s; new ones are added; rules are taken from the file.',
  replace: 'Your own entries are replaced by the file’s.',
  team: 'The file becomes your team library: its entries are read-only here, and your own entries stay on top of it.',
};

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function readFile(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export function ImportExportSection({ editor }: { editor: LibraryEditor }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const team = editor.loaded.team;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // Choosing the same file again reads it again.
    if (!file) return;
    setState({ kind: 'reading', fileName: file.name });
    const decoded = decodeFile(await readFile(file));
    const result = decoded.ok ? parseLibraryText(decoded.text) : decoded;
    if (!result.ok) {
      setState({ kind: 'failed', fileName: file.name, errors: result.errors });
      editor.announce(`${file.name} was not imported: ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}. Nothing was changed.`);
      return;
    }
    const mode: ImportMode = result.library.locked ? 'team' : 'merge';
    setState({ kind: 'preview', fileName: file.name, incoming: result.library, mode, ...(result.migratedFrom !== undefined && { migratedFrom: result.migratedFrom }) });
    editor.announce(`${file.name} is a valid library. Review the changes below, then confirm.`);
  };

  return (
    <section class="card" id="import-export" aria-labelledby="import-heading">
      <h2 id="import-heading">Import and export</h2>
      <div class="field">
        <label for="import-file">Import a library file (.json)</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(event) => void onFile(event.currentTarget)} />
        <p class="hint">Nothing changes until you have seen what the file would change and confirmed.</p>
      </div>
      {state.kind === 'reading' && <p role="status">Reading {state.fileName}…</p>}
      {state.kind === 'failed' && (
        <div class="problem" role="alert" data-testid="import-errors">
          <p>
            <strong>{state.fileName}</strong> was not imported, and nothing was changed:
          </p>
          <ul>
            {state.errors.map((error, index) => (
              <li key={index}>
                <ErrorText error={error} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'preview' && (
        <ImportPreview
          editor={editor}
          state={state}
          onMode={(mode) => setState({ ...state, mode })}
          onDone={() => setState({ kind: 'idle' })}
        />
      )}
      <h3>Export</h3>
      <div class="row wrap">
        <button type="button" onClick={() => download(exportText(editor.draft), EXPORT_FILE_NAME)}>
          {team ? 'Export the whole library' : 'Export my library'}
        </button>
        {team && (
          <button type="button" onClick={() => download(exportText(personalPart(editor.draft, team)), EXPORT_FILE_NAME)}>
            Export only my additions
          </button>
        )}
      </div>
      <p class="hint">
        Downloads {EXPORT_FILE_NAME}
        {editor.dirty ? ', with your unsaved changes' : ''}. A manager can add <code>"locked": true</code> to a file to hand it out as the
        team library.
      </p>
    </section>
  );
}

interface PreviewProps {
  editor: LibraryEditor;
  state: Extract<ImportState, { kind: 'preview' }>;
  onMode: (mode: ImportMode) => void;
  onDone: () => void;
}

function ImportPreview({ editor, state, onMode, onDone }: PreviewProps) {
  const { incoming, fileName, mode } = state;
  const team = editor.loaded.team;
  const context = { draft: editor.draft, team };
  const modes: ImportMode[] = incoming.locked ? ['team', 'merge', 'replace'] : ['merge', 'replace'];
  const changesFor = (candidate: ImportMode) => diffLibraries(editor.draft, importResult(candidate, context, incoming));
  const changes = changesFor(mode);
  const groups = groupChanges(changes);
  const blocked =
    mode === 'team' && editor.loaded.teamSource === 'managed'
      ? 'Your administrator sets the team library; an imported one would not be used.'
      : mode === 'team' && editor.dirty
        ? 'Save or discard your unsaved changes first.'
        : null;

  return (
    <div class="import-preview" data-testid="import-preview">
      <p>
        <strong>{fileName}</strong>: “{incoming.name}” version {incoming.version}
        {incoming.locked ? ', marked as a team library' : ''}.
        {state.migratedFrom !== undefined && ` It was written for an older version (schemaVersion ${state.migratedFrom}) and will be upgraded.`}
      </p>
      <fieldset>
        <legend>How to import it</legend>
        {modes.map((candidate) => (
          <div class="choice" key={candidate}>
            <input type="radio" name="import-mode" id={`import-mode-${candidate}`} value={candidate} checked={mode === candidate} onChange={() => onMode(candidate)} />
            <label for={`import-mode-${candidate}`}>
              {MODE_LABELS[candidate]} <span class="muted">({describeCounts(changesFor(candidate))})</span>
            </label>
            <p class="hint">{MODE_HINTS[candidate]}</p>
          </div>
        ))}
      </fieldset>
      <h3 id="import-changes-heading">What changes</h3>
      {groups.length === 0 ? (
        <p class="muted">Nothing: your library already has everything in this file.</p>
      ) : (
        <div class="changes" role="region" tabIndex={0} aria-labelledby="import-changes-heading" data-testid="import-changes">
          {groups.map((group) => (
            <div key={group.heading}>
              <h4>{group.heading}</h4>
              <ul>
                {group.changes.map((change, index) => (
                  <li key={index} class={`change ${change.kind}`}>
                    <span class="badge">{change.kind === 'added' ? 'Added' : change.kind === 'changed' ? 'Changed' : 'Removed'}</span> {change.label}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {(() => {
        // Flagged before anything is saved: a file that leaves feelings without a phrase.
        const warning = noPhraseWarning(feelingsWithoutPhrases(importResult(mode, context, incoming)));
        return warning && <p class="field-warning" data-testid="import-no-phrase" role="note">{warning}</p>;
      })()}
      {mode !== 'team' && editor.dirty && (
        <p class="hint">{mode === 'merge' ? 'Your unsaved changes are kept and saved with the import.' : 'Your unsaved changes will be replaced too.'}</p>
      )}
      {blocked && <p class="field-error">{blocked}</p>}
      <div class="row wrap">
        <button
          type="button"
          class="primary"
          disabled={editor.busy || blocked !== null || editor.errors.length > 0}
          onClick={async () => {
            if (await editor.applyImport(mode, incoming)) onDone();
          }}
        >
          {MODE_LABELS[mode]}
        </button>
        <button
          type="button"
          onClick={() => {
            onDone();
            editor.announce('Import cancelled. Nothing was changed.');
          }}
        >
          Cancel
        </button>
      </div>
      {editor.errors.length > 0 && <p class="field-error">Fix the problems in your library first (see the bar at the bottom).</p>}
    </div>
  );
}
