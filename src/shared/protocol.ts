// The one typed map of messages between the extension's contexts (see STYLE.md, @webext-core/messaging).
import browser, { type Runtime } from 'webextension-polyfill';
import type { Review } from '../analyzer/types';
import { EMPTY_PAYLOAD, type PayloadSchema } from './payload';
import type { ReviewAnswer, ReviewRequest } from './review-answer';
import type { SiteId, SiteOutcome } from './sites';

/** What the coach found on the page, so the agent can tell when it is blind and why. */
export interface CoachSeen {
  /** A reply box is active (focused or the newest). */
  replyBox: boolean;
  /** The first words of the customer message the coach uses; null when it has none. */
  customerStart: string | null;
  /** Where that message came from: read from the page, or given by the agent. */
  customerFrom: 'page' | 'agent' | null;
  conversationKey: string | null;
  /** The composer writes an internal note: nothing is reviewed. */
  note: boolean;
}

export type UseCustomerOutcome = { ok: true; customerStart: string } | { ok: false; reason: string };

export interface CoachStatus {
  site: SiteId;
  replyBoxes: number;
  customerName: string | null;
  /** The review of the focused draft, once there is one. */
  review: Review | null;
  draft: string;
  seen?: CoachSeen;
}

export type InsertOutcome = { ok: true; inserted: string } | { ok: false; reason: string };

/** Requests handled by the background worker: name → [request, response]. */
export interface BackgroundProtocol {
  ping: [Record<string, never>, { version: string }];
  review: [ReviewRequest, ReviewAnswer];
  /** The agent found a finding of this rule not helpful (counted by the worker, one at a time). */
  notHelpful: [{ rule: string }, Record<string, never>];
  enableSite: [{ address: string }, SiteOutcome];
  disableSite: [{ pattern: string }, SiteOutcome];
  turnedOnSites: [Record<string, never>, string[]];
}

/** Requests handled by a tab's content script (top frame). */
export interface ContentProtocol {
  status: [Record<string, never>, CoachStatus | null];
  insertAcknowledgement: [Record<string, never>, InsertOutcome];
  /** The text the agent selected on the page becomes the customer's message for this conversation. */
  useSelectionAsCustomer: [Record<string, never>, UseCustomerOutcome];
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

export type { PayloadResult, PayloadSchema } from './payload';

/** A schema per message type: every payload is checked on receipt, before its handler runs. */
export type Schemas<P> = { [K in keyof P]: PayloadSchema };

export const CONTENT_SCHEMAS: Schemas<ContentProtocol> = {
  status: EMPTY_PAYLOAD,
  insertAcknowledgement: EMPTY_PAYLOAD,
  useSelectionAsCustomer: EMPTY_PAYLOAD,
};

export interface HandleOptions<P> {
  signal?: AbortSignal;
  /**
   * Refuses a request from this sender before its payload is checked: the reason, or null. (The
   * worker's, extensionPagesOnly in ./protocol-schemas.ts, is not the content script's to bundle.)
   */
  refuse?: (type: keyof P, sender: Runtime.MessageSender) => string | null;
}

/**
 * Listens for the protocol's requests; unknown types and foreign senders get no answer; a payload that
 * does not match its schema, or a type the sender may not send, is refused (the sender's promise
 * rejects) and its handler never runs. Returns a teardown.
 */
export function handleMessages<P>(handlers: Handlers<P>, schemas: Schemas<P>, options: HandleOptions<P> = {}): () => void {
  const { signal, refuse } = options;
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnExtension(sender) || !isEnvelope(message) || !Object.hasOwn(handlers, message.type) || !Object.hasOwn(schemas, message.type)) return undefined;
    const type = message.type as keyof P;
    const refused = refuse?.(type, sender);
    if (refused) return Promise.reject(new Error(refused));
    const handler = handlers[type] as (payload: unknown, sender: Runtime.MessageSender) => unknown;
    // A schema may check synchronously or not (Standard Schema allows both): the answer waits for it either way.
    return Promise.resolve(schemas[type]['~standard'].validate(message.payload)).then((checked) =>
      checked.issues ? Promise.reject(new Error(`Invalid ${String(type)} message: ${checked.issues[0]!.message}`)) : handler(checked.value, sender),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  const teardown = () => browser.runtime.onMessage.removeListener(listener);
  signal?.addEventListener('abort', teardown, { once: true });
  return teardown;
}

function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}
