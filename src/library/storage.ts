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
  /** Only the keys (Chrome 130+): the sweep need not read every local value. */
  getKeys?(): Promise<string[]>;
}

export interface LibraryAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  managed?: StorageAreaLike;
  /** Serializes library writes between pages (default: the Web Locks API). */
  lock?: LibraryLock;
  /** Milliseconds since the epoch (tests move it). */
  clock?: () => number;
}

/** A library's generation: a fresh unique id per save (a number in files written before that). */
export type Generation = string | number;

export interface SyncMeta {
  where: 'sync' | 'local';
  generation: Generation;
  chunks: number;
  bytes: number;
}

/** Runs storage work while no other page (of this browser profile) runs library work. */
export type LibraryLock = <T>(work: () => Promise<T>) => Promise<T>;

/** Another window or computer saved the library after this page loaded it. */
export class LibraryConflictError extends Error {
  constructor() {
    super('Your library was changed elsewhere — reload it or overwrite it with your version.');
    this.name = 'LibraryConflictError';
  }
}

/** chrome.storage.sync: 8,192 bytes per item (key + JSON value), 102,400 in all, 512 items. */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400, maxItems: 512 } as const;
/** Room kept free in sync for the meta item and the rest of the extension's settings. */
const SYNC_BUDGET = SYNC_QUOTA.total - 8192;
const CHUNK_CHARS = 2000;

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/** Splits JSON text into pieces whose stored size (key + JSON-encoded string) fits one sync item. */
export function splitIntoChunks(json: string, keyOf: (index: number) => string, chunkChars = CHUNK_CHARS): Record<string, string> {
  const chunks: Record<string, string> = {};
  let index = 0;
  let position = 0;
  while (position < json.length) {
    let size = chunkChars;
    let piece = json.slice(position, position + size);
    // JSON-escaping and UTF-8 can make a piece several times larger than its length: shrink until it fits.
    while (byteLength(keyOf(index)) + byteLength(JSON.stringify(piece)) > SYNC_QUOTA.perItem - 64) {
      size = Math.floor(size / 2);
      piece = json.slice(position, position + size);
    }
    // Never split a surrogate pair between two chunks.
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last <= 0xdbff && piece.length < json.length - position && piece.length > 1) piece = piece.slice(0, -1);
    chunks[keyOf(index)] = piece;
    position += piece.length;
    index++;
  }
  return chunks;
}

const chunkKey = (generation: Generation) => (index: number) => `${LIBRARY_KEYS.chunkPrefix}${generation}.${index}`;
const chunkKeysOf = (meta: SyncMeta) => Array.from({ length: meta.chunks }, (_, index) => chunkKey(meta.generation)(index));
/** Where a library too big for sync is kept (per generation, so a failed save never touches the current one). */
const localKey = (generation: Generation) => `${LIBRARY_KEYS.localPrefix}${generation}`;
/** The generation a chunk key belongs to. */
const generationOfChunk = (key: string) => key.slice(LIBRARY_KEYS.chunkPrefix.length, key.lastIndexOf('.'));

/** A fresh generation no other save (in this window, another window or another computer) uses: time plus 64 random bits. */
export function newGeneration(now = Date.now()): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${now.toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

function isMeta(value: unknown): value is SyncMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Partial<SyncMeta>;
  return (
    (meta.where === 'sync' || meta.where === 'local') &&
    ((typeof meta.generation === 'string' && /^[a-z0-9-]{1,40}$/.test(meta.generation)) || Number.isSafeInteger(meta.generation)) &&
    Number.isSafeInteger(meta.chunks) &&
    meta.chunks! >= 0 &&
    meta.chunks! <= SYNC_QUOTA.maxItems &&
    typeof meta.bytes === 'number'
  );
}

async function readMeta(areas: LibraryAreas): Promise<SyncMeta | undefined> {
  const meta = (await areas.sync.get(LIBRARY_KEYS.meta))[LIBRARY_KEYS.meta];
  return isMeta(meta) ? meta : undefined;
}

// One library operation at a time in this profile: the Web Locks API is shared by every page of the
// extension's origin (options tabs, popup, worker). Without it (tests, old browsers) a lock per realm.
let chain: Promise<unknown> = Promise.resolve();
const realmLock: LibraryLock = (work) => {
  const run = chain.then(work, work);
  chain = run.catch(() => undefined);
  return run;
};
const LOCK_NAME = 'empathy-coach.library';
function defaultLock(): LibraryLock {
  const locks = (globalThis.navigator as { locks?: { request<T>(name: string, work: () => Promise<T>): Promise<T> } } | undefined)?.locks;
  return locks ? (work) => locks.request(LOCK_NAME, work) : realmLock;
}
const withLock = <T>(areas: LibraryAreas, work: () => Promise<T>): Promise<T> => (areas.lock ?? defaultLock())(work);

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
  /** The personal library's generation as read (null: none stored); savePersonal's `expected`. */
  generation: Generation | null;
}

export interface PersonalLoad {
  library: PhraseLibrary | null;
  notices: LoadNotice[];
  /** The generation read (null: nothing stored); pass it back to savePersonal as `expected`. */
  generation: Generation | null;
}

const localKeyOf = (meta: SyncMeta) => (typeof meta.generation === 'number' ? LIBRARY_KEYS.personalLocal : localKey(meta.generation));

export async function loadPersonal(areas: LibraryAreas): Promise<PersonalLoad> {
  // The meta and its chunks are read in one snapshot of sync (a save writes them in one set() call),
  // so a reader never sees a meta without its chunks, whatever other pages write meanwhile.
  for (let attempt = 0; ; attempt++) {
    const notices: LoadNotice[] = [];
    const snapshot = await areas.sync.get(null);
    const meta = isMeta(snapshot[LIBRARY_KEYS.meta]) ? (snapshot[LIBRARY_KEYS.meta] as SyncMeta) : undefined;
    if (!meta) return { library: null, notices, generation: null };
    let raw: unknown;
    if (meta.where === 'local') {
      const key = localKeyOf(meta);
      raw = (await areas.local.get(key))[key];
      if (raw === undefined) {
        // Saved again (and swept) between the two reads: read again.
        if (attempt < 3 && (await readMeta(areas))?.generation !== meta.generation) continue;
        notices.push({ kind: 'invalid-personal', message: 'Your library was too big to sync and is kept on another computer only.' });
        return { library: null, notices, generation: meta.generation };
      }
      notices.push({ kind: 'local', bytes: meta.bytes });
    } else {
      const keys = chunkKeysOf(meta);
      if (keys.some((key) => typeof snapshot[key] !== 'string')) {
        notices.push({ kind: 'invalid-personal', message: 'Part of your synced library is missing (it may still be syncing from another computer).' });
        return { library: null, notices, generation: meta.generation };
      }
      try {
        raw = JSON.parse(keys.map((key) => snapshot[key] as string).join(''));
      } catch {
        notices.push({ kind: 'invalid-personal', message: 'Your synced library could not be read.' });
        return { library: null, notices, generation: meta.generation };
      }
    }
    const result = validateLibrary(raw);
    if (!result.ok) {
      notices.push({ kind: 'invalid-personal', message: result.errors.map(formatError).join('; ') });
      return { library: null, notices, generation: meta.generation };
    }
    return { library: result.library, notices, generation: meta.generation };
  }
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
  return {
    personal: personal.library,
    team: team.library,
    teamSource: team.source,
    notices: [...team.notices, ...personal.notices],
    generation: personal.generation,
  };
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
  generation: Generation;
}

export interface SaveOptions {
  /**
   * Compare-and-swap: the generation the page loaded (null: nothing was stored). When storage holds
   * another one, nothing is written and LibraryConflictError is thrown. Undefined: overwrite.
   */
  expected?: Generation | null;
  /** Characters per chunk before quota checks (tests use small chunks). */
  chunkChars?: number;
}

/**
 * Stores the agent's own library. With a team library, pass the effective library and the team's:
 * only the agent's additions are stored. Throws (leaving the previous library intact) if neither area
 * can hold it, or (with `expected`) if another page or computer saved since.
 *
 * A save is one set() of the new chunks and the meta that points at them, under a generation no
 * other save uses, so a failed or concurrent write can never mix two libraries; the other
 * generations' chunks are swept afterwards.
 */
export async function savePersonal(areas: LibraryAreas, library: PhraseLibrary, team: PhraseLibrary | null = null, options: SaveOptions = {}): Promise<SaveOutcome> {
  const own = personalPart(library, team);
  const checked = validateLibrary(own);
  if (!checked.ok) throw new Error(`Not saved: ${checked.errors.map(formatError).join('; ')}`);
  const json = JSON.stringify({ ...own, locked: undefined });
  const bytes = byteLength(json);
  return withLock(areas, async () => {
    const previous = await readMeta(areas);
    if (options.expected !== undefined && (previous?.generation ?? null) !== options.expected) throw new LibraryConflictError();
    const generation = newGeneration(areas.clock?.());
    let meta: SyncMeta | null = null;
    if (bytes <= SYNC_BUDGET) {
      const chunks = splitIntoChunks(json, chunkKey(generation), options.chunkChars);
      const count = Object.keys(chunks).length;
      if (count < SYNC_QUOTA.maxItems - 16) {
        const candidate: SyncMeta = { where: 'sync', generation, chunks: count, bytes };
        try {
          await areas.sync.set({ ...chunks, [LIBRARY_KEYS.meta]: candidate });
          meta = candidate;
        } catch {
          // Over a quota (total, per item, or the write rate): nothing was written; fall back to local.
        }
      }
    }
    if (!meta) {
      await areas.local.set({ [localKey(generation)]: JSON.parse(json) as unknown });
      const candidate: SyncMeta = { where: 'local', generation, chunks: 0, bytes };
      try {
        await areas.sync.set({ [LIBRARY_KEYS.meta]: candidate });
      } catch (error) {
        await areas.local.remove(localKey(generation)).catch(() => undefined);
        throw error;
      }
      meta = candidate;
    }
    await sweep(areas).catch(() => undefined); // What it leaves, the next save or start-up removes.
    await areas.local.remove(LIBRARY_KEYS.beforeReset).catch(() => undefined);
    return { where: meta.where, bytes, generation };
  });
}

/**
 * Chunks another computer saved may arrive before the meta that points at them: a generation newer
 * than the current one is kept this long before it counts as an orphan.
 */
export const PENDING_GRACE_MS = 10 * 60_000;

const timeOf = (generation: Generation): number => (typeof generation === 'number' ? 0 : parseInt(generation.split('-')[0]!, 36) || 0);

/** Removes every chunk and local copy the meta does not point at (caller holds the lock). */
async function sweep(areas: LibraryAreas): Promise<void> {
  const snapshot = await areas.sync.get(null);
  const meta = isMeta(snapshot[LIBRARY_KEYS.meta]) ? (snapshot[LIBRARY_KEYS.meta] as SyncMeta) : undefined;
  const keep = new Set(meta?.where === 'sync' ? chunkKeysOf(meta) : []);
  const now = areas.clock?.() ?? Date.now();
  const current = meta ? timeOf(meta.generation) : 0;
  const pending = (generation: string) => {
    const time = timeOf(generation);
    return time > current && now - time < PENDING_GRACE_MS;
  };
  const orphans = Object.keys(snapshot).filter((key) => key.startsWith(LIBRARY_KEYS.chunkPrefix) && !keep.has(key) && !pending(generationOfChunk(key)));
  if (orphans.length > 0) await areas.sync.remove(orphans);
  const localKeys = areas.local.getKeys ? await areas.local.getKeys() : Object.keys(await areas.local.get(null));
  const keepLocal = meta?.where === 'local' ? localKeyOf(meta) : null;
  const stale = localKeys.filter((key) => (key.startsWith(LIBRARY_KEYS.localPrefix) || key === LIBRARY_KEYS.personalLocal) && key !== keepLocal);
  if (stale.length > 0) await areas.local.remove(stale);
}

/** Removes chunks and copies no meta points at (left by a failed write or a lost race); run at start-up. */
export function sweepLibrary(areas: LibraryAreas): Promise<void> {
  return withLock(areas, () => sweep(areas));
}

/** Forgets the agent's library (the default applies again), keeping a copy for undo until the next save. */
export async function resetPersonal(areas: LibraryAreas): Promise<void> {
  await withLock(areas, async () => {
    const { library } = await loadPersonal(areas);
    if (library) await areas.local.set({ [LIBRARY_KEYS.beforeReset]: library });
    await areas.sync.remove(LIBRARY_KEYS.meta);
    await sweep(areas).catch(() => undefined);
  });
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

/**
 * Keeps `library` (the agent's library before an import replaced or merged into it) for "Undo
 * import", in the same place a reset keeps it: the next save forgets it.
 */
export async function keepForUndo(areas: LibraryAreas, library: PhraseLibrary): Promise<void> {
  await areas.local.set({ [LIBRARY_KEYS.beforeReset]: library });
}

export async function saveImportedTeam(areas: LibraryAreas, library: PhraseLibrary): Promise<void> {
  await areas.local.set({ [LIBRARY_KEYS.teamImported]: { ...library, locked: true } });
}

export async function removeImportedTeam(areas: LibraryAreas): Promise<void> {
  await areas.local.remove(LIBRARY_KEYS.teamImported);
}

export { isLibraryChange } from '../shared/storage-keys';
