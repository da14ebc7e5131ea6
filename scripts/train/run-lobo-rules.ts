// Leave-one-batch-out check of the rules during development: npx tsx scripts/train/run-lobo-rules.ts
import { useRuleModelForTuning } from '../../src/analyzer/rules/learned';
import { batchNames, loadDrafts } from './corpus';
import { RULE_TRAINING, fitRuleModel } from './rules';
import { emptyCounts, printReport, scoreDrafts } from './rule-metrics';

Object.assign(RULE_TRAINING, process.env.RT ? JSON.parse(process.env.RT) : {});
const batches = batchNames();
const learned = emptyCounts();
const patterns = emptyCounts();
const pinned = emptyCounts();
for (const held of batches) {
  const train = batches.filter((b) => b !== held).flatMap((b) => loadDrafts(b));
  useRuleModelForTuning(fitRuleModel(train));
  const test = loadDrafts(held);
  scoreDrafts(test, learned);
  scoreDrafts(test, pinned, {}, true);
  scoreDrafts(test, patterns, { patternsOnly: true });
}
useRuleModelForTuning(null);
printReport('patterns only (detected feeling)', patterns);
printReport('learned, LOBO (detected feeling)', learned);
printReport('learned, LOBO (writer feeling pinned)', pinned);
