import { insideCoach } from '../dom/own-nodes';
import { composedRoots, frameElementOf, isRendered, isShadowRoot, topDocument } from '../dom/roots';
import { firstName, messageText, textOf } from './message';
import { inOrder, readLatestCustomer } from './reader';
import type { SiteAdapter } from './types';

// Internal notes are for colleagues, not customers: no coaching there.
const INTERNAL_NOTE = /\b(internal|private)\b|note/i;

// Rich-text editors whose editing host may have no role="textbox".
const KNOWN_EDITORS = '.ProseMirror, .ck-editor__editable, .ql-editor, [data-slate-editor], [data-lexical-editor], .public-DraftEditor-content, .fr-element, .note-editable, trix-editor';

// Common ways helpdesks mark who wrote a thread entry. Generic patterns, not one page's markup.
const CUSTOMER_VALUES = ['customer', 'end-user', 'enduser', 'client', 'contact', 'visitor', 'inbound', 'incoming'];
const AUTHOR_ATTRIBUTES = ['data-author-role', 'data-author-type', 'data-sender', 'data-sender-type', 'data-from', 'data-direction', 'data-role'];
const CUSTOMER_MESSAGE = [
  ...AUTHOR_ATTRIBUTES.flatMap((attribute) => CUSTOMER_VALUES.map((value) => `[${attribute}="${value}"]`)),
  ...['customer', 'from-customer', 'is-customer', 'message--customer', 'message-customer', 'inbound', 'incoming'].map(
    (name) => `.${name}:is(.post, .message, .msg, .entry, .thread-entry, .comment, .timeline-item, li, article)`,
  ),
].join(', ');
const NOT_A_MESSAGE = '[data-internal="true"], .internal, .note, .private, aside, [role="complementary"]';
const MESSAGE_BODY = '.entry-body, .post-body, .message-body, .msg-body, .comment-body, [data-role="body"], .body, .text, .content';
const MESSAGE_CHROME = 'header, .who, .byline, .meta, .post-head, .author, .sender-name, time, button';
const CUSTOMER_NAME = '.requester-name, .customer-name, [data-role="requester"], [data-role="customer-name"], [itemprop="customer"] [itemprop="name"]';
const AUTHOR_NAME = '.author, .sender-name, .from-name, [itemprop="author"]';

/** The elements that hold the reply box in each root (a shadow host, an iframe): never messages. */
function holdersOf(replyBox: Element): Set<Node> {
  const holders = new Set<Node>([replyBox]);
  for (const around of composedRoots(replyBox)) {
    const holder = isShadowRoot(around) ? around.host : frameElementOf(around as Document);
    if (holder) holders.add(holder);
  }
  return holders;
}

/** The newest customer entry in `root`: by `<time datetime>` when every entry has one, else the last. */
function latestCustomerMessage(root: Document | ShadowRoot, holders: Set<Node>): Element | null {
  const candidates = [...root.querySelectorAll(CUSTOMER_MESSAGE)].filter(
    (message) =>
      !message.closest(NOT_A_MESSAGE) &&
      ![...holders].some((holder) => message.contains(holder)) &&
      // An entry inside another matching entry is part of it.
      !message.parentElement?.closest(CUSTOMER_MESSAGE),
  );
  return inOrder(candidates).at(-1) ?? null;
}

/** `origin + path`, plus the hash when the app routes with it ("#/tickets/4"). */
function pageKey(doc: Document): string | null {
  const url = new URL(doc.URL);
  if (url.protocol === 'about:') return null;
  const route = /^#!?\//.test(url.hash) ? url.hash : '';
  return `${url.origin}${url.pathname}${url.search}${route}`;
}

export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  replyBoxSelector:
    'textarea, [contenteditable="true"]:is([role="textbox"], body, .ProseMirror, .ck-editor__editable, .ql-editor, [data-slate-editor], [data-lexical-editor], .public-DraftEditor-content, .fr-element, .note-editable), [contenteditable=""]:is([role="textbox"], body), [contenteditable="plaintext-only"], trix-editor',
  isReplyBox(element) {
    if (!isRendered(element)) return false;
    const label = [element.id, element.getAttribute('name'), element.getAttribute('placeholder'), element.getAttribute('aria-label')]
      .filter(Boolean)
      .join(' ');
    if (INTERNAL_NOTE.test(label)) return false;
    // Our own coach's fields are not the agent's reply.
    if (insideCoach(element)) return false;
    if (element.localName === 'textarea') {
      // A one-line textarea is a field, not a reply.
      return (element as HTMLTextAreaElement).rows > 1 || element.clientHeight > 40;
    }
    if (element.getAttribute('aria-multiline') === 'false') return false;
    // An editable inside another editable is part of that editor.
    return !(element.parentElement as HTMLElement | null)?.isContentEditable || element.matches(KNOWN_EDITORS);
  },

  conversation(replyBox) {
    // The conversation is usually outside the editor's iframe or shadow roots: look outwards.
    const roots = composedRoots(replyBox);
    const holders = holdersOf(replyBox);
    let message: Element | null = null;
    for (const root of roots) {
      message = latestCustomerMessage(root, holders);
      if (message) break;
    }
    let name: string | null = null;
    for (const root of roots) {
      name = textOf(root, CUSTOMER_NAME);
      if (name) break;
    }
    name ??= message?.getAttribute('data-author') ?? (message ? textOf(message, AUTHOR_NAME) : null);
    const body = message ? (message.querySelector(MESSAGE_BODY) ?? message) : null;
    let customerText = body ? messageText(body, `blockquote, .quote, .quoted, .signature, ${body === message ? MESSAGE_CHROME : 'button'}`) : null;
    if (!customerText) {
      // No entry says "customer" outright: read the thread's shape (repeated entries, author marks, "wrote" headers).
      for (const root of roots) {
        const read = readLatestCustomer(root, replyBox, holders, name);
        if (!read) continue;
        customerText = read.text;
        name ??= read.authorName;
        break;
      }
    }
    return {
      customerText,
      customerName: firstName(name),
      conversationKey: pageKey(topDocument(replyBox)),
    };
  },
};
