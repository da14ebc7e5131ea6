// Evidence is the customer's own sentences, in text order; the acknowledge-feeling message quotes the
// strongest one (largest pull towards the feeling), not the first.
import { describe, expect, it } from 'vitest';
import { detectFeeling } from '../../../src/analyzer/feeling';
import { evidenceStrength, rankEvidence } from '../../../src/analyzer/feeling/evidence-rank';
import { reviewDraft } from '../../../src/analyzer/review';
import { sentenceSpans } from '../../../src/analyzer/text/sentences';

const CHARGEBACK = 'I run a small business and you charged me twice. If this is not refunded today I will file a chargeback.';

function ackMessage(customer: string): string | undefined {
  const r = reviewDraft({ draft: 'Hi,\n\nYour refund has been processed.\n\nBest,\nSam', customer: { text: customer } });
  return r.findings.find((f) => f.rule === 'acknowledge-feeling')?.message;
}

describe('evidence', () => {
  it('is whole sentences of the message, in text order, non-overlapping', () => {
    const r = detectFeeling(CHARGEBACK);
    expect(r.feeling).toBe('angry');
    const sentences = sentenceSpans(CHARGEBACK).map((s) => CHARGEBACK.slice(s.start, s.end));
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) {
      expect(sentences).toContain(e.text);
      expect(CHARGEBACK.slice(e.start, e.end)).toBe(e.text);
    }
    for (let i = 1; i < r.evidence.length; i++) expect(r.evidence[i]!.start).toBeGreaterThanOrEqual(r.evidence[i - 1]!.end);
  });

  it('ranks the threat above the background', () => {
    const threat = 'If this is not refunded today I will file a chargeback.';
    expect(evidenceStrength(threat, 'angry')).toBeGreaterThan(evidenceStrength('I run a small business and you charged me twice.', 'angry'));
    expect(rankEvidence(detectFeeling(CHARGEBACK))[0]!.text).toBe(threat);
  });

  it('acknowledge-feeling quotes the strongest sentence', () => {
    expect(ackMessage(CHARGEBACK)).toBe('The customer seems angry (“If this is not refunded today I will file a chargeback.”): name the feeling before solving.');
  });

  it('quotes the strongest evidence for other feelings too', () => {
    const worried = 'Thanks for the help. My rent is due Friday and I am really worried the payment will bounce.';
    expect(detectFeeling(worried).feeling).toBe('worried');
    expect(ackMessage(worried)).toMatch(/^The customer seems worried \(“My rent is due Friday and I am really worried the payment will bounce\.”\)/);
  });

  it('is safe on missing or odd input', () => {
    expect(rankEvidence(null)).toEqual([]);
    expect(rankEvidence({ feeling: 'angry', evidence: [] })).toEqual([]);
    expect(rankEvidence({ feeling: 'neutral', evidence: [{ start: 0, end: 2, text: '💥💥' }] })).toHaveLength(1);
    expect(evidenceStrength('x'.repeat(100000), 'frustrated')).toBeTypeOf('number');
  });
});
