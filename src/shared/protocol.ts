// The one typed map of messages between the extension's contexts (see STYLE.md, @webext-core/messaging).
import browser, { type Runtime } from 'webextension-polyfill';
import type { Review } from '../analyzer/types';
import type { ReviewAnswer, ReviewRequest } from '../background/reviewer';
import type { SiteOutcome } from '../background/sites';

export interface CoachStatus {
  site: 'zendesk' | 'gmail' | 'generic';
  replyBoxes: number;
  customerName: string | null;
  /** The review of the focused draft, once there is one. */
  review: Review | null;
  draft: string;
}

export type InsertOutcome = { ok: true; inserted: string } | { ok: false; reason: string };

/** Requests handled by the background worker: name → [request, response]. */
export interface BackgroundProtocol {
  ping: [Record<string, never>, { version: string }];
  review: [ReviewRequest, ReviewAnswer];
  enableSite: [{ address: string }, SiteOutcome];
  disableSite: [{ pattern: string }, SiteOutcome];
  turnedOnSites: [Record<string, never>, string[]];
}

/** Requests handled by a tab's content script (top frame). */
export interface ContentProtocol {
  status: [Record<string, never>, CoachStatus | null];
  insertAcknowledgement: [Record<string, never>, InsertOutcome];
}

type Handlers<P> = {
  [K in keyof P]: (
    payload: P[K] extends [infer Req, unknown] ? Req : never,
    sender: Runtime.MessageSender,
  ) => Promise<P[K] extends [unknown, infer Res] ? Res : never> | (P[K] extends [unknown, infer Res] ? Res : never);
};

export function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: BackgroundProtocol[K][0],
): Promise<BackgroundProtocol[K][1]> {
  return browser.runtime.sendMessage({ type, payload });
}

export function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: ContentProtocol[K][0],
): Promise<ContentProtocol[K][1]> {
  return browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 });
}

/**
 * False once the extension was updated, reloaded or removed under this page ("Extension context
 * invalidated"): only then is a failed message final. A worker the browser stopped is started again
 * by the next message.
 */
export function extensionContextAlive(error?: unknown): boolean {
  if (error instanceof Error && /context invalidated/i.test(error.message)) return false;
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}

/** Messages from anything but this extension are ignored (checked senders). */
export function isOwnExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Listens for the protocol's requests; unknown types and foreign senders get no answer.
 * Returns a teardown.
 */
export function handleMessages<P>(handlers: Handlers<P>, signal?: AbortSignal): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnExtension(sender) || !isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof P] as (payload: unknown, sender: Runtime.MessageSender) => unknown;
    return Promise.resolve(handler(message.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  const teardown = () => browser.runtime.onMessage.removeListener(listener);
  signal?.addEventListener('abort', teardown, { once: true });
  return teardown;
}

function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}
