// Bad input never throws, stays fast, and results are always well-formed (property tests).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFeeling } from '../../../src/analyzer/feeling';
import { FEELINGS, type FeelingResult } from '../../../src/analyzer/types';

function wellFormed(text: string, r: FeelingResult): void {
  expect(FEELINGS).toContain(r.feeling);
  for (const v of [r.intensity, r.confidence]) {
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
  expect(Object.keys(r.scores).sort()).toEqual([...FEELINGS].sort());
  for (const f of FEELINGS) expect(Number.isFinite(r.scores[f])).toBe(true);
  let last = -1;
  for (const e of r.evidence) {
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.start).toBeGreaterThanOrEqual(last); // sorted, not overlapping
    last = e.end;
  }
}

const PHRASES = [
  'still waiting', 'Thanks for nothing', 'not happy at all', 'no worries', 'third time', 'ASAP', '!!!', 'I am worried',
  'chargeback', 'Great, another', '\n> quoted\n', '\nOn Mon, Bob wrote:\n', '\n-- \n', 'Thanks,\nAnna', '😡', '🙏',
  'שלום', 'مرحبا', '\u0000', '\ud800', '\udc00', '<b>bold</b>', 'ÇA NE MARCHE PAS', '\r\n', ' ',
];

describe('robustness', () => {
  it('never throws on odd input', () => {
    const inputs = [
      '', ' ', '\n\n\n', '\u0000\u0000', 'a\u0000b still waiting\u0000', '\ud800', 'abc\udc00def', '\udbff\udfff'.repeat(10),
      '😀😃😄😁', '🙂', '😡😡😡', 'שלום, אני רוצה לבטל את ההזמנה שלי', 'مرحبا، لم يصل طلبي بعد',
      '<html><body><div class="x" onclick="alert(1)">I am still waiting!!!</div><script>var a = 1 < 2;</script></body></html>',
      '>'.repeat(5000), '> a\n'.repeat(3000), '-- \n'.repeat(100), 'On x wrote:\n'.repeat(100), '!!!!!!!!!!!!!!!!!!!!?????',
      'A'.repeat(100_000), 'word '.repeat(50_000), '\n'.repeat(100_000),
    ];
    for (const t of inputs) wellFormed(t, detectFeeling(t));
    // non-strings from untyped callers
    wellFormed('', detectFeeling(undefined as unknown as string));
    expect(FEELINGS).toContain(detectFeeling(42 as unknown as string).feeling);
  });

  it('1 MB of text is handled (its speed is a line of npm run bench)', () => {
    const para = 'I have been waiting for my refund for 9 days and this is absolutely ridiculous. ';
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    const r = detectFeeling(big);
    wellFormed(big, r);
    expect(r.feeling).toBe('impatient');
  });

  it('property: evidence lies within the text and matches it; scores are finite', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(...PHRASES),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        wellFormed(text, detectFeeling(text));
      }),
      { numRuns: 400 },
    );
  });

  it('property: the analysed text only shrinks with quotes appended (latest message wins)', () => {
    fc.assert(
      fc.property(fc.constantFrom('I am still waiting for my refund.', 'Thank you so much, it works!', 'Which of your two answers is right?'), fc.string({ maxLength: 200 }), (msg, quoted) => {
        const t = `${msg}\n\nOn Mon, 1 Jan 2024, Support <s@x.y> wrote:\n${quoted}`;
        expect(detectFeeling(t).feeling).toBe(detectFeeling(msg).feeling);
      }),
      { numRuns: 100 },
    );
  });
});
