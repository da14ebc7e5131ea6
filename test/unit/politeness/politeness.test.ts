// The politeness strategy model (Danescu-Niculescu-Mizil et al. 2013) on hand-written requests.
// (The corpus evaluation is scripts/eval-politeness.ts; tests do not read shared data.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRATEGIES, WEIGHTS, politeness, politenessFeatures } from '../../../src/analyzer/politeness';

describe('politeness', () => {
  it('is 0 for empty text and stays within −1…1', () => {
    expect(politeness('')).toBe(0);
    expect(politeness('   ')).toBe(0);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const p = politeness(s);
        expect(p).toBeGreaterThanOrEqual(-1);
        expect(p).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    'Thanks very much for your edit. Would you be interested in reviewing the next section?',
    'Hi Sam, could you please send me the invoice when you have a moment? Thank you!',
    "Sorry to bother you again. I think the second link might be broken; would you mind taking a look?",
    'Great question! Perhaps we could try the other setting first?',
    "Hello! I'm not sure I understand the error. Could you tell me which browser you use?",
  ])('rates a polite request above 0: %j', (text) => {
    expect(politeness(text)).toBeGreaterThan(0);
  });

  it.each([
    'Why did you delete my edit?',
    'So what is your source for this? Actually, you never cite anything.',
    "You didn't read the guideline. Stop reverting my changes.",
    'What is wrong with you?? This is ridiculous.',
    'Seriously, why would you undo that?',
  ])('rates an impolite request below 0: %j', (text) => {
    expect(politeness(text)).toBeLessThan(0);
  });

  it('treats a sentence-initial "please" as weaker than a "please" inside the request', () => {
    expect(politenessFeatures('Please send the file.').pleaseStart).toBe(1);
    expect(politenessFeatures('Please send the file.').please).toBe(0);
    expect(politenessFeatures('Could you please send the file?').please).toBe(1);
    expect(WEIGHTS.please).toBeGreaterThan(WEIGHTS.pleaseStart);
    expect(politeness('Could you please send the file?')).toBeGreaterThan(politeness('Please send the file.'));
  });

  it('finds the strategies it is named after', () => {
    const f = politenessFeatures("Hi! Thanks for the fix. Sorry, I think we might need one more change; by the way, could you check it?");
    expect(f.greeting).toBe(1);
    expect(f.gratitude).toBeGreaterThan(0);
    expect(f.apology).toBeGreaterThan(0);
    expect(f.hedge).toBeGreaterThan(0);
    expect(f.btw).toBe(1);
    expect(f.counterfactual).toBe(1);
    expect(f.firstPlural).toBeGreaterThan(0);
    const g = politenessFeatures('Why did you remove it? You always do this. In fact it was right.');
    expect(g.whyQuestion).toBe(1);
    expect(g.secondStart).toBe(1);
    expect(g.youBlame).toBeGreaterThan(0);
    expect(g.factuality).toBeGreaterThan(0);
  });

  it('has signs that agree with the paper for the core strategies', () => {
    for (const s of ['gratitude', 'deference', 'greeting', 'apology', 'please', 'counterfactual', 'hedge'] as const) expect(WEIGHTS[s], s).toBeGreaterThan(0);
    for (const s of ['whyQuestion', 'directStart', 'secondStart', 'factuality', 'negative'] as const) expect(WEIGHTS[s], s).toBeLessThan(0);
    expect(Object.keys(WEIGHTS).sort()).toEqual(['bias', ...STRATEGIES].sort());
  });

  it('handles long text (speed is measured by npm run bench, not here)', () => {
    const value = politeness('Could you please check this again? Thanks! '.repeat(2000));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(1);
  });
});
