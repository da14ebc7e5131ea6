import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import type { PhraseLibrary } from '../../../src/library/schema';
import {
  SYNC_QUOTA,
  loadEffective,
  loadPersonal,
  resetPersonal,
  savePersonal,
  saveImportedTeam,
  splitIntoChunks,
  undoReset,
} from '../../../src/library/storage';
import { LIBRARY_KEYS, isLibraryChange } from '../../../src/shared/storage-keys';
import { fakeAreas } from './fake-storage';

const withPhrases = (count: number, text = (i: number) => `Phrase number ${i} for you, {name}. ${'é✓😀'.repeat(20)}`): PhraseLibrary => ({
  ...structuredClone(DEFAULT_LIBRARY),
  acknowledgements: { ...DEFAULT_LIBRARY.acknowledgements, worried: Array.from({ length: count }, (_, i) => ({ id: `w-${i}`, text: text(i) })) },
});

const syncSnapshot = (areas: ReturnType<typeof fakeAreas>) => JSON.stringify([...areas.sync.items].sort());

describe('chunking', () => {
  it('every chunk fits the per-item quota, even for text that grows when escaped, and the pieces join back exactly', () => {
    const json = JSON.stringify({ text: `"quotes" \\ \n ${'😀é\u2028'.repeat(4000)} ${'"'.repeat(9000)}` });
    const chunks = splitIntoChunks(json, (i) => `library.chunk.1.${i}`);
    for (const [key, piece] of Object.entries(chunks)) {
      expect(new TextEncoder().encode(key + JSON.stringify(piece)).byteLength).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
    }
    expect(Object.values(chunks).join('')).toBe(json);
    expect(Object.keys(chunks).length).toBeGreaterThan(3);
  });
});

describe('the personal library', () => {
  it('nothing stored: the default library applies', async () => {
    const areas = fakeAreas();
    expect((await loadPersonal(areas)).library).toBeNull();
    expect((await loadEffective(areas)).library).toEqual(DEFAULT_LIBRARY);
  });

  it('a library that fits is stored in sync in chunks and read back equal', async () => {
    const areas = fakeAreas();
    const library = withPhrases(120);
    const outcome = await savePersonal(areas, library);
    expect(outcome.where).toBe('sync');
    expect(outcome.bytes).toBeGreaterThan(SYNC_QUOTA.perItem);
    expect([...areas.sync.items.keys()].filter((key) => key.startsWith(LIBRARY_KEYS.chunkPrefix)).length).toBeGreaterThan(1);
    expect((await loadPersonal(areas)).library).toEqual(library);
  });

  it('saving again replaces the old chunks (no leftovers)', async () => {
    const areas = fakeAreas();
    await savePersonal(areas, withPhrases(120));
    await savePersonal(areas, withPhrases(3));
    const chunkKeys = [...areas.sync.items.keys()].filter((key) => key.startsWith(LIBRARY_KEYS.chunkPrefix));
    const { generation } = areas.sync.items.get(LIBRARY_KEYS.meta) as { generation: string };
    expect(chunkKeys.length).toBeGreaterThan(0);
    expect(chunkKeys.every((key) => key.startsWith(`${LIBRARY_KEYS.chunkPrefix}${generation}.`))).toBe(true);
    expect((await loadPersonal(areas)).library!.acknowledgements.worried).toHaveLength(3);
  });

  it('too big for sync: stored locally, with a notice, and sync holds no chunks', async () => {
    const areas = fakeAreas();
    await savePersonal(areas, withPhrases(5));
    const big = withPhrases(480, (i) => `${i} ${'Long acknowledgement text that fills the quota, {name}. '.repeat(8)}`);
    const outcome = await savePersonal(areas, big);
    expect(outcome.where).toBe('local');
    const loaded = await loadPersonal(areas);
    expect(loaded.library).toEqual(big);
    expect(loaded.notices).toEqual([{ kind: 'local', bytes: outcome.bytes }]);
    expect([...areas.sync.items.keys()]).toEqual([LIBRARY_KEYS.meta]);
    // Back under the limit: it moves back to sync and the local copy goes.
    await savePersonal(areas, withPhrases(5));
    expect([...areas.local.items.keys()].filter((key) => key.startsWith(LIBRARY_KEYS.localPrefix))).toEqual([]);
    expect((await loadPersonal(areas)).notices).toEqual([]);
  });

  it('a quota error while writing leaves the previous library exactly as it was', async () => {
    const areas = fakeAreas();
    await savePersonal(areas, withPhrases(10));
    const before = syncSnapshot(areas);
    areas.sync.failNext(5);
    areas.local.failNext(1);
    await expect(savePersonal(areas, withPhrases(20))).rejects.toThrow();
    expect(syncSnapshot(areas)).toBe(before);
    expect((await loadPersonal(areas)).library!.acknowledgements.worried).toHaveLength(10);
  });

  it('a sync quota error falls back to local and never leaves orphan chunks', async () => {
    const areas = fakeAreas();
    areas.sync.failNext(1);
    const outcome = await savePersonal(areas, withPhrases(30));
    expect(outcome.where).toBe('local');
    expect([...areas.sync.items.keys()]).toEqual([LIBRARY_KEYS.meta]);
    expect((await loadPersonal(areas)).library!.acknowledgements.worried).toHaveLength(30);
  });

  it('refuses to store an invalid library and keeps the old one', async () => {
    const areas = fakeAreas();
    await savePersonal(areas, withPhrases(2));
    const before = syncSnapshot(areas);
    const bad = withPhrases(2);
    bad.avoid[1]!.id = bad.avoid[0]!.id;
    await expect(savePersonal(areas, bad)).rejects.toThrow(/duplicate id/);
    expect(syncSnapshot(areas)).toBe(before);
  });

  it('half-synced chunks (another computer still uploading) are reported, not read as garbage', async () => {
    const areas = fakeAreas();
    await savePersonal(areas, withPhrases(120));
    const { generation } = areas.sync.items.get(LIBRARY_KEYS.meta) as { generation: string };
    areas.sync.items.delete(`${LIBRARY_KEYS.chunkPrefix}${generation}.1`);
    const loaded = await loadPersonal(areas);
    expect(loaded.library).toBeNull();
    expect(loaded.notices[0]).toMatchObject({ kind: 'invalid-personal' });
    expect((await loadEffective(areas)).library).toEqual(DEFAULT_LIBRARY);
  });

  it('reset to defaults, then undo, restores the library', async () => {
    const areas = fakeAreas();
    const library = withPhrases(7);
    await savePersonal(areas, library);
    await resetPersonal(areas);
    expect((await loadEffective(areas)).library).toEqual(DEFAULT_LIBRARY);
    expect(await undoReset(areas)).toBe(true);
    expect((await loadEffective(areas)).library).toEqual(library);
    expect(await undoReset(areas)).toBe(false);
  });
});

describe('the team library', () => {
  const team: PhraseLibrary = { ...structuredClone(DEFAULT_LIBRARY), id: 'acme', name: 'Acme', avoid: [], snippets: [] };

  it('from policy (storage.managed): used first, locked, and the agent starts with no additions', async () => {
    const areas = fakeAreas();
    areas.managed.items.set(LIBRARY_KEYS.teamManaged, team);
    const { library, stored, locked } = await loadEffective(areas);
    expect(stored.teamSource).toBe('managed');
    expect(library.acknowledgements).toEqual(team.acknowledgements);
    expect(locked.rules.size).toBe(11);
  });

  it('an invalid policy is ignored with a notice that names the problem', async () => {
    const areas = fakeAreas();
    areas.managed.items.set(LIBRARY_KEYS.teamManaged, { ...team, schemaVersion: 9 });
    const { stored, library } = await loadEffective(areas);
    expect(stored.team).toBeNull();
    expect(stored.notices[0]).toMatchObject({ kind: 'invalid-team', source: 'managed', message: expect.stringContaining('/schemaVersion') });
    expect(library).toEqual(DEFAULT_LIBRARY);
  });

  it('a browser without managed storage (rejects) falls back to an imported locked file', async () => {
    const areas = fakeAreas();
    areas.managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    await saveImportedTeam(areas, team);
    const { stored } = await loadEffective(areas);
    expect(stored.teamSource).toBe('imported');
    expect(stored.team?.locked).toBe(true);
  });

  it('policy wins over an imported team file', async () => {
    const areas = fakeAreas();
    await saveImportedTeam(areas, { ...team, id: 'imported' });
    areas.managed.items.set(LIBRARY_KEYS.teamManaged, team);
    expect((await loadEffective(areas)).stored.team?.id).toBe('acme');
  });
});

it('only library keys count as library changes', () => {
  expect(isLibraryChange({ [LIBRARY_KEYS.meta]: {} }, 'sync')).toBe(true);
  expect(isLibraryChange({ [LIBRARY_KEYS.teamImported]: {} }, 'local')).toBe(true);
  expect(isLibraryChange({ teamLibrary: {} }, 'managed')).toBe(true);
  expect(isLibraryChange({ disabledSites: [] }, 'local')).toBe(false);
});

describe('when the team library goes away', () => {
  it('the agent’s additions apply on top of the default library (not instead of it)', async () => {
    const areas = fakeAreas();
    const team: PhraseLibrary = { ...structuredClone(DEFAULT_LIBRARY), id: 'acme', name: 'Acme', locked: true };
    await saveImportedTeam(areas, team);
    const { library } = await loadEffective(areas);
    const withMine: PhraseLibrary = {
      ...library,
      acknowledgements: { ...library.acknowledgements, worried: [...library.acknowledgements.worried!, { id: 'mine', text: 'I have you, {name}.' }] },
    };
    await savePersonal(areas, withMine, team);
    const stored = (await loadPersonal(areas)).library!;
    expect(stored).toMatchObject({ id: 'my-additions', name: 'My additions' });
    expect(stored.acknowledgements).toEqual({ worried: [{ id: 'mine', text: 'I have you, {name}.' }] });

    await areas.local.remove(LIBRARY_KEYS.teamImported);
    const after = (await loadEffective(areas)).library;
    expect(after.acknowledgements.worried!.map((entry) => entry.id)).toEqual([...DEFAULT_LIBRARY.acknowledgements.worried!.map((entry) => entry.id), 'mine']);
    expect(after.avoid).toEqual(DEFAULT_LIBRARY.avoid);
    expect(after.rules).toEqual(DEFAULT_LIBRARY.rules);
  });

  it('a save after a reset ends the chance to undo it', async () => {
    const areas = fakeAreas();
    await savePersonal(areas, withPhrases(4));
    await resetPersonal(areas);
    await savePersonal(areas, withPhrases(2));
    expect(await undoReset(areas)).toBe(false);
    expect((await loadPersonal(areas)).library!.acknowledgements.worried).toHaveLength(2);
  });
});
