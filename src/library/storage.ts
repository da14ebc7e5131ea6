// Where the libraries live. The personal library goes to storage.sync (so it follows the agent to
// other machines), split into chunks under the per-item quota; when it is too big for sync it goes to
// storage.local and the options page says so. The team library comes from policy (storage.managed)
// or from an imported file marked locked (storage.local). Writes never leave half a library behind:
// chunks are written under a new generation and only then does the meta item point at them.
import { LIBRARY_KEYS } from '../shared/storage-keys';
import { DEFAULT_LIBRARY } from './default-library';
import { ADDITIONS_ID, effectiveLibrary, personalPart, type EffectiveLibrary } from './merge';
import type { PhraseLibrary } from './schema';
import { formatError, validateLibrary } from './validate';

/** The subset of a storage area this module uses (browser.storage.* or a fake in tests). */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface LibraryAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  managed?: StorageAreaLike;
}

export interface SyncMeta {
  where: 'sync' | 'local';
  generation: number;
  chunks: number;
  bytes: number;
}

/** chrome.storage.sync: 8,192 bytes per item (key + JSON value), 102,400 in all, 512 items. */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400, maxItems: 512 } as const;
/** Room kept free in sync for the meta item and the rest of the extension's settings. */
const SYNC_BUDGET = SYNC_QUOTA.total - 8192;
const CHUNK_CHARS = 2000;

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/** Splits JSON text into pieces whose stored size (key + JSON-encoded string) fits one sync item. */
export function splitIntoChunks(json: string, keyOf: (index: number) => string): Record<string, string> {
  const chunks: Record<string, string> = {};
  let index = 0;
  let position = 0;
  while (position < json.length) {
    let size = CHUNK_CHARS;
    let piece = json.slice(position, position + size);
    // JSON-escaping and UTF-8 can make a piece several times larger than its length: shrink until it fits.
    while (byteLength(keyOf(index)) + byteLength(JSON.stringify(piece)) > SYNC_QUOTA.perItem - 64) {
      size = Math.floor(size / 2);
      piece = json.slice(position, position + size);
    }
    // Never split a surrogate pair between two chunks.
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last <= 0xdbff && piece.length < json.length - position) piece = piece.slice(0, -1);
    chunks[keyOf(index)] = piece;
    position += piece.length;
    index++;
  }
  return chunks;
}

const chunkKey = (generation: number) => (index: number) => `${LIBRARY_KEYS.chunkPrefix}${generation}.${index}`;
const chunkKeysOf = (meta: SyncMeta) => Array.from({ length: meta.chunks }, (_, index) => chunkKey(meta.generation)(index));

async function readMeta(areas: LibraryAreas): Promise<SyncMeta | undefined> {
  return (await areas.sync.get(LIBRARY_KEYS.meta))[LIBRARY_KEYS.meta] as SyncMeta | undefined;
}

export type LoadNotice =
  | { kind: 'local'; bytes: number }
  | { kind: 'invalid-personal'; message: string }
  | { kind: 'invalid-team'; message: string; source: 'managed' | 'imported' };

export interface StoredLibraries {
  /** The agent's own library: the whole library without a team library, only their additions with one. */
  personal: PhraseLibrary | null;
  team: PhraseLibrary | null;
  teamSource: 'managed' | 'imported' | null;
  notices: LoadNotice[];
}

export async function loadPersonal(areas: LibraryAreas): Promise<{ library: PhraseLibrary | null; notices: LoadNotice[] }> {
  const notices: LoadNotice[] = [];
  const meta = await readMeta(areas);
  let raw: unknown;
  if (!meta) {
    return { library: null, notices };
  } else if (meta.where === 'local') {
    raw = (await areas.local.get(LIBRARY_KEYS.personalLocal))[LIBRARY_KEYS.personalLocal];
    notices.push({ kind: 'local', bytes: meta.bytes });
  } else {
    const keys = chunkKeysOf(meta);
    const stored = await areas.sync.get(keys);
    if (keys.some((key) => typeof stored[key] !== 'string')) {
      notices.push({ kind: 'invalid-personal', message: 'Part of your synced library is missing (it may still be syncing from another computer).' });
      return { library: null, notices };
    }
    try {
      raw = JSON.parse(keys.map((key) => stored[key] as string).join(''));
    } catch {
      notices.push({ kind: 'invalid-personal', message: 'Your synced library could not be read.' });
      return { library: null, notices };
    }
  }
  const result = validateLibrary(raw);
  if (!result.ok) {
    notices.push({ kind: 'invalid-personal', message: result.errors.map(formatError).join('; ') });
    return { library: null, notices };
  }
  return { library: result.library, notices };
}

export async function loadTeam(areas: LibraryAreas): Promise<{ library: PhraseLibrary | null; source: 'managed' | 'imported' | null; notices: LoadNotice[] }> {
  const notices: LoadNotice[] = [];
  if (areas.managed) {
    let managed: unknown;
    try {
      managed = (await areas.managed.get(LIBRARY_KEYS.teamManaged))[LIBRARY_KEYS.teamManaged];
    } catch {
      managed = undefined; // No policy support (e.g. Firefox without a policies.json): not an error.
    }
    if (managed !== undefined) {
      const result = validateLibrary(typeof managed === 'string' ? safeJson(managed) : managed);
      if (result.ok) return { library: { ...result.library, locked: true }, source: 'managed', notices };
      notices.push({ kind: 'invalid-team', source: 'managed', message: result.errors.map(formatError).join('; ') });
    }
  }
  const imported = (await areas.local.get(LIBRARY_KEYS.teamImported))[LIBRARY_KEYS.teamImported];
  if (imported !== undefined) {
    const result = validateLibrary(imported);
    if (result.ok) return { library: { ...result.library, locked: true }, source: 'imported', notices };
    notices.push({ kind: 'invalid-team', source: 'imported', message: result.errors.map(formatError).join('; ') });
  }
  return { library: null, source: null, notices };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function loadLibraries(areas: LibraryAreas): Promise<StoredLibraries> {
  const [personal, team] = await Promise.all([loadPersonal(areas), loadTeam(areas)]);
  return { personal: personal.library, team: team.library, teamSource: team.source, notices: [...team.notices, ...personal.notices] };
}

/** A library with no entries, for an agent whose team library provides the rest. */
export function emptyLibrary(from: PhraseLibrary = DEFAULT_LIBRARY): PhraseLibrary {
  return { ...from, id: ADDITIONS_ID, name: 'My additions', locked: undefined, acknowledgements: {}, avoid: [], rules: {}, snippets: [] };
}

/** What the coach uses now. */
export async function loadEffective(areas: LibraryAreas): Promise<EffectiveLibrary & { stored: StoredLibraries }> {
  const stored = await loadLibraries(areas);
  const personal = stored.personal ?? (stored.team ? emptyLibrary(stored.team) : DEFAULT_LIBRARY);
  return { ...effectiveLibrary(stored.team, personal, DEFAULT_LIBRARY), stored };
}

export interface SaveOutcome {
  where: 'sync' | 'local';
  bytes: number;
}

/**
 * Stores the agent's own library. With a team library, pass the effective library and the team's:
 * only the agent's additions are stored. Throws (leaving the previous library intact) if neither area
 * can hold it.
 */
export async function savePersonal(areas: LibraryAreas, library: PhraseLibrary, team: PhraseLibrary | null = null): Promise<SaveOutcome> {
  const own = personalPart(library, team);
  const checked = validateLibrary(own);
  if (!checked.ok) throw new Error(`Not saved: ${checked.errors.map(formatError).join('; ')}`);
  const json = JSON.stringify({ ...own, locked: undefined });
  const bytes = byteLength(json);
  const previous = await readMeta(areas);
  const generation = (previous?.generation ?? 0) + 1;
  const chunks = splitIntoChunks(json, chunkKey(generation));
  const count = Object.keys(chunks).length;
  if (bytes <= SYNC_BUDGET && count < SYNC_QUOTA.maxItems - 16) {
    try {
      await areas.sync.set(chunks);
      await areas.sync.set({ [LIBRARY_KEYS.meta]: { where: 'sync', generation, chunks: count, bytes } satisfies SyncMeta });
      await removeOld(areas, previous, { keepLocal: false });
      await areas.local.remove(LIBRARY_KEYS.beforeReset).catch(() => undefined);
      return { where: 'sync', bytes };
    } catch {
      // Over a quota (total, per item, or the write rate): nothing points at the new chunks; fall back to local.
      await areas.sync.remove(Object.keys(chunks)).catch(() => undefined);
    }
  }
  await areas.local.set({ [LIBRARY_KEYS.personalLocal]: JSON.parse(json) as unknown });
  await areas.sync.set({ [LIBRARY_KEYS.meta]: { where: 'local', generation, chunks: 0, bytes } satisfies SyncMeta });
  await removeOld(areas, previous, { keepLocal: true });
  await areas.local.remove(LIBRARY_KEYS.beforeReset).catch(() => undefined);
  return { where: 'local', bytes };
}

async function removeOld(areas: LibraryAreas, previous: SyncMeta | undefined, { keepLocal }: { keepLocal: boolean }): Promise<void> {
  if (previous?.where === 'sync' && previous.chunks > 0) {
    await areas.sync.remove(chunkKeysOf(previous)).catch(() => undefined);
  }
  if (!keepLocal) await areas.local.remove(LIBRARY_KEYS.personalLocal).catch(() => undefined);
}

/** Forgets the agent's library (the default applies again), keeping a copy for undo until the next save. */
export async function resetPersonal(areas: LibraryAreas): Promise<void> {
  const { library } = await loadPersonal(areas);
  if (library) await areas.local.set({ [LIBRARY_KEYS.beforeReset]: library });
  const previous = await readMeta(areas);
  await areas.sync.remove(LIBRARY_KEYS.meta);
  await removeOld(areas, previous, { keepLocal: false });
}

/** Restores the library as it was before the last reset. Returns false if there is nothing to undo. */
export async function undoReset(areas: LibraryAreas): Promise<boolean> {
  const saved = (await areas.local.get(LIBRARY_KEYS.beforeReset))[LIBRARY_KEYS.beforeReset];
  const result = validateLibrary(saved);
  if (!result.ok) return false;
  await savePersonal(areas, result.library);
  await areas.local.remove(LIBRARY_KEYS.beforeReset);
  return true;
}

export async function saveImportedTeam(areas: LibraryAreas, library: PhraseLibrary): Promise<void> {
  await areas.local.set({ [LIBRARY_KEYS.teamImported]: { ...library, locked: true } });
}

export async function removeImportedTeam(areas: LibraryAreas): Promise<void> {
  await areas.local.remove(LIBRARY_KEYS.teamImported);
}

export { isLibraryChange } from '../shared/storage-keys';
