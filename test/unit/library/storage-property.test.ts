// Property: however the storage operations of several options tabs on two synced computers interleave,
// and whichever writes fail, no library is ever lost or unreadable and no chunk is left behind.
//
// The model: one sync area shared by two "computers" (sync delivered instantly), a local area and a
// lock (Web Locks) per computer. Each tab loads the library, then saves its own version with the
// generation it loaded (compare-and-swap) or overwrites; readers load at random moments. Every storage
// call yields to fast-check's scheduler, which interleaves them in every order, and any set() or
// remove() may fail (a failed write changes nothing, as chrome.storage does).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import type { PhraseLibrary } from '../../../src/library/schema';
import {
  LibraryConflictError,
  PENDING_GRACE_MS,
  emptyLibrary,
  loadPersonal,
  savePersonal,
  sweepLibrary,
  type LibraryAreas,
  type LibraryLock,
  type StorageAreaLike,
} from '../../../src/library/storage';
import { LIBRARY_KEYS } from '../../../src/shared/storage-keys';
import { fakeArea, type FakeArea } from './fake-storage';

const RUNS = Number(process.env.STORAGE_RUNS ?? 10_000);

function mutex(): LibraryLock {
  let chain: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  };
}

class WriteFailed extends Error {}

/** A storage area whose every call waits for the scheduler and whose writes fail when `fails()` says so. */
function interleaved(area: FakeArea, s: fc.Scheduler, fails: () => boolean, label: string): StorageAreaLike {
  return {
    get: async (keys) => {
      await s.schedule(Promise.resolve(), `${label}.get`);
      return area.get(keys);
    },
    set: async (items) => {
      await s.schedule(Promise.resolve(), `${label}.set`);
      if (fails()) throw new WriteFailed('write failed (simulated)');
      return area.set(items);
    },
    remove: async (keys) => {
      await s.schedule(Promise.resolve(), `${label}.remove`);
      if (fails()) throw new WriteFailed('remove failed (simulated)');
      return area.remove(keys);
    },
  };
}

/** A small valid library, distinct per `n`, a few chunks long at the test's chunk size. */
function libraryNumber(n: number): PhraseLibrary {
  return {
    ...emptyLibrary(DEFAULT_LIBRARY),
    name: `Library ${n}`,
    acknowledgements: { worried: Array.from({ length: 1 + (n % 3) }, (_, i) => ({ id: `w-${n}-${i}`, text: `Phrase ${i} of library ${n}, {name} — é😀` })) },
  };
}

const isOrphanChunk = (key: string, meta: { where: string; generation: string | number; chunks: number } | undefined) =>
  key.startsWith(LIBRARY_KEYS.chunkPrefix) &&
  !(meta?.where === 'sync' && Array.from({ length: meta.chunks }, (_, i) => `${LIBRARY_KEYS.chunkPrefix}${meta.generation}.${i}`).includes(key));


describe('library storage under concurrent tabs, two computers and failing writes', () => {
  it(
    `${RUNS} random interleavings: one complete library, the losers told, zero orphan chunks`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.array(fc.record({ computer: fc.integer({ min: 0, max: 1 }), overwrite: fc.integer({ min: 0, max: 4 }).map((v) => v === 0) }), { minLength: 2, maxLength: 4 }),
          fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 2 }),
          fc.infiniteStream(fc.integer({ min: 0, max: 5 }).map((v) => v === 0)),
          fc.integer({ min: 20, max: 400 }),
          async (s, tabs, readers, failures, chunkChars) => {
            const failing = failures[Symbol.iterator]();
            let failuresOn = false;
            const fails = () => failuresOn && failing.next().value === true;
            let time = Date.UTC(2026, 0, 1);
            const clock = () => (time += 1000);
            const sync = fakeArea({ perItem: 8192, total: 102_400, maxItems: 512 });
            const locals = [fakeArea(), fakeArea()];
            const computers: LibraryAreas[] = [0, 1].map((c) => ({
              sync: interleaved(sync, s, fails, `sync@${c}`),
              local: interleaved(locals[c]!, s, fails, `local@${c}`),
              lock: mutex(),
              clock,
            }));
            const direct = (c: number): LibraryAreas => ({ sync, local: locals[c]!, clock });

            // Before: library 0, saved without interference.
            await savePersonal(direct(0), libraryNumber(0), null, { chunkChars });
            const byGeneration = new Map<string | number, { library: PhraseLibrary; computer: number }>();
            byGeneration.set((sync.items.get(LIBRARY_KEYS.meta) as { generation: string }).generation, { library: libraryNumber(0), computer: 0 });
            failuresOn = true;

            const known = new Set([JSON.stringify(libraryNumber(0)), ...tabs.map((_, i) => JSON.stringify(libraryNumber(i + 1)))]);
            const bad: string[] = [];
            const outcomes = tabs.map(async ({ computer, overwrite }, i) => {
              const areas = computers[computer]!;
              const loaded = await loadPersonal(areas);
              const library = libraryNumber(i + 1);
              try {
                const saved = await savePersonal(areas, library, null, { expected: overwrite ? undefined : loaded.generation, chunkChars });
                byGeneration.set(saved.generation, { library, computer });
                return { ok: true as const, computer, expected: overwrite ? undefined : loaded.generation };
              } catch (error) {
                if (!(error instanceof LibraryConflictError) && !(error instanceof WriteFailed)) bad.push(`unexpected error ${String(error)}`);
                return { ok: false as const, computer, conflict: error instanceof LibraryConflictError };
              }
            });
            const reads = readers.map(async (computer) => {
              const { library, notices } = await loadPersonal(computers[computer]!);
              for (const notice of notices) {
                if (notice.kind === 'invalid-personal' && !/another computer only/.test(notice.message)) bad.push(`reader saw: ${notice.message}`);
              }
              if (library && !known.has(JSON.stringify(library))) bad.push('reader saw a library nobody saved');
            });
            const results = await s.waitFor(Promise.all(outcomes));
            await s.waitFor(Promise.all(reads));
            failuresOn = false;
            expect(bad, String(s)).toEqual([]);

            // One complete library: the one the meta points at, read back exactly on the computer that saved it.
            const meta = sync.items.get(LIBRARY_KEYS.meta) as { where: string; generation: string; chunks: number };
            const winner = byGeneration.get(meta.generation);
            expect(winner, `meta points at a generation no save reported: ${String(s)}`).toBeDefined();
            const final = await loadPersonal(direct(winner!.computer));
            expect(final.library).toEqual(winner!.library);
            // Not lost: if any save reported success, the library is one of those (not the one before).
            if (results.some((result) => result.ok)) expect(winner!.library.name).not.toBe('Library 0');
            // The losers were told: on one computer, two saves from the same loaded generation never both succeed.
            for (const computer of [0, 1]) {
              const expectations = results.filter((r) => r.ok && r.computer === computer && r.expected !== undefined).map((r) => (r as { expected: unknown }).expected);
              expect(new Set(expectations).size, String(s)).toBe(expectations.length);
            }

            // Zero orphans once every computer has swept (at start-up, after the grace for in-flight sync).
            time += PENDING_GRACE_MS;
            for (const c of [0, 1]) await sweepLibrary(direct(c));
            const orphans = [...sync.items.keys()].filter((key) => isOrphanChunk(key, meta));
            expect(orphans, String(s)).toEqual([]);
            for (const c of [0, 1]) {
              const stale = [...locals[c]!.items.keys()].filter(
                (key) => key.startsWith(LIBRARY_KEYS.localPrefix) && !(meta.where === 'local' && key === `${LIBRARY_KEYS.localPrefix}${meta.generation}`),
              );
              expect(stale).toEqual([]);
            }
            expect((await loadPersonal(direct(winner!.computer))).library).toEqual(winner!.library);
          },
        ),
        { numRuns: RUNS },
      );
    },
    120_000,
  );

  it('two tabs on one computer save from the same version: one is saved, the other is told and writes nothing', async () => {
    const areas: LibraryAreas = { sync: fakeArea(), local: fakeArea() };
    await savePersonal(areas, libraryNumber(0));
    const { generation } = await loadPersonal(areas);
    const [first, second] = await Promise.allSettled([
      savePersonal(areas, libraryNumber(1), null, { expected: generation }),
      savePersonal(areas, libraryNumber(2), null, { expected: generation }),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second.status === 'rejected' && second.reason).toBeInstanceOf(LibraryConflictError);
    expect((await loadPersonal(areas)).library).toEqual(libraryNumber(1));
    // "Overwrite": the told tab saves again from the version it now sees.
    const now = await loadPersonal(areas);
    await savePersonal(areas, libraryNumber(2), null, { expected: now.generation });
    expect((await loadPersonal(areas)).library).toEqual(libraryNumber(2));
  });

  it('every save uses a fresh generation, never the old one plus one', async () => {
    const areas: LibraryAreas = { sync: fakeArea(), local: fakeArea() };
    const seen = new Set<string | number>();
    for (let i = 0; i < 20; i++) seen.add((await savePersonal(areas, libraryNumber(i))).generation);
    expect(seen.size).toBe(20);
  });

  it('orphan chunks and local copies left by a crash are swept at start-up; a newer save still syncing in is kept', async () => {
    let time = Date.UTC(2026, 0, 1);
    const areas = { sync: fakeArea(), local: fakeArea(), clock: () => time };
    await savePersonal(areas, libraryNumber(1), null, { chunkChars: 40 });
    const meta = areas.sync.items.get(LIBRARY_KEYS.meta) as { generation: string };
    areas.sync.items.set(`${LIBRARY_KEYS.chunkPrefix}old-crash.0`, '{"x":');
    areas.sync.items.set(`${LIBRARY_KEYS.chunkPrefix}7.0`, '{"legacy":');
    areas.local.items.set(`${LIBRARY_KEYS.localPrefix}old-crash`, {});
    const pending = `${(time + 5000).toString(36)}-abc`;
    areas.sync.items.set(`${LIBRARY_KEYS.chunkPrefix}${pending}.0`, '{"from another computer":');
    await sweepLibrary(areas);
    const chunks = () => [...areas.sync.items.keys()].filter((key) => key.startsWith(LIBRARY_KEYS.chunkPrefix));
    expect(chunks().every((key) => key.includes(meta.generation) || key.includes(pending))).toBe(true);
    expect(chunks().some((key) => key.includes(pending))).toBe(true);
    expect([...areas.local.items.keys()].filter((key) => key.startsWith(LIBRARY_KEYS.localPrefix))).toEqual([]);
    time += PENDING_GRACE_MS + 10_000;
    await sweepLibrary(areas);
    expect(chunks().every((key) => key.includes(meta.generation))).toBe(true);
    expect((await loadPersonal(areas)).library).toEqual(libraryNumber(1));
  });

  it('a library saved before generations were unique (numeric generation, local copy) is still read', async () => {
    const areas = { sync: fakeArea(), local: fakeArea() };
    const json = JSON.stringify(libraryNumber(3));
    areas.sync.items.set(`${LIBRARY_KEYS.chunkPrefix}4.0`, json.slice(0, 50));
    areas.sync.items.set(`${LIBRARY_KEYS.chunkPrefix}4.1`, json.slice(50));
    areas.sync.items.set(LIBRARY_KEYS.meta, { where: 'sync', generation: 4, chunks: 2, bytes: json.length });
    expect((await loadPersonal(areas)).library).toEqual(libraryNumber(3));
    areas.local.items.set(LIBRARY_KEYS.personalLocal, libraryNumber(5));
    areas.sync.items.set(LIBRARY_KEYS.meta, { where: 'local', generation: 5, chunks: 0, bytes: 10 });
    expect((await loadPersonal(areas)).library).toEqual(libraryNumber(5));
  });
});

