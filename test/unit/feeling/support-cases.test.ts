// The detector on hand-written support messages (test/data/feeling/support-cases.ts).
// Threshold: at least 90% of all cases must get the exact product feeling (8 labels); the current
// detector gets more, but the cue rules are heuristics and we do not want one rewording to break CI.
// Cases that list `evidence` words must get the right feeling AND highlight those words.
import { describe, expect, it } from 'vitest';
import { detectFeeling } from '../../../src/analyzer/feeling';
import { SUPPORT_CASES } from '../../data/feeling/support-cases';
import { FEELINGS } from '../../../src/analyzer/types';

const PASS_RATE = 0.9;

describe('support cases', () => {
  it('cover all 8 feelings, many domains, and the tricky forms', () => {
    for (const f of FEELINGS) expect(SUPPORT_CASES.filter((c) => c.feeling === f).length, f).toBeGreaterThanOrEqual(8);
    expect(SUPPORT_CASES.length).toBeGreaterThanOrEqual(80);
    const domains = new Set(SUPPORT_CASES.map((c) => c.domain));
    for (const d of ['billing', 'shipping', 'saas', 'telecom', 'banking']) expect(domains.has(d as never), d).toBe(true);
    const tags = new Set(SUPPORT_CASES.flatMap((c) => c.tags ?? []));
    for (const t of ['negation', 'sarcasm', 'quoted', 'signature', 'thanks-but', 'non-english']) expect(tags.has(t), t).toBe(true);
    expect(new Set(SUPPORT_CASES.map((c) => c.id)).size).toBe(SUPPORT_CASES.length);
  });

  it(`get the exact feeling in at least ${PASS_RATE * 100}% of cases`, () => {
    const failures: string[] = [];
    for (const c of SUPPORT_CASES) {
      const r = detectFeeling(c.text);
      if (r.feeling !== c.feeling) failures.push(`${c.id}: expected ${c.feeling}, got ${r.feeling}`);
    }
    const rate = 1 - failures.length / SUPPORT_CASES.length;
    expect(rate, failures.join('\n')).toBeGreaterThanOrEqual(PASS_RATE);
  });

  it('each feeling is recognised in at least 75% of its own cases', () => {
    for (const f of FEELINGS) {
      const own = SUPPORT_CASES.filter((c) => c.feeling === f);
      const ok = own.filter((c) => detectFeeling(c.text).feeling === f).length;
      expect(ok / own.length, f).toBeGreaterThanOrEqual(0.75);
    }
  });

  const withEvidence = SUPPORT_CASES.filter((c) => c.evidence && c.evidence.length > 0);
  const highlights = (_id: string, c: (typeof SUPPORT_CASES)[number]) => {
    const r = detectFeeling(c.text);
    expect(r.feeling).toBe(c.feeling);
    for (const word of c.evidence!) {
      const hit = r.evidence.some((e) => e.text.toLowerCase().includes(word.toLowerCase()));
      expect(hit, `${word} in ${JSON.stringify(r.evidence.map((e) => e.text))}`).toBe(true);
    }
    for (const e of r.evidence) expect(c.text.slice(e.start, e.end)).toBe(e.text);
  };
  // Known miss of the feeling model (issue-10 note): fru-04's sarcasm reads as grateful. `it.fails` turns red the day it is right again.
  const EVIDENCE_MISSES = new Set(['fru-04']);
  it.each(withEvidence.filter((c) => !EVIDENCE_MISSES.has(c.id)).map((c) => [c.id, c] as const))('%s highlights the words behind the feeling', highlights);
  it.fails.each(withEvidence.filter((c) => EVIDENCE_MISSES.has(c.id)).map((c) => [c.id, c] as const))('known miss: %s highlights the words behind the feeling', highlights);

  it('non-English messages are neutral with low confidence', () => {
    for (const c of SUPPORT_CASES.filter((x) => x.tags?.includes('non-english'))) {
      const r = detectFeeling(c.text);
      expect(r.feeling, c.id).toBe('neutral');
      expect(r.confidence, c.id).toBeLessThan(0.4);
    }
  });
});
