// The options page's copy of the phrase library: loaded from storage, edited in memory, validated
// on every edit, saved when the agent says so. Storage work runs one operation at a time, so a change
// event never reads a half-written library, and the page tells its own writes from other windows'.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browserAreas, watchLibrary } from '../library/browser-areas';
import type { LockedEntries } from '../library/merge';
import type { PhraseLibrary } from '../library/schema';
import {
  loadEffective,
  removeImportedTeam,
  resetPersonal,
  saveImportedTeam,
  savePersonal,
  undoReset,
  keepForUndo,
  LibraryConflictError,
  type Generation,
  type LibraryAreas,
  type LoadNotice,
} from '../library/storage';
import { validateLibrary, type LibraryError } from '../library/validate';
import { importResult, type ImportMode } from './library-edit';

/** The libraries as they are in storage right now. */
export interface Loaded {
  effective: PhraseLibrary;
  locked: LockedEntries;
  team: PhraseLibrary | null;
  teamSource: 'managed' | 'imported' | null;
  /** The agent's stored library; null when nothing is stored (the default, or only the team's). */
  personal: PhraseLibrary | null;
  notices: LoadNotice[];
  /** The stored generation this page's copy was loaded from (compare-and-swap on save). */
  generation: Generation | null;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; where: 'sync' | 'local' }
  | { kind: 'failed'; message: string }
  /** Another window or computer saved first: nothing was written; reload or overwrite. */
  | { kind: 'conflict' };

export interface LibraryEditor {
  loaded: Loaded;
  draft: PhraseLibrary;
  /** The draft differs from what is stored. */
  dirty: boolean;
  /** Validation errors of the draft, by JSON pointer into it. */
  errors: LibraryError[];
  save: SaveState;
  /** Storage changed elsewhere while the agent had unsaved edits. */
  outsideChange: boolean;
  /** "Undo" for the last reset, until the next change. */
  undoAvailable: boolean;
  /** What Undo takes back: a reset or an import (merge or replace). */
  undoKind: 'reset' | 'import';
  /** A storage operation is running. */
  busy: boolean;
  /** The last action, for screen readers ("Moved up", "Imported 3 phrases"). */
  announcement: string;
  announce(message: string): void;
  update(change: (library: PhraseLibrary) => PhraseLibrary): void;
  saveNow(): Promise<void>;
  /** After a conflict: saves this page's version over the one saved elsewhere. */
  overwrite(): Promise<void>;
  /** Drops unsaved edits (and takes any change made elsewhere). */
  discard(): Promise<void>;
  applyImport(mode: ImportMode, incoming: PhraseLibrary): Promise<boolean>;
  reset(): Promise<void>;
  undo(): Promise<void>;
  removeTeam(): Promise<void>;
}

export type LibraryState = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; editor: LibraryEditor };

export interface LibraryDeps {
  areas?: LibraryAreas;
  watch?: (callback: () => void, signal: AbortSignal) => void;
}

async function load(areas: LibraryAreas): Promise<Loaded> {
  const effective = await loadEffective(areas);
  return {
    effective: effective.library,
    locked: effective.locked,
    team: effective.team,
    teamSource: effective.stored.teamSource,
    personal: effective.stored.personal,
    notices: effective.stored.notices,
    generation: effective.stored.generation,
  };
}

const fingerprint = (loaded: Loaded) => JSON.stringify([loaded.personal, loaded.team, loaded.teamSource, loaded.notices]);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const stamped = (library: PhraseLibrary): PhraseLibrary => ({ ...library, updatedAt: new Date().toISOString() });

export function useLibrary({ areas: givenAreas, watch = watchLibrary }: LibraryDeps = {}): LibraryState {
  const areas = useMemo(() => givenAreas ?? browserAreas(), [givenAreas]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<PhraseLibrary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [outsideChange, setOutsideChange] = useState(false);
  const [undoAvailable, setUndoAvailable] = useState(false);
  const [undoKind, setUndoKind] = useState<'reset' | 'import'>('reset');
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  // Read by storage callbacks, which outlive a render.
  const baseline = useRef<string | null>(null);
  const dirtyRef = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  /** Runs storage work after the work already queued. */
  const enqueue = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(work, work);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const take = useCallback((next: Loaded) => {
    baseline.current = fingerprint(next);
    dirtyRef.current = false;
    setLoaded(next);
    setDraft(next.effective);
    setOutsideChange(false);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    enqueue(() => load(areas)).then(
      (next) => {
        if (!controller.signal.aborted) take(next);
      },
      (error: unknown) => setFailure(messageOf(error)),
    );
    watch(() => {
      void enqueue(async () => {
        const next = await load(areas);
        if (controller.signal.aborted || fingerprint(next) === baseline.current) return; // Our own write.
        if (dirtyRef.current) {
          setOutsideChange(true);
          return;
        }
        take(next);
        setSave({ kind: 'idle' });
        setUndoAvailable(false);
        setAnnouncement('Your library was changed in another window or on another computer; this page shows the new version.');
      }).catch(() => undefined);
    }, controller.signal);
    return () => controller.abort();
  }, [areas, enqueue, take, watch]);

  const dirty = useMemo(
    () => loaded !== null && draft !== null && JSON.stringify(draft) !== JSON.stringify(loaded.effective),
    [loaded, draft],
  );
  dirtyRef.current = dirty;
  const errors = useMemo(() => {
    if (!draft) return [];
    const result = validateLibrary(draft);
    if (result.ok) return [];
    // An empty text is also blank: saying so twice does not help.
    const empty = new Set(result.errors.filter((error) => error.message === 'must not be empty').map((error) => error.pointer));
    return result.errors.filter((error) => !(error.message === 'must not be blank' && empty.has(error.pointer)));
  }, [draft]);

  /** Runs a storage operation that ends with the stored libraries reloaded into the page. */
  const operate = useCallback(
    async (work: () => Promise<string | null>): Promise<boolean> => {
      setBusy(true);
      try {
        const message = await enqueue(async () => {
          const said = await work();
          take(await load(areas));
          return said;
        });
        if (message) setAnnouncement(message);
        return true;
      } catch (error) {
        if (error instanceof LibraryConflictError) {
          setSave({ kind: 'conflict' });
          setOutsideChange(true);
          setAnnouncement(`Not saved: ${error.message}`);
          return false;
        }
        setSave({ kind: 'failed', message: messageOf(error) });
        setAnnouncement(`Not saved: ${messageOf(error)}`);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [areas, enqueue, take],
  );

  const update = useCallback((change: (library: PhraseLibrary) => PhraseLibrary) => {
    setDraft((current) => (current ? change(current) : current));
    setSave({ kind: 'idle' });
    setUndoAvailable(false);
  }, []);

  const team = loaded?.team ?? null;

  const expected = loaded?.generation ?? null;

  const store = useCallback(
    async (expectedGeneration: Generation | null | undefined) => {
      if (!draft) return;
      if (errors.length > 0) {
        setAnnouncement(`Not saved: fix ${errors.length === 1 ? 'the problem' : `the ${errors.length} problems`} first.`);
        return;
      }
      setSave({ kind: 'saving' });
      let where: 'sync' | 'local' = 'sync';
      const ok = await operate(async () => {
        where = (await savePersonal(areas, stamped(draft), team, { expected: expectedGeneration })).where;
        return where === 'local' ? 'Saved on this computer only.' : 'Saved.';
      });
      if (ok) {
        setSave({ kind: 'saved', where });
        setUndoAvailable(false);
      }
    },
    [areas, draft, errors, operate, team],
  );

  const overwrite = useCallback(() => store(undefined), [store]);

  const saveNow = useCallback(async () => {
    if (!dirty) return;
    await store(expected);
  }, [dirty, expected, store]);

  const discard = useCallback(async () => {
    setSave({ kind: 'idle' });
    await operate(async () => 'Unsaved changes discarded.');
  }, [operate]);

  const applyImport = useCallback(
    async (mode: ImportMode, incoming: PhraseLibrary) => {
      if (!draft) return false;
      const ok = await operate(async () => {
        if (mode === 'team') {
          await saveImportedTeam(areas, incoming);
          return `“${incoming.name}” is now your team library.`;
        }
        await savePersonal(areas, stamped(importResult(mode, { draft, team }, incoming)), team, { expected });
        // The library as it was (saved, or the defaults), for Undo like Reset's.
        await keepForUndo(areas, loaded?.personal ?? draft);
        return mode === 'merge'
          ? `Merged “${incoming.name}” into your library and saved. Undo brings the old one back.`
          : `Replaced your library with “${incoming.name}” and saved. Undo brings the old one back.`;
      });
      if (ok) {
        setSave({ kind: 'saved', where: 'sync' });
        setUndoAvailable(mode !== 'team');
        setUndoKind('import');
      }
      return ok;
    },
    [areas, draft, expected, loaded, operate, team],
  );

  const reset = useCallback(async () => {
    const ok = await operate(async () => {
      await resetPersonal(areas);
      return 'Your library is back to the defaults. Undo brings yours back.';
    });
    setSave({ kind: 'idle' });
    setUndoAvailable(ok);
    setUndoKind('reset');
  }, [areas, operate]);

  const undo = useCallback(async () => {
    let restored = false;
    await operate(async () => {
      restored = await undoReset(areas);
      return restored ? `Your library is back as it was before the ${undoKind}.` : 'There is nothing to undo.';
    });
    setUndoAvailable(false);
    if (restored) setSave({ kind: 'saved', where: 'sync' });
  }, [areas, operate, undoKind]);

  const removeTeam = useCallback(async () => {
    await operate(async () => {
      await removeImportedTeam(areas);
      return 'The imported team library is removed. Your own entries stay.';
    });
    setUndoAvailable(false);
  }, [areas, operate]);

  if (failure) return { state: 'failed', message: failure };
  if (!loaded || !draft) return { state: 'loading' };
  const saved: SaveState = save.kind === 'saved' && loaded.notices.some((notice) => notice.kind === 'local') ? { kind: 'saved', where: 'local' } : save;
  return {
    state: 'ready',
    editor: {
      loaded,
      draft,
      dirty,
      errors,
      save: saved,
      outsideChange,
      undoAvailable,
      undoKind,
      busy,
      announcement,
      announce: setAnnouncement,
      update,
      saveNow,
      overwrite,
      discard,
      applyImport,
      reset,
      undo,
      removeTeam,
    },
  };
}
