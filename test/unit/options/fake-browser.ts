// An in-memory stand-in for the parts of webextension-polyfill the options page uses: storage areas
// (sync, local, managed) that store copies and fire onChanged like the browser, the manifest, and the
// worker's answers for the Sites section. Tests mock the polyfill with it:
//   vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: Changes, area: string) => void;

const listeners = new Set<ChangeListener>();
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export class FakeArea {
  data: Record<string, unknown> = {};
  /** Every set/remove call, in order. */
  writes = 0;
  constructor(readonly name: 'sync' | 'local' | 'managed') {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? Object.keys(this.data) : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (key in this.data) out[key] = copy(this.data[key]);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes++;
    const changes: Changes = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: copy(this.data[key]), newValue: copy(value) };
      this.data[key] = copy(value);
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.writes++;
    const changes: Changes = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!(key in this.data)) continue;
      changes[key] = { oldValue: this.data[key] };
      delete this.data[key];
    }
    if (Object.keys(changes).length > 0) this.emit(changes);
  }

  async clear(): Promise<void> {
    await this.remove(Object.keys(this.data));
  }

  /** The whole area as text, to compare byte for byte. */
  snapshot(): string {
    return JSON.stringify(this.data);
  }

  private emit(changes: Changes): void {
    // The browser tells listeners after the write, from its own task.
    setTimeout(() => {
      for (const listener of listeners) listener(changes, this.name);
    }, 0);
  }
}

export const areas = { sync: new FakeArea('sync'), local: new FakeArea('local'), managed: new FakeArea('managed') };

export const fakeBrowser = {
  storage: {
    ...areas,
    onChanged: {
      addListener: (listener: ChangeListener) => listeners.add(listener),
      removeListener: (listener: ChangeListener) => listeners.delete(listener),
    },
  },
  runtime: {
    id: 'fake-extension-id',
    getManifest: () => ({ version: '0.1.0', host_permissions: ['https://mail.google.com/*', 'https://*.zendesk.com/*'] }),
    sendMessage: async (message: { type: string }) => (message.type === 'turnedOnSites' ? [] : { ok: false, reason: 'not in tests' }),
  },
  permissions: {
    request: async ({ origins = [] }: { origins?: string[] }) => {
      if (!permissionAnswer.grant) return false;
      for (const origin of origins) grantedOrigins.add(origin);
      return true;
    },
    getAll: async () => ({ origins: [...grantedOrigins], permissions: ['storage'] }),
    onAdded: { addListener: () => undefined, removeListener: () => undefined },
    onRemoved: { addListener: () => undefined, removeListener: () => undefined },
  },
};

/** Hosts the fake browser has granted (both manifest hosts unless a test withholds one, as Firefox allows). */
export const grantedOrigins = new Set<string>();
/** What the next permission prompt answers. */
export const permissionAnswer = { grant: false };

export function resetFakeBrowser(): void {
  grantedOrigins.clear();
  for (const host of fakeBrowser.runtime.getManifest().host_permissions) grantedOrigins.add(host);
  permissionAnswer.grant = false;
  for (const area of Object.values(areas)) {
    area.data = {};
    area.writes = 0;
  }
}
