// The avoid list is matched with a token trie (src/analyzer/rules/avoid.ts). These tests hold it to
// what the one-big-regex matcher it replaced did (kept here as the oracle), on random phrases and
// texts, and check that a 500-entry list is no longer a problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVOID_LIMITS, type AvoidEntry, type CoachingLibrary } from '../../../src/analyzer/library-shape';
import { findAvoided } from '../../../src/analyzer/rules/avoid';
import { layoutOf } from '../../../src/analyzer/text/layout';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { validateLibrary } from '../../../src/library/validate';

// The regex matcher as it was (minus its 200-character phrase limit, which validation never had).
const WORDISH = '[A-Za-z0-9_\\u00c0-\\u024f\\u0370-\\u052f]';
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function oracle(entries: AvoidEntry[], text: string): [number, number, string][] {
  const usable = entries.filter((e) => e.phrase.trim().length > 0);
  if (usable.length === 0) return [];
  const source = usable
    .map((e, i) => {
      const p = e.phrase.trim();
      const body = escapeRegex(p).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
      const head = new RegExp(`^${WORDISH}`).test(p) ? `(?<!${WORDISH})` : '';
      const tail = new RegExp(`${WORDISH}$`).test(p) ? `(?!${WORDISH})` : '';
      return `(?<a${i}>${head}${body}${tail})`;
    })
    .join('|');
  const re = new RegExp(source, 'gi');
  const out: [number, number, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const index = usable.findIndex((_, i) => m!.groups![`a${i}`] !== undefined);
    out.push([m.index, m.index + m[0].length, usable[index]!.id]);
  }
  return out;
}

function found(entries: AvoidEntry[], text: string): [number, number, string][] {
  const library: CoachingLibrary = { acknowledgements: {}, avoid: entries, rules: {} };
  const ctx = { draft: text, text, library, name: null, layout: layoutOf(text) } as unknown as Parameters<typeof findAvoided>[0];
  return findAvoided(ctx).map((hit) => [hit.start, hit.end, hit.entry.id]);
}

const WORDS = ['sorry', 'but', 'Sorry', 'SORRY', 'can', 't', "can't", 'can’t', 'per', 'policy', 'é', 'Éa', 'x', 'a', '1', '_', 'ПРИВЕТ', 'привет', 'İ', '😀', '#', '.', '!', '?', '-', "'", '’', '(', ')', '$', 'policy.', 'refund', 'refunds'];
const SPACES = ['', ' ', '  ', '\n', '\t', '\u00a0', '\u2028'];
const piece = fc.tuple(fc.constantFrom(...SPACES), fc.constantFrom(...WORDS)).map(([space, word]) => space + word);
const phrase = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('avoid list matching', () => {
  it('finds exactly what the one-regex matcher found (random phrases and texts)', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, (phrases, draft) => {
        const entries: AvoidEntry[] = phrases.map((p, i) => ({ id: `e${i}`, phrase: p, rule: 'custom', message: '', alternatives: [] }));
        expect(found(entries, draft)).toEqual(oracle(entries, draft));
      }),
      { numRuns: 3000 },
    );
  });

  it('the first listed entry wins at one place; matches never overlap; whole words only', () => {
    const entries: AvoidEntry[] = [
      { id: 'short', phrase: 'sorry', rule: 'custom', message: '', alternatives: [] },
      { id: 'long', phrase: 'sorry but', rule: 'apology-but', message: '', alternatives: [] },
      { id: 'cant', phrase: "can't  do", rule: 'custom', message: '', alternatives: [] },
    ];
    expect(found(entries, 'Sorry but I CAN’T\ndo that, sorrybut sorry.')).toEqual([
      [0, 5, 'short'],
      [12, 20, 'cant'],
      [36, 41, 'short'],
    ]);
  });

  it('a valid library with 500 avoid entries, phrases at the length limit, is matched in full (nothing silently ignored)', () => {
    const long = (i: number) => `${'x'.repeat(AVOID_LIMITS.phraseLength - 11)} phrase ${String(i).padStart(3, '0')}`;
    const avoid = Array.from({ length: AVOID_LIMITS.entries }, (_, i) => ({ id: `a${i}`, phrase: long(i), rule: 'custom' as const, message: 'No.', alternatives: [] }));
    expect(long(1).length).toBe(AVOID_LIMITS.phraseLength);
    const result = validateLibrary({ ...structuredClone(DEFAULT_LIBRARY), avoid });
    expect(result.ok).toBe(true);
    expect(found(avoid, `Before ${long(499)} after`)).toEqual([[7, 7 + AVOID_LIMITS.phraseLength, 'a499']]);
    // One more entry, or one more character, and validation says so.
    const tooMany = validateLibrary({ ...structuredClone(DEFAULT_LIBRARY), avoid: [...avoid, { ...avoid[0]!, id: 'extra' }] });
    expect(tooMany.ok).toBe(false);
    const tooLong = validateLibrary({ ...structuredClone(DEFAULT_LIBRARY), avoid: [{ ...avoid[0]!, phrase: `${long(0)}x` }] });
    expect(tooLong.ok).toBe(false);
  });
});
