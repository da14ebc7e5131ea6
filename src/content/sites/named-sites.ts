// The helpdesks known by name beyond Zendesk and Gmail, with the public evidence for each selector.
// Repositories are cited by owner/name and file; none of their code is copied. Where public code
// showed nothing, the entry says so and leaves the reading to the generic reader (reader.ts,
// generic.ts): repeated entries, author marks, "replied"/"wrote" headers, notes and quotes skipped.
import type { SiteId } from './types';

export interface NamedSite {
  id: Extract<SiteId, 'freshdesk' | 'helpscout' | 'front' | 'intercom' | 'zohodesk' | 'hubspot'>;
  hosts: RegExp;
  /** One element per thread entry; absent when no public code shows one (the generic reader finds them). */
  entry?: string;
  customer?: string;
  agent?: string;
  note?: string;
  /** The entry's message body, leaving out its header. */
  body?: string;
  /** The customer's name somewhere on the page (a conversation title, a requester field). */
  requester?: string;
  /** The author's name inside an entry. */
  author?: string;
  /** The conversation's id in the address, so one conversation keeps one key whichever view shows it. */
  key?: RegExp;
  /** Note mode read from the address (the composer's channel kept in the hash). */
  noteInAddress?: (url: URL) => boolean;
}

export const NAMED_SITES: readonly NamedSite[] = [
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
  {
    id: 'front',
    // The web app is app.frontapp.com; conversations open at `/open/cnv_<id>` (Zulip's Front
    // integration doc, an Odoo connector and webhookdb specs link conversations that way, found with
    // find_string). No public code selects anything inside Front's conversation view or composer
    // (its class names are generated): thread, author, notes and quotes are left to the generic
    // reader, note mode to the composer's chosen "Comment" tab (note-mode.ts).
    hosts: /^app\.frontapp\.com$/i,
    key: /\/(cnv_[a-z0-9]+)/i,
  },
  {
    id: 'intercom',
    // Conversations at `/a/inbox/<app>/inbox/…/conversation/<id>`, the same conversation under
    // several views (shared, an admin's own): many public scripts build these links (found with
    // find_string, e.g. a support skill noting ".../inbox/admin/<admin_id>/conversation/<id> — same
    // conversation"). The customer's name `span[data-conversation-title]` and entries
    // `[data-testid="conversation-part"]`: the Muck Rack Support Assistant extension's Intercom
    // content script and its getContactName utility (found with find_string, which names no
    // repository). The entry selector is the first of that script's own guesses, unverified; when it
    // finds nothing the generic reader reads the thread. No public code shows the composer's
    // Reply/Note switch: note mode is the chosen "Note" tab (note-mode.ts).
    hosts: /^app\.(eu\.|au\.)?intercom\.(com|io)$/i,
    entry: '[data-testid="conversation-part"]',
    requester: 'span[data-conversation-title], [data-conversation-title]',
    key: /\/conversations?\/(\d+)/,
  },
  {
    id: 'zohodesk',
    // Tickets at `/agent/<portal>/<department>/tickets/details/<id>`: ivanovichko/MWR_New_Booking_Server
    // "frontend/MWR Zoho Tools.user.js" (getPortalSlug) and several ticket links found with
    // find_string. That userscript reads threads and writes comments through Zoho's API, not the DOM;
    // no public code selects the ticket view's threads or editor: the generic reader reads the
    // thread, note mode is the chosen "Comment" tab (note-mode.ts).
    hosts: /^desk\.zoho\.(com|eu|in|com\.au|jp|com\.cn)$/i,
    key: /\/tickets\/details\/(\d+)/,
  },
  {
    id: 'hubspot',
    // The help desk at `/help-desk/<portal>/view/<view>/ticket/<ticket>/thread/<thread>` (ticket links
    // in several public files found with find_string; userscripts in StephenShawBepoz/browserscripts
    // match `https://app.hubspot.com/help-desk/*`). The composer's channel is in the address hash:
    // `#email` and `#live-chat` reach the customer, `#comment` is the internal comment
    // (svendvd/HubSpotSendProtector HubSpotSendProtector.user.js switches to `#comment` to keep agents
    // from writing to customers). No public code selects the thread's messages: the generic reader.
    hosts: /^app(-[a-z]{2}\d)?\.hubspot\.com$/i,
    key: /\/ticket\/(\d+)/,
    noteInAddress: (url) => url.hash === '#comment',
  },
];
