// @vitest-environment happy-dom
// Every field of the options page has a label, every section a heading, and the controls are buttons.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FEELINGS } from '../../../src/analyzer/types';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { FEELING_NAMES } from '../../../src/options/library-edit';
import { resetFakeBrowser } from './fake-browser';
import { chooseFile, openFeeling, phraseRows, renderOptions } from './helpers';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());
afterEach(() => cleanup());

function labelOf(field: Element): string {
  const aria = field.getAttribute('aria-label');
  if (aria) return aria;
  const id = field.getAttribute('id');
  const label = (id && document.querySelector(`label[for="${CSS.escape(id)}"]`)) || field.closest('label');
  return label?.textContent?.trim() ?? '';
}

it('labels every field, heads every section, and uses buttons for every action', async () => {
  await renderOptions();
  for (const feeling of FEELINGS) openFeeling(new RegExp(`^${FEELING_NAMES[feeling].replace(/[()]/g, '\\$&')}`));
  fireEvent.click(within(phraseRows(openFeeling(/^Frustrated/))[0]!).getByRole('button', { name: 'Edit' }));
  fireEvent.click(within(screen.getAllByTestId('avoid-entry')[0]!).getByRole('button', { name: 'Edit' }));
  fireEvent.click(within(screen.getAllByTestId('snippet')[0]!).getByRole('button', { name: 'Edit' }));
  fireEvent.click(screen.getByRole('button', { name: 'Add a phrase to avoid' }));
  fireEvent.click(screen.getByRole('button', { name: 'Add a snippet' }));
  chooseFile('mine.json', JSON.stringify(DEFAULT_LIBRARY));
  await screen.findByTestId('import-preview');

  const fields = [...document.querySelectorAll('input, select, textarea')];
  expect(fields.length).toBeGreaterThan(40);
  const unlabelled = fields.filter((field) => labelOf(field) === '').map((field) => field.outerHTML.slice(0, 120));
  expect(unlabelled).toEqual([]);

  for (const section of document.querySelectorAll('section')) {
    const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
    expect(heading?.tagName, section.id).toBe('H2');
  }
  // Actions are <button>s (keyboard: Tab, Enter, Space), never clickable divs or links without href.
  expect(document.querySelectorAll('[onclick], a:not([href]), [role="button"]:not(button)')).toHaveLength(0);
  expect([...document.querySelectorAll('button')].every((button) => button.getAttribute('type') !== null || button.closest('form'))).toBe(true);
  // The status is announced.
  expect(screen.getByTestId('save-status').getAttribute('role')).toBe('status');
}, 30_000);
