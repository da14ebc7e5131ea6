// Leave-one-batch-out: for every training batch of the corpus, fit on all the other batches and
// predict that one. The figures npm run eval reports come from these predictions (text the models
// were never fitted on, written by writers who never saw the code).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectFeeling } from '../../src/analyzer/feeling';
import { useModelForTuning } from '../../src/analyzer/feeling/model';
import { useRuleModelForTuning } from '../../src/analyzer/rules/learned';
import { FEELINGS } from '../../src/analyzer/types';
import { SUPPORT_CASES } from '../../test/data/feeling/support-cases';
import { agreedDraftCustomers, agreedMessages, blindBatchMessages, loadDrafts } from './corpus';
import { FEELING_TRAINING, fitFeelingModel, type LabelledText } from './feelings';
import { emptyCounts, scoreDrafts, type RuleCounts } from './rule-metrics';
import { fitRuleModel } from './rules';
import type { FeelingPrediction } from '../../test/support/sure-at';

export { SURE_ACCURACY, SURE_WINDOW, chooseSureAt, coverageAt, thresholdForCoverage, type FeelingPrediction } from '../../test/support/sure-at';

/**
 * The support-stage training set: the earlier blind batches and hand-written support cases, plus the
 * agreed messages of `batches` and the agreed customer messages their drafts answer.
 */
export function supportTraining(batches: readonly string[]): LabelledText[] {
  const out: LabelledText[] = [...blindBatchMessages(), ...SUPPORT_CASES].map((m) => ({ text: m.text, feeling: m.feeling, w: FEELING_TRAINING.supportWeight }));
  for (const b of batches) for (const m of [...agreedMessages(b), ...agreedDraftCustomers(b)]) out.push({ text: m.text, feeling: m.feeling, w: FEELING_TRAINING.supportWeight });
  return out;
}

/** The "sure" threshold of the committed feeling model (npm run train chose it on held-out predictions). */
function shippedSureAt(): number | undefined {
  const json = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/analyzer/feeling/model.json'), 'utf8')) as { sureAt?: number };
  return json.sureAt;
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

/**
 * Rules, leave-one-batch-out. The customer's feeling is detected by a feeling model fitted without the
 * held batch too (it learns from the drafts' customer messages), so the acknowledge-feeling figures
 * include the feeling model's own mistakes on unseen text.
 */
export function loboRules(batches: readonly string[], options: { patternsOnly?: boolean } = {}): RuleCounts {
  const counts = emptyCounts();
  // The held-out feeling models state feelings as fact from the shipped threshold, as the product would.
  const sureAt = shippedSureAt();
  try {
    for (const held of batches) {
      const others = batches.filter((b) => b !== held);
      useModelForTuning({ ...feelingModelWithout(batches, held), sureAt });
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
