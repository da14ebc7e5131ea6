// Scores named corpus batches with the shipped models, as they are (no refitting): the first look at a
// new batch before anything is fitted or tuned on it.  npx tsx scripts/train/score-batches.ts b05 b06
import { detectFeeling } from '../../src/analyzer/feeling';
import { FEELINGS } from '../../src/analyzer/types';
import { agreedMessages, loadDrafts } from './corpus';
import { emptyCounts, printReport, scoreDrafts } from './rule-metrics';
import { classReport } from './softmax';

const batches = process.argv.slice(2);
const gold: number[] = [];
const pred: number[] = [];
for (const b of batches) {
  for (const m of agreedMessages(b)) {
    gold.push(FEELINGS.indexOf(m.feeling));
    pred.push(FEELINGS.indexOf(detectFeeling(m.text).feeling));
  }
}
const r = classReport(gold, pred, FEELINGS.length);
console.log(`Feelings on ${batches.join(', ')} (${gold.length} messages): macro-F1 ${r.macro.toFixed(3)}; ${FEELINGS.map((f, i) => `${f} ${r.per[i]!.f1.toFixed(2)}`).join(', ')}`);
const counts = emptyCounts();
for (const b of batches) scoreDrafts(loadDrafts(b), counts);
printReport(`Rules on ${batches.join(', ')}`, counts);
