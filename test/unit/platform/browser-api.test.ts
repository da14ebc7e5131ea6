// src/shared/browser.ts on Chrome: what webextension-polyfill added to chrome.* (answers by promise,
// rejections carried back), kept in the polyfill's wire format so both sides interoperate.
import { describe, expect, it, vi } from 'vitest';
import { REJECTED, answerOf, fromChrome, promiseListeners } from '../../../src/shared/browser';

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (response?: unknown) => void) => boolean | undefined;

function fakeEvent() {
  const listeners = new Set<ChromeListener>();
  return {
    listeners,
    addListener: (listener: ChromeListener) => listeners.add(listener),
    removeListener: (listener: ChromeListener) => listeners.delete(listener),
    hasListener: (listener: ChromeListener) => listeners.has(listener),
  };
}

/** Delivers a message as Chrome does: the answer is what sendResponse got, if a listener kept the channel open. */
function deliver(event: ReturnType<typeof fakeEvent>, message: unknown) {
  return [...event.listeners].map((listener) => {
    let respond!: (value: unknown) => void;
    const answer = new Promise((resolve) => (respond = resolve));
    const kept = listener(message, { id: 'me' }, respond);
    return { kept, answer };
  });
}

describe('the extension APIs on Chrome', () => {
  it('a listener answers by returning a promise; a rejection goes back as the polyfill sends it', async () => {
    const event = fakeEvent();
    const onMessage = promiseListeners(event);
    const listener = (message: unknown) => (message === 'fail' ? Promise.reject(new Error('refused')) : Promise.resolve(`got ${String(message)}`));
    onMessage.addListener(listener);

    const [ok] = deliver(event, 'hi');
    expect(ok!.kept).toBe(true);
    await expect(ok!.answer).resolves.toBe('got hi');
    const [failed] = deliver(event, 'fail');
    await expect(failed!.answer).resolves.toEqual({ [REJECTED]: true, message: 'refused' });

    // Not its message: no answer, the channel is not kept open.
    const silent = vi.fn(() => undefined);
    onMessage.addListener(silent);
    expect(deliver(event, 'x')[1]!.kept).toBeUndefined();

    expect(onMessage.hasListener(listener)).toBe(true);
    onMessage.removeListener(listener);
    onMessage.removeListener(silent);
    expect(event.listeners.size).toBe(0);
  });

  it('sendMessage rejects on a refused answer, resolves when no listener answered, and passes other errors on', async () => {
    await expect(answerOf(async () => ({ ok: true }))()).resolves.toEqual({ ok: true });
    await expect(answerOf(async () => ({ [REJECTED]: true, message: 'Invalid review message' }))()).rejects.toThrow('Invalid review message');
    await expect(answerOf(() => Promise.reject(new Error('The message port closed before a response was received.')))()).resolves.toBeUndefined();
    await expect(answerOf(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')))()).rejects.toThrow(/Receiving end/);
  });

  it('keeps every other call of chrome.* as it is, bound to its namespace', async () => {
    const runtime = {
      id: 'own-id',
      onMessage: fakeEvent(),
      sendMessage: vi.fn(async () => 'answer'),
      getURL(this: { id: string }, path: string) {
        return `chrome-extension://${this.id}/${path}`;
      },
    };
    const storage = { local: { get: vi.fn(async () => ({ a: 1 })) } };
    const browser = fromChrome({ runtime, storage } as never);
    expect(browser.runtime.id).toBe('own-id');
    const { getURL } = browser.runtime;
    expect(getURL('x.html')).toBe('chrome-extension://own-id/x.html');
    await expect(browser.runtime.sendMessage({ type: 'ping' })).resolves.toBe('answer');
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'ping' });
    await expect(browser.storage.local.get('a')).resolves.toEqual({ a: 1 });
  });
});
