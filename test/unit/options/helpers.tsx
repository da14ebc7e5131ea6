// Shared steps of the options page's component tests (the page runs against ./fake-browser).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import type { PhraseLibrary } from '../../../src/library/schema';
import { loadPersonal, type LibraryAreas } from '../../../src/library/storage';
import { Options } from '../../../src/options/Options';
import { areas } from './fake-browser';

export const libraryAreas: LibraryAreas = areas;

export async function renderOptions() {
  const view = render(<Options />);
  await screen.findByText('All changes saved');
  return view;
}

export const status = () => screen.getByTestId('save-status').textContent ?? '';

export async function save() {
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(status()).toMatch(/^Saved/));
}

/** The agent's library as stored (null: nothing stored, the default applies). */
export async function stored(): Promise<PhraseLibrary | null> {
  return (await loadPersonal(libraryAreas)).library;
}

export function openFeeling(name: RegExp) {
  const button = screen.getByRole('button', { name });
  if (button.getAttribute('aria-expanded') !== 'true') fireEvent.click(button);
  return button.closest('[data-testid^="feeling-"]') as HTMLElement;
}

export const phraseRows = (group: HTMLElement) => within(group).queryAllByTestId('phrase');

export function type(element: HTMLElement, value: string) {
  fireEvent.input(element, { target: { value } });
}

export function addPhrase(group: HTMLElement, text: string) {
  type(within(group).getByLabelText(/^Add a phrase for/), text);
  fireEvent.click(within(group).getByRole('button', { name: 'Add' }));
}

/** Chooses a file in the import field. */
export function chooseFile(name: string, content: string | Uint8Array<ArrayBuffer>) {
  const input = screen.getByLabelText(/^Import a library file/) as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

export function library(overrides: Partial<PhraseLibrary>): PhraseLibrary {
  return { ...structuredClone(DEFAULT_LIBRARY), ...overrides };
}

export const TEAM: PhraseLibrary = {
  ...structuredClone(DEFAULT_LIBRARY),
  id: 'acme-team',
  name: 'Acme support team',
  version: '3.0.0',
  locked: true,
  acknowledgements: { frustrated: [{ id: 'team-frustrated', text: 'Our team is sorry about {issue}, {name}.' }] },
  avoid: [{ id: 'team-avoid', phrase: 'as per policy', rule: 'policy-wall', message: 'Say what you can do.', alternatives: [] }],
  rules: { blame: { enabled: true, severity: 'warning' } },
  snippets: [{ id: 'team-snippet', title: 'Team close', text: 'Thanks, {name}.', tags: ['closing'] }],
};

/** Catches the downloads the page starts (Export): the files' blobs and the links clicked. */
export function captureDownloads(): { blobs: Blob[]; clicked: { download: string; href: string }[] } {
  const blobs: Blob[] = [];
  const clicked: { download: string; href: string }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:fake';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
  return { blobs, clicked };
}
