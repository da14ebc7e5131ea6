// Helpdesks known by name, beyond Zendesk and Gmail. They are optional sites: the coach runs there
// once the agent turns the site on in the options page, and then this adapter (chosen by address)
// reads the thread with the site's own selectors first and the generic reader after them.
// The selectors and their evidence are in named-sites.ts.
import { topDocument } from '../dom/roots';
import { firstName, textOf } from './message';
import { generic } from './generic';
import { NAMED_SITES, type NamedSite } from './named-sites';
import { chosenNoteMode } from './note-mode';
import { readEntries, type Author } from './reader';
import type { Conversation, SiteAdapter } from './types';

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
      const doc = topDocument(replyBox);
      const url = new URL(doc.URL);
      const id = site.key?.exec(url.pathname)?.[1] ?? null;
      const note = (site.noteInAddress?.(url) ?? false) || chosenNoteMode(replyBox);
      const common = { conversationKey: id ?? fallback.conversationKey, ...(note ? { note } : {}) };
      const requester = site.requester ? textOf(doc, site.requester) : null;
      const entries = site.entry ? [...doc.querySelectorAll(site.entry)].filter((entry) => !entry.contains(replyBox)) : [];
      const read = entries.length ? readEntries(entries, requester, classify, site.body) : null;
      if (!read) return { ...fallback, customerName: firstName(requester) ?? fallback.customerName, ...common };
      return {
        customerText: read.text,
        customerName: firstName(requester ?? read.authorName ?? (site.author ? textOf(read.message, site.author) : null)) ?? fallback.customerName,
        ...common,
      };
    },
  };
}

/** Freshdesk, Help Scout, Front, Intercom, Zoho Desk and HubSpot, in NAMED_SITES's order. */
export const NAMED_ADAPTERS: readonly SiteAdapter[] = NAMED_SITES.map(adapterFor);
