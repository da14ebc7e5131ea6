import { expect, test } from 'vitest';
import { reviewDraft } from '../../../src/analyzer/index';
import { panelPosition, suggestionText } from '../../../src/content/coach/view';

test('a replacement suggestion reads as the sentence it rewrites, an insertion as its own text', () => {
  const draft = "Hi, I'm sorry, but that's our policy. As I already explained, read the FAQ.";
  const cut = draft.indexOf(', but');
  const after = draft.indexOf("that's");
  expect(suggestionText(draft, { label: 'Split it: apology first', text: '. T', replace: { start: cut, end: after + 1 } })).toEqual({
    text: "Hi, I'm sorry. That's our policy.",
    rewrites: true,
  });
  expect(suggestionText(draft, { label: 'End with the apology', text: '.', replace: { start: cut, end: draft.indexOf('.') + 1 } })).toEqual({
    text: "Hi, I'm sorry.",
    rewrites: true,
  });
  expect(suggestionText(draft, { label: 'Acknowledge', text: ' I can see how frustrating this is. ' })).toEqual({
    text: 'I can see how frustrating this is.',
    rewrites: false,
  });
  // An empty replacement span is an insertion; a stale span (past the draft) falls back to the text.
  expect(suggestionText(draft, { label: 'x', text: 'Hi Priya,', replace: { start: 0, end: 0 } }).rewrites).toBe(false);
  expect(suggestionText('short', { label: 'Label', text: ' ', replace: { start: 2, end: 40 } })).toEqual({ text: 'Label', rewrites: false });
});

test('the analyzer’s apology-but suggestions are previewed as whole sentences', () => {
  const draft = "I'm sorry, but that's our policy.";
  const finding = reviewDraft({ draft }).findings.find((candidate) => candidate.rule === 'apology-but');
  expect(finding?.suggestions.map((suggestion) => suggestionText(draft, suggestion).text)).toEqual(["I'm sorry. That's our policy.", "I'm sorry."]);
});

const rect = (x: number, y: number, width: number, height: number) =>
  ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height }) as DOMRect;

test('the panel stays inside the viewport beside the box', () => {
  const viewport = { width: 1280, height: 860 };
  // Right of a box low on the page: moved up so all of its 420 px fit.
  const right = panelPosition(rect(60, 580, 850, 180), viewport);
  expect(right).toEqual({ left: '918px', top: `${860 - 420 - 8}px` });
  // Right of a box high on the page: level with it.
  expect(panelPosition(rect(60, 100, 850, 180), viewport)).toEqual({ left: '918px', top: '100px' });
  // No room on the right, box low: above it.
  expect(panelPosition(rect(340, 716, 640, 100), viewport)).toEqual({ left: '660px', bottom: '152px', 'max-height': '700px' });
  // No room on the right, box at the top: below it, with a height that ends on screen.
  const below = panelPosition(rect(340, 40, 900, 100), viewport);
  expect(below).toEqual({ left: '920px', top: '148px', 'max-height': `${860 - 148 - 8}px` });
});
