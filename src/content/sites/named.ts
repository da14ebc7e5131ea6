// Helpdesks known by name, beyond Zendesk and Gmail. They are optional sites: the coach runs there
// once the agent turns the site on in the options page, and then this adapter (chosen by address)
// reads the thread with the site's own selectors first and the generic reader after them.
// Each selector names the public code that shows it; where public code showed none, there is none.
import { firstName, textOf } from './message';
import { generic } from './generic';
import { readEntries, type Author } from './reader';
import type { Conversation, SiteAdapter, SiteId } from './types';

interface NamedSite {
  id: Extract<SiteId, 'freshdesk' | 'helpscout'>;
  hosts: RegExp;
  /** One element per thread entry. */
  entry: string;
  customer?: string;
  agent?: string;
  note?: string;
  /** The entry's message body, leaving out its header. */
  body?: string;
  requester?: string;
  /** The author's name inside an entry. */
  author?: string;
}

const SITES: readonly NamedSite[] = [
  {
    id: 'freshdesk',
    hosts: /(^|\.)freshdesk\.com$/i,
    // Conversation entries `[data-album]` with `.ticket-details__item` inside:
    // roelvanduijnhoven/freshdesk-mint-navigator snipplet.js (Freshdesk Mint). Authors and private
    // notes are read from the entries' marks and "replied" headers (generic reader).
    entry: '[data-album]',
    body: '.ticket-details__item',
  },
  {
    id: 'helpscout',
    hosts: /(^|\.)helpscout\.net$/i,
    // `article.thread.customer` per customer entry, body `section.messageBody`, header
    // `section.threadHeader > section.meta`: trentslutzky/helpscout-thread-hider threadhider.js.
    // Agent replies and notes are the other `article.thread` entries (their own classes unverified:
    // any entry that is not `.customer` and not a note counts as the team's).
    entry: 'article.thread',
    customer: 'article.thread.customer',
    note: 'article.thread.note, article.thread[class*="note"]',
    body: 'section.messageBody',
    author: 'section.threadHeader section.meta strong',
  },
];

function adapterFor(site: NamedSite): SiteAdapter {
  const classify = (entry: Element): Author | null => {
    if (site.note && entry.matches(site.note)) return 'note';
    if (site.customer) return entry.matches(site.customer) ? 'customer' : 'agent';
    if (site.agent && entry.matches(site.agent)) return 'agent';
    return null;
  };
  return {
    id: site.id,
    matches: (url) => url.protocol === 'https:' && site.hosts.test(url.hostname),
    replyBoxSelector: generic.replyBoxSelector,
    isReplyBox: generic.isReplyBox,
    conversation(replyBox): Conversation {
      const fallback = generic.conversation(replyBox);
      const doc = replyBox.ownerDocument;
      const entries = [...doc.querySelectorAll(site.entry)].filter((entry) => !entry.contains(replyBox));
      const requester = (site.requester ? textOf(doc, site.requester) : null) ?? null;
      const read = entries.length ? readEntries(entries, requester, classify, site.body) : null;
      if (!read) return fallback;
      return {
        customerText: read.text,
        customerName: firstName(requester ?? read.authorName ?? (site.author ? textOf(read.message, site.author) : null)) ?? fallback.customerName,
        conversationKey: fallback.conversationKey,
      };
    },
  };
}

export const freshdesk = adapterFor(SITES[0] as NamedSite);
export const helpscout = adapterFor(SITES[1] as NamedSite);
