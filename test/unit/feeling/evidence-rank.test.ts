// Evidence stays in text order; the acknowledge-feeling message quotes the strongest evidence
// (largest contribution), not the first ("business" before "chargeback").
import { describe, expect, it } from 'vitest';
import { detectFeeling } from '../../../src/analyzer/feeling';
import { evidenceStrength, rankEvidence } from '../../../src/analyzer/feeling/evidence-rank';
import { reviewDraft } from '../../../src/analyzer/review';

const CHARGEBACK = 'I run a small business and you charged me twice. If this is not refunded today I will file a chargeback.';

function ackMessage(customer: string): string | undefined {
  const r = reviewDraft({ draft: 'Hi,\n\nYour refund has been processed.\n\nBest,\nSam', customer: { text: customer } });
  return r.findings.find((f) => f.rule === 'acknowledge-feeling')?.message;
}

describe('strongest evidence', () => {
  it('keeps evidence in text order, sorted and non-overlapping', () => {
    const r = detectFeeling(CHARGEBACK);
    expect(r.feeling).toBe('angry');
    const texts = r.evidence.map((e) => e.text);
    expect(texts).toContain('chargeback');
    for (let i = 1; i < r.evidence.length; i++) expect(r.evidence[i]!.start).toBeGreaterThanOrEqual(r.evidence[i - 1]!.end);
  });

  it('ranks a support cue for the feeling above a weak model word', () => {
    const r = detectFeeling(CHARGEBACK);
    expect(rankEvidence(r)[0]!.text).toBe('chargeback');
    expect(evidenceStrength('chargeback', 'angry')).toBeGreaterThan(evidenceStrength('business', 'angry'));
  });

  it('acknowledge-feeling quotes the strongest evidence, not the first one in the text', () => {
    const r = detectFeeling(CHARGEBACK);
    expect(r.evidence[0]!.text).not.toBe('chargeback'); // the weak word comes first in the text
    expect(ackMessage(CHARGEBACK)).toBe('The customer seems angry (“chargeback”): name the feeling before solving.');
  });

  it('quotes the strongest evidence for other feelings too', () => {
    const worried = 'Thanks for the help, but my rent is due Friday and I am really worried the payment will bounce.';
    expect(detectFeeling(worried).feeling).toBe('worried');
    const msg = ackMessage(worried)!;
    expect(msg).toMatch(/^The customer seems worried \(“(?:rent is due|due Friday|I am really worried)”\)/);
  });

  it('is safe on missing or odd input', () => {
    expect(rankEvidence(null)).toEqual([]);
    expect(rankEvidence({ feeling: 'angry', evidence: [] })).toEqual([]);
    expect(rankEvidence({ feeling: 'neutral', evidence: [{ start: 0, end: 2, text: '💥💥' }] })).toHaveLength(1);
    expect(evidenceStrength('x'.repeat(100000), 'frustrated')).toBeTypeOf('number');
  });
});
