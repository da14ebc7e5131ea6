// Hand-written boundary cases judged by a learned model: each group must be right at a stated rate,
// and the message lists every case it gets wrong (an exact list would flip with every retraining; the
// figures that measure the model are the leave-one-batch-out ones in `npm run eval`).
import { expect } from 'vitest';

export function expectMostly<T>(cases: readonly T[], passes: (c: T) => boolean, min: number, label: (c: T) => string = String): void {
  const wrong = cases.filter((c) => !passes(c));
  const rate = cases.length ? 1 - wrong.length / cases.length : 1;
  expect(rate, `${wrong.length}/${cases.length} wrong:\n${wrong.map(label).join('\n')}`).toBeGreaterThanOrEqual(min);
}
