// "Not helpful" counts are incremented one at a time by the worker: 200 concurrent clicks over a
// storage area whose reads and writes interleave are 200, not fewer (the content script's
// read-modify-write lost some).
import { describe, expect, it, vi } from 'vitest';
import { createFeedbackCounter, type CounterArea } from '../../src/background/feedback';

vi.mock('webextension-polyfill', () => ({ default: {} }));

function slowArea(): CounterArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  const later = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 2));
  return {
    data,
    async get(key) {
      await later();
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      await later();
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('not helpful counter', () => {
  it('200 concurrent clicks on two rules count 200', async () => {
    const area = slowArea();
    const counter = createFeedbackCounter(area);
    await Promise.all(Array.from({ length: 200 }, (_, i) => counter.notHelpful(i % 2 ? 'cliche' : 'blame')));
    expect(area.data.notHelpful).toEqual({ cliche: 100, blame: 100 });
  });

  it('an unknown rule is refused and counts nothing', async () => {
    const area = slowArea();
    await expect(createFeedbackCounter(area).notHelpful('__proto__')).rejects.toThrow(/unknown rule/);
    expect(area.data).toEqual({});
  });
});
