import { firstName, messageText } from './message';
import type { SiteAdapter } from './types';

const MESSAGE = 'div.adn[data-message-id]';
const SENDER = 'span.gD[email]';
const BODY = 'div.ii.gt > div.a3s, div.ii.gt div.adP';
// Quoted history (behind "Show trimmed content") and signatures inside a message body.
const NOT_THE_MESSAGE = '.gmail_quote, .gmail_attr, .gmail_signature, .gmail_signature_prefix, div.h5, div.adm, div.ajR, blockquote';
const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g;
// How Gmail names the signed-in user among a message's recipients, by UI language.
const SELF_NAMES = new Set(['me', 'mich', 'mir', 'moi', 'mí', 'mi', 'mim', 'mij', 'mig', 'meg', 'mnie', 'minulle', 'я', 'мне']);

/**
 * The signed-in user's addresses. Gmail's window title ends "… - <address> - Gmail" in every UI
 * language; recipients shown as "me" (localized) and the account button's label add to it.
 */
export function mailboxOwners(doc: Document): Set<string> {
  const owners = new Set<string>();
  const inTitle = doc.title.match(EMAIL);
  if (inTitle?.length) owners.add((inTitle[inTitle.length - 1] as string).toLowerCase());
  for (const recipient of doc.querySelectorAll('.hb span[email][name]')) {
    if (SELF_NAMES.has((recipient.getAttribute('name') ?? '').trim().toLowerCase())) {
      owners.add((recipient.getAttribute('email') ?? '').toLowerCase());
    }
  }
  for (const account of doc.querySelectorAll('header[role="banner"] [aria-label*="@"], [role="banner"] a[aria-label*="@"]')) {
    for (const address of account.getAttribute('aria-label')?.match(EMAIL) ?? []) owners.add(address.toLowerCase());
  }
  owners.delete('');
  return owners;
}

/** "thread-f:<decimal>" from a compose's `rt` ("#thread-f:…") or the thread heading's ids. */
function threadKey(value: string | null | undefined): string | null {
  const key = value?.trim().replace(/^#/, '');
  return key || null;
}

function shownThreadKey(doc: Document): string | null {
  const heading = doc.querySelector('h2[data-thread-perm-id], h2[data-legacy-thread-id]');
  if (!heading) return null;
  const perm = threadKey(heading.getAttribute('data-thread-perm-id'));
  if (perm) return perm;
  const hex = heading.getAttribute('data-legacy-thread-id') ?? '';
  return /^[0-9a-f]+$/i.test(hex) ? `thread-f:${BigInt(`0x${hex}`)}` : null;
}

function senderOf(message: Element): string {
  return (message.querySelector(SENDER)?.getAttribute('email') ?? '').toLowerCase();
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (url) => url.protocol === 'https:' && url.hostname === 'mail.google.com',
  // The only selector InboxSDK relies on; the hidden textarea.Ak decoy does not match it.
  replyBoxSelector: '.Ap [g_editable="true"]',

  conversation(replyBox) {
    const doc = replyBox.ownerDocument;
    const compose = replyBox.closest('div.M9');
    const replyTo = threadKey(compose?.querySelector('input[name="rt"]')?.getAttribute('value'));
    const shown = shownThreadKey(doc);
    const draft = compose?.querySelector('input[name="draft"]')?.getAttribute('value') ?? null;
    const conversationKey = replyTo ?? (compose?.closest('.ip') ? shown : null) ?? (draft ? `draft:${draft}` : null);
    // A new message, or a reply to a thread that is not the one on screen: no customer message here.
    if (!conversationKey || conversationKey !== shown) {
      return { customerText: null, customerName: null, conversationKey };
    }

    const list = replyBox.closest('[role="list"]') ?? doc;
    const messages = [...list.querySelectorAll(MESSAGE)].filter((message) => message.querySelector(BODY));
    const owners = mailboxOwners(doc);
    const recipients = new Set(
      [...(compose?.querySelectorAll('.aoD span[email]') ?? [])].map((span) => (span.getAttribute('email') ?? '').toLowerCase()),
    );
    const fromCustomer = owners.size
      ? (message: Element) => !owners.has(senderOf(message))
      : (message: Element) => recipients.size === 0 || recipients.has(senderOf(message));
    const latest = messages.filter(fromCustomer).pop();
    if (!latest) return { customerText: null, customerName: null, conversationKey };
    const body = latest.querySelector(BODY) as Element;
    return {
      customerText: messageText(body, NOT_THE_MESSAGE),
      customerName: firstName(latest.querySelector(SENDER)?.getAttribute('name')),
      conversationKey,
    };
  },
};
