// The incremental reviewer: where it cuts a draft, what it re-analyses after an edit, what empties
// its cache, how much it keeps, and the cases where a paragraph alone would not be enough.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../src/analyzer/data/default-library';
import { AVOID_LOCAL_MAX, createIncrementalReviewer, LOCAL_RULES, splitUnits } from '../../src/analyzer/incremental';
import type { CoachingLibrary } from '../../src/analyzer/library-shape';
import { reviewDraft, reviewDraftStrict, type ReviewInput, type ReviewOptions } from '../../src/analyzer/review';
import { findAvoided } from '../../src/analyzer/rules/avoid';
import { layoutOf } from '../../src/analyzer/text/layout';
import type { Review } from '../../src/analyzer/types';

const CUSTOMER = { text: "This is the third time I'm asking and I still have no refund!!", name: 'Priya Raman' };

const PARAGRAPHS = [
  "I'm sorry, but refunds take 5-10 business days and that's our policy. As I already explained, you should have checked the FAQ first.",
  'Just restart the app and it should work. We value your business and apologize for any inconvenience this may have caused.',
  "To be honest, I've refunded the duplicate payment of $486 to your card ending 4471. PLEASE keep the receipt for your records!!",
  "I'll email you by Friday with an update from the billing team. Please reply with a screenshot of the statement so I can check it.",
  'Our engineers are looking at the logout problem right now. Per my last email, the fix goes live tonight.',
];
const DRAFT = `Hi Priya,\n\n${PARAGRAPHS.join('\n\n')}\n\nBest,\nSam`;

function same(inc: ReturnType<typeof createIncrementalReviewer>, input: ReviewInput, options?: ReviewOptions): Review {
  const got = inc.review(input, options);
  expect(got).toStrictEqual(reviewDraftStrict(input, options));
  return got;
}

describe('splitUnits', () => {
  it('cuts at line breaks after a sentence end, never elsewhere', () => {
    const text = 'Hi Priya,\n\nFirst paragraph.\n\nSecond one!\nstill second\n\nThird?\r\n\r\nno end\n\nlast';
    const units = splitUnits(text, 0);
    // A unit after a blank line starts with that line's break; a line of white space alone is never cut after.
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['Hi Priya,\n\nFirst paragraph.', '\nSecond one!', 'still second\n\nThird?\r', '\r\nno end\n\nlast']);
    // The cuts are single line breaks; units cover everything else.
    for (let k = 1; k < units.length; k++) {
      expect(units[k]!.start).toBe(units[k - 1]!.end + 1);
      expect(text[units[k - 1]!.end]).toBe('\n');
    }
    expect(units[units.length - 1]!.end).toBe(text.length);
  });

  it('keeps short paragraphs with the next one', () => {
    const text = 'Short.\n\nAlso short.\n\nA longer paragraph that certainly has more than forty characters in it.\n\nEnd.';
    const units = splitUnits(text, 40);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
      'Short.\n\nAlso short.\n\nA longer paragraph that certainly has more than forty characters in it.',
      '\nEnd.',
    ]);
  });

  it('never cuts inside an unclosed "<" (an HTML tag may span lines)', () => {
    const text = 'See <b class="x".\n\nHELLO> there.\n\nNext <i>one</i>.\n\nLast.';
    const units = splitUnits(text, 0);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['See <b class="x".\n\nHELLO> there.', '\nNext <i>one</i>.', '\nLast.']);
  });

  it('returns one unit for text without cuts, and for empty text', () => {
    expect(splitUnits('', 0)).toEqual([{ start: 0, end: 0 }]);
    expect(splitUnits('no sentence end\nanywhere', 0)).toEqual([{ start: 0, end: 24 }]);
  });
});

describe('incremental reviewer', () => {
  it('gives the same review as reviewDraft, first time and every time after', () => {
    const inc = createIncrementalReviewer();
    const first = same(inc, { draft: DRAFT, customer: CUSTOMER });
    expect(first.findings.length).toBeGreaterThan(5);
    same(inc, { draft: DRAFT, customer: CUSTOMER });
  });

  // Known miss of the learned layer (issue-10 note): it takes the stock "I'm sorry, but…" for an
  // acknowledgement of this impatient customer. `it.fails` turns red the day it is right again.
  it.fails('names every fault of the sample draft (known miss: acknowledge-feeling)', () => {
    const first = createIncrementalReviewer().review({ draft: DRAFT, customer: CUSTOMER });
    expect(new Set(first.findings.map((f) => f.rule))).toEqual(
      new Set(['acknowledge-feeling', 'apology-but', 'blame', 'cliche', 'custom', 'dismissive', 'non-apology', 'policy-wall', 'shouting']),
    );
  });

  it('re-analyses only the paragraph that changed, shifting the others', () => {
    const inc = createIncrementalReviewer();
    same(inc, { draft: DRAFT, customer: CUSTOMER });
    const before = inc.stats();
    expect(before.entries).toBe(5); // greeting + first paragraph, 3 paragraphs, last paragraph + sign-off
    // One word typed in the second paragraph: everything after it moves by 6 characters.
    const edited = DRAFT.replace('Just restart', 'Just simply restart');
    same(inc, { draft: edited, customer: CUSTOMER });
    const after = inc.stats();
    expect(after.lookups - before.lookups).toBe(5);
    expect(after.reused - before.reused).toBe(4);
    // The changed paragraph: each local rule once, and the avoid-list.
    expect(after.unitChecks - before.unitChecks).toBe(LOCAL_RULES.length + 1);
  });

  it('re-analyses nothing when a paragraph is inserted, deleted or moved', () => {
    const inc = createIncrementalReviewer();
    same(inc, { draft: DRAFT, customer: CUSTOMER });
    const moved = `Hi Priya,\n\n${[PARAGRAPHS[3], PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[1], PARAGRAPHS[4]].join('\n\n')}\n\nBest,\nSam`;
    const n = inc.stats().unitChecks;
    same(inc, { draft: moved, customer: CUSTOMER });
    // New: the greeting with its new first paragraph, and the old first paragraph without the greeting.
    expect(inc.stats().unitChecks - n).toBe(2 * (LOCAL_RULES.length + 1));
    const m = inc.stats().unitChecks;
    same(inc, { draft: moved.replace(`${PARAGRAPHS[0]}\n\n`, ''), customer: CUSTOMER });
    expect(inc.stats().unitChecks - m).toBe(0);
  });

  it('a phrase or a tag that runs across a blank line is found, because no cut is made there', () => {
    const inc = createIncrementalReviewer({ strict: true, minUnitChars: 0 });
    for (const draft of ["I'm afraid that's our\n\npolicy.", 'Just\n\nrestart it.', "It's not\n\nyour fault.", 'PLEASE\nREAD this.', 'I am sorry, but\n\nI have refunded you.', 'See <b class="x".\n\nHELLO THERE> now.']) {
      same(inc, { draft });
      same(inc, { draft: `Thanks.\n\n${draft}\n\nBest.` });
    }
  });

  it('policy-wall stays quiet when another paragraph offers an alternative, and speaks when it goes', () => {
    const inc = createIncrementalReviewer({ strict: true, minUnitChars: 0 });
    const wall = "That's our policy.\n\nI checked your order today.";
    const offered = `${wall}\n\nInstead, I can offer store credit.`;
    expect(same(inc, { draft: offered }).findings.some((f) => f.rule === 'policy-wall')).toBe(false);
    expect(same(inc, { draft: wall }).findings.some((f) => f.rule === 'policy-wall')).toBe(true);
    expect(same(inc, { draft: offered }).findings.some((f) => f.rule === 'policy-wall')).toBe(false);
  });

  it('capitals in the sign-off are not shouting, wherever the sign-off starts', () => {
    const inc = createIncrementalReviewer({ strict: true, minUnitChars: 0 });
    for (const draft of ['Your refund is done.\nBest,\nSAM SMITH | ACME SUPPORT', 'Your refund is done.\n\nThanks!!\nSAM SMITH', 'DONE NOW.\nCheers,\nJO']) {
      expect(layoutOf(draft).signoffStart).not.toBeNull();
      same(inc, { draft });
      same(inc, { draft: `I AM HERE.\n${draft}` });
    }
  });

  it('the last paragraph is reviewed with the quoted history right after it', () => {
    const inc = createIncrementalReviewer({ strict: true, minUnitChars: 0 });
    const text = 'Hi Priya,\n\nThe fix is live.\n\nPer my last email';
    const withQuote = same(inc, { draft: `${text}\n-- Original Message\nFrom: Priya` });
    const plain = same(inc, { draft: `${text}\n` });
    const label = (r: Review) => r.findings.find((f) => f.rule === 'blame')?.suggestions[0]?.text;
    expect(label(withQuote)).toBe('To recap'); // the fix sees the "-" after the line break
    expect(label(plain)).toBe('To recap,');
  });

  it('a new library object empties the cache; the same one keeps it', () => {
    const inc = createIncrementalReviewer();
    same(inc, { draft: DRAFT, customer: CUSTOMER, library: DEFAULT_LIBRARY });
    const reused = inc.stats().reused;
    same(inc, { draft: DRAFT, customer: CUSTOMER, library: DEFAULT_LIBRARY });
    expect(inc.stats().reused - reused).toBe(5);
    const copy: CoachingLibrary = { ...DEFAULT_LIBRARY, rules: { cliche: { enabled: false, severity: 'suggestion' } } };
    same(inc, { draft: DRAFT, customer: CUSTOMER, library: copy });
    expect(inc.stats().reused - reused).toBe(5);
    expect(inc.stats().entries).toBe(5);
  });

  it("avoid-list alternatives follow the customer's name", () => {
    const library: CoachingLibrary = {
      acknowledgements: {},
      rules: {},
      avoid: [{ id: 'r', phrase: 'restart', rule: 'custom', message: 'Say reboot.', alternatives: ['{name}, reboot'] }],
    };
    const inc = createIncrementalReviewer({ strict: true });
    const texts = (r: Review) => r.findings.filter((f) => f.rule === 'custom').flatMap((f) => f.suggestions.map((s) => s.text));
    expect(texts(same(inc, { draft: DRAFT, customer: { name: 'Priya' }, library }))).toEqual(['Priya, reboot']);
    expect(texts(same(inc, { draft: DRAFT, customer: { name: 'Tom' }, library }))).toEqual(['Tom, reboot']);
    expect(texts(same(inc, { draft: DRAFT, library }))).toEqual(['there, reboot']);
  });

  it('a team phrase with a sentence end inside is searched over the whole draft', () => {
    const library: CoachingLibrary = { acknowledgements: {}, rules: {}, avoid: [{ id: 'x', phrase: 'done. thanks', rule: 'custom', message: 'x', alternatives: [] }] };
    const inc = createIncrementalReviewer({ strict: true, minUnitChars: 0 });
    const r = same(inc, { draft: 'It is done.\nThanks for waiting.', library });
    expect(r.findings.map((f) => f.rule)).toContain('custom');
  });

  it('more avoid-list hits than it keeps per paragraph: the whole-draft search answers (findAvoided keeps more)', () => {
    const library: CoachingLibrary = { acknowledgements: {}, rules: {}, avoid: [{ id: 'k', phrase: 'kindly', rule: 'custom', message: 'k', alternatives: [] }] };
    const many = Array.from({ length: 700 }, () => 'Kindly wait.').join('\n');
    const ctx = { draft: many, text: many, layout: layoutOf(many), english: true, name: null, surname: null, customerText: '', feeling: null, feelingDetail: null, library };
    expect(findAvoided(ctx).length).toBeGreaterThan(AVOID_LOCAL_MAX);
    const inc = createIncrementalReviewer({ strict: true, minUnitChars: 0 });
    same(inc, { draft: many, library });
    same(inc, { draft: Array.from({ length: 60 }, () => 'Kindly wait.').join('\n'), library });
  });

  it('the customer and a pinned feeling are honoured like reviewDraft', () => {
    const inc = createIncrementalReviewer();
    same(inc, { draft: DRAFT, customer: CUSTOMER });
    same(inc, { draft: DRAFT, customer: { text: 'Thank you so much, it works now!', name: 'Priya' } });
    same(inc, { draft: DRAFT, customer: CUSTOMER }, { feeling: 'grateful' });
    same(inc, { draft: DRAFT, customer: CUSTOMER }, { feeling: null });
    same(inc, { draft: DRAFT });
  });

  it('keeps at most maxEntries paragraphs and maxChars characters', () => {
    const inc = createIncrementalReviewer({ maxEntries: 4, minUnitChars: 0 });
    same(inc, { draft: DRAFT.replace('Hi Priya,\n\n', '') });
    expect(inc.stats().entries).toBeLessThanOrEqual(4);
    const small = createIncrementalReviewer({ maxChars: 300, minUnitChars: 0 });
    same(small, { draft: DRAFT });
    expect(small.stats().chars).toBeLessThanOrEqual(300);
    same(small, { draft: DRAFT });
  });

  it('a draft with more paragraphs than it keeps is reviewed whole', () => {
    const inc = createIncrementalReviewer({ maxEntries: 3 });
    same(inc, { draft: DRAFT, customer: CUSTOMER });
    expect(inc.stats().wholeDrafts).toBe(1);
    expect(inc.stats().entries).toBe(0);
  });

  it('hands out copies: changing a review does not change the next one', () => {
    const inc = createIncrementalReviewer();
    const r = inc.review({ draft: DRAFT, customer: CUSTOMER });
    for (const f of r.findings) {
      f.start += 1000;
      f.suggestions.push({ label: 'x', text: 'x' });
      for (const e of f.evidence) e.text = 'changed';
    }
    same(inc, { draft: DRAFT, customer: CUSTOMER });
  });

  it('is safe on any input, like reviewDraft', () => {
    const inc = createIncrementalReviewer();
    for (const draft of ['', '   ', '😀😀', '\n\n\n', 'x'.repeat(200_000), 'A.\n'.repeat(5000), '\u0000\u0001.\n\u0000']) {
      expect(inc.review({ draft })).toStrictEqual(reviewDraft({ draft }));
    }
    expect(inc.review(null as unknown as ReviewInput)).toStrictEqual(reviewDraft(null as unknown as ReviewInput));
    expect(inc.review({ draft: 42 } as unknown as ReviewInput)).toStrictEqual(reviewDraft({ draft: 42 } as unknown as ReviewInput));
  });

  it('a restarted worker (empty cache) answers the same', () => {
    const warm = createIncrementalReviewer();
    same(warm, { draft: DRAFT, customer: CUSTOMER });
    const edited = DRAFT.replace('Friday', 'Thursday');
    expect(createIncrementalReviewer().review({ draft: edited, customer: CUSTOMER })).toStrictEqual(warm.review({ draft: edited, customer: CUSTOMER }));
    warm.clear();
    expect(warm.stats().entries).toBe(0);
    same(warm, { draft: edited, customer: CUSTOMER });
  });
});
