// @vitest-environment happy-dom
// A team library (imported locked file or administrator policy): its entries are read-only, its
// rules are disabled controls, and only the agent's additions are stored.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { LIBRARY_KEYS } from '../../../src/shared/storage-keys';
import { areas, resetFakeBrowser } from './fake-browser';
import { TEAM, addPhrase, openFeeling, phraseRows, renderOptions, save, stored } from './helpers';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());
afterEach(() => cleanup());

describe('team library', () => {
  it('shows team entries read-only with a Team badge and no edit controls; stores only the agent’s additions', async () => {
    areas.local.data[LIBRARY_KEYS.teamImported] = TEAM;
    await renderOptions();
    expect(screen.getByTestId('team-library').textContent).toContain('Acme support team');
    expect(screen.getByTestId('team-library').textContent).toContain('imported from a file');

    const group = openFeeling(/^Frustrated/);
    const [teamRow] = phraseRows(group);
    expect(teamRow!.textContent).toContain('Our team is sorry about your refund, Priya.');
    expect(within(teamRow!).getByText('Team')).toBeTruthy();
    expect(within(teamRow!).queryAllByRole('button')).toHaveLength(0);
    expect(within(teamRow!).queryAllByRole('textbox')).toHaveLength(0);

    const avoidRow = screen.getAllByTestId('avoid-entry').find((row) => row.dataset.avoidId === 'team-avoid')!;
    expect(within(avoidRow).getByText('Team')).toBeTruthy();
    expect(within(avoidRow).queryAllByRole('button')).toHaveLength(0);
    const snippetRow = screen.getAllByTestId('snippet').find((row) => row.dataset.snippetId === 'team-snippet')!;
    expect(within(snippetRow).queryAllByRole('button')).toHaveLength(0);

    // The team's rule is a disabled control; the others can change.
    const rules = screen.getByTestId('rules');
    expect((within(rules).getByRole('checkbox', { name: 'Drop the blame' }) as HTMLInputElement).disabled).toBe(true);
    expect((within(rules).getByRole('combobox', { name: /Drop the blame/ }) as HTMLSelectElement).disabled).toBe(true);
    expect((within(rules).getByRole('checkbox', { name: 'Cut the cliché' }) as HTMLInputElement).disabled).toBe(false);

    // The agent's own phrase goes below the team's and can move, but never above it.
    addPhrase(group, 'Mine, {name}.');
    const mine = phraseRows(group)[1]!;
    expect((within(mine).getByRole('button', { name: 'Move up' }) as HTMLButtonElement).disabled).toBe(true);
    await save();
    const personal = await stored();
    expect(personal?.acknowledgements).toEqual({ frustrated: [expect.objectContaining({ text: 'Mine, {name}.' })] });
    expect(personal?.avoid).toEqual([]);
    expect(personal?.rules).toEqual({});
    expect(areas.local.data[LIBRARY_KEYS.teamImported]).toEqual(TEAM);
  });

  it('removes an imported team library', async () => {
    areas.local.data[LIBRARY_KEYS.teamImported] = TEAM;
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the team library' }));
    await waitFor(() => expect(screen.queryByTestId('team-library')).toBeNull());
    expect(areas.local.data[LIBRARY_KEYS.teamImported]).toBeUndefined();
    // Nothing of the agent's own was stored: the default library applies again.
    const rows = phraseRows(openFeeling(/^Frustrated/));
    expect(rows).toHaveLength(DEFAULT_LIBRARY.acknowledgements.frustrated!.length);
    expect(rows.some((row) => row.textContent?.includes('Team'))).toBe(false);
  });

  it('names an administrator’s policy as the source and offers no removal', async () => {
    areas.managed.data[LIBRARY_KEYS.teamManaged] = { ...TEAM, locked: undefined };
    await renderOptions();
    // The policy is read in the background (Chromium's first read is slow) and copied to local storage.
    expect((await screen.findByTestId('team-library')).textContent).toContain('set by your administrator');
    expect(screen.queryByRole('button', { name: 'Remove the team library' })).toBeNull();
    expect(within(phraseRows(openFeeling(/^Frustrated/))[0]!).getByText('Team')).toBeTruthy();
  });

  it('says when the team library cannot be used', async () => {
    areas.local.data[LIBRARY_KEYS.teamImported] = { ...TEAM, schemaVersion: 9 };
    await renderOptions();
    expect(screen.getByTestId('notice-invalid-team').textContent).toContain('/schemaVersion: is 9');
    expect(screen.queryByTestId('team-library')).toBeNull();
  });

  it('an administrator’s policy that cannot be read is said loudly: the problem, and that the agent’s own library applies', async () => {
    areas.managed.data[LIBRARY_KEYS.teamManaged] = { ...TEAM, locked: undefined, acknowledgements: { furious: [] } };
    await renderOptions();
    const notice = await screen.findByTestId('notice-invalid-team');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toMatch(/^Your administrator's library could not be read: \/acknowledgements.*furious.*\. The coach uses your own library\.$/);
    expect(screen.queryByTestId('team-library')).toBeNull();
  });
});
