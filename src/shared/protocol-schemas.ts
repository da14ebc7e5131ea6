// The worker's payload schemas (valibot) and who may send what, apart from ./protocol.ts so that the
// content script, which only sends these messages, does not bundle them or valibot.
import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import { RULE_IDS } from '../analyzer/types';
import type { BackgroundProtocol, Schemas } from './protocol';

const Empty = v.strictObject({});
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** The background protocol's payloads (limits well above what the extension sends; the reviewer caps drafts itself). */
export const BACKGROUND_SCHEMAS: Schemas<BackgroundProtocol> = {
  ping: Empty,
  review: v.strictObject({
    draft: text(16 * 1024 * 1024),
    customer: v.nullable(v.strictObject({ text: v.optional(text(16 * 1024 * 1024)), name: v.optional(text(500)) })),
  }),
  notHelpful: v.strictObject({ rule: v.picklist([...RULE_IDS, 'custom']) }),
  enableSite: v.strictObject({ address: text(2048) }),
  disableSite: v.strictObject({ pattern: text(2048) }),
  turnedOnSites: Empty,
};

/** Background messages only the extension's own pages (options, popup) may send; never a content script. */
export const EXTENSION_PAGES_ONLY: ReadonlySet<keyof BackgroundProtocol> = new Set(['enableSite', 'disableSite', 'turnedOnSites']);

/** True when the sender is a page of this extension (options, popup), not a content script in a web page. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** handleMessages' `refuse` for the worker: EXTENSION_PAGES_ONLY messages from anything but the extension's own pages. */
export function extensionPagesOnly(type: keyof BackgroundProtocol, sender: Runtime.MessageSender): string | null {
  return EXTENSION_PAGES_ONLY.has(type) && !isExtensionPage(sender) ? `${type} is accepted from the extension's own pages only.` : null;
}
