import { isRendered } from '../dom/roots';
import { firstName, messageText } from './message';
import type { SiteAdapter } from './types';

// Every Gmail selector, with the public code that shows it (repositories found with the `search` tool).
/** A message in a thread: `div.adn[data-message-id]` (InboxSDK/InboxSDK, KartikTalwar/gmail.js `.adn`). */
const MESSAGE = 'div.adn[data-message-id]';
/** Its sender: `h3.iw > span.qu > span.gD[email]` or `span.gD[email]` (KartikTalwar/gmail.js, many Gmail extensions). */
const SENDER = 'span.gD[email]';
/** Its body: `div.ii.gt > div.a3s` (gmail.js `.a3s`, the Jason Savard Gmail checker `.ii.gt`). */
const BODY = 'div.ii.gt > div.a3s, div.ii.gt div.adP';
/**
 * Not the customer's new words: quoted history and signatures inside a message body, whether or not
 * "Show trimmed content" is expanded. Gmail: `.gmail_quote`, `.gmail_attr`, the trimmed part `div.h5`,
 * its toggle `div.adm`/`div.ajR`, and, once expanded, the quoted parts marked `.im` and the trailing
 * `.adL` (these two class names come from the issue's reproduction, not from public code read here).
 * Other mail apps: Outlook's reply header `#divRplyFwdMsg` / `#appendonsend`, Apple Mail's and
 * Thunderbird's `blockquote[type="cite"]` and `.moz-cite-prefix`, Yahoo's `.yahoo_quoted` (the mail
 * apps' own markup; the text rules in message.ts catch the same headers when the markup is lost).
 */
const NOT_THE_MESSAGE = [
  '.gmail_quote, .gmail_attr, .gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"]',
  'div.h5, div.adm, div.ajR, .im, .adL, blockquote',
  '[id^="divRplyFwdMsg"], [id="appendonsend"], .OutlookMessageHeader, .moz-cite-prefix, .moz-signature, .yahoo_quoted',
].join(', ');
/** The thread heading: `h2.hP` with `data-thread-perm-id` (InboxSDK documents it can be "undefined") and `data-legacy-thread-id`. */
const HEADING = 'h2[data-thread-perm-id], h2[data-legacy-thread-id], h2.hP';
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

/** "thread-f:<decimal>" from a compose's `rt` ("#thread-f:…") or the thread heading's ids; anything else ("undefined", "null", "") is no key. */
function threadKey(value: string | null | undefined): string | null {
  const key = value?.trim().replace(/^#/, '');
  return key && /^thread-[a-z]:\d+$/i.test(key) ? key : null;
}

function legacyKey(hex: string | null | undefined): string | null {
  return hex && /^[0-9a-f]{1,16}$/i.test(hex) ? `thread-f:${BigInt(`0x${hex}`)}` : null;
}

/**
 * The key of the thread on screen. Gmail can leave a hidden heading of an earlier thread higher in
 * the DOM, so a shown heading wins over a hidden one; a perm id of "undefined" falls back to the
 * legacy hex id, then to the first message's legacy thread id.
 */
function shownThreadKey(doc: Document): string | null {
  const headings = [...doc.querySelectorAll(HEADING)];
  const shown = headings.filter((heading) => isRendered(heading));
  for (const heading of [...shown.reverse(), ...(shown.length ? [] : headings.reverse())]) {
    const key = threadKey(heading.getAttribute('data-thread-perm-id')) ?? legacyKey(heading.getAttribute('data-legacy-thread-id'));
    if (key) return key;
  }
  // Messages carry their thread too (`data-legacy-thread-id` on the message's own header, when present).
  for (const message of doc.querySelectorAll(`${MESSAGE} [data-legacy-thread-id], [role="main"] [data-legacy-thread-id]`)) {
    if (!isRendered(message)) continue;
    const key = legacyKey(message.getAttribute('data-legacy-thread-id'));
    if (key) return key;
  }
  return null;
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
    // A hidden thread left in the DOM is not the one the agent answers.
    const messages = [...list.querySelectorAll(MESSAGE)].filter((message) => message.querySelector(BODY) && isRendered(message));
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
