import { isRendered } from '../dom/roots';
import { squash } from '../dom/text';
import { firstName, messageText, textOf } from './message';
import type { Conversation, SiteAdapter } from './types';

// Every Zendesk selector, with the public code that shows it on the live Agent Workspace.
// (Repositories are cited by owner/name and file; none of their code is copied.) Each is a constant
// of its own (Z_…), not a property of one table, so the minifier can shorten their names.
/**
 * One per loaded ticket; several stay in the DOM at once.
 * `[data-test-id="ticket-<id>-standard-layout"]`: joaoaguiar264/Automacoes-ALT "Zendesk - ALT Copilot.user.js";
 * `-custom-layout` and `.ticket-panes-grid-layout`: a Zendesk styling content script ("ticket body is a CSS grid:
 * div[data-test-id="ticket-<id>-custom-layout"], class .ticket-panes-grid-layout") and Toggl's Zendesk integration
 * (`togglbutton.render('.ticket-panes-grid-layout.active')`, "new UI Sept 2023"; found with find_string, which
 * names no repository: toggl/track-extension is inferred from the code).
 */
const Z_layout = '[data-test-id$="-standard-layout"], [data-test-id$="-custom-layout"], .ticket-panes-grid-layout';
/** Signal 1: `[data-is-active="true"]` on the layout (a Zendesk rating userscript: `.ticket-panes-grid-layout[data-is-active="true"]`). */
const Z_activeAttribute = '[data-is-active="true"]';
/** Signal 2: the `active` class (Toggl's Zendesk integration: `.ticket-panes-grid-layout.active`). */
const Z_activeClass = '.ticket-panes-grid-layout.active';
/**
 * Signal 3: the selected header tab and its ticket id (joaoaguiar264/Automacoes-ALT:
 * `a[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"][data-entity-is-selected="true"]`, `data-entity-id`).
 */
const Z_selectedTab =
  '[data-test-id="header-tab"]:is([data-entity-is-selected="true"], [data-selected="true"], [aria-selected="true"])[data-entity-id]';
// Signal 4: the one pane shown under `main#main_panes` (cached panes are hidden by visibility): read as
// the one rendered layout (activeLayout), with no selector of its own.
/**
 * Composers. Agent Workspace: `omnicomposer-rich-text-ckeditor` / `omnicomposer-plain-text-ckeditor`
 * (joaoaguiar264/Automacoes-ALT); the standalone editor `[data-test-id="standalone-rich-text-ckeditor"]`
 * (a Zendesk Selenium page object and a Zendesk chat-transcript extension, both `element.ckeditorInstance`);
 * the older editor `.zendesk-editor--rich-text-container .zendesk-editor--rich-text-comment`
 * (holatuwol/liferay-zendesk-userscript user_script.ts).
 */
const Z_composer = [
  '.ck-editor__editable[data-test-id^="omnicomposer-"]',
  '[data-test-id="standalone-rich-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="standalone-rich-text-ckeditor"] [contenteditable="true"]',
  '.zendesk-editor--rich-text-comment[contenteditable="true"]',
  '.zendesk-editor--rich-text-container [contenteditable="true"]',
].join(', ');
/** Log entries (many userscripts: `omni-log-comment-item`, `omni-log-item-message`, `omni-log-message-content`). */
const Z_item = 'article, [data-test-id="omni-log-comment-item"]';
const Z_message = '[data-test-id="omni-log-item-message"]';
const Z_content = '[data-test-id="omni-log-message-content"]';
/** Legacy (pre-Workspace) event log: `.event .comment .zd-comment` (holatuwol/liferay-zendesk-userscript); any `.zd-comment`, in an event or not. */
const Z_legacyComment = '.zd-comment';
/** A private note in the log (several userscripts test `div[data-test-id="omni-log-internal-note-tag"]`). */
const Z_noteTag = '[data-test-id="omni-log-internal-note-tag"], .is-internal, [data-is-internal="true"]';
/** Author markers: the agent badge on the avatar (`omni-log-avatar-badge-AgentBadge`) and the sender. */
const Z_agentBadge = '[data-test-id^="omni-log-avatar-badge-Agent"], [data-test-id="omni-log-avatar-badge-agent"]';
const Z_sender = '[data-test-id="omni-log-item-sender"]';
/** Quoted earlier mail beside or inside the comment. */
const Z_quote = 'blockquote, .zd-quote, .quotedText, .fx-quote';
/** Requester: the user tab, the requester field. */
const Z_requester = [
  '[data-test-id="tabs-nav-item-users"] .react-wrapper',
  '[data-test-id="tabs-nav-item-users"]',
  '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="typography.ellipsis"]',
];
/**
 * Reply or internal note: the Workspace's channel switcher says "Internal note"; the legacy editor marks
 * the chosen tab `.active` with `track-id-privateComment` (holatuwol/liferay-zendesk-userscript;
 * a Zendesk public-reply guard userscript keys on `track-id-publicComment`).
 */
const Z_channelSwitcher = '[data-test-id="omnichannel-channel-switcher-button"]';
const Z_composerRoot = '[data-test-id="omnichannel-composer"], .comment_input, .comment_input_wrapper';
const Z_legacyPrivate = '.track-id-privateComment.active';

const NOTE_LABEL = /\b(internal|private)\s+note\b|\bnote interne\b|\binterne notiz\b|\bnota interna\b/i;
const NONE: Conversation = { customerText: null, customerName: null, conversationKey: null };

function layoutId(layout: Element): string | null {
  const named = layout.matches('[data-test-id^="ticket-"]') ? layout : layout.querySelector('[data-test-id^="ticket-"][data-test-id$="-layout"]');
  const fromLayout = /^ticket-(\d+)-(?:standard|custom)-layout$/.exec(named?.getAttribute('data-test-id') ?? '')?.[1];
  return fromLayout ?? layout.querySelector('.conversation-polaris[data-ticket-id]')?.getAttribute('data-ticket-id') ?? null;
}

/** The outermost layout element around `element` (a grid layout can sit inside the test-id one or around it). */
function layoutOf(element: Element): Element | null {
  let found: Element | null = null;
  for (let node = element.closest(Z_layout); node; node = node.parentElement?.closest(Z_layout) ?? null) found = node;
  return found;
}

/**
 * The ticket the agent sees, by the first signal the page gives: data-is-active, the `active` class,
 * the selected header tab, then the one rendered pane under main#main_panes. Null when several
 * tickets are loaded and none of the signals tells.
 */
export function activeLayout(doc: Document): Element | null {
  const layouts = [...new Set([...doc.querySelectorAll(Z_layout)].map(layoutOf))].filter((layout): layout is Element => !!layout);
  if (layouts.length <= 1) return layouts[0] ?? null;
  // A layout can nest another (the grid inside the test-id element): the mark may be on either.
  const marked = (selector: string) => layouts.find((layout) => layout.matches(selector) || !!layout.querySelector(selector));
  const byAttribute = marked(`:is(${Z_layout})${Z_activeAttribute}`);
  if (byAttribute) return byAttribute;
  const byClass = marked(Z_activeClass);
  if (byClass) return byClass;
  const tabId = doc.querySelector(Z_selectedTab)?.getAttribute('data-entity-id');
  const byTab = tabId ? layouts.find((layout) => layoutId(layout) === tabId) : undefined;
  if (byTab) return byTab;
  const shown = layouts.filter((layout) => layout.getAttribute('aria-hidden') !== 'true' && isRendered(layout));
  return shown.length === 1 ? (shown[0] as Element) : null;
}

/** The ticket id in the address ("/agent/tickets/20417"), for pages without a layout element. */
function addressTicketId(doc: Document): string | null {
  return /\/tickets\/(\d+)/.exec(doc.location?.pathname ?? '')?.[1] ?? null;
}

type Author = 'customer' | 'agent' | 'note' | 'unknown';

/** Who wrote a log entry: its `type` when Zendesk sets it, else the note tag, the agent badge, the sender. */
function authorOf(message: Element, requester: string | null): Author {
  const item = message.closest(Z_item);
  if (item?.querySelector(Z_noteTag) || message.matches(Z_noteTag)) return 'note';
  const type = message.getAttribute('type');
  if (type) return type === 'end-user' ? 'customer' : type === 'internal' ? 'note' : 'agent';
  if (item?.querySelector(Z_agentBadge)) return 'agent';
  const sender = item ? textOf(item, `${Z_sender} strong`) ?? textOf(item, Z_sender) : null;
  if (requester && sender) return sameName(sender, requester) ? 'customer' : 'agent';
  return 'unknown';
}

function sameName(a: string, b: string): boolean {
  return squash(a).toLowerCase() === squash(b).toLowerCase();
}

/** A messaging (chat) bubble, not an email: Zendesk renders an email's body in a `.zd-comment`. */
function isBubble(message: Element): boolean {
  return !message.querySelector('.zd-comment') && !message.matches('.zd-comment');
}

/**
 * The customer's latest turn: the newest entry written by the customer and, in a messaging
 * conversation, every customer bubble sent in a row before it (internal notes between them do not
 * break the turn; an agent's or a bot's bubble does). When no entry tells its author, the newest
 * entry that is no note and has no agent badge. Empty when there is none.
 */
function latestCustomerTurn(scope: ParentNode, requester: string | null): Element[] {
  const messages = [...scope.querySelectorAll(Z_message)];
  const authors = messages.map((message) => authorOf(message, requester));
  const last = authors.lastIndexOf('customer');
  if (last >= 0) {
    const turn = [messages[last] as Element];
    if (!isBubble(turn[0] as Element)) return turn;
    for (let i = last - 1; i >= 0; i--) {
      if (authors[i] === 'note') continue;
      if (authors[i] !== 'customer' || !isBubble(messages[i] as Element)) break;
      turn.unshift(messages[i] as Element);
    }
    return turn;
  }
  if (authors.some((author) => author === 'agent')) return [];
  for (let i = messages.length - 1; i >= 0; i--) if (authors[i] === 'unknown') return [messages[i] as Element];
  return [];
}

/** Is this composer set to write an internal note? */
export function isNoteMode(replyBox: Element): boolean {
  const composer = replyBox.closest(Z_composerRoot);
  if (!composer) return false;
  if (composer.querySelector(Z_legacyPrivate)) return true;
  const switcher = composer.querySelector(Z_channelSwitcher);
  if (switcher && NOTE_LABEL.test(switcher.textContent ?? '')) return true;
  return composer.getAttribute('data-channel') === 'internal' || composer.getAttribute('data-is-internal') === 'true';
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  matches: (url) => url.protocol === 'https:' && url.hostname.endsWith('.zendesk.com'),
  replyBoxSelector: Z_composer,
  activeAttributes: ['data-is-active', 'data-entity-is-selected', 'data-selected', 'aria-selected', 'aria-hidden'],
  // A composer in a ticket that is loaded but not shown is not the agent's reply box.
  isReplyBox(element) {
    const layout = layoutOf(element);
    if (!layout) return isRendered(element);
    return activeLayout(element.ownerDocument) === layout;
  },

  conversation(replyBox) {
    const doc = replyBox.ownerDocument;
    const layout = layoutOf(replyBox);
    if (layout && activeLayout(doc) !== layout) return NONE;
    const scope: ParentNode = layout ?? doc;
    const requester = Z_requester.map((selector) => textOf(scope, selector)).find(Boolean) ?? null;
    const note = isNoteMode(replyBox);
    let customerText: string | null = null;
    let name = requester;
    const turn = latestCustomerTurn(scope, requester);
    const message = turn.at(-1);
    if (message) {
      const texts = turn.map((part) => messageText(part.querySelector(Z_content) ?? part, Z_quote)).filter((text): text is string => !!text);
      customerText = texts.join('\n') || null;
      name ??= textOf(message.closest(Z_item) ?? message, `${Z_sender} strong`);
    } else if (!scope.querySelector(Z_message)) {
      // The legacy event log: the newest comment that is not the agent's (no agent badge, not private).
      const comments = [...scope.querySelectorAll(Z_legacyComment)].filter(
        (comment) => !comment.closest('.is-private, .private, [data-is-internal="true"]') && !comment.closest('.event')?.querySelector('.agent, .is-agent'),
      );
      const last = comments.at(-1);
      if (last) customerText = messageText(last, Z_quote);
    }
    return {
      customerText,
      customerName: firstName(name),
      conversationKey: (layout ? layoutId(layout) : null) ?? addressTicketId(doc),
      ...(note ? { note } : {}),
    };
  },
};
