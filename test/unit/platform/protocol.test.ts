// Component test of the message protocol against a fake browser runtime.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Sender = { id?: string; url?: string; tab?: { id: number } };
type Listener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;
const listeners = new Set<Listener>();

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'own-extension-id',
      getURL: (path: string) => `chrome-extension://own-extension-id/${path}`,
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  },
}));

const v = await import('valibot');
const { CONTENT_SCHEMAS, handleMessages } = await import('../../../src/shared/protocol');
const { BACKGROUND_SCHEMAS, extensionPagesOnly } = await import('../../../src/shared/protocol-schemas');
const { EMPTY_PAYLOAD } = await import('../../../src/shared/payload');
const ECHO = { echo: v.strictObject({ text: v.string() }) };

interface TestProtocol {
  echo: [{ text: string }, { text: string }];
}

function deliver(message: unknown, sender: Sender) {
  return [...listeners].map((listener) => listener(message, sender));
}

describe('handleMessages', () => {
  beforeEach(() => listeners.clear());

  it('answers its own extension', async () => {
    handleMessages<TestProtocol>({ echo: ({ text }) => ({ text: text.toUpperCase() }) }, ECHO);
    const [answer] = deliver({ type: 'echo', payload: { text: 'hi' } }, { id: 'own-extension-id' });
    await expect(answer).resolves.toEqual({ text: 'HI' });
  });

  it('ignores other senders, unknown types and malformed messages', () => {
    const echo = vi.fn(() => ({ text: '' }));
    handleMessages<TestProtocol>({ echo }, ECHO);
    expect(deliver({ type: 'echo', payload: { text: 'x' } }, { id: 'someone-else' })).toEqual([undefined]);
    expect(deliver({ type: 'toString', payload: {} }, { id: 'own-extension-id' })).toEqual([undefined]);
    expect(deliver('echo', { id: 'own-extension-id' })).toEqual([undefined]);
    expect(deliver(null, { id: 'own-extension-id' })).toEqual([undefined]);
    expect(echo).not.toHaveBeenCalled();
  });

  it('stops listening when its signal aborts', () => {
    const controller = new AbortController();
    handleMessages<TestProtocol>({ echo: ({ text }) => ({ text }) }, ECHO, { signal: controller.signal });
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
  });

  it('checks every payload against its schema before the handler runs', async () => {
    const echo = vi.fn(({ text }: { text: string }) => ({ text }));
    handleMessages<TestProtocol>({ echo }, ECHO);
    const own = { id: 'own-extension-id' };
    for (const payload of [undefined, null, 'hi', { text: 1 }, { text: 'x', extra: true }, JSON.parse('{"text":"x","__proto__":{"text":"y"}}')]) {
      const [answer] = deliver({ type: 'echo', payload }, own);
      await expect(answer).rejects.toThrow(/Invalid echo message/);
    }
    expect(echo).not.toHaveBeenCalled();
  });
});

describe('the background protocol', () => {
  beforeEach(() => listeners.clear());
  const page = { id: 'own-extension-id', url: 'chrome-extension://own-extension-id/src/options/index.html', tab: { id: 3 } };
  const contentScript = { id: 'own-extension-id', url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 4 } };
  const handlers = () => ({
    ping: vi.fn(() => ({ version: '1' })),
    review: vi.fn(() => ({ refused: 'superseded' as const })),
    notHelpful: vi.fn(() => ({})),
    enableSite: vi.fn(() => ({ ok: true as const, pattern: 'https://x.example/*' })),
    disableSite: vi.fn(() => ({ ok: true as const, pattern: 'https://x.example/*' })),
    turnedOnSites: vi.fn(() => []),
  });

  it('site management is accepted from the extension’s pages only, never from a content script', async () => {
    const h = handlers();
    handleMessages(h, BACKGROUND_SCHEMAS, { refuse: extensionPagesOnly });
    for (const [type, payload] of [['enableSite', { address: 'evil.example' }], ['disableSite', { pattern: 'https://mail.google.com/*' }], ['turnedOnSites', {}]] as const) {
      await expect(deliver({ type, payload }, contentScript)[0]).rejects.toThrow(/extension's own pages only/);
      await expect(deliver({ type, payload }, page)[0]).resolves.toBeDefined();
    }
    expect(h.enableSite).toHaveBeenCalledTimes(1);
    expect(h.disableSite).toHaveBeenCalledTimes(1);
    // Content scripts still review and count.
    await expect(deliver({ type: 'review', payload: { draft: 'Hi', customer: null } }, contentScript)[0]).resolves.toEqual({ refused: 'superseded' });
    await expect(deliver({ type: 'notHelpful', payload: { rule: 'cliche' } }, contentScript)[0]).resolves.toEqual({});
  });

  it('malformed payloads of every message type are refused', async () => {
    const h = handlers();
    handleMessages(h, BACKGROUND_SCHEMAS, { refuse: extensionPagesOnly });
    const bad: [string, unknown][] = [
      ['review', { draft: 5, customer: null }],
      ['review', { draft: 'x' }],
      ['review', { draft: 'x', customer: { text: 'y', name: { toString: 1 } } }],
      ['notHelpful', { rule: '__proto__' }],
      ['notHelpful', { rule: 'cliche', count: 200 }],
      ['enableSite', { address: ['x'] }],
      ['disableSite', {}],
      ['ping', { x: 1 }],
    ];
    for (const [type, payload] of bad) await expect(deliver({ type, payload }, page)[0], type).rejects.toThrow(/Invalid/);
    for (const handler of Object.values(h)) expect(handler).not.toHaveBeenCalled();
  });
});

describe('the content protocol', () => {
  beforeEach(() => listeners.clear());

  it('checks payloads as valibot’s v.strictObject({}) does, without valibot (same output, same messages)', () => {
    const valibot = v.strictObject({});
    const payloads: unknown[] = [
      {}, [], { x: 1 }, { __proto__: null, y: 2 }, Object.create({ inherited: 1 }), JSON.parse('{"__proto__":{"a":1}}'), ['a'], new Date(0), /x/,
      undefined, null, 0, 5, -1.5, Number.NaN, 10n, true, false, '', 'hi', Symbol('s'), () => undefined,
    ];
    for (const [index, payload] of payloads.entries()) {
      const expected = v.safeParse(valibot, payload);
      const got = EMPTY_PAYLOAD['~standard'].validate(payload);
      if (got instanceof Promise) throw new Error('EMPTY_PAYLOAD is synchronous');
      if (expected.success) expect(got, `payload ${index}`).toEqual({ value: expected.output });
      else expect(got.issues?.map((issue) => issue.message), `payload ${index}`).toEqual(expected.issues.map((issue) => issue.message));
    }
  });

  it('answers an empty request and refuses any other payload', async () => {
    const status = vi.fn(() => null);
    handleMessages({ status, insertAcknowledgement: vi.fn(), useSelectionAsCustomer: vi.fn() }, CONTENT_SCHEMAS);
    const own = { id: 'own-extension-id' };
    await expect(deliver({ type: 'status', payload: {} }, own)[0]).resolves.toBeNull();
    await expect(deliver({ type: 'status', payload: { tab: 1 } }, own)[0]).rejects.toThrow('Invalid status message: Invalid key: Expected never but received "tab"');
    await expect(deliver({ type: 'status' }, own)[0]).rejects.toThrow('Invalid status message: Invalid type: Expected Object but received undefined');
    expect(status).toHaveBeenCalledTimes(1);
    expect(status).toHaveBeenCalledWith({}, own);
  });
});
