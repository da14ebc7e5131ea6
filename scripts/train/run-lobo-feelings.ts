// Quick LOBO check of the feeling model during development: npx tsx scripts/train/run-lobo-feelings.ts
import { useModelForTuning } from '../../src/analyzer/feeling/model';
import { detectFeeling } from '../../src/analyzer/feeling';
import { FEELINGS } from '../../src/analyzer/types';
import { agreedMessages, batchNames, blindBatchMessages } from './corpus';
import { FEELING_TRAINING, fitFeelingModel, type LabelledText } from './feelings';
import { classReport } from './softmax';

const batches = batchNames();
const cfgOverride = process.env.FT ? JSON.parse(process.env.FT) : {};
Object.assign(FEELING_TRAINING, cfgOverride);
const blind = blindBatchMessages().map((m) => ({ ...m, w: FEELING_TRAINING.supportWeight }));
{ const { trainingFeatures } = await import('../../src/analyzer/feeling/features'); let n = 0, s = 0; for (const b of batches) for (const m of agreedMessages(b)) { n++; if (trainingFeatures(m.text)?.support) s++; } console.log(`support context in ${s}/${n} corpus messages`); }
const gold: number[] = [];
const pred: number[] = [];
for (const held of batches) {
  const train: LabelledText[] = [...blind];
  for (const b of batches) if (b !== held) for (const m of agreedMessages(b)) train.push({ text: m.text, feeling: m.feeling, w: FEELING_TRAINING.supportWeight });
  const t0 = Date.now();
  useModelForTuning(fitFeelingModel(train));
  const test = agreedMessages(held);
  const g: number[] = [];
  const p: number[] = [];
  for (const m of test) {
    g.push(FEELINGS.indexOf(m.feeling));
    p.push(FEELINGS.indexOf(detectFeeling(m.text).feeling));
  }
  gold.push(...g);
  pred.push(...p);
  console.log(held, test.length, 'macro-F1', classReport(g, p, 8).macro.toFixed(3), `${Date.now() - t0} ms`);
}
const r = classReport(gold, pred, 8);
console.log('pooled macro-F1', r.macro.toFixed(3));
FEELINGS.forEach((f, i) => console.log(f.padEnd(13), 'P', r.per[i]!.p.toFixed(2), 'R', r.per[i]!.r.toFixed(2), 'F1', r.per[i]!.f1.toFixed(2), 'n', r.per[i]!.n));
if (process.env.DEV) {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { SHARED_DIR } = await import('./feelings');
  const train: LabelledText[] = [...blind];
  for (const b of batches) for (const m of agreedMessages(b)) train.push({ text: m.text, feeling: m.feeling, w: FEELING_TRAINING.supportWeight });
  useModelForTuning(fitFeelingModel(train));
  const COL: Record<string, string> = { angry: 'frustrated', impatient: 'frustrated' };
  const L6 = ['frustrated', 'confused', 'worried', 'disappointed', 'grateful', 'neutral'];
  const rows = readFileSync(join(SHARED_DIR, 'data/goemotions/dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; collapsed: string });
  const g = rows.map((r) => L6.indexOf(r.collapsed));
  const p = rows.map((r) => { const f = detectFeeling(r.text).feeling; return L6.indexOf(COL[f] ?? f); });
  console.log('GoEmotions dev 6-label macro-F1', classReport(g, p, 6).macro.toFixed(3));
}
