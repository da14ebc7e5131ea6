// The existence check's one alternation finds which phrase matched by its capture group's slot; the
// slots are counted by reading each phrase's source, which must agree with what V8 counts.
import { describe, expect, it } from 'vitest';
import { captureGroups, compilePhrases, findPhrases, type ExistenceCheck } from '../../../src/analyzer/rules/checks';
import { PATTERN_RULES_BY_ID } from '../../../src/analyzer/rules';
import { readable } from '../../../src/analyzer/text/patterns';

const phraseRules = Object.values(PATTERN_RULES_BY_ID)
  .filter((rule) => 'phrases' in rule.check)
  .map((rule) => ({ id: rule.id, specs: (rule.check as ExistenceCheck).phrases }));

/** V8's count: the groups of `src|` matched against ''. */
const v8Count = (src: string): number => new RegExp(`${src}|`).exec('')!.length - 1;

describe('phrase search', () => {
  it('has phrases to check', () => {
    expect(phraseRules.map((r) => r.id).sort()).toEqual(['apology-but', 'blame', 'cliche', 'dismissive', 'non-apology', 'policy-wall']);
  });

  it('counts capture groups as V8 does, for every phrase of every rule', () => {
    let phrases = 0;
    for (const { specs } of phraseRules) {
      for (const spec of specs) {
        const src = `(${readable(spec.re).replace('(?<hit>', '(?<h0>')})`;
        expect(captureGroups(src), spec.re).toBe(v8Count(src));
        phrases++;
      }
    }
    expect(phrases).toBeGreaterThan(100);
  });

  it('counts groups of every shape', () => {
    for (const src of ['a(b)c', '(?:a)(b)', '(?<n>a)(?<=b)(?<!c)(?=d)(?!e)', '\\(a\\)', '[(]a[\\]()]', '((a)|(b))', 'a\\\\(b)', '[^\\]]+(x)'])
      expect(captureGroups(src), src).toBe(v8Count(src));
  });

  it('tells each match’s phrase by its slot, phrases with groups of their own included', () => {
    const compiled = compilePhrases([{ re: '(?:I|we) (am|are) sorry' }, { re: '(?<hit>so) (very)? (sorry)' }, { re: 'sorry' }]);
    const found = findPhrases(compiled, 'We are sorry. so very sorry. Sorry!');
    expect(found.map((m) => [m.index, m.start, m.end, m.hitStart, m.hitEnd])).toEqual([
      [0, 0, 12, 0, 12],
      [1, 14, 27, 14, 16],
      [2, 29, 34, 29, 34],
    ]);
  });
});
