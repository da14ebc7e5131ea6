// npm run train: fits the shipped models from the support corpus's training batches (never the sealed
// ones) and writes them into src/analyzer. Deterministic: the same data gives the same files.
//   - src/analyzer/feeling/model.json: the feeling model (general GoEmotions weights from
//     scripts/train/general-feelings.json + support weights learned here) and its "sure" threshold
//   - src/analyzer/rules/model.json: the learned layer of the semantic rules
//   - src/analyzer/politeness-weights.json: the politeness strategy weights (scripts/train/politeness.ts)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { batchNames } from './corpus';
import { fitFeelingModel } from './feelings';
import { chooseSureAt, coverageAt, loboFeelings, supportTraining } from './lobo';
import { trainRules } from './rules';
import { POLITENESS_TRAINING, fitPolitenessWeights, wikipediaRows, writtenRows } from './politeness';

const t0 = Date.now();
const batches = batchNames();
// "Not sure": the confidence from which leave-one-batch-out predictions are right often enough.
const held = loboFeelings(batches);
const sureAt = chooseSureAt(held);
const kept = coverageAt(held, sureAt);
console.log(`feelings: stated as fact from confidence ${sureAt} (held out: ${(100 * kept.coverage).toFixed(0)}% of messages, ${(100 * kept.accuracy).toFixed(1)}% right)`);
const support = supportTraining(batches);
const feelings = { ...fitFeelingModel(support, { batches }), sureAt };
const out = resolve(import.meta.dirname, '../../src/analyzer/feeling/model.json');
writeFileSync(out, JSON.stringify(feelings) + '\n');
console.log(`feelings: ${support.length} support examples from ${batches.length} batches → ${out}`);
if (!process.argv.includes('--feelings-only')) {
  trainRules(batches);
  const rows = [...wikipediaRows(), ...writtenRows()];
  const path = resolve(import.meta.dirname, '../../src/analyzer/politeness-weights.json');
  writeFileSync(path, JSON.stringify({ weights: fitPolitenessWeights(rows), meta: { trained: 'npm run train', rows: rows.length, settings: POLITENESS_TRAINING } }, null, 1) + '\n');
  console.log(`politeness: ${rows.length} requests → ${path}`);
}
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
