// @vitest-environment happy-dom
// The library's life in storage as the options page shows it: reset and undo, rules and snippets
// saved, the "too big to sync" notice, and changes made in another window.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { savePersonal } from '../../../src/library/storage';
import { areas, resetFakeBrowser } from './fake-browser';
import { addPhrase, library, libraryAreas, openFeeling, phraseRows, renderOptions, save, status, stored, type } from './helpers';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());
afterEach(() => cleanup());

describe('reset to defaults', () => {
  it('forgets the agent’s library, and Undo brings it back until the next change', async () => {
    await renderOptions();
    expect((screen.getByRole('button', { name: 'Reset to defaults' }) as HTMLButtonElement).disabled).toBe(true);
    addPhrase(openFeeling(/^Confused/), 'Mine: {name}, that was unclear.');
    await save();
    const saved = await stored();
    expect(saved?.acknowledgements.confused?.at(-1)?.text).toBe('Mine: {name}, that was unclear.');

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await screen.findByRole('button', { name: 'Undo reset' });
    expect(await stored()).toBeNull();
    expect(phraseRows(openFeeling(/^Confused/))).toHaveLength(DEFAULT_LIBRARY.acknowledgements.confused!.length);

    fireEvent.click(screen.getByRole('button', { name: 'Undo reset' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo reset' })).toBeNull());
    expect(await stored()).toEqual(saved);
    expect(phraseRows(openFeeling(/^Confused/)).at(-1)!.textContent).toContain('Mine: Priya, that was unclear.');

    // Undo is offered only until the next change.
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await screen.findByRole('button', { name: 'Undo reset' });
    addPhrase(openFeeling(/^Confused/), 'Another one, {name}.');
    expect(screen.queryByRole('button', { name: 'Undo reset' })).toBeNull();
  });
});

describe('rules, avoid list and snippets', () => {
  it('saves rule switches and severities', async () => {
    await renderOptions();
    const rules = screen.getByTestId('rules');
    fireEvent.click(within(rules).getByRole('checkbox', { name: 'Drop the blame' }));
    const cliche = within(rules).getByRole('combobox', { name: /Cut the cliché/ }) as HTMLSelectElement;
    cliche.value = 'info';
    fireEvent.change(cliche);
    expect((within(rules).getByRole('combobox', { name: /Drop the blame/ }) as HTMLSelectElement).disabled).toBe(true);
    await save();
    const saved = await stored();
    expect(saved?.rules.blame).toEqual({ enabled: false, severity: 'warning' });
    expect(saved?.rules.cliche).toEqual({ enabled: true, severity: 'info' });
  });

  it('adds, edits and deletes an avoid entry', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a phrase to avoid' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to the avoid list' }));
    expect(screen.getByText('Write the words to avoid first.')).toBeTruthy();
    type(screen.getByLabelText('Words to avoid'), 'unfortunately');
    type(screen.getByLabelText('What the coach says'), 'Lead with what you can do.');
    const rule = screen.getByLabelText('Counts as') as HTMLSelectElement;
    rule.value = 'cliche';
    fireEvent.change(rule);
    type(screen.getByLabelText('Write instead (optional)'), 'Here is what I can do');
    fireEvent.click(screen.getByRole('button', { name: 'Add to the avoid list' }));
    const row = screen.getAllByTestId('avoid-entry').at(-1)!;
    expect(row.textContent).toContain('unfortunately');
    expect(row.textContent).toContain('Cut the cliché');
    await save();
    expect((await stored())?.avoid.at(-1)).toEqual({
      id: 'mine-avoid-unfortunately',
      phrase: 'unfortunately',
      rule: 'cliche',
      message: 'Lead with what you can do.',
      alternatives: ['Here is what I can do'],
    });

    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Add an alternative' }));
    expect(within(row).getByLabelText('Alternative 2')).toBe(document.activeElement);
    await save();
    expect((await stored())?.avoid.at(-1)?.alternatives).toEqual(['Here is what I can do', '']);

    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    await save();
    expect((await stored())?.avoid.map((entry) => entry.id)).toEqual(DEFAULT_LIBRARY.avoid.map((entry) => entry.id));
  });

  it('adds and edits a snippet with tags', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a snippet' }));
    type(screen.getByLabelText('Title'), 'Refund sent');
    type(screen.getByLabelText('Text'), "I've sent your refund, {name}.");
    type(screen.getByLabelText('Tags (separated by commas)'), 'refund, follow-up, ');
    fireEvent.click(screen.getByRole('button', { name: 'Add the snippet' }));
    await save();
    expect((await stored())?.snippets.at(-1)).toEqual({ id: 'mine-snippet-refund-sent', title: 'Refund sent', text: "I've sent your refund, {name}.", tags: ['refund', 'follow-up'] });

    const row = screen.getAllByTestId('snippet').at(-1)!;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    type(within(row).getByLabelText('Tags'), 'refund');
    await save();
    expect((await stored())?.snippets.at(-1)?.tags).toEqual(['refund']);
  });
});

describe('storage', () => {
  it('says when the library is too big to sync and lives on this computer only', async () => {
    const big = library({
      snippets: Array.from({ length: 220 }, (_, index) => ({ id: `big-${index}`, title: `Big ${index}`, text: `${'word '.repeat(99)}${index}`, tags: [] })),
    });
    expect((await savePersonal(libraryAreas, big)).where).toBe('local');
    await renderOptions();
    expect(screen.getByTestId('notice-local').textContent).toMatch(/^Your library is \d+ KB, too big to sync; it is saved on this computer only\.$/);
    addPhrase(openFeeling(/^Neutral|^Calm/), 'Hello {name}.');
    await save();
    expect(status()).toBe('Saved on this computer only');
  });

  it('shows a change made in another window, or says so when the agent has unsaved edits', async () => {
    await renderOptions();
    const group = openFeeling(/^Impatient/);
    const elsewhere = library({});
    elsewhere.acknowledgements.impatient = [{ id: 'elsewhere', text: 'From the other window, {name}.' }];
    await savePersonal(libraryAreas, elsewhere);
    await waitFor(() => expect(phraseRows(group)).toHaveLength(1));
    expect(phraseRows(group)[0]!.textContent).toContain('From the other window, Priya.');
    expect(screen.queryByTestId('notice-outside-change')).toBeNull();

    // With unsaved edits the page keeps them and tells the agent.
    addPhrase(group, 'Mine, {name}.');
    elsewhere.acknowledgements.impatient = [{ id: 'elsewhere-2', text: 'Second change, {name}.' }];
    await savePersonal(libraryAreas, elsewhere);
    await screen.findByTestId('notice-outside-change');
    expect(phraseRows(group).map((row) => row.textContent)).toEqual([expect.stringContaining('From the other window'), expect.stringContaining('Mine, Priya.')]);
    fireEvent.click(screen.getByRole('button', { name: 'Load the new version' }));
    await waitFor(() => expect(phraseRows(group).map((row) => row.textContent)).toEqual([expect.stringContaining('Second change, Priya.')]));
    expect(screen.queryByTestId('notice-outside-change')).toBeNull();
  });

  it('two tabs save at once: the second is not saved and is told "changed elsewhere — reload or overwrite"', async () => {
    await renderOptions();
    const group = openFeeling(/^Worried/);
    addPhrase(group, 'Mine from this tab, {name}.');
    // Another tab saves between this page's load and its Save (before its change event arrives).
    const elsewhere = library({});
    elsewhere.acknowledgements.worried = [{ id: 'other-tab', text: 'From the other tab, {name}.' }];
    await savePersonal(libraryAreas, elsewhere);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(status()).toBe('Not saved: changed elsewhere — reload or overwrite'));
    expect(screen.getByTestId('notice-conflict').textContent).toMatch(/changed elsewhere/);
    expect((await stored())?.acknowledgements.worried).toEqual([{ id: 'other-tab', text: 'From the other tab, {name}.' }]);
    // Overwrite: this tab's version replaces it, complete.
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite with my version' }));
    await waitFor(() => expect(status()).toMatch(/^Saved/));
    expect((await stored())?.acknowledgements.worried?.at(-1)?.text).toBe('Mine from this tab, {name}.');
    expect(screen.queryByTestId('notice-conflict')).toBeNull();
  });

  it('does not mistake its own saves for changes made elsewhere', async () => {
    await renderOptions();
    const group = openFeeling(/^Grateful/);
    addPhrase(group, 'Thanks, {name}!');
    await save();
    addPhrase(group, 'And again, {name}!');
    // The change events of the save arrive after it; the new edit must survive them.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId('notice-outside-change')).toBeNull();
    expect(phraseRows(group).at(-1)!.textContent).toContain('And again, Priya!');
    expect(areas.sync.writes).toBeGreaterThan(0);
  });
});
