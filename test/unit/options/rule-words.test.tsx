// @vitest-environment happy-dom
// A manager puts the team's own words in place of what the coach says for a rule: the options page
// edits them with a live preview, saves, resets and undoes them like the rest of the library, and a
// team library's words are read-only.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULE_DESCRIPTIONS, RULE_TEXT } from '../../../src/analyzer/rules/catalog';
import { LIBRARY_KEYS } from '../../../src/shared/storage-keys';
import { areas, resetFakeBrowser } from './fake-browser';
import { TEAM, captureDownloads, renderOptions, save, status, stored, type } from './helpers';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());
afterEach(() => cleanup());

const rules = () => within(screen.getByTestId('rules'));
const preview = (rule: string) => screen.getByTestId(`rule-preview-${rule}`).textContent ?? '';

describe('rule wording', () => {
  it('shows each rule’s description and previews the built-in words', async () => {
    await renderOptions();
    expect(screen.getByTestId('rules').textContent).toContain(RULE_DESCRIPTIONS.blame);
    expect(preview('blame')).toContain(`${RULE_TEXT.blame.title}. ${RULE_TEXT.blame.message}`);
    expect((rules().getByLabelText(/^Message for “Drop the blame”/) as HTMLTextAreaElement).placeholder).toBe(RULE_TEXT.blame.message);
  });

  it('edits the title and message with a live preview, saves them, and an empty field means the built-in words', async () => {
    await renderOptions();
    type(rules().getByLabelText(/^Message for “Drop the blame”/), 'We never lecture: say what happens now.');
    type(rules().getByLabelText(/^Title for “Drop the blame”/), 'No finger-pointing');
    expect(preview('blame')).toContain('No finger-pointing. We never lecture: say what happens now.');
    await save();
    expect((await stored())?.rules.blame).toEqual({ enabled: true, severity: 'warning', title: 'No finger-pointing', message: 'We never lecture: say what happens now.' });

    type(rules().getByLabelText(/^Title for “Drop the blame”/), '');
    expect(preview('blame')).toContain(`Drop the blame. We never lecture`);
    await save();
    expect((await stored())?.rules.blame).toEqual({ enabled: true, severity: 'warning', message: 'We never lecture: say what happens now.' });
  });

  it('an exported library carries them', async () => {
    await renderOptions();
    type(rules().getByLabelText(/^Message for “Drop the blame”/), 'Say what happens now.');
    await save();
    const { blobs } = captureDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Export my library' }));
    const exported = JSON.parse(await blobs[0]!.text()) as { schemaVersion: number; rules: Record<string, { message?: string }> };
    expect(exported.schemaVersion).toBe(2);
    expect(exported.rules.blame?.message).toBe('Say what happens now.');
  });

  it('a bad value is shown at its field and not saved', async () => {
    await renderOptions();
    type(rules().getByLabelText(/^Message for “Drop the blame”/), '   ');
    await waitFor(() => expect(rules().getByText('must not be blank')).toBeTruthy());
    expect(status()).not.toMatch(/^Saved/);
  });

  it('reset forgets the words and Undo brings them back', async () => {
    await renderOptions();
    type(rules().getByLabelText(/^Message for “Cut the cliché”/), 'Say it plainly.');
    await save();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await screen.findByRole('button', { name: 'Undo reset' });
    expect(preview('cliche')).toContain(RULE_TEXT.cliche.message);
    fireEvent.click(screen.getByRole('button', { name: 'Undo reset' }));
    await waitFor(() => expect(preview('cliche')).toContain('Say it plainly.'));
    expect((await stored())?.rules.cliche?.message).toBe('Say it plainly.');
  });

  it('a team library’s words are read-only', async () => {
    areas.local.data[LIBRARY_KEYS.teamImported] = { ...TEAM, rules: { blame: { enabled: true, severity: 'warning', message: 'Team words.' } } };
    await renderOptions();
    const field = rules().getByLabelText(/^Message for “Drop the blame”/) as HTMLTextAreaElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe('Team words.');
    expect(preview('blame')).toContain('Team words.');
    expect((rules().getByLabelText(/^Message for “Cut the cliché”/) as HTMLTextAreaElement).readOnly).toBe(false);
  });
});
