// The "sure" threshold npm run train picks from held-out feeling predictions (scripts/train/lobo.ts).
import { describe, expect, it } from 'vitest';
import { SURE_WINDOW, chooseSureAt, type FeelingPrediction } from '../../support/sure-at';

/** n predictions at `confidence`, `right` of them right. */
function at(confidence: number, n: number, right: number): FeelingPrediction[] {
  return Array.from({ length: n }, (_, i) => ({ batch: 'b', id: `${confidence}-${i}`, gold: 'worried', pred: i < right ? 'worried' : 'angry', confidence }));
}

describe('chooseSureAt', () => {
  it('leaves out the confidences where readings are more often wrong than right, even when the total is accurate enough', () => {
    const preds = [...at(0.3, SURE_WINDOW, 20), ...at(0.6, SURE_WINDOW, 45), ...at(0.8, SURE_WINDOW, 70), ...at(0.99, 20 * SURE_WINDOW, 2000)];
    // All together they are right 93% of the time, but the readings at 0.3 and 0.6 are not right half the time.
    expect(chooseSureAt(preds)).toBe(0.8);
  });
  it('keeps the overall accuracy floor', () => {
    const preds = [...at(0.5, SURE_WINDOW, 60), ...at(0.9, SURE_WINDOW, 80), ...at(0.95, SURE_WINDOW, 90)];
    // Every window is right more than half the time, but 0.5 and up is only 77% right: 0.9 and up is 85%.
    expect(chooseSureAt(preds)).toBe(0.9);
  });
  it('states everything when every reading is right', () => {
    expect(chooseSureAt([...at(0.2, SURE_WINDOW, SURE_WINDOW), ...at(0.9, SURE_WINDOW, SURE_WINDOW)])).toBe(0.2);
  });
});
