// The missing-content rules skip their patterns when the learned layer's answer cannot depend on them
// (rules/learned.ts bounds the best sentence's score). That is a shortcut, never a change: every
// review must equal the one that runs the patterns on every sentence.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewDraft } from '../../../src/analyzer/review';
import { RULE_EXAMPLES } from '../../../src/analyzer/rules/all-examples';
import { reviewExample } from '../../../src/analyzer/rules/examples';
import { runPatternsEverywhereForTesting } from '../../../src/analyzer/rules/learned';
import type { Review } from '../../../src/analyzer/types';

const here = dirname(fileURLToPath(import.meta.url));
const blindDir = resolve(here, '../../data/blind-batches');

interface Reply {
  customer?: string;
  name?: string;
  draft: string;
}

/** Every rule example (feelings pinned where given) and every blind reply, each as a review to run. */
function reviews(): (() => Review)[] {
  const out: (() => Review)[] = [];
  for (const examples of Object.values(RULE_EXAMPLES)) for (const e of [...examples.fire, ...examples.pass]) out.push(() => reviewExample(e));
  for (const file of readdirSync(blindDir).filter((f) => f.endsWith('.json'))) {
    const batch = JSON.parse(readFileSync(join(blindDir, file), 'utf8')) as { goodReplies?: Reply[]; flawedReplies?: Reply[] };
    for (const r of [...(batch.goodReplies ?? []), ...(batch.flawedReplies ?? [])]) out.push(() => reviewDraft({ draft: r.draft, customer: { text: r.customer, name: r.name } }));
  }
  return out;
}

describe('missing-content rules decided by bounds', () => {
  afterAll(() => runPatternsEverywhereForTesting(false));

  it('review every example and blind reply exactly as when the patterns run on every sentence', () => {
    const all = reviews();
    expect(all.length).toBeGreaterThan(300);
    const bounded = all.map((review) => review());
    runPatternsEverywhereForTesting(true);
    const exhaustive = all.map((review) => review());
    runPatternsEverywhereForTesting(false);
    expect(bounded).toEqual(exhaustive);
    // The examples exercise the missing-content rules both ways.
    const missingRules = new Set(['acknowledge-feeling', 'next-step', 'follow-up']);
    const fired = bounded.filter((r) => r.findings.some((f) => missingRules.has(f.rule))).length;
    expect(fired).toBeGreaterThan(50);
    expect(all.length - fired).toBeGreaterThan(50);
  });
});
