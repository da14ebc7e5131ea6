import { describe, expect, it } from 'vitest';
import { reviewDraft } from '../../../src/analyzer/review';

function acknowledgementSuggestions(draft: string) {
  const review = reviewDraft({ draft, customer: { name: 'Declan Brody' } }, { feeling: 'angry' });
  return review.findings.find((finding) => finding.rule === 'acknowledge-feeling')?.suggestions.map((s) => s.text.trim()) ?? [];
}

describe('acknowledge-feeling suggestions and the customer name', () => {
  it('leave the name out when the greeting already says it', () => {
    const suggestions = acknowledgementSuggestions("Hi Declan,\n\nWe're sorry, but that's our policy.");
    expect(suggestions.length).toBeGreaterThan(0);
    for (const text of suggestions) expect(text).not.toContain('Declan');
  });

  it('use the name when the draft has not greeted the customer by name', () => {
    const suggestions = acknowledgementSuggestions("Hello,\n\nWe're sorry, but that's our policy.");
    expect(suggestions.some((text) => text.includes('Declan'))).toBe(true);
  });
});
