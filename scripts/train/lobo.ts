// Leave-one-batch-out: for every training batch of the corpus, fit on all the other batches and
// predict that one. The figures npm run eval reports come from these predictions (text the models
// were never fitted on, written by writers who never saw the code).
import { detectFeeling } from '../../src/analyzer/feeling';
import { useModelForTuning } from '../../src/analyzer/feeling/model';
import { useRuleModelForTuning } from '../../src/analyzer/rules/learned';
import { FEELINGS, type Feeling } from '../../src/analyzer/types';
import { SUPPORT_CASES } from '../../test/data/feeling/support-cases';
import { agreedDraftCustomers, agreedMessages, blindBatchMessages, loadDrafts } from './corpus';
import { FEELING_TRAINING, fitFeelingModel, type LabelledText } from './feelings';
import { emptyCounts, scoreDrafts, type RuleCounts } from './rule-metrics';
import { fitRuleModel } from './rules';

export interface FeelingPrediction {
  batch: string;
  id: string;
  gold: Feeling;
  pred: Feeling;
  confidence: number;
}

/**
 * The support-stage training set: the earlier blind batches and hand-written support cases, plus the
 * agreed messages of `batches` and the agreed customer messages their drafts answer.
 */
export function supportTraining(batches: readonly string[]): LabelledText[] {
  const out: LabelledText[] = [...blindBatchMessages(), ...SUPPORT_CASES].map((m) => ({ text: m.text, feeling: m.feeling, w: FEELING_TRAINING.supportWeight }));
  for (const b of batches) for (const m of [...agreedMessages(b), ...agreedDraftCustomers(b)]) out.push({ text: m.text, feeling: m.feeling, w: FEELING_TRAINING.supportWeight });
  return out;
}

const heldOutFeelingModels = new Map<string, ReturnType<typeof fitFeelingModel>>();

/** The feeling model fitted on every batch but `held` (fitted once per run: feelings and rules both use it). */
function feelingModelWithout(batches: readonly string[], held: string): ReturnType<typeof fitFeelingModel> {
  const key = `${batches.join(',')}|${held}`;
  let model = heldOutFeelingModels.get(key);
  if (model === undefined) {
    model = fitFeelingModel(supportTraining(batches.filter((b) => b !== held)));
    heldOutFeelingModels.set(key, model);
  }
  return model;
}

export function loboFeelings(batches: readonly string[]): FeelingPrediction[] {
  const out: FeelingPrediction[] = [];
  try {
    for (const held of batches) {
      useModelForTuning(feelingModelWithout(batches, held));
      for (const m of agreedMessages(held)) {
        const r = detectFeeling(m.text);
        out.push({ batch: held, id: m.id, gold: m.feeling, pred: r.feeling, confidence: r.confidence });
      }
    }
  } finally {
    useModelForTuning(null);
  }
  return out;
}

/** Accuracy of the predictions a threshold keeps, and the share it keeps. */
export function coverageAt(preds: readonly FeelingPrediction[], threshold: number): { coverage: number; accuracy: number } {
  const kept = preds.filter((p) => p.confidence >= threshold);
  return { coverage: kept.length / Math.max(1, preds.length), accuracy: kept.filter((p) => p.pred === p.gold).length / Math.max(1, kept.length) };
}

/** The confidence above which `share` of the predictions lie. */
export function thresholdForCoverage(preds: readonly FeelingPrediction[], share: number): number {
  const c = preds.map((p) => p.confidence).sort((a, b) => b - a);
  if (c.length === 0) return 0;
  return c[Math.min(c.length - 1, Math.max(0, Math.ceil(share * c.length) - 1))]!;
}

/** Held-out accuracy the coach needs before it states a feeling as fact. */
export const SURE_ACCURACY = 0.85;

/** The lowest confidence from which the held-out predictions are right at least SURE_ACCURACY of the time. */
export function chooseSureAt(preds: readonly FeelingPrediction[]): number {
  const candidates = [...new Set(preds.map((p) => p.confidence))].sort((a, b) => a - b);
  for (const t of candidates) {
    const { accuracy, coverage } = coverageAt(preds, t);
    if (accuracy >= SURE_ACCURACY && coverage > 0) return t;
  }
  return 1;
}

/**
 * Rules, leave-one-batch-out. The customer's feeling is detected by a feeling model fitted without the
 * held batch too (it learns from the drafts' customer messages), so the acknowledge-feeling figures
 * include the feeling model's own mistakes on unseen text.
 */
export function loboRules(batches: readonly string[], options: { patternsOnly?: boolean } = {}): RuleCounts {
  const counts = emptyCounts();
  try {
    for (const held of batches) {
      const others = batches.filter((b) => b !== held);
      useModelForTuning(feelingModelWithout(batches, held));
      if (!options.patternsOnly) useRuleModelForTuning(fitRuleModel(others.flatMap((b) => loadDrafts(b))));
      scoreDrafts(loadDrafts(held), counts, options);
    }
  } finally {
    useRuleModelForTuning(null);
    useModelForTuning(null);
  }
  return counts;
}

export const FEELING_INDEX = new Map<string, number>(FEELINGS.map((f, i) => [f, i]));
