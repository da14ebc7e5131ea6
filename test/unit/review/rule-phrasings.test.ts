// Near misses from good replies (test/data/rule-phrasings.json) share words with a fault but are fine:
// "we should have told you", "the fare isn't refundable, so I've moved it…". No wording rule may fire on them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewDraft } from '../../../src/analyzer';

const corpus = JSON.parse(readFileSync(new URL('../../data/rule-phrasings.json', import.meta.url), 'utf8')) as Record<string, { fire: string[]; pass: string[] } | string>;
// Rules about what is missing (no name, no next step…) judge a whole reply, not one sentence.
const MISSING_RULES = new Set(['acknowledge-feeling', 'use-name', 'next-step', 'follow-up']);

/**
 * Near misses the learned rule layer (src/analyzer/rules/learned.ts) still flags: known misses, listed
 * in the issue-10 note. `it.fails` keeps them visible: the test turns red the day one stops failing.
 */
const KNOWN_MISSES = new Set<string>([]);

function wordingFindings(sentence: string): string[] {
  const wording = reviewDraft({ draft: sentence }).findings.filter((finding) => !MISSING_RULES.has(finding.rule));
  return wording.map((finding) => `${finding.rule}: ${sentence.slice(finding.start, finding.end)}`);
}

describe.each(Object.entries(corpus).filter(([key]) => key !== 'about'))('near misses for %s', (_rule, sentences) => {
  const { pass } = sentences as { pass: string[] };
  const clean = pass.filter((s) => !KNOWN_MISSES.has(s));
  const missed = pass.filter((s) => KNOWN_MISSES.has(s));
  it.each(clean)('%s', (sentence) => {
    expect(wordingFindings(sentence)).toEqual([]);
  });
  if (missed.length > 0) {
    it.fails.each(missed)('known miss: %s', (sentence) => {
      expect(wordingFindings(sentence)).toEqual([]);
    });
  }
});
