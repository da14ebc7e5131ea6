// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { clipRect, composedRoots, isRendered, selectionFor, toTopViewport, topDocument } from '../../../src/content/dom/roots';
import { $, mount } from './html';

afterEach(() => document.body.replaceChildren());

function nestedShadowEditor() {
  const outerHost = mount('<x-outer></x-outer>').firstElementChild as HTMLElement;
  const outer = outerHost.attachShadow({ mode: 'open' });
  const inner = outer.appendChild(document.createElement('x-inner')).attachShadow({ mode: 'open' });
  const editor = inner.appendChild(document.createElement('div'));
  return { outer, inner, editor };
}

test('composedRoots lists the shadow roots out to the document; topDocument is the page', () => {
  const { outer, inner, editor } = nestedShadowEditor();
  expect(composedRoots(editor)).toEqual([inner, outer, document]);
  expect(topDocument(editor)).toBe(document);
  expect(composedRoots(document.body)).toEqual([document]);
});

test('selectionFor prefers the shadow root’s own selection where the browser has one', () => {
  const { inner, editor } = nestedShadowEditor();
  expect(selectionFor(editor)).toBe(document.getSelection());
  const own = { own: true } as unknown as Selection;
  (inner as ShadowRoot & { getSelection?: () => Selection }).getSelection = () => own;
  expect(selectionFor(editor)).toBe(own);
});

test('isRendered: display:none anywhere above hides', () => {
  const root = mount('<div id="shown"></div><div style="display:none"><p id="inside"></p></div>');
  expect(isRendered($(root, '#shown'))).toBe(true);
  expect(isRendered($(root, '#inside'))).toBe(false);
});

test('clipRect keeps the part inside, drops what is outside, keeps a caret', () => {
  const clip = new DOMRect(0, 0, 100, 50);
  expect(clipRect(new DOMRect(90, 10, 30, 20), clip)).toEqual(new DOMRect(90, 10, 10, 20));
  expect(clipRect(new DOMRect(10, 60, 30, 20), clip)).toBeNull();
  expect(clipRect(new DOMRect(10, 10, 0, 20), clip)).toEqual(new DOMRect(10, 10, 0, 20));
});

test('toTopViewport leaves rects of the top page where they are', () => {
  const element = mount('<p>x</p>').firstElementChild as HTMLElement;
  expect(toTopViewport(new DOMRect(5, 6, 7, 8), element)).toEqual(new DOMRect(5, 6, 7, 8));
});
