// "Not helpful" counts: incremented by the worker only, one increment at a time (and under a Web Lock
// shared with every extension page), so concurrent clicks in several tabs are never lost to a
// read-modify-write race.
import browser from 'webextension-polyfill';
import { RULE_IDS } from '../analyzer/types';
import { NOT_HELPFUL } from '../shared/storage-keys';

export interface CounterArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KNOWN: ReadonlySet<string> = new Set<string>([...RULE_IDS, 'custom']);

export function createFeedbackCounter(area: CounterArea = browser.storage[NOT_HELPFUL.area]) {
  let chain: Promise<unknown> = Promise.resolve();
  const locks = (globalThis.navigator as { locks?: { request<T>(name: string, work: () => Promise<T>): Promise<T> } } | undefined)?.locks;
  const exclusive = <T>(work: () => Promise<T>) => (locks ? locks.request('empathy-coach.not-helpful', work) : work());
  return {
    /** Adds one to the rule's count; resolves with the new count. */
    notHelpful(rule: string): Promise<number> {
      if (!KNOWN.has(rule)) return Promise.reject(new Error(`unknown rule ${rule}`));
      const run = chain.then(() =>
        exclusive(async () => {
          const stored = (await area.get(NOT_HELPFUL.key))[NOT_HELPFUL.key];
          const counts = typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, number>) } : {};
          const next = (Number.isSafeInteger(counts[rule]) ? counts[rule]! : 0) + 1;
          await area.set({ [NOT_HELPFUL.key]: { ...counts, [rule]: next } });
          return next;
        }),
      );
      chain = run.catch(() => undefined);
      return run;
    },
  };
}
