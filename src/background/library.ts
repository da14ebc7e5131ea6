// The effective phrase library for the reviewer: loaded when the worker starts and again whenever a
// library item changes in storage (options page, another synced computer, a new team policy).
import type { CoachingLibrary } from '../analyzer';
import { browserAreas, watchLibrary } from '../library/browser-areas';
import { DEFAULT_LIBRARY } from '../library/default-library';
import { loadEffective } from '../library/storage';

export interface LibrarySource {
  /** The library as of the last completed load (the default until the first load ends). */
  latest(): CoachingLibrary;
  /** Resolves when the newest load has finished. */
  ready(): Promise<void>;
  /** The team library set by policy (or imported) could not be read at the last load. */
  teamUnreadable(): boolean;
}

export function createLibrarySource(signal: AbortSignal): LibrarySource {
  let library: CoachingLibrary = DEFAULT_LIBRARY;
  let teamUnreadable = false;
  let loading: Promise<void>;
  const load = () => {
    const attempt = loadEffective(browserAreas()).then(
      ({ library: loaded, stored }) => {
        if (loading !== attempt) return;
        library = loaded;
        teamUnreadable = stored.notices.some((notice) => notice.kind === 'invalid-team');
      },
      () => undefined, // Unreadable storage: keep coaching with what we have.
    );
    loading = attempt;
  };
  load();
  // Set synchronously in the change event, so a review asked for after the change waits for the new library.
  watchLibrary(load, signal);
  return { latest: () => library, ready: () => loading, teamUnreadable: () => teamUnreadable };
}
