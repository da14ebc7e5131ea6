import { expect, test } from 'vitest';
import { reviewDraft } from '../../../src/analyzer/index';
import { dockPanel, overlaps, PANEL_MAX_HEIGHT, type Placement } from '../../../src/content/coach/dock';
import { placeholders, verdict } from '../../../src/shared/readiness';
import { suggestionText } from '../../../src/shared/suggestion-text';

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

test('a cut that leaves nothing of its sentence shows no text, never its label', () => {
  const draft = "I'm sorry, but that's our policy. We value your business.";
  const cliche = reviewDraft({ draft }).findings.find((candidate) => candidate.rule === 'cliche');
  const cut = cliche?.suggestions.find((suggestion) => suggestion.text === '' && suggestion.replace);
  expect(cut, 'the cliché finding offers a cut').toBeTruthy();
  expect(suggestionText(draft, cut!)).toEqual({ text: '', rewrites: true });
  // A cut inside a sentence reads as the sentence without the words.
  const within = "Just restart the app and it works.";
  expect(suggestionText(within, { label: 'Cut it', text: '', replace: { start: 0, end: 5 } })).toEqual({ text: 'restart the app and it works.', rewrites: true });
});

test('the analyzer’s apology-but suggestions are previewed as whole sentences', () => {
  const draft = "I'm sorry, but that's our policy.";
  const finding = reviewDraft({ draft }).findings.find((candidate) => candidate.rule === 'apology-but');
  expect(finding?.suggestions.map((suggestion) => suggestionText(draft, suggestion).text)).toEqual(["I'm sorry. That's our policy.", "I'm sorry."]);
});

const rect = (x: number, y: number, width: number, height: number) =>
  ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height }) as DOMRect;

const inside = (placed: Placement, viewport: { width: number; height: number }) =>
  placed.left >= 0 && placed.top >= 0 && placed.left + placed.width <= viewport.width && placed.top + placed.maxHeight <= viewport.height;
const asBox = (placed: Placement) => ({ left: placed.left, top: placed.top, right: placed.left + placed.width, bottom: placed.top + placed.maxHeight });

test('the panel docks beside the box, inside the viewport, with a firm maximum height', () => {
  const viewport = { width: 1280, height: 860 };
  // Room on the right of a box low on the page: moved up so all of its 420 px fit, never taller.
  const right = dockPanel(rect(60, 580, 850, 180), null, viewport);
  expect(right).toMatchObject({ side: 'right', left: 918, top: 860 - 420 - 8, maxHeight: 420 });
  // Level with a box high on the page.
  expect(dockPanel(rect(60, 100, 850, 180), null, viewport)).toMatchObject({ side: 'right', left: 918, top: 100 });
  // No room beside a box low on the page: above it, at most 420 px, ending above the box.
  const above = dockPanel(rect(200, 716, 900, 100), null, viewport);
  expect(above.side).toBe('above');
  expect(above.maxHeight).toBe(PANEL_MAX_HEIGHT);
  expect(above.top + above.maxHeight).toBeLessThanOrEqual(716 - 8);
  expect(inside(above, viewport)).toBe(true);
});

test('the panel covers neither the box nor the latest customer message; it shrinks before covering', () => {
  const cases: Array<[DOMRect, DOMRect, { width: number; height: number }]> = [
    // Zendesk-like: message above a wide box, no room on either side.
    [rect(260, 520, 760, 150), rect(260, 120, 760, 360), { width: 1024, height: 700 }],
    [rect(300, 560, 900, 180), rect(300, 100, 900, 420), { width: 1366, height: 768 }],
    // Gmail-like: message and box in one column with room on the right.
    [rect(80, 500, 700, 200), rect(80, 150, 700, 300), { width: 1280, height: 860 }],
  ];
  for (const [box, message, viewport] of cases) {
    const placed = dockPanel(box, message, viewport);
    expect(overlaps(asBox(placed), box)).toBe(false);
    expect(overlaps(asBox(placed), message)).toBe(false);
    expect(inside(placed, viewport)).toBe(true);
    expect(placed.maxHeight).toBeLessThanOrEqual(PANEL_MAX_HEIGHT);
  }
  // Room only in a strip: the panel is as tall as the strip, not taller.
  const strip = dockPanel(rect(0, 300, 1024, 400), rect(0, 0, 1024, 150), { width: 1024, height: 700 });
  expect(strip.maxHeight).toBe(300 - 8 - (150 + 8));
  expect(overlaps(asBox(strip), rect(0, 0, 1024, 150))).toBe(false);
});

test('no false "all good": too short says Keep going, a few words to an upset customer is capped, placeholders cost', () => {
  const upset = { text: "I've been charged twice and nobody answers. If this isn't refunded by Friday I'm filing a chargeback!", name: 'Declan' };
  for (const draft of ['x', 'Refunded.', 'Hi Declan']) {
    expect(verdict(reviewDraft({ draft, customer: upset }), draft)).toEqual({ kind: 'keep-going', words: expect.any(Number) });
  }
  const short = 'Refunded today, Declan, sorry about that.';
  const judged = verdict(reviewDraft({ draft: short, customer: upset }), short);
  expect(judged?.kind).toBe('score');
  expect(judged?.kind === 'score' && judged.score).toBeLessThanOrEqual(60);
  const filled = 'Hi Declan, your refund goes out on Monday and reaches you by Friday.';
  const blank = 'Hi Declan, your refund goes out on [day] and reaches you by Friday.';
  const a = verdict(reviewDraft({ draft: filled }), filled);
  const b = verdict(reviewDraft({ draft: blank }), blank);
  expect(a?.kind === 'score' && b?.kind === 'score' && b.score < a.score).toBe(true);
  expect(placeholders('Dear {name}, on [day] — [[e2e:hold]]').map((found) => found.text)).toEqual(['{name}', '[day]']);
  expect(verdict(reviewDraft({ draft: '' }), '')).toEqual({ kind: 'empty' });
});
