import { describe, expect, it } from 'vitest';
import { hasContentWord } from '../../../src/analyzer/text/function-words';

describe('hasContentWord', () => {
  it('is false for function words alone, in any case and with curly apostrophes', () => {
    for (const text of ['you', 'which', 'the', 'you which', 'It’s', "THAT'S", 'so the', '', '  ,. ']) expect(hasContentWord(text), text).toBe(false);
  });
  it('is true as soon as one word carries meaning', () => {
    for (const text of ['should have read', 'the FAQ', 'calm down', 'per my last email', 'obviously']) expect(hasContentWord(text), text).toBe(true);
  });
});
