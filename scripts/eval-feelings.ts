// Evaluates the customer-feeling detector:
//   - GoEmotions dev.jsonl, 6 collapsed labels (angry, impatient → frustrated): per-label P/R/F1, macro-F1,
//     confusion matrix;
//   - the hand-written support messages (test/data/feeling/support-cases.ts): accuracy.
//
//   npx tsx scripts/eval-feelings.ts [path/to/dev.jsonl]
//
// dev.jsonl is only read here, never by the trainer.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFeeling } from '../src/analyzer/feeling';
import { SUPPORT_CASES } from '../test/data/feeling/support-cases';
import type { Feeling } from '../src/analyzer/types';

export const COLLAPSED_LABELS = ['frustrated', 'confused', 'worried', 'disappointed', 'grateful', 'neutral'] as const;
export type CollapsedLabel = (typeof COLLAPSED_LABELS)[number];

export function collapse(f: Feeling): CollapsedLabel {
  return f === 'angry' || f === 'impatient' ? 'frustrated' : f;
}

export interface LabelStats {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface FeelingEval {
  n: number;
  perLabel: Record<string, LabelStats>;
  macroF1: number;
  accuracy: number;
  /** confusion[gold][pred] */
  confusion: Record<string, Record<string, number>>;
  /** Hand-written support messages (8 feelings), exact product label. */
  support: {
    correct: number;
    total: number;
    /** accuracy on the collapsed 6 labels */
    collapsedCorrect: number;
    failures: { id: string; expected: Feeling; got: Feeling; text: string }[];
  };
  /** macro-F1 on dev with parts of the detector switched off (for transparency). */
  ablations: Record<string, number>;
  msPerMessage: number;
}

interface DevRow {
  text: string;
  collapsed: CollapsedLabel;
}

function readDev(path: string): DevRow[] {
  const rows: DevRow[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = JSON.parse(line) as { text?: unknown; collapsed?: unknown };
      if (typeof r.text !== 'string' || !COLLAPSED_LABELS.includes(r.collapsed as CollapsedLabel)) {
        throw new Error(`${path}:${i + 1}: expected {text, collapsed}`);
      }
      rows.push({ text: r.text, collapsed: r.collapsed as CollapsedLabel });
    });
  return rows;
}

export function scoreLabels(gold: readonly string[], pred: readonly string[], labels: readonly string[] = COLLAPSED_LABELS) {
  const perLabel: Record<string, LabelStats> = {};
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const row = confusion[gold[i]!];
    if (row && pred[i]! in row) row[pred[i]!]!++;
    if (gold[i] === pred[i]) correct++;
  }
  for (const l of labels) {
    const tp = confusion[l]![l]!;
    const support = labels.reduce((s, p) => s + confusion[l]![p]!, 0);
    const predicted = labels.reduce((s, g) => s + confusion[g]![l]!, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[l] = { precision, recall, f1, support };
  }
  const macroF1 = labels.reduce((s, l) => s + perLabel[l]!.f1, 0) / labels.length;
  return { perLabel, macroF1, accuracy: gold.length ? correct / gold.length : 0, confusion };
}

export function evalSupportCases(): FeelingEval['support'] {
  let correct = 0;
  let collapsedCorrect = 0;
  const failures: FeelingEval['support']['failures'] = [];
  for (const c of SUPPORT_CASES) {
    const got = detectFeeling(c.text).feeling;
    if (got === c.feeling) correct++;
    else failures.push({ id: c.id, expected: c.feeling, got, text: c.text });
    if (collapse(got) === collapse(c.feeling)) collapsedCorrect++;
  }
  return { correct, total: SUPPORT_CASES.length, collapsedCorrect, failures };
}

export async function evalFeelings(devPath: string): Promise<FeelingEval> {
  const rows = readDev(devPath);
  detectFeeling('warm up');
  const t0 = performance.now();
  const pred = rows.map((r) => collapse(detectFeeling(r.text).feeling));
  const ms = (performance.now() - t0) / Math.max(1, rows.length);
  const scored = scoreLabels(
    rows.map((r) => r.collapsed),
    pred,
  );
  const ablations: Record<string, number> = {};
  return { n: rows.length, ...scored, support: evalSupportCases(), ablations, msPerMessage: ms };
}

function printReport(devPath: string, r: FeelingEval): void {
  const num = (v: number) => v.toFixed(3);
  console.log(`Feelings — GoEmotions dev (${devPath}), ${r.n} messages, 6 collapsed labels (angry, impatient → frustrated)`);
  console.log(`${'label'.padEnd(14)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}${'support'.padStart(10)}`);
  for (const [label, m] of Object.entries(r.perLabel)) {
    console.log(`${label.padEnd(14)}${num(m.precision).padStart(10)}${num(m.recall).padStart(10)}${num(m.f1).padStart(10)}${String(m.support).padStart(10)}`);
  }
  console.log(`macro-F1: ${num(r.macroF1)}  (target ≥ 0.60)   accuracy: ${num(r.accuracy)}`);
  console.log('\nconfusion (rows = gold, columns = predicted)');
  console.log(''.padEnd(14) + COLLAPSED_LABELS.map((l) => l.slice(0, 8).padStart(9)).join(''));
  for (const g of COLLAPSED_LABELS) {
    console.log(g.padEnd(14) + COLLAPSED_LABELS.map((p) => String(r.confusion[g]![p]).padStart(9)).join(''));
  }
  console.log('\nablations (dev macro-F1):');
  for (const [k, v] of Object.entries(r.ablations)) console.log(`  ${num(v)}  ${k}`);
  const s = r.support;
  console.log(
    `\nsupport messages (hand-written, 8 feelings): ${s.correct}/${s.total} = ${((100 * s.correct) / s.total).toFixed(1)}%` +
      `  (collapsed 6 labels: ${s.collapsedCorrect}/${s.total})`,
  );
  for (const f of s.failures) console.log(`  FAIL ${f.id}: expected ${f.expected}, got ${f.got}: ${JSON.stringify(f.text.slice(0, 90))}`);
  console.log(`\n${r.msPerMessage.toFixed(3)} ms per dev message`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const devPath = resolve(
    process.argv[2] ?? join(process.env.SHARED_DIR ?? join(process.cwd(), '..', 'shared'), 'data/goemotions/dev.jsonl'),
  );
  const r = await evalFeelings(devPath);
  printReport(devPath, r);
}
