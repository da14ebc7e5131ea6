// Where each demo page (demo/pages) appears in the browser. Zendesk and Gmail pages are served at
// their real addresses (covered by the shipped manifest); generic pages at GENERIC_DEMO_ORIGIN.
import type { SiteId } from '../../src/content/sites/types.ts';
import { GENERIC_DEMO_ORIGIN, TURN_ON_DEMO_ORIGIN } from '../../src/platform/demo-sites.ts';

export interface DemoPage {
  /** Path under demo/pages. */
  file: string;
  /** The address the browser shows. */
  url: string;
  title: string;
  /** The coach's site adapter for this page. */
  site: SiteId;
  /** A first draft with typical faults, typed by `npm start -- --headless`. */
  sampleReply: string;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    file: 'zendesk/ticket.html',
    url: 'https://acme.zendesk.com/agent/tickets/20417',
    title: 'Zendesk ticket (CKEditor 5 rich composer)',
    site: 'zendesk',
    sampleReply: "Hi, I'm sorry, but refunds take 5-10 business days. That's our policy.",
  },
  {
    file: 'gmail/thread.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRnJ',
    title: 'Gmail thread (inline reply, contenteditable)',
    site: 'gmail',
    sampleReply: 'As I already explained, you should have read the FAQ. Just restart the app.',
  },
  {
    file: 'generic/textarea.html',
    url: `${GENERIC_DEMO_ORIGIN}/tickets/4471`,
    title: 'Self-hosted helpdesk (plain textarea)',
    site: 'generic',
    sampleReply: 'We apologize for any inconvenience this may have caused. We value your business!!',
  },
  {
    file: 'zendesk/chat.html',
    url: 'https://acme.zendesk.com/agent/tickets/20502',
    title: 'Zendesk messaging ticket (plain-text composer)',
    site: 'zendesk',
    sampleReply: 'Please calm down, it is not a big deal.',
  },
  {
    file: 'gmail/compose.html',
    url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbgTxk?compose=new',
    title: 'Gmail compose pop-out',
    site: 'gmail',
    sampleReply: 'Sorry if you feel that way.',
  },
  {
    file: 'generic/iframe.html',
    url: `${GENERIC_DEMO_ORIGIN}/legacy/ticket/883`,
    title: 'Legacy helpdesk (editor in a same-origin iframe)',
    site: 'generic',
    sampleReply: 'The system does not allow changes after shipping.',
  },
  {
    file: 'generic/late-added.html',
    url: `${GENERIC_DEMO_ORIGIN}/app/conversations/5120`,
    title: 'Single-page app (reply box added late)',
    site: 'generic',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'generic/shadow-root.html',
    url: `${GENERIC_DEMO_ORIGIN}/orbit/inbox/311`,
    title: 'Web components (reply box in nested shadow roots)',
    site: 'generic',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'generic/textarea.html',
    url: `${TURN_ON_DEMO_ORIGIN}/tickets/88`,
    title: 'A helpdesk the agent turns the coach on for in the options page',
    site: 'generic',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'zendesk/variants/active-class.html',
    url: 'https://acme.zendesk.com/agent/tickets/20417?variant=active-class',
    title: 'Zendesk: active ticket by .ticket-panes-grid-layout.active',
    site: 'zendesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'zendesk/variants/active-tab.html',
    url: 'https://acme.zendesk.com/agent/tickets/20417?variant=active-tab',
    title: 'Zendesk: active ticket by the selected header tab',
    site: 'zendesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'zendesk/variants/visible-pane.html',
    url: 'https://acme.zendesk.com/agent/tickets/20417?variant=visible-pane',
    title: 'Zendesk: active ticket by the one visible pane',
    site: 'zendesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'zendesk/variants/note-mode.html',
    url: 'https://acme.zendesk.com/agent/tickets/20417?variant=note-mode',
    title: 'Zendesk: composer in internal-note mode',
    site: 'zendesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'zendesk/variants/standalone.html',
    url: 'https://acme.zendesk.com/agent/tickets/20417?variant=standalone',
    title: 'Zendesk: standalone CKEditor composer',
    site: 'zendesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'zendesk/variants/legacy-editor.html',
    url: 'https://acme.zendesk.com/agent/tickets/20417?variant=legacy-editor',
    title: 'Zendesk: older zendesk-editor composer',
    site: 'zendesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'zendesk/variants/chat-bubbles.html',
    url: 'https://acme.zendesk.com/agent/tickets/20502?variant=chat-bubbles',
    title: 'Zendesk messaging: the customer’s bubbles as separate log items, a note between them',
    site: 'zendesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'zendesk/variants/no-type.html',
    url: 'https://acme.zendesk.com/agent/tickets/20417?variant=no-type',
    title: 'Zendesk: log messages without type',
    site: 'zendesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'gmail/variants/perm-undefined.html',
    url: 'https://mail.google.com/mail/u/0/?variant=perm-undefined#inbox/FMfcgzQbgRnJ',
    title: 'Gmail: data-thread-perm-id="undefined"',
    site: 'gmail',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'gmail/variants/stale-heading.html',
    url: 'https://mail.google.com/mail/u/0/?variant=stale-heading#inbox/FMfcgzQbgRnJ',
    title: 'Gmail: a stale hidden thread heading',
    site: 'gmail',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'gmail/variants/trimmed-expanded.html',
    url: 'https://mail.google.com/mail/u/0/?variant=trimmed-expanded#inbox/FMfcgzQbgRnJ',
    title: 'Gmail: trimmed content expanded',
    site: 'gmail',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'gmail/variants/outlook-quote.html',
    url: 'https://mail.google.com/mail/u/0/?variant=outlook-quote#inbox/FMfcgzQbgRnJ',
    title: 'Gmail: a customer writing from Outlook',
    site: 'gmail',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'gmail/variants/signature.html',
    url: 'https://mail.google.com/mail/u/0/?variant=signature#inbox/FMfcgzQbgRnJ',
    title: 'Gmail: the reply holds the agent signature',
    site: 'gmail',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'unknown/froala-ticket.html',
    url: `${GENERIC_DEMO_ORIGIN}/brightdesk/a/tickets/88213`,
    title: 'An unknown helpdesk (Froala editor, replied headers, private note)',
    site: 'generic',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'unknown/bare-chat.html',
    url: `${GENERIC_DEMO_ORIGIN}/parlo/chats/5531`,
    title: 'An unknown chat that marks no author',
    site: 'generic',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'named/freshdesk.html',
    url: 'https://acme.freshdesk.com/a/tickets/5120',
    title: 'Freshdesk ticket (optional site; Froala editor, [data-album] entries, private note)',
    site: 'freshdesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'named/helpscout.html',
    url: 'https://secure.helpscout.net/conversation/7003/88/',
    title: 'Help Scout conversation (optional site; article.thread entries, note)',
    site: 'helpscout',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'named/front.html',
    url: 'https://app.frontapp.com/open/cnv_5k2x9p',
    title: 'Front conversation (optional site; generic reader, internal comment, Reply/Comment tabs)',
    site: 'front',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'named/intercom.html',
    url: 'https://app.intercom.com/a/inbox/x7q2m9ka/inbox/shared/all/conversation/215471893204117',
    title: 'Intercom conversation (optional site; conversation parts, note, Reply/Note tabs)',
    site: 'intercom',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'named/zohodesk.html',
    url: 'https://desk.zoho.com/agent/warmline/support/tickets/details/418700000092331',
    title: 'Zoho Desk ticket (optional site; newest thread first, private comment, Reply/Comment)',
    site: 'zohodesk',
    sampleReply: 'Thanks for reaching out.',
  },
  {
    file: 'named/hubspot.html',
    url: 'https://app.hubspot.com/help-desk/4417203/view/88201/ticket/31877402215/thread/10611442093#email',
    title: 'HubSpot help desk ticket (optional site; internal comment, #email/#comment channel)',
    site: 'hubspot',
    sampleReply: 'Thanks for reaching out.',
  },
];

/** The three pages `npm start` walks through: one per editor kind. */
export const MAIN_DEMO_PAGES = DEMO_PAGES.slice(0, 3);

export function demoPage(file: string): DemoPage {
  const page = DEMO_PAGES.find((candidate) => candidate.file === file);
  if (!page) throw new Error(`No demo page ${file}`);
  return page;
}
