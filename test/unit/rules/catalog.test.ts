// The rules' words live in one place (src/analyzer/rules/catalog.ts); a library may put its own title
// and message in place of a rule's, and the review (whole-draft and incremental) uses them.
import { describe, expect, it } from 'vitest';
import { createIncrementalReviewer, LOCAL_RULES } from '../../../src/analyzer/incremental';
import { reviewDraft } from '../../../src/analyzer/review';
import { CUSTOM_TITLE, fill, findingTitle, messageOverride, RULE_DESCRIPTIONS, RULE_TEXT, titleOf } from '../../../src/analyzer/rules/catalog';
import { RULES } from '../../../src/analyzer/rules/index';
import { RULE_IDS } from '../../../src/analyzer/types';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import type { PhraseLibrary } from '../../../src/library/schema';

const withRules = (rules: PhraseLibrary['rules']): PhraseLibrary => ({ ...structuredClone(DEFAULT_LIBRARY), rules: { ...DEFAULT_LIBRARY.rules, ...rules } });

describe('the catalog', () => {
  it('has the words of every rule, each rule reading its own', () => {
    expect(Object.keys(RULE_TEXT).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULES) {
      const words = RULE_TEXT[rule.id];
      expect(words.id).toBe(rule.id);
      for (const field of ['title', 'message'] as const) expect(words[field].trim().length).toBeGreaterThan(5);
      expect(RULE_DESCRIPTIONS[rule.id].trim().length).toBeGreaterThan(5);
      expect(rule.message).toBe(words.message);
      expect(rule.title).toBe(words.title);
    }
  });

  it('says which rules are local to a paragraph; the incremental reviewer asks it', () => {
    expect(LOCAL_RULES).toEqual(RULE_IDS.filter((id) => RULE_TEXT[id].local));
    expect(LOCAL_RULES).toEqual(['blame', 'dismissive', 'non-apology', 'apology-but', 'cliche', 'shouting', 'policy-wall']);
  });

  it('titles: the rule’s, a library’s override, the team-phrase heading, an unknown id as it is', () => {
    expect(titleOf('blame')).toBe('Drop the blame');
    expect(titleOf('custom')).toBe(CUSTOM_TITLE);
    expect(titleOf('nonsense')).toBe('nonsense');
    expect(titleOf('blame', withRules({ blame: { enabled: true, severity: 'warning', title: 'No finger-pointing' } }))).toBe('No finger-pointing');
    expect(titleOf('blame', withRules({ blame: { enabled: true, severity: 'warning', title: '   ' } }))).toBe('Drop the blame');
    expect(findingTitle({ rule: 'cliche' })).toBe('Cut the cliché');
    expect(findingTitle({ rule: 'cliche', title: 'Plain words' })).toBe('Plain words');
    expect(messageOverride('blame', { acknowledgements: {}, avoid: [], rules: { blame: { enabled: true, severity: 'warning', message: 'Own it.' } } })).toBe('Own it.');
    expect(messageOverride('blame', null)).toBeUndefined();
  });

  it('fills placeholders once, leaving unknown ones', () => {
    expect(fill('Greet {name} by name', { name: 'Ana {x}' })).toBe('Greet Ana {x} by name');
    expect(fill('{a} and {b}', { a: '$&' })).toBe('$& and {b}');
  });
});

describe('a library’s own words for a rule', () => {
  const draft = 'Hi Sam,\n\nAs I already explained, the refund takes 5 days. I have refunded it today.\n\nBest,\nAna';
  const customer = { text: 'Where is my refund?', name: 'Sam' };
  const library = withRules({ blame: { enabled: true, severity: 'warning', title: 'No finger-pointing', message: 'Our team never lectures: say what happens now.' } });

  it('replaces the message and gives the finding the title; other rules keep their words', () => {
    const plain = reviewDraft({ draft, customer, library: DEFAULT_LIBRARY }).findings.find((f) => f.rule === 'blame')!;
    expect(plain.message).toBe(RULE_TEXT.blame.message);
    expect(plain.title).toBeUndefined();
    const review = reviewDraft({ draft, customer, library });
    const blame = review.findings.find((f) => f.rule === 'blame')!;
    expect(blame.message).toBe('Our team never lectures: say what happens now.');
    expect(blame.title).toBe('No finger-pointing');
    expect(findingTitle(blame)).toBe('No finger-pointing');
    // Same span, fixes and score as without the override.
    expect({ ...blame, message: plain.message, title: undefined }).toEqual({ ...plain, title: undefined });
    expect(review.score).toBe(reviewDraft({ draft, customer, library: DEFAULT_LIBRARY }).score);
  });

  it('the incremental reviewer gives the same review, and a changed override shows on the next review', () => {
    const inc = createIncrementalReviewer({ minUnitChars: 10, strict: true });
    expect(inc.review({ draft, customer, library })).toEqual(reviewDraft({ draft, customer, library }));
    const next = withRules({ blame: { enabled: true, severity: 'warning', message: 'Second wording.' } });
    const again = inc.review({ draft, customer, library: next });
    expect(again).toEqual(reviewDraft({ draft, customer, library: next }));
    expect(again.findings.find((f) => f.rule === 'blame')!.message).toBe('Second wording.');
  });

  it('a missing-content rule’s message is replaced too (it names the customer otherwise)', () => {
    const lib = withRules({ 'use-name': { enabled: true, severity: 'suggestion', message: 'Use their name.' } });
    const finding = reviewDraft({ draft: 'Hello,\n\nI have refunded it today.', customer: { name: 'Sam' }, library: lib }).findings.find((f) => f.rule === 'use-name')!;
    expect(finding.message).toBe('Use their name.');
    expect(finding.suggestions[0]!.label).toBe('Greet Sam by name');
  });
});
