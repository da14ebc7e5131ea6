// No input stalls the analyzer: reviewDraft and detectFeeling on adversarial texts (floods, every
// rule's examples run together with no sentence end, avoid phrases repeated against a 500-entry
// library) grow linearly with the text. Growth, not a budget: `npm run bench` times the worst inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFeeling, reviewDraft } from '../../../src/analyzer';
import { sentenceEnds } from '../../../src/analyzer/feeling/cue-scan';
import type { CoachingLibrary } from '../../../src/analyzer/library-shape';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { worstDrafts } from '../../support/adversarial.ts';

const bigLibrary: CoachingLibrary = {
  ...DEFAULT_LIBRARY,
  avoid: Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, phrase: `we ${['really', 'truly', 'do'][i % 3]} value ${i % 2 ? 'your' : 'our'} thing ${i}`, rule: 'custom', message: 'No.', alternatives: ['x'] })),
};

function time(run: () => void, repeat = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const SMALL = 2_000;
const LARGE = 8_000;

function growth(name: string, small: string, large: string, run: (text: string) => void): string | null {
  if (time(() => run(large)) < 30) return null;
  // Suspicious: measure both again, more often (a collection or a busy core can hit one run).
  const big = time(() => run(large), 7);
  const little = time(() => run(small), 7);
  return big >= 30 && big > 8 * Math.max(little, 0.5) ? `${name}: ${big.toFixed(0)} ms on ${LARGE}, ${little.toFixed(1)} ms on ${SMALL} (${JSON.stringify(large.slice(0, 24))}…)` : null;
}

describe('worst inputs', () => {
  it('reviewDraft and detectFeeling grow linearly on every adversarial text', () => {
    reviewDraft({ draft: 'warm up', customer: { text: 'warm up' } });
    const small = worstDrafts(SMALL);
    const large = worstDrafts(LARGE);
    const problems: string[] = [];
    large.forEach((text, i) => {
      problems.push(
        ...[
          growth('reviewDraft', small[i]!, text, (draft) => reviewDraft({ draft, customer: { text: 'Where is my refund?', name: 'Priya' } })),
          growth('reviewDraft + 500 avoid entries', small[i]!, text, (draft) => reviewDraft({ draft, library: bigLibrary })),
          growth('detectFeeling', small[i]!, text, (message) => detectFeeling(message)),
        ].filter((problem): problem is string => problem !== null),
      );
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('sentence ends are found in one pass, exactly where /[.!?…]+(?=\\s)|\\n/g found them', () => {
    const old = (text: string) => [...text.matchAll(/[.!?…]+(?=\s)|\n/g)].map((m) => m.index + m[0].length);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('.', '!', '?', '…', ' ', '\n', '\t', 'a', 'b', '\u00a0', '\u2028'), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(sentenceEnds(text)).toEqual(old(text));
      }),
      { numRuns: 2000 },
    );
  });
});
