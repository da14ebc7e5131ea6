// Runs every rule's own examples (src/analyzer/rules/*.ts) through reviewDraft:
// each "fire" example must yield a finding of that rule, each "pass" (near-miss) example must not.
//
//   npx tsx scripts/eval-rules.ts
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkExample, type ExampleFailure } from '../src/analyzer/rules/examples';
import { RULES } from '../src/analyzer/rules/index';
import { RULE_EXAMPLES } from '../src/analyzer/rules/all-examples';

export interface RuleExamplesResult {
  passed: number;
  total: number;
  failures: ExampleFailure[];
  perRule: Record<string, { passed: number; total: number }>;
}

export function evalRuleExamples(): RuleExamplesResult {
  const failures: ExampleFailure[] = [];
  const perRule: Record<string, { passed: number; total: number }> = {};
  let passed = 0;
  let total = 0;
  for (const rule of RULES) {
    const stats = { passed: 0, total: 0 };
    for (const kind of ['fire', 'pass'] as const) {
      for (const ex of RULE_EXAMPLES[rule.id][kind]) {
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
