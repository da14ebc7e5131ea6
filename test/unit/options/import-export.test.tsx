// @vitest-environment happy-dom
// Import: a broken file is reported by JSON pointer (and line/column) and changes nothing; a valid
// one is previewed (merge vs replace) and applied only on confirm; a locked file becomes the team
// library. Export downloads the library as JSON.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { savePersonal } from '../../../src/library/storage';
import { LIBRARY_KEYS } from '../../../src/shared/storage-keys';
import { areas, resetFakeBrowser } from './fake-browser';
import { TEAM, captureDownloads, chooseFile, library, libraryAreas, renderOptions, status, stored } from './helpers';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const snapshot = () => [areas.sync.snapshot(), areas.local.snapshot()];

describe('import', () => {
  it('lists each error of a broken file in words, then its pointer and line, and leaves storage byte for byte unchanged', async () => {
    await savePersonal(libraryAreas, library({ name: 'Mine' }));
    await renderOptions();
    const before = snapshot();
    const writes = areas.sync.writes + areas.local.writes;

    chooseFile('broken.json', '{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toContain('broken.json was not imported, and nothing was changed');
    expect(errors.textContent).toContain('This is not valid JSON');
    expect(errors.textContent).toContain('(line 3, column');

    const long = library({});
    long.acknowledgements.worried = [{ id: 'worried-long', text: 'x'.repeat(501) }];
    long.avoid = [{ ...DEFAULT_LIBRARY.avoid[0]!, rule: 'nonsense' as 'custom' }];
    chooseFile('long.json', JSON.stringify(long, null, 2));
    await waitFor(() => expect(screen.getByTestId('import-errors').textContent).toContain('long.json'));
    const items = within(screen.getByTestId('import-errors'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      // In words first, then the pointer and the line for whoever opens the file.
      expect.stringMatching(/^Worried, phrase 1: is 501 characters long; the limit is 500 \(\/acknowledgements\/worried\/0\/text, line \d+, column \d+\)$/),
      expect.stringMatching(/^Avoid list, entry 1, rule: must be one of acknowledge-feeling, .* \(\/avoid\/0\/rule, line \d+, column \d+\)$/),
    ]);

    chooseFile('binary.json', new Uint8Array([0x7b, 0x00, 0x01, 0x02]));
    await waitFor(() => expect(screen.getByTestId('import-errors').textContent).toContain('not a text file'));

    expect(snapshot()).toEqual(before);
    expect(areas.sync.writes + areas.local.writes).toBe(writes);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(status()).toBe('All changes saved');
  });

  it('previews what merging or replacing would change and applies only on confirm', async () => {
    await renderOptions();
    const file = library({
      name: 'Night shift',
      acknowledgements: { worried: [{ id: 'night-worried', text: "I know it's late and this is worrying, {name}." }] },
      avoid: [{ ...DEFAULT_LIBRARY.avoid[0]!, message: 'Greet them by name instead.' }],
      snippets: [],
      rules: { shouting: { enabled: false, severity: 'warning' } },
    });
    chooseFile('night.json', JSON.stringify(file));
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('“Night shift” version 1.0.0');

    // Merge (the default choice): one phrase added, one avoid entry and one rule changed.
    const changes = () => within(screen.getByTestId('import-changes'));
    expect(changes().getByText('Feelings: Worried')).toBeTruthy();
    expect(changes().getByText("I know it's late and this is worrying, {name}.").closest('li')!.textContent).toContain('Added');
    expect(changes().getByText('dear customer').closest('li')!.textContent).toContain('Changed');
    expect(changes().getByText('No shouting: off').closest('li')!.textContent).toContain('Changed');
    expect((within(preview).getByLabelText(/^Merge into my library/) as HTMLInputElement).checked).toBe(true);
    expect(preview.textContent).toContain('Merge into my library (1 added, 2 changed)');

    // Replace: everything of the default not in the file is removed.
    fireEvent.click(within(preview).getByLabelText(/^Replace my library/));
    expect(changes().getByText('I can see how frustrating this has been, {name}.').closest('li')!.textContent).toContain('Removed');
    expect(changes().getByText('Show you listened').closest('li')!.textContent).toContain('Removed');

    // Nothing is stored until confirmed; Cancel stores nothing either.
    expect(areas.sync.writes + areas.local.writes).toBe(0);
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await stored()).toBeNull();

    chooseFile('night.json', JSON.stringify(file));
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Merge into my library' }));
    await waitFor(() => expect(screen.queryByTestId('import-preview')).toBeNull());
    const merged = await stored();
    expect(merged?.acknowledgements.worried?.map((phrase) => phrase.id)).toEqual([
      ...DEFAULT_LIBRARY.acknowledgements.worried!.map((phrase) => phrase.id),
      'night-worried',
    ]);
    expect(merged?.avoid.find((entry) => entry.id === 'dear-customer')?.message).toBe('Greet them by name instead.');
    expect(merged?.snippets).toHaveLength(DEFAULT_LIBRARY.snippets.length);
    expect(merged?.rules.shouting).toEqual({ enabled: false, severity: 'warning' });
    expect(status()).toBe('Saved');
  });

  it('replaces the library on confirm', async () => {
    await renderOptions();
    const file = library({ name: 'Tiny', acknowledgements: { neutral: [{ id: 'hi', text: 'Hi {name}!' }] }, avoid: [], snippets: [] });
    chooseFile('tiny.json', JSON.stringify(file));
    fireEvent.click(within(await screen.findByTestId('import-preview')).getByLabelText(/^Replace my library/));
    fireEvent.click(screen.getByRole('button', { name: 'Replace my library' }));
    await waitFor(async () => expect((await stored())?.name).toBe('Tiny'));
    expect((await stored())?.acknowledgements).toEqual({ neutral: [{ id: 'hi', text: 'Hi {name}!' }] });
  });

  it('flags before importing a file that leaves feelings without a phrase', async () => {
    await renderOptions();
    const file = library({ name: 'Tiny', acknowledgements: { neutral: [{ id: 'hi', text: 'Hi {name}!' }] }, avoid: [], snippets: [] });
    chooseFile('tiny.json', JSON.stringify(file));
    const preview = await screen.findByTestId('import-preview');
    // Merged, the defaults keep a phrase for every feeling; replaced, seven are left with none.
    expect(within(preview).queryByTestId('import-no-phrase')).toBeNull();
    fireEvent.click(within(preview).getByLabelText(/^Replace my library/));
    expect(within(preview).getByTestId('import-no-phrase').textContent).toBe(
      'Frustrated, Angry, Confused, Worried, Disappointed, Impatient and Grateful have no phrase: the coach will ask to acknowledge those feelings without offering words.',
    );
  });

  it('has Undo like Reset: the library as it was before the import comes back', async () => {
    await savePersonal(libraryAreas, library({ name: 'Mine' }));
    await renderOptions();
    const file = library({ name: 'Tiny', acknowledgements: { neutral: [{ id: 'hi', text: 'Hi {name}!' }] }, avoid: [], snippets: [] });
    chooseFile('tiny.json', JSON.stringify(file));
    fireEvent.click(within(await screen.findByTestId('import-preview')).getByLabelText(/^Replace my library/));
    fireEvent.click(screen.getByRole('button', { name: 'Replace my library' }));
    await waitFor(async () => expect((await stored())?.name).toBe('Tiny'));
    const undo = await screen.findByRole('button', { name: 'Undo import' });
    fireEvent.click(undo);
    await waitFor(async () => expect((await stored())?.name).toBe('Mine'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo import' })).toBeNull());
  });

  it('offers a locked file as the team library', async () => {
    await renderOptions();
    chooseFile('team.json', JSON.stringify(TEAM));
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('marked as a team library');
    expect((within(preview).getByLabelText(/^Use as team library/) as HTMLInputElement).checked).toBe(true);
    expect(areas.local.data[LIBRARY_KEYS.teamImported]).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Use as team library' }));
    await screen.findByTestId('team-library');
    expect(areas.local.data[LIBRARY_KEYS.teamImported]).toEqual(TEAM);
  });
});

describe('export', () => {
  it('downloads the library as empathy-coach-library.json from a Blob, without a team lock', async () => {
    areas.local.data[LIBRARY_KEYS.teamImported] = TEAM;
    await renderOptions();
    const { blobs, clicked } = captureDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Export only my additions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export the whole library' }));
    expect(clicked).toEqual([
      { download: 'empathy-coach-library.json', href: 'blob:fake' },
      { download: 'empathy-coach-library.json', href: 'blob:fake' },
    ]);
    const [mine, whole] = await Promise.all(blobs.map(async (blob) => JSON.parse(await blob.text()) as typeof TEAM));
    expect(mine!.acknowledgements).toEqual({});
    expect(whole!.acknowledgements.frustrated?.[0]?.id).toBe('team-frustrated');
    expect(whole!.locked).toBeUndefined();
  });
});
