import { firstName, messageText, textOf } from './message';
import type { Conversation, SiteAdapter } from './types';

const LAYOUT = '[data-test-id$="-standard-layout"]';
const ACTIVE_LAYOUT = `${LAYOUT}[data-is-active="true"]`;
const MESSAGE = '[data-test-id="omni-log-item-message"]';
const CONTENT = '[data-test-id="omni-log-message-content"]';
const NONE: Conversation = { customerText: null, customerName: null, conversationKey: null };

function ticketId(layout: Element): string | null {
  const fromLayout = /^ticket-(\d+)-standard-layout$/.exec(layout.getAttribute('data-test-id') ?? '')?.[1];
  return fromLayout ?? layout.querySelector('.conversation-polaris[data-ticket-id]')?.getAttribute('data-ticket-id') ?? null;
}

/** The newest message written by the customer: `type="end-user"`, never a note, an agent or a bot. */
function latestCustomerMessage(layout: Element): Element | null {
  const messages = [...layout.querySelectorAll(`${MESSAGE}[type="end-user"]`)];
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as Element;
    const article = message.closest('article');
    if (article?.querySelector('[data-test-id="omni-log-internal-note-tag"]')) continue;
    return message;
  }
  return null;
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  matches: (url) => url.protocol === 'https:' && url.hostname.endsWith('.zendesk.com'),
  // Several tickets stay loaded; only the layout marked active is the one the agent sees.
  replyBoxSelector: `${ACTIVE_LAYOUT} .ck-editor__editable[data-test-id^="omnicomposer-"]`,

  conversation(replyBox) {
    // An inactive layout can still have size, so only data-is-active tells which ticket is shown.
    const layout = replyBox.closest(LAYOUT);
    if (!layout || layout.getAttribute('data-is-active') !== 'true') return NONE;
    const message = latestCustomerMessage(layout);
    const content = message?.querySelector(CONTENT) ?? null;
    const requester =
      textOf(layout, '[data-test-id="tabs-nav-item-users"] .react-wrapper') ??
      textOf(layout, '[data-test-id="tabs-nav-item-users"]') ??
      textOf(layout, '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="typography.ellipsis"]') ??
      (message?.closest('article') ? textOf(message.closest('article') as Element, '[data-test-id="omni-log-item-sender"] strong') : null);
    return {
      // The quoted earlier mail is a <blockquote> next to the content; one inside it is left out too.
      customerText: content ? messageText(content, 'blockquote, .zd-quote, .quotedText') : null,
      customerName: firstName(requester),
      conversationKey: ticketId(layout),
    };
  },
};
