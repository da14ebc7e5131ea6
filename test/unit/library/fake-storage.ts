// An in-memory storage area that enforces chrome.storage.sync's quotas the way Chrome does: a write
// over a quota throws and changes nothing.
import type { StorageAreaLike } from '../../../src/library/storage';

export interface FakeArea extends StorageAreaLike {
  items: Map<string, unknown>;
  writes: number;
  /** Makes the next `n` set() calls throw, as a full or failing area would. */
  failNext(n?: number): void;
}

const size = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).byteLength;

export function fakeArea(quota: { perItem?: number; total?: number; maxItems?: number } = {}): FakeArea {
  const items = new Map<string, unknown>();
  let failing = 0;
  const area: FakeArea = {
    items,
    writes: 0,
    failNext(n = 1) {
      failing = n;
    },
    async get(keys) {
      const wanted = keys === null || keys === undefined ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (items.has(key)) out[key] = structuredClone(items.get(key));
      return out;
    },
    async set(values) {
      if (failing > 0) {
        failing--;
        throw new Error('Failed to write (simulated)');
      }
      const next = new Map(items);
      for (const [key, value] of Object.entries(values)) {
        if (quota.perItem && size(key, value) > quota.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(key, structuredClone(value));
      }
      if (quota.maxItems && next.size > quota.maxItems) throw new Error('MAX_ITEMS quota exceeded');
      if (quota.total && [...next].reduce((sum, [key, value]) => sum + size(key, value), 0) > quota.total) throw new Error('QUOTA_BYTES quota exceeded');
      items.clear();
      for (const [key, value] of next) items.set(key, value);
      area.writes++;
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) items.delete(key);
    },
  };
  return area;
}

/** sync with Chrome's quotas, local without. */
export function fakeAreas() {
  return {
    sync: fakeArea({ perItem: 8192, total: 102_400, maxItems: 512 }),
    local: fakeArea({ total: 10 * 1024 * 1024 }),
    managed: fakeArea(),
  };
}
