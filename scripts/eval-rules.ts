// Runs every rule's own examples (src/analyzer/rules/*.ts) through reviewDraft:
// each "fire" example must yield a finding of that rule, each "pass" (near-miss) example must not.
//
//   npx tsx scripts/eval-rules.ts
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviewDraft } from '../src/analyzer/review';
import { RULES } from '../src/analyzer/rules/index';
import type { RuleDefinition, RuleExample } from '../src/analyzer/rules/types';
import type { Review } from '../src/analyzer/types';

export interface ExampleFailure {
  rule: string;
  kind: 'fire' | 'pass';
  draft: string;
  why?: string;
  /** The rule's findings (for a "pass" failure) or all rule ids found (for a "fire" failure). */
  got: string[];
}

export interface RuleExamplesResult {
  passed: number;
  total: number;
  failures: ExampleFailure[];
  perRule: Record<string, { passed: number; total: number }>;
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

export function evalRuleExamples(): RuleExamplesResult {
  const failures: ExampleFailure[] = [];
  const perRule: Record<string, { passed: number; total: number }> = {};
  let passed = 0;
  let total = 0;
  for (const rule of RULES) {
    const stats = { passed: 0, total: 0 };
    for (const kind of ['fire', 'pass'] as const) {
      for (const ex of rule.examples[kind]) {
        stats.total++;
        const failure = checkExample(rule, ex, kind);
        if (failure) failures.push(failure);
        else stats.passed++;
      }
    }
    perRule[rule.id] = stats;
    passed += stats.passed;
    total += stats.total;
  }
  return { passed, total, failures, perRule };
}

function main(): void {
  const r = evalRuleExamples();
  for (const [id, s] of Object.entries(r.perRule)) console.log(`${id.padEnd(20)} ${s.passed}/${s.total}`);
  console.log(`rule examples: ${r.passed}/${r.total} passed (${((100 * r.passed) / Math.max(1, r.total)).toFixed(1)}%)`);
  for (const f of r.failures) {
    console.log(`  FAIL ${f.rule} [${f.kind === 'fire' ? 'should fire' : 'should stay quiet'}] ${JSON.stringify(f.draft)}${f.why ? ` (${f.why})` : ''}\n       got: ${f.got.join(', ') || '(nothing)'}`);
  }
  if (r.failures.length) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
