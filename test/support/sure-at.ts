// Held-out feeling predictions and the "sure" threshold npm run train chooses from them (shared by
// scripts/train/lobo.ts and its unit test).
import type { Feeling } from '../../src/analyzer/types';

export interface FeelingPrediction {
  batch: string;
  id: string;
  gold: Feeling;
  pred: Feeling;
  confidence: number;
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

/** Held-out accuracy the coach needs, over every reading it states as fact. */
export const SURE_ACCURACY = 0.85;
/** Held-out readings at about the same confidence (this many, above a candidate threshold) must be right at least half the time. */
export const SURE_WINDOW = 100;

/**
 * The confidence from which the coach states a feeling as fact, from held-out predictions: a reading
 * stated as fact is more likely right than wrong where it sits (every run of SURE_WINDOW predictions
 * above the threshold, by confidence, is right at least half the time), and the stated readings
 * together are right at least SURE_ACCURACY of the time.
 */
export function chooseSureAt(preds: readonly FeelingPrediction[]): number {
  const sorted = [...preds].sort((a, b) => a.confidence - b.confidence);
  const right = sorted.map((p) => (p.pred === p.gold ? 1 : 0));
  // Scanning down from the most confident: the first window (by its lowest confidence) that is wrong more
  // often than right sets the threshold just above its confidence.
  let local = sorted.length > 0 ? sorted[0]!.confidence : 0;
  if (sorted.length >= SURE_WINDOW) {
    let sum = 0;
    for (let i = sorted.length - SURE_WINDOW; i < sorted.length; i++) sum += right[i]!;
    for (let start = sorted.length - SURE_WINDOW; start >= 0; start--) {
      if (start < sorted.length - SURE_WINDOW) sum += right[start]! - right[start + SURE_WINDOW]!;
      if (2 * sum >= SURE_WINDOW) continue;
      const failed = sorted[start]!.confidence;
      local = sorted.find((p) => p.confidence > failed)?.confidence ?? 1;
      break;
    }
  }
  // The lowest confidence whose readings and every one above it are right SURE_ACCURACY of the time.
  let overall = 1;
  let rightAbove = right.reduce((sum: number, r) => sum + r, 0);
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0) rightAbove -= right[i - 1]!;
    if (i > 0 && sorted[i]!.confidence === sorted[i - 1]!.confidence) continue;
    if (rightAbove / (sorted.length - i) >= SURE_ACCURACY) {
      overall = sorted[i]!.confidence;
      break;
    }
  }
  return Math.max(local, overall);
}
