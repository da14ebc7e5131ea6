// The extension APIs, one object in every context (content script, worker, popup, options page).
//
// Firefox has `browser`, promise-based: it is used as it is. Chrome MV3's `chrome.*` returns promises
// too; what it lacks is what webextension-polyfill added on top, kept here with the polyfill's own
// wire format so nothing else changes: a runtime.onMessage listener may answer with a promise (sent
// back through sendResponse; a rejection as { __mozWebExtensionPolyfillReject__, message }), and
// runtime/tabs.sendMessage reject on that answer and resolve when no listener answered.
//
// Why not the polyfill itself: it is 9.6 KB (2.7 KB gzipped) of the content script, which runs on
// every helpdesk page and has a 30 KB budget (`npm run bench:e2e`); everything it wraps but these
// three calls is already promise-based in MV3.
import type Browser from 'webextension-polyfill';

export type { Runtime, Storage } from 'webextension-polyfill';

type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, sendResponse: (response?: unknown) => void) => boolean | undefined;
interface ChromeEvent<T> {
  addListener(listener: T): void;
  removeListener(listener: T): void;
  hasListener(listener: T): boolean;
}
type Send = (...args: unknown[]) => Promise<unknown>;

/** What a listener's rejection is sent back as (the polyfill's format, understood on both sides). */
export const REJECTED = '__mozWebExtensionPolyfillReject__';
/** Chrome's words when the listeners answered nothing: the polyfill resolves with undefined then. */
const NO_ANSWER = 'The message port closed before a response was received.';

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** runtime.onMessage whose listeners answer by returning a promise (or a value with sendResponse). */
export function promiseListeners(event: ChromeEvent<ChromeListener>): ChromeEvent<Listener> {
  const wrapped = new WeakMap<Listener, ChromeListener>();
  const wrap = (listener: Listener): ChromeListener => {
    let chrome = wrapped.get(listener);
    if (!chrome) {
      chrome = (message, sender, sendResponse) => {
        let result: unknown;
        try {
          result = listener(message, sender);
        } catch (error) {
          result = Promise.reject(error);
        }
        if (!isThenable(result)) return undefined;
        result.then(sendResponse, (error: unknown) =>
          sendResponse({ [REJECTED]: true, message: error instanceof Error ? error.message : 'An unexpected error occurred' }),
        );
        return true;
      };
      wrapped.set(listener, chrome);
    }
    return chrome;
  };
  return {
    addListener: (listener) => event.addListener(wrap(listener)),
    removeListener: (listener) => event.removeListener(wrap(listener)),
    hasListener: (listener) => event.hasListener(wrap(listener)),
  };
}

/** sendMessage that rejects on a listener's rejection and resolves when nothing answered. */
export function answerOf(send: Send): Send {
  return (...args) =>
    send(...args).then(
      (answer) => {
        if (typeof answer === 'object' && answer !== null && (answer as Record<string, unknown>)[REJECTED]) {
          throw new Error(String((answer as { message?: unknown }).message));
        }
        return answer;
      },
      (error: unknown) => {
        if (error instanceof Error && error.message === NO_ANSWER) return undefined;
        throw error;
      },
    );
}

/** A namespace whose own functions keep their `this` (Chrome's bindings require it), with some replaced. */
function overlay<T extends object>(target: T, replaced: Record<string, unknown>): T {
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === 'string' && Object.hasOwn(replaced, key)) return replaced[key];
      const value: unknown = Reflect.get(object, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

type Chrome = { runtime: { onMessage: ChromeEvent<ChromeListener>; sendMessage: Send }; tabs?: { sendMessage: Send } };

export function fromChrome(chrome: Chrome): Browser.Browser {
  const runtime = overlay(chrome.runtime, { onMessage: promiseListeners(chrome.runtime.onMessage), sendMessage: answerOf(chrome.runtime.sendMessage.bind(chrome.runtime)) });
  const tabs = chrome.tabs && overlay(chrome.tabs, { sendMessage: answerOf(chrome.tabs.sendMessage.bind(chrome.tabs)) });
  return overlay(chrome, tabs ? { runtime, tabs } : { runtime }) as unknown as Browser.Browser;
}

const scope = globalThis as unknown as { browser?: Browser.Browser; chrome?: Chrome };

/** Firefox's own `browser` (a plain object, as the polyfill tells it apart); else Chrome's, completed. */
function detect(): Browser.Browser {
  const own = scope.browser;
  if (own?.runtime && Object.getPrototypeOf(own) === Object.prototype) return own;
  if (scope.chrome?.runtime) return fromChrome(scope.chrome);
  // Not in an extension (a unit test that did not replace this module): nothing to call.
  return {} as Browser.Browser;
}

const browser: Browser.Browser = detect();

export default browser;
