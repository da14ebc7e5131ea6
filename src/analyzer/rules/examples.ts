// Runs one of a rule's own examples (see ./types RuleExample) through reviewDraft: a "fire" example
// must yield a finding of the rule, a "pass" (near-miss) example must not. The examples test and
// scripts/eval-rules.ts both use it.
import { reviewDraft } from '../review';
import type { Review } from '../types';
import type { RuleDefinition, RuleExample } from './types';

export interface ExampleFailure {
  rule: string;
  kind: 'fire' | 'pass';
  draft: string;
  why?: string;
  /** The rule's findings (for a "pass" failure) or all rule ids found (for a "fire" failure). */
  got: string[];
}

/** Reviews one example the way the examples test does (feeling pinned when the example gives one). */
export function reviewExample(example: RuleExample): Review {
  const c = example.customer;
  const customer = c ? { ...(c.name !== undefined ? { name: c.name } : {}), ...(c.text !== undefined ? { text: c.text } : {}) } : undefined;
  const options = c?.feeling !== undefined ? { feeling: c.feeling } : undefined;
  return reviewDraft({ draft: example.draft, ...(customer ? { customer } : {}) }, options);
}

export function checkExample(rule: RuleDefinition, example: RuleExample, kind: 'fire' | 'pass'): ExampleFailure | null {
  const review = reviewExample(example);
  const mine = review.findings.filter((f) => f.rule === rule.id);
  const ok = kind === 'fire' ? mine.length > 0 : mine.length === 0;
  if (ok) return null;
  const got = kind === 'fire' ? review.findings.map((f) => f.rule) : mine.map((f) => `${f.rule}@${f.start}-${f.end}: ${JSON.stringify(example.draft.slice(f.start, f.end))}`);
  return { rule: rule.id, kind, draft: example.draft, ...(example.why ? { why: example.why } : {}), got };
}
