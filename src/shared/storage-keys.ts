// Every storage item the extension uses, declared once with its area and default.
// (Reading and writing them: ./storage.ts. The phrase library's own layout: src/library/storage.ts.)

export interface StorageItem<T> {
  area: 'local' | 'sync';
  key: string;
  fallback: T;
}

/** Hostnames where the agent turned the coach off. */
export const DISABLED_SITES: StorageItem<string[]> = { area: 'local', key: 'disabledSites', fallback: [] };
/** Per hostname: the agent left the coach's panel open (true) or closed it to its badge. */
export const COACH_OPEN: StorageItem<Record<string, boolean>> = { area: 'local', key: 'coachOpen', fallback: {} };
/** "Not helpful" clicks per rule id, counted on this machine only. */
export const NOT_HELPFUL: StorageItem<Record<string, number>> = { area: 'local', key: 'notHelpful', fallback: {} };

/** managed (policy): the team library an administrator pushes; see public/managed-schema.json. */
const TEAM_MANAGED = 'teamLibrary';

/** The phrase library's keys (see src/library/storage.ts for how they are used). */
export const LIBRARY_KEYS = {
  /** sync: where the personal library is and how it is split: { where, generation (unique per save), chunks, bytes }. */
  meta: 'library.meta',
  /** sync: `library.chunk.<generation>.<index>`, pieces of the personal library's JSON. */
  chunkPrefix: 'library.chunk.',
  /** local: `library.local.<generation>`, the personal library when it is too big for sync. */
  localPrefix: 'library.local.',
  /** local: where libraries too big for sync were kept before generations were unique (read only). */
  personalLocal: 'library.personal',
  /** local: a team library imported from a locked file. */
  teamImported: 'library.team',
  /** local: the personal library as it was before "Reset to defaults", for undo. */
  beforeReset: 'library.beforeReset',
  teamManaged: TEAM_MANAGED,
  /** local: the last value read from storage.managed (its first read can take seconds; see browser-areas.ts). */
  managedCopy: 'library.managedCopy',
} as const;

/**
 * True for a storage change that affects the effective phrase library. (It names the managed key
 * itself, not through LIBRARY_KEYS, which the content script then does not bundle.)
 */
export function isLibraryChange(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'managed') return TEAM_MANAGED in changes;
  return Object.keys(changes).some((key) => key.startsWith('library.'));
}
