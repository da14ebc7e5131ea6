// `npm run eval`: how well the analyzer does, on data it was never trained on.
//   - feelings: per-label precision/recall/F1 and macro-F1 on GoEmotions dev (6 collapsed labels)
//     and accuracy on the hand-written support messages;
//   - politeness: accuracy on the Stanford Politeness Corpus (Wikipedia), polite iff politeness > 0;
//   - rules: the pass rate of every rule's own examples;
//   - blind batches: invented support conversations written without reading the analyzer
//     (test/data/blind-batches): feelings, good replies left alone, flawed replies caught.
// Needs ../shared (or SHARED_DIR) for the public data sets; the rule examples and batches need nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evalFeelings } from './eval-feelings.ts';
import { evalPoliteness } from './eval-politeness.ts';
import { heldOutPoliteness } from './train/politeness.ts';
import { evalRuleExamples } from './eval-rules.ts';
import { evalBlindBatch, readBlindBatch } from './eval-replies.ts';
import { reviewDraft } from '../src/analyzer';
import { evalCorpus, sealedArgument } from './eval-corpus.ts';

const shared = resolve(process.env.SHARED_DIR ?? join(process.cwd(), '..', 'shared'));
const devPath = join(shared, 'data/goemotions/dev.jsonl');
const politenessPath = join(shared, 'data/politeness/wikipedia.jsonl');
const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
const num = (value: number) => value.toFixed(3);

let failed = false;

if (existsSync(devPath)) {
  const feelings = await evalFeelings(devPath);
  console.log(`Feelings — GoEmotions dev (${devPath}), 6 collapsed labels (angry, impatient → frustrated)`);
  console.log(`${'label'.padEnd(14)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}${'support'.padStart(10)}`);
  for (const [label, m] of Object.entries(feelings.perLabel)) {
    console.log(`${label.padEnd(14)}${num(m.precision).padStart(10)}${num(m.recall).padStart(10)}${num(m.f1).padStart(10)}${String(m.support).padStart(10)}`);
  }
  console.log(`macro-F1: ${num(feelings.macroF1)}  (target ≥ 0.60)`);
  if (feelings.support) {
    console.log(`support messages (hand-written, 8 feelings): ${feelings.support.correct}/${feelings.support.total} = ${pct(feelings.support.correct / feelings.support.total)}`);
  }
  console.log();
} else {
  console.log(`Feelings: skipped, ${devPath} not found (set SHARED_DIR)\n`);
  failed = true;
}

if (existsSync(politenessPath)) {
  const polite = await evalPoliteness(politenessPath);
  console.log(`Politeness — Stanford Politeness Corpus, Wikipedia (${polite.n} requests)`);
  console.log(`accuracy: ${num(polite.accuracy)}  (polite recall ${num(polite.politeRecall)}, impolite recall ${num(polite.impoliteRecall)}; target ≥ 0.80)`);
  // The shipped weights were fitted on this corpus (and the written requests), so the figure above is
  // in-sample; the held-out figures below are the honest ones.
  const held = heldOutPoliteness();
  const line = (s: { source: string; n: number; accuracy: number; auc: number }) => `  ${s.source.padEnd(20)} accuracy ${num(s.accuracy)}  AUC ${num(s.auc)}  (n ${s.n})`;
  console.log('Held out (each written setting scored by weights fitted without it; Wikipedia in 10 folds):');
  for (const s of held.leaveOneOut) console.log(line(s));
  console.log('Weights fitted on Wikipedia alone, on each written setting (transfer to a new setting):');
  for (const s of held.wikipediaOnly) console.log(line(s));
  console.log('');
} else {
  console.log(`Politeness: skipped, ${politenessPath} not found (set SHARED_DIR)\n`);
  failed = true;
}

const rules = evalRuleExamples();
console.log(`Rule examples: ${rules.passed}/${rules.total} pass (${pct(rules.passed / Math.max(1, rules.total))})`);
for (const [id, stats] of Object.entries(rules.perRule)) console.log(`  ${id.padEnd(20)} ${stats.passed}/${stats.total}`);
for (const failure of rules.failures) console.log(`  FAIL ${failure.rule} (${failure.kind}): ${JSON.stringify(failure.draft)}`);
if (rules.failures.length) failed = true;

const phrasings = JSON.parse(readFileSync('test/data/rule-phrasings.json', 'utf8')) as Record<string, { fire: string[]; pass: string[] } | string>;
console.log('\nRule phrasings (test/data/rule-phrasings.json; used to widen the rules, so not held out)');
for (const [rule, sentences] of Object.entries(phrasings)) {
  if (typeof sentences === 'string') continue;
  const fires = (draft: string) => reviewDraft({ draft }).findings.some((finding) => finding.rule === rule);
  console.log(`  ${rule.padEnd(12)} faults caught ${sentences.fire.filter(fires).length}/${sentences.fire.length}, near misses flagged ${sentences.pass.filter(fires).length}/${sentences.pass.length}`);
}

console.log('\nBlind batches (test/data/blind-batches; how each was used is in its "about")');
for (const name of ['batch-1', 'batch-2', 'batch-3', 'batch-4']) {
  const { messages, good, flawed } = evalBlindBatch(readBlindBatch(join('test/data/blind-batches', `${name}.json`)));
  console.log(`${name}: customer feeling ${messages.exact}/${messages.total} (6 labels: ${messages.collapsed}/${messages.total})`);
  console.log(`  good replies with no finding ${good.clean}/${good.total}, scoring ≥ 90 ${good.scoreAtLeast90}/${good.total}${good.findings.length ? ` (${good.findings.join(', ')})` : ''}`);
  if (flawed.expected === 0) continue;
  console.log(`  flawed replies: expected findings found ${flawed.found}/${flawed.expected}, unexpected findings ${flawed.unexpected}`);
  const perRule = Object.entries(flawed.perRule).sort(([a], [b]) => a.localeCompare(b));
  console.log(`  ${perRule.map(([rule, s]) => `${rule} ${s.found}/${s.expected}${s.unexpected ? ` +${s.unexpected}` : ''}`).join(', ')}`);
}

console.log();
evalCorpus({ sealed: sealedArgument(process.argv) });

process.exitCode = failed ? 1 : 0;
