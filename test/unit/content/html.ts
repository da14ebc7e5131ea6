// Test helper: builds DOM from markup with DOMParser (no innerHTML), in the test's document.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Parses `markup` and appends its nodes to a fresh <div> in document.body; returns the div. */
export function mount(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${markup}</body>`, 'text/html');
  const container = document.createElement('div');
  for (const node of [...parsed.body.childNodes]) container.append(document.importNode(node, true));
  document.body.append(container);
  return container;
}

/** The first element matching `selector` under `root`; throws when there is none. */
export function $(root: ParentNode, selector: string): HTMLElement {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`No element matches ${selector}`);
  return element as HTMLElement;
}

/** A demo page (demo/pages), parsed as a static document: its scripts do not run. */
export function demoDocument(file: string): Document {
  const markup = readFileSync(resolve(import.meta.dirname, '../../../demo/pages', file), 'utf8');
  return new DOMParser().parseFromString(markup, 'text/html');
}
