// @vitest-environment happy-dom
// The avoid list and the snippets: "Show all", Find, Add / Cancel / Add, Delete, Edit / Done, and where the focus goes.
// (Focus on a field that appears in the same render is not checked: happy-dom does not find it in time.)
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { resetFakeBrowser } from './fake-browser';
import { openFeeling, phraseRows, renderOptions, type } from './helpers';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());
afterEach(() => cleanup());

const focused = () => document.activeElement;

it('"Show all" lists every entry', async () => {
  await renderOptions();
  expect(screen.getAllByTestId('avoid-entry')).toHaveLength(8);
  fireEvent.click(screen.getByRole('button', { name: `Show all ${DEFAULT_LIBRARY.avoid.length} phrases to avoid` }));
  expect(screen.getAllByTestId('avoid-entry')).toHaveLength(DEFAULT_LIBRARY.avoid.length);
  expect(screen.queryByRole('button', { name: /^Show all .* phrases to avoid$/ })).toBeNull();

  expect(screen.getAllByTestId('snippet')).toHaveLength(6);
  fireEvent.click(screen.getByRole('button', { name: `Show all ${DEFAULT_LIBRARY.snippets.length} snippets` }));
  expect(screen.getAllByTestId('snippet')).toHaveLength(DEFAULT_LIBRARY.snippets.length);
});

it('Find shows every matching entry, with no "Show all"', async () => {
  await renderOptions();
  type(screen.getByLabelText('Find'), ' ');
  expect(screen.getByRole('button', { name: /^Show all .* phrases to avoid$/ })).toBeTruthy();
  type(screen.getByLabelText('Find'), DEFAULT_LIBRARY.avoid.at(-1)!.phrase);
  expect(screen.queryByRole('button', { name: /^Show all .* phrases to avoid$/ })).toBeNull();
  expect(screen.getAllByTestId('avoid-entry').map((row) => row.dataset.avoidId)).toContain(DEFAULT_LIBRARY.avoid.at(-1)!.id);
});

it('Cancel and Add close the New … form and put the focus back on the Add button', async () => {
  await renderOptions();
  fireEvent.click(screen.getByRole('button', { name: 'Add a phrase to avoid' }));
  fireEvent.click(within(screen.getByRole('form', { name: 'New phrase to avoid' })).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(focused()?.id).toBe('avoid-add'));

  type(screen.getByLabelText('Find'), 'nothing matches this');
  fireEvent.click(screen.getByRole('button', { name: 'Add a phrase to avoid' }));
  type(screen.getByLabelText('Words to avoid'), 'unfortunately');
  type(screen.getByLabelText('What the coach says'), 'Lead with what you can do.');
  fireEvent.click(screen.getByRole('button', { name: 'Add to the avoid list' }));
  await waitFor(() => expect(focused()?.id).toBe('avoid-add'));
  expect((screen.getByLabelText('Find') as HTMLInputElement).value).toBe('');
  // The list opens in full, so the new entry at its end shows.
  expect(screen.getAllByTestId('avoid-entry')).toHaveLength(DEFAULT_LIBRARY.avoid.length + 1);

  fireEvent.click(screen.getByRole('button', { name: 'Add a snippet' }));
  fireEvent.click(within(screen.getByRole('form', { name: 'New snippet' })).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(focused()?.id).toBe('snippet-add'));
  fireEvent.click(screen.getByRole('button', { name: 'Add a snippet' }));
  type(screen.getByLabelText('Title'), 'Refund sent');
  type(screen.getByLabelText('Text'), 'Your refund is on its way.');
  fireEvent.click(screen.getByRole('button', { name: 'Add the snippet' }));
  await waitFor(() => expect(focused()?.id).toBe('snippet-add'));
  expect(screen.getAllByTestId('snippet')).toHaveLength(DEFAULT_LIBRARY.snippets.length + 1);
});

it('Delete focuses the Add button', async () => {
  await renderOptions();
  fireEvent.click(within(screen.getAllByTestId('avoid-entry')[0]!).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(focused()?.id).toBe('avoid-add'));
  fireEvent.click(within(screen.getAllByTestId('snippet')[0]!).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(focused()?.id).toBe('snippet-add'));
});

it('Done (and Enter in a phrase) closes the fields and focuses Edit again', async () => {
  await renderOptions();
  const avoidRow = screen.getAllByTestId('avoid-entry')[0]!;
  fireEvent.click(within(avoidRow).getByRole('button', { name: 'Edit' }));
  fireEvent.click(within(avoidRow).getByRole('button', { name: 'Done' }));
  await waitFor(() => expect(focused()).toBe(within(avoidRow).getByRole('button', { name: 'Edit' })));

  const snippetRow = screen.getAllByTestId('snippet')[0]!;
  fireEvent.click(within(snippetRow).getByRole('button', { name: 'Edit' }));
  fireEvent.click(within(snippetRow).getByRole('button', { name: 'Done' }));
  await waitFor(() => expect(focused()).toBe(within(snippetRow).getByRole('button', { name: 'Edit' })));

  const phraseRow = phraseRows(openFeeling(/^Frustrated/))[0]!;
  fireEvent.click(within(phraseRow).getByRole('button', { name: 'Edit' }));
  const field = within(phraseRow).getByLabelText('Phrase');
  fireEvent.keyDown(field, { key: 'Enter' });
  await waitFor(() => expect(focused()).toBe(within(phraseRow).getByRole('button', { name: 'Edit' })));
  expect(within(phraseRow).queryByLabelText('Phrase')).toBeNull();
});
