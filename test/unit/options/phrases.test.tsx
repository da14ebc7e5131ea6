// @vitest-environment happy-dom
// The Feelings section: adding, editing, deleting and reordering acknowledgement phrases, previews,
// validation next to the field, and phrases always shown as text.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { areas, resetFakeBrowser } from './fake-browser';
import { addPhrase, openFeeling, phraseRows, renderOptions, save, status, stored, type } from './helpers';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());
afterEach(() => cleanup());

const defaultFrustrated = DEFAULT_LIBRARY.acknowledgements.frustrated!;
const textsOf = async () => (await stored())?.acknowledgements.frustrated?.map((phrase) => phrase.text);

describe('Feelings', () => {
  it('adds, reorders, edits and deletes a phrase, and each change is saved to storage', async () => {
    await renderOptions();
    expect(await stored()).toBeNull();
    const group = openFeeling(/^Frustrated/);
    expect(phraseRows(group)).toHaveLength(defaultFrustrated.length);

    // Add: appended, unsaved until Save.
    const added = "Priya, I'm really sorry this keeps happening to you.";
    addPhrase(group, "{name}, I'm really sorry this keeps happening to you.");
    expect(phraseRows(group)).toHaveLength(defaultFrustrated.length + 1);
    expect(status()).toBe('Unsaved changes');
    expect(areas.sync.writes).toBe(0);
    await save();
    expect((await textsOf())?.at(-1)).toBe("{name}, I'm really sorry this keeps happening to you.");
    expect(phraseRows(group).at(-1)!.textContent).toContain(added);

    // Reorder: Move up until it is first; focus stays on the moved phrase's buttons.
    for (let step = 0; step < defaultFrustrated.length; step++) {
      const row = phraseRows(group).find((candidate) => candidate.textContent?.includes(added))!;
      fireEvent.click(within(row).getByRole('button', { name: 'Move up' }));
    }
    const first = phraseRows(group)[0]!;
    expect(first.textContent).toContain(added);
    expect((within(first).getByRole('button', { name: 'Move up' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(within(phraseRows(group)[0]!).getByRole('button', { name: 'Move down' })));
    fireEvent.click(within(phraseRows(group)[1]!).getByRole('button', { name: 'Move down' }));
    expect(phraseRows(group)[2]!.textContent).toContain(defaultFrustrated[0]!.text.replace('{name}', 'Priya'));
    fireEvent.click(within(phraseRows(group)[2]!).getByRole('button', { name: 'Move up' }));
    await save();
    expect(await textsOf()).toEqual([
      "{name}, I'm really sorry this keeps happening to you.",
      ...defaultFrustrated.map((phrase) => phrase.text),
    ]);

    // Edit the second phrase.
    fireEvent.click(within(phraseRows(group)[1]!).getByRole('button', { name: 'Edit' }));
    const field = within(phraseRows(group)[1]!).getByLabelText('Phrase') as HTMLInputElement;
    expect(field.value).toBe(defaultFrustrated[0]!.text);
    type(field, 'I can see how frustrating {issue} has been, {name}.');
    expect(phraseRows(group)[1]!.textContent).toContain('Preview: I can see how frustrating your refund has been, Priya.');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(within(phraseRows(group)[1]!).queryByLabelText('Phrase')).toBeNull();
    await save();
    expect((await textsOf())?.[1]).toBe('I can see how frustrating {issue} has been, {name}.');

    // Delete it.
    fireEvent.click(within(phraseRows(group)[1]!).getByRole('button', { name: 'Delete' }));
    expect(phraseRows(group)).toHaveLength(defaultFrustrated.length);
    await save();
    const texts = await textsOf();
    expect(texts).toHaveLength(defaultFrustrated.length);
    expect(texts).not.toContain('I can see how frustrating {issue} has been, {name}.');
  });

  it('previews each phrase with a sample name and the other placeholders filled in', async () => {
    await renderOptions();
    const group = openFeeling(/^Frustrated/);
    expect(phraseRows(group)[0]!.textContent).toContain('I can see how frustrating this has been, Priya.');
    type(screen.getByLabelText('Preview with the customer name'), 'Declan');
    expect(phraseRows(group)[0]!.textContent).toContain('I can see how frustrating this has been, Declan.');
    // The add field previews as the agent types: {name}, {issue} and {agent}.
    type(within(group).getByLabelText(/^Add a phrase for/), '{name}, {agent} here: I am on {issue}.');
    expect(group.textContent).toContain('Preview: Declan, Sam here: I am on your refund.');
  });

  it('shows a validation error next to the field, lists it by pointer, and does not save', async () => {
    await renderOptions();
    const group = openFeeling(/^Worried/);
    fireEvent.click(within(phraseRows(group)[0]!).getByRole('button', { name: 'Edit' }));
    const field = within(phraseRows(group)[0]!).getByLabelText('Phrase');
    type(field, '');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = field.getAttribute('aria-describedby')!.split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(messages).toContain('must not be empty');
    expect(status()).toBe('Unsaved changes. Fix the problem to save.');
    expect(screen.getByTestId('library-errors').textContent).toContain('Worried, phrase 1: must not be empty (/acknowledgements/worried/0/text)');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);

    type(field, 'x'.repeat(501));
    expect(screen.getByTestId('library-errors').textContent).toContain('Worried, phrase 1: is 501 characters long; the limit is 500 (/acknowledgements/worried/0/text)');
    type(field, 'I understand how worrying this is, {name}.');
    expect(screen.queryByTestId('library-errors')).toBeNull();
    // An empty phrase is never added.
    addPhrase(group, '   ');
    expect(group.textContent).toContain('Write the phrase first.');
    expect(areas.sync.writes).toBe(0);
  });

  it('renders HTML in a phrase as text, never as markup', async () => {
    await renderOptions();
    const group = openFeeling(/^Angry/);
    addPhrase(group, '<script>alert(1)</script><img src=x onerror=alert(2)> {name}');
    const row = phraseRows(group).at(-1)!;
    expect(row.textContent).toContain('<script>alert(1)</script><img src=x onerror=alert(2)> Priya');
    expect(document.querySelector('script, img[src="x"]')).toBeNull();
    await save();
    expect((await stored())?.acknowledgements.angry?.at(-1)?.text).toBe('<script>alert(1)</script><img src=x onerror=alert(2)> {name}');
  });

  it('discards unsaved edits', async () => {
    await renderOptions();
    const group = openFeeling(/^Grateful/);
    fireEvent.click(within(phraseRows(group)[0]!).getByRole('button', { name: 'Delete' }));
    expect(phraseRows(group)).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(phraseRows(group)).toHaveLength(3));
    expect(status()).toBe('All changes saved');
    expect(areas.sync.writes).toBe(0);
  });
});
