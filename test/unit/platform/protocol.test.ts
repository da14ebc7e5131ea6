// Component test of the message protocol against a fake browser runtime.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
const listeners = new Set<Listener>();

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'own-extension-id',
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  },
}));

const { handleMessages } = await import('../../../src/shared/protocol');

interface TestProtocol {
  echo: [{ text: string }, { text: string }];
}

function deliver(message: unknown, sender: { id?: string }) {
  return [...listeners].map((listener) => listener(message, sender));
}

describe('handleMessages', () => {
  beforeEach(() => listeners.clear());

  it('answers its own extension', async () => {
    handleMessages<TestProtocol>({ echo: ({ text }) => ({ text: text.toUpperCase() }) });
    const [answer] = deliver({ type: 'echo', payload: { text: 'hi' } }, { id: 'own-extension-id' });
    await expect(answer).resolves.toEqual({ text: 'HI' });
  });

  it('ignores other senders, unknown types and malformed messages', () => {
    const echo = vi.fn(() => ({ text: '' }));
    handleMessages<TestProtocol>({ echo });
    expect(deliver({ type: 'echo', payload: { text: 'x' } }, { id: 'someone-else' })).toEqual([undefined]);
    expect(deliver({ type: 'toString', payload: {} }, { id: 'own-extension-id' })).toEqual([undefined]);
    expect(deliver('echo', { id: 'own-extension-id' })).toEqual([undefined]);
    expect(deliver(null, { id: 'own-extension-id' })).toEqual([undefined]);
    expect(echo).not.toHaveBeenCalled();
  });

  it('stops listening when its signal aborts', () => {
    const controller = new AbortController();
    handleMessages<TestProtocol>({ echo: ({ text }) => ({ text }) }, controller.signal);
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
  });
});
