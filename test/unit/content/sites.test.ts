// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { siteFor } from '../../../src/content/sites';
import { generic } from '../../../src/content/sites/generic';
import { gmail, mailboxOwners } from '../../../src/content/sites/gmail';
import { cleanMessage, firstName } from '../../../src/content/sites/message';
import { zendesk } from '../../../src/content/sites/zendesk';
import { $, demoDocument, mount } from './html';

afterEach(() => {
  document.body.replaceChildren();
  document.title = '';
});

const boxes = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)];
/** Zendesk's reply boxes: the composers its selector finds that are in the ticket shown. */
const zendeskBoxes = (root: ParentNode) => boxes(root, zendesk.replyBoxSelector).filter((box) => zendesk.isReplyBox?.(box) ?? true);

describe('siteFor', () => {
  test('picks the adapter by address', () => {
    expect(siteFor(new URL('https://acme.zendesk.com/agent/tickets/1')).id).toBe('zendesk');
    expect(siteFor(new URL('https://mail.google.com/mail/u/0/#inbox')).id).toBe('gmail');
    expect(siteFor(new URL('https://helpdesk.example.com/tickets/1')).id).toBe('generic');
    expect(siteFor(new URL('https://acme.freshdesk.com/a/tickets/5120')).id).toBe('freshdesk');
    expect(siteFor(new URL('https://secure.helpscout.net/conversation/1/2/')).id).toBe('helpscout');
    expect(siteFor(new URL('https://app.frontapp.com/open/cnv_5k2x9p')).id).toBe('front');
    expect(siteFor(new URL('https://app.intercom.com/a/inbox/abc/inbox/conversation/1')).id).toBe('intercom');
    expect(siteFor(new URL('https://app.eu.intercom.com/a/inbox/abc/inbox/conversation/1')).id).toBe('intercom');
    expect(siteFor(new URL('https://desk.zoho.eu/agent/p/d/tickets/details/1')).id).toBe('zohodesk');
    expect(siteFor(new URL('https://app-eu1.hubspot.com/help-desk/1/view/2/ticket/3')).id).toBe('hubspot');
    // A look-alike host is not the named helpdesk.
    expect(siteFor(new URL('https://freshdesk.com.evil.example/a/tickets/1')).id).toBe('generic');
    expect(siteFor(new URL('https://app.intercom.com.evil.example/a/inbox/1')).id).toBe('generic');
    expect(siteFor(new URL('https://desk.zoho.com.evil.example/agent/1')).id).toBe('generic');
  });
});

describe('message helpers', () => {
  test('firstName', () => {
    expect(firstName('Priya Natarajan')).toBe('Priya');
    expect(firstName('  Natarajan,  Priya ')).toBe('Priya');
    expect(firstName('Dr. Hamid Rahimi')).toBe('Hamid');
    expect(firstName('Fatima Al-Sayed')).toBe('Fatima');
    expect(firstName('noor@example.net')).toBeNull();
    expect(firstName('')).toBeNull();
    expect(firstName(null)).toBeNull();
  });

  test('cleanMessage cuts reply headers, signature delimiters and mail-app signatures', () => {
    expect(cleanMessage('Still broken.\n\nNoor\n\nSent from my phone')).toBe('Still broken.\n\nNoor');
    expect(cleanMessage('Hi,\nIt failed.\n-- \nAcme Ltd\n555 1234')).toBe('Hi,\nIt failed.');
    expect(cleanMessage('Where is it?\nOn Tue, 14 Apr 2026 at 11:03, Support <s@x.example> wrote:\n> old')).toBe('Where is it?');
    expect(cleanMessage('Danke.\nAm 3. April 2026 um 11:26 schrieb Support <s@x.example>:\n> alt')).toBe('Danke.');
    expect(cleanMessage('  \n\n')).toBeNull();
  });
});

// ---------------------------------------------------------------- Zendesk
const zendeskLayout = (id: number, active: boolean, requester: string, log: string) => `
  <div data-test-id="ticket-${id}-standard-layout" data-is-active="${active}">
    <nav aria-label="Ticket page location">
      <span data-test-id="tabs-nav-item-users"><span class="react-wrapper">${requester}</span></span>
    </nav>
    <div data-test-id="ticket-system-field-requester-select"><div data-garden-id="typography.ellipsis">${requester}</div></div>
    <section class="conversation-polaris" data-ticket-id="${id}"><div data-test-id="omni-log">${log}</div>
      <div class="ck ck-editor"><div class="ck-editor__main">
        <div class="ck ck-content ck-editor__editable" contenteditable="true" role="textbox" data-test-id="omnicomposer-rich-text-ckeditor"><p class="ck-placeholder"><br data-cke-filler="true"></p></div>
      </div></div>
    </section>
  </div>`;

const article = (sender: string, messages: string, extra = '') => `
  <article data-test-id="omni-log-comment-item">
    <span data-test-id="omni-log-item-sender"><a><strong>${sender}</strong></a></span>${extra}
    ${messages}
  </article>`;

const message = (type: string, text: string, after = '') =>
  `<div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content"><div class="zd-comment">${text}</div></div>${after}</div>`;

describe('zendesk', () => {
  const page = () =>
    mount(
      zendeskLayout(20391, false, 'Tomasz Wierzbicki', article('Tomasz Wierzbicki', message('end-user', '<p>Club discount please.</p>'))) +
        zendeskLayout(
          20417,
          true,
          'Marisol Vega',
          article('Marisol Vega', message('end-user', '<p>My invoice has the wrong VAT number.</p>')) +
            article('Callum Reid', message('agent', '<p>Fixed, sorry!</p>')) +
            article(
              'Marisol Vega',
              message(
                'end-user',
                '<p>Callum,</p><p>It is still wrong on the new invoice.</p><p>Marisol</p><p>Sent from my phone</p>',
                '<button type="button">···</button><blockquote type="cite"><p>Fixed, sorry!</p></blockquote>',
              ),
            ) +
            article('Dana Whitfield', message('internal', '<p>Finance says it is a template bug.</p>'), '<div data-test-id="omni-log-internal-note-tag">Internal note</div>'),
        ),
    );

  test('only the active ticket’s composer is a reply box, though the inactive one comes first', () => {
    const root = page();
    const all = boxes(root, '.ck-editor__editable');
    expect(all).toHaveLength(2);
    expect(zendeskBoxes(root)).toEqual([all[1]]);
  });

  test('latest end-user message of the active ticket: no internal note, no quote, no phone signature', () => {
    const root = page();
    const box = zendeskBoxes(root)[0] as Element;
    expect(zendesk.conversation(box)).toEqual({
      customerText: 'Callum,\nIt is still wrong on the new invoice.\nMarisol',
      customerName: 'Marisol',
      conversationKey: '20417',
    });
  });

  test('the inactive ticket’s composer answers nothing', () => {
    const root = page();
    const inactive = boxes(root, '.ck-editor__editable')[0] as Element;
    expect(zendesk.conversation(inactive)).toEqual({ customerText: null, customerName: null, conversationKey: null });
  });

  test('chat: bots are not the customer; the last wrapper of a grouped burst is the latest message', () => {
    const root = mount(
      zendeskLayout(
        20502,
        true,
        'Kenji Watanabe',
        article('Lumen Assistant', message('bot', 'Hi! Ask me anything.')) +
          article('Kenji Watanabe', message('end-user', 'My files are gone')) +
          article('Lumen Assistant', message('bot', 'Handing you over to a person.')) +
          article('Ana Ruiz', message('agent', 'Hi Kenji, I am looking.')) +
          article('Kenji Watanabe', message('end-user', 'first') + message('end-user', 'second') + message('end-user', 'third, the newest')),
      ).replace('omnicomposer-rich-text-ckeditor', 'omnicomposer-plain-text-ckeditor'),
    );
    const box = zendeskBoxes(root)[0] as Element;
    expect(zendesk.conversation(box).customerText).toBe('third, the newest');
    expect(zendesk.conversation(box).customerName).toBe('Kenji');
  });

  test('a bot answering last, and no breadcrumb: the sender names the customer', () => {
    const root = mount(
      zendeskLayout(7, true, '', article('Kenji Watanabe', message('end-user', 'Help')) + article('Bot', message('bot', 'Sure'))),
    );
    const box = zendeskBoxes(root)[0] as Element;
    expect(zendesk.conversation(box)).toEqual({ customerText: 'Help', customerName: 'Kenji', conversationKey: '7' });
  });
});

// ---------------------------------------------------------------- Gmail
const gmailMessage = (email: string, name: string, to: string, body: string) => `
  <div class="h7" role="listitem"><div class="adn ads" data-message-id="#msg-f:1" data-legacy-message-id="1">
    <h3 class="iw"><span class="gD" email="${email}" name="${name}">${name}</span></h3>
    <div class="iw"><span class="hb">to ${to}</span></div>
    <div class="ii gt"><div class="a3s aiL">${body}</div></div>
  </div></div>`;

const me = (email: string, name = 'me') => `<span class="g2" email="${email}" name="${name}">${name}</span>`;
const customer = '<span class="g2" email="noor@example.net" name="Noor Haddad">Noor Haddad</span>';

const inlineReply = (rt = '#thread-f:1862291171574439126') => `
  <div class="gA"><div class="ip adB"><div class="M9">
    <form class="bAs"><div class="aoD hl"><span email="noor@example.net" name="Noor Haddad">Noor Haddad</span></div>
      <input type="hidden" name="draft" value="#msg-a:r-1"><input type="hidden" name="rt" value="${rt}"></form>
    <table class="iN"><tr><td class="Ap">
      <div class="Ar As"><div class="At"><textarea class="Ak" aria-label="Message Body" form="nosend"></textarea></div></div>
      <div class="Ar Au"><div class="aO7"><div id=":8o" class="Am Al editable" contenteditable="true" role="textbox" g_editable="true"><br></div></div></div>
    </td></tr></table>
  </div></div></div>`;

const thread = (messages: string, reply = inlineReply()) => `
  <h2 class="hP" data-thread-perm-id="thread-f:1862291171574439126" data-legacy-thread-id="19d82ff4260a5cd6">Battery warranty</h2>
  <div role="list">
    <div class="kv" role="listitem"><div class="adf ads"><span class="gD" email="noor@example.net" name="Noor Haddad">Noor</span><div class="iA g6">First mail snippet…</div></div></div>
    ${messages}${reply}
  </div>`;

const noorReply = `
  <div dir="ltr"><div>Hi Maren,</div><div><br></div><div>Now I'm confused: which answer is right?</div><div><br></div><div>Noor</div></div>
  <br><div class="adm"><div class="ajR" role="button" aria-label="Show trimmed content"></div></div>
  <div class="h5"><div class="gmail_quote"><div class="gmail_attr">On Tue, Support wrote:</div><blockquote class="gmail_quote">Your battery is covered.</blockquote></div></div>`;

const supportReply = `<div dir="ltr"><div>Hi Noor, your battery is covered.</div><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">Maren<br>Velora</div></div>`;

describe('gmail', () => {
  test('the decoy textarea with the same label is not the reply box', () => {
    const root = mount(thread(gmailMessage('noor@example.net', 'Noor Haddad', me('support@velora.example'), noorReply)));
    const found = boxes(root, gmail.replyBoxSelector);
    expect(found).toHaveLength(1);
    expect(found[0]?.id).toBe(':8o');
  });

  test('latest message not sent by the mailbox owner, without trimmed quote and signature', () => {
    const root = mount(
      thread(
        gmailMessage('support@velora.example', 'Velora Care', customer, supportReply) +
          gmailMessage('noor@example.net', 'Noor Haddad', me('support@velora.example'), noorReply),
      ),
    );
    const box = boxes(root, gmail.replyBoxSelector)[0] as Element;
    expect(gmail.conversation(box)).toEqual({
      customerText: "Hi Maren,\n\nNow I'm confused: which answer is right?\n\nNoor",
      customerName: 'Noor',
      conversationKey: 'thread-f:1862291171574439126',
    });
  });

  test('when the owner wrote last, the customer’s earlier message is still the one', () => {
    const root = mount(
      thread(
        gmailMessage('noor@example.net', 'Noor Haddad', me('support@velora.example'), noorReply) +
          gmailMessage('support@velora.example', 'Velora Care', customer, supportReply),
      ),
    );
    const box = boxes(root, gmail.replyBoxSelector)[0] as Element;
    expect(gmail.conversation(box).customerText).toMatch(/^Hi Maren,/);
  });

  test('the owner comes from the window title, "me" in any UI language, or the account button', () => {
    document.title = 'Battery warranty - support@velora.example - Velora Mail';
    expect([...mailboxOwners(document)]).toEqual(['support@velora.example']);
    document.title = 'Inbox';
    mount(`<div class="hb">an ${me('hilfe@nordlicht.example', 'mich')}</div>`);
    expect([...mailboxOwners(document)]).toEqual(['hilfe@nordlicht.example']);
    document.body.replaceChildren();
    mount('<header role="banner"><a aria-label="Google Account: Care Team (care@larkspur.example)">LL</a></header>');
    expect([...mailboxOwners(document)]).toEqual(['care@larkspur.example']);
  });

  test('without any clue to the owner, the sender the draft goes to is the customer', () => {
    const root = mount(
      thread(
        gmailMessage('noor@example.net', 'Noor Haddad', customer, noorReply) +
          gmailMessage('support@velora.example', 'Velora Care', customer, supportReply),
      ),
    );
    const box = boxes(root, gmail.replyBoxSelector)[0] as Element;
    expect(gmail.conversation(box).customerName).toBe('Noor');
  });

  test('a compose window replying to another thread, and a new message, have no customer message', () => {
    const other = mount(thread(gmailMessage('noor@example.net', 'Noor Haddad', me('s@v.example'), noorReply), inlineReply('#thread-f:42')));
    expect(gmail.conversation(boxes(other, gmail.replyBoxSelector)[0] as Element)).toEqual({
      customerText: null,
      customerName: null,
      conversationKey: 'thread-f:42',
    });
    document.body.replaceChildren();
    const fresh = mount(`<div class="AD"><div role="dialog">${inlineReply('').replace('ip adB', 'nH')}</div></div>`);
    expect(gmail.conversation(boxes(fresh, gmail.replyBoxSelector)[0] as Element)).toEqual({
      customerText: null,
      customerName: null,
      conversationKey: 'draft:#msg-a:r-1',
    });
  });
});

// ---------------------------------------------------------------- generic
describe('generic', () => {
  const replyBoxes = (root: ParentNode) => boxes(root, generic.replyBoxSelector).filter((box) => generic.isReplyBox?.(box));

  test('a multi-line textarea; not the search field, the hidden internal note or a one-line textarea', () => {
    const root = mount(`
      <input type="search" name="q">
      <textarea id="reply-body" name="response" rows="8"></textarea>
      <div style="display:none"><textarea id="note-body" name="note" rows="6"></textarea></div>
      <textarea id="internal" rows="6" placeholder="Internal note (not visible to the customer)"></textarea>
      <textarea id="tags" rows="1"></textarea>`);
    expect(replyBoxes(root).map((box) => box.id)).toEqual(['reply-body']);
  });

  test('contenteditable reply boxes: role=textbox, editor classes; not nested or single-line ones', () => {
    const root = mount(`
      <div id="a" contenteditable="true" role="textbox"></div>
      <div id="b" class="ProseMirror" contenteditable="true"><p contenteditable="true" role="textbox">x</p></div>
      <span id="c" contenteditable="true" role="textbox" aria-multiline="false"></span>
      <div id="d" contenteditable="true">a title</div>`);
    expect(replyBoxes(root).map((box) => box.id)).toEqual(['a', 'b']);
  });

  test('the latest customer entry and the requester, ignoring staff replies and a system acknowledgement', () => {
    const root = mount(`
      <aside class="profile"><p class="customer-name">Fatima Al-Sayed</p></aside>
      <div class="messages">
        <div class="msg" data-sender="customer"><div class="who"><strong>Fatima Al-Sayed</strong></div><div class="text"><p>Can I move my delivery?</p></div></div>
        <div class="msg" data-sender="agent"><div class="text"><p>Sure.</p></div></div>
        <div class="msg" data-sender="customer"><div class="who">Fatima</div><div class="text"><p>Thanks, but it came on the wrong day.</p><p>Fatima</p></div></div>
        <div class="msg automated" data-sender="system"><div class="text"><p>Your case number is 1.</p></div></div>
      </div>
      <div contenteditable="true" role="textbox" class="reply-editor"></div>`);
    const box = $(root, '.reply-editor');
    expect(generic.conversation(box)).toMatchObject({
      customerText: 'Thanks, but it came on the wrong day.\nFatima',
      customerName: 'Fatima',
      conversationKey: 'http://localhost:3000/',
    });
  });

  test('class-marked posts, newest-first threads ordered by <time datetime>, and the author as a fallback name', () => {
    const root = mount(`
      <div id="conversation">
        <div class="post customer"><div class="post-head"><b class="author">Ingrid Solberg</b><time datetime="2026-04-15T08:20:00Z"></time></div><div class="post-body"><p>Newest: still nothing.</p></div></div>
        <div class="post agent"><div class="post-head"><time datetime="2026-04-13T14:36:00Z"></time></div><div class="post-body"><p>Sorry.</p></div></div>
        <div class="post customer"><div class="post-head"><b class="author">Ingrid Solberg</b><time datetime="2026-04-13T09:12:00Z"></time></div><div class="post-body"><p>Oldest.</p></div></div>
      </div>
      <textarea rows="5"></textarea>`);
    const conversation = generic.conversation($(root, 'textarea'));
    expect(conversation.customerText).toBe('Newest: still nothing.');
    expect(conversation.customerName).toBe('Ingrid');
  });

  test('a reply box in nested open shadow roots finds the conversation in the light DOM', () => {
    const root = mount(`
      <div class="requester">Requester: <span class="requester-name">Oliver Bennett</span></div>
      <ol><li class="timeline-item" data-direction="inbound" data-author="Oliver Bennett"><div class="byline">Oliver</div><div class="body"><p>Please keep my photos.</p></div></li>
          <li class="timeline-item" data-direction="outbound"><div class="body"><p>Of course.</p></div></li></ol>
      <orbit-reply-composer></orbit-reply-composer>`);
    const outer = $(root, 'orbit-reply-composer').attachShadow({ mode: 'open' });
    const inner = outer.appendChild(document.createElement('orbit-rich-editor')).attachShadow({ mode: 'open' });
    const editor = inner.appendChild(document.createElement('div'));
    editor.className = 'editor';
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    expect(document.querySelector(generic.replyBoxSelector)).toBeNull();
    expect(generic.isReplyBox?.(editor)).toBe(true);
    expect(generic.conversation(editor)).toMatchObject({ customerText: 'Please keep my photos.', customerName: 'Oliver' });
  });

  test('no recognisable conversation: nulls, so the coach can ask the agent to paste it', () => {
    const root = mount('<textarea rows="5"></textarea>');
    expect(generic.conversation($(root, 'textarea'))).toMatchObject({ customerText: null, customerName: null });
  });
});

// ---------------------------------------------------------------- Zendesk as public code shows it (issue 12)
describe('zendesk: the active ticket by more than one signal', () => {
  const two = (mark: (id: number, active: boolean) => string) =>
    mount(
      `<header><a data-test-id="header-tab" data-entity-type="TICKET_ENTITY_TYPE" data-entity-id="1" data-entity-is-selected="${mark(1, false).includes('tab') ? 'true' : 'false'}"></a>` +
        `<a data-test-id="header-tab" data-entity-type="TICKET_ENTITY_TYPE" data-entity-id="2" data-entity-is-selected="${mark(2, true).includes('tab') ? 'true' : 'false'}"></a></header>` +
        [1, 2]
          .map(
            (id) => `<div data-test-id="ticket-${id}-standard-layout" ${mark(id, id === 2).replace('tab', '')}>
              <span data-test-id="tabs-nav-item-users">${id === 2 ? 'Marisol Vega' : 'Tomasz W'}</span>
              ${article(id === 2 ? 'Marisol Vega' : 'Tomasz W', message('end-user', `<p>ticket ${id}</p>`))}
              <div class="ck-editor__editable" contenteditable="true" data-test-id="omnicomposer-rich-text-ckeditor"></div></div>`,
          )
          .join(''),
    );
  const cases: [string, (id: number, active: boolean) => string][] = [
    ['class .ticket-panes-grid-layout.active', (_id, active) => `class="ticket-panes-grid-layout${active ? ' active' : ''}"`],
    ['selected header tab (data-entity-is-selected)', (_id, active) => (active ? 'tab' : '')],
  ];
  for (const [signal, mark] of cases) {
    test(signal, () => {
      const root = two(mark);
      const found = zendeskBoxes(root);
      expect(found).toHaveLength(1);
      expect(zendesk.conversation(found[0] as Element)).toMatchObject({ customerText: 'ticket 2', customerName: 'Marisol', conversationKey: '2' });
    });
  }

  test('no signal at all: no ticket is guessed', () => {
    const root = two(() => '');
    // happy-dom renders nothing, so both panes look shown: the adapter says it cannot tell.
    expect(zendeskBoxes(root)).toHaveLength(0);
  });
});

describe('zendesk: composers, note mode, authors without type', () => {
  const layout = (composer: string, log: string, toolbar = 'Public reply') =>
    mount(`<div data-test-id="ticket-7-standard-layout" data-is-active="true">
      <span data-test-id="tabs-nav-item-users"><span class="react-wrapper">Marisol Vega</span></span>
      <div data-test-id="omni-log">${log}</div>
      <div data-test-id="omnichannel-composer"><button data-test-id="omnichannel-channel-switcher-button">${toolbar} ▾</button>${composer}</div></div>`);
  const log =
    article('Marisol Vega', message('', '<p>First question.</p>').replace(' type=""', '')) +
    article('Callum Reid', message('', '<p>Answered.</p>').replace(' type=""', ''), '<svg data-test-id="omni-log-avatar-badge-AgentBadge"></svg>') +
    article('Marisol Vega', message('', '<p>Still broken.</p>').replace(' type=""', '')) +
    article('Dana W', message('', '<p>Note to self.</p>').replace(' type=""', ''), '<div data-test-id="omni-log-internal-note-tag">Internal note</div>');

  test('standalone CKEditor composer', () => {
    const root = layout('<div data-test-id="standalone-rich-text-ckeditor" class="ck-editor__editable" contenteditable="true"></div>', log);
    const found = zendeskBoxes(root);
    expect(found).toHaveLength(1);
    expect(zendesk.conversation(found[0] as Element)).toEqual({ customerText: 'Still broken.', customerName: 'Marisol', conversationKey: '7' });
  });

  test('legacy zendesk-editor composer', () => {
    const root = layout('<div class="zendesk-editor--rich-text-container"><div class="zendesk-editor--rich-text-comment" contenteditable="true"><p></p></div></div>', log);
    expect(zendeskBoxes(root)).toHaveLength(1);
  });

  test('the agent badge, not type="agent", tells the agent; the note tag a note', () => {
    const root = layout('<div data-test-id="omnicomposer-rich-text-ckeditor" class="ck-editor__editable" contenteditable="true"></div>', log);
    const box = zendeskBoxes(root)[0] as Element;
    expect(zendesk.conversation(box).customerText).toBe('Still broken.');
    // The customer is not the latest writer: the agent answered after her.
    root.querySelector('[data-test-id="omni-log"]')?.insertAdjacentHTML('beforeend', article('Callum Reid', '<div data-test-id="omni-log-item-message"><div data-test-id="omni-log-message-content">On it.</div></div>', '<svg data-test-id="omni-log-avatar-badge-AgentBadge"></svg>'));
    expect(zendesk.conversation(box).customerText).toBe('Still broken.');
  });

  test('internal-note mode is recognised; public reply is not a note', () => {
    const editor = '<div data-test-id="omnicomposer-rich-text-ckeditor" class="ck-editor__editable" contenteditable="true"></div>';
    const note = zendeskBoxes(layout(editor, log, 'Internal note'))[0] as Element;
    expect(zendesk.conversation(note).note).toBe(true);
    document.body.replaceChildren();
    const reply = zendeskBoxes(layout(editor, log))[0] as Element;
    expect(zendesk.conversation(reply).note).toBeUndefined();
  });
});

// ---------------------------------------------------------------- Gmail as public code shows it (issue 12)
describe('gmail: thread key, quotes, other mail apps', () => {
  const two = () =>
    gmailMessage('support@velora.example', 'Velora Care', customer, supportReply) +
    gmailMessage('noor@example.net', 'Noor Haddad', me('support@velora.example'), noorReply);

  test('data-thread-perm-id="undefined": the legacy hex id gives the key', () => {
    const root = mount(thread(two()).replace('data-thread-perm-id="thread-f:1862291171574439126"', 'data-thread-perm-id="undefined"'));
    expect(gmail.conversation(boxes(root, gmail.replyBoxSelector)[0] as Element)).toMatchObject({
      conversationKey: 'thread-f:1862291171574439126',
      customerName: 'Noor',
    });
  });

  test('a stale hidden heading of an earlier thread higher in the DOM does not win', () => {
    const stale = '<div style="display:none"><h2 class="hP" data-thread-perm-id="thread-f:42" data-legacy-thread-id="2a">Old thread</h2></div>';
    const root = mount(stale + thread(two()));
    const conversation = gmail.conversation(boxes(root, gmail.replyBoxSelector)[0] as Element);
    expect(conversation.conversationKey).toBe('thread-f:1862291171574439126');
    expect(conversation.customerText).toMatch(/^Hi Maren/);
  });

  test('"Show trimmed content" expanded: the .im and .adL parts are still left out', () => {
    const expanded = noorReply.replace('<div class="h5">', '<div class="h5" style="display:block"><div class="im">Earlier: Your battery is covered.</div>') + '<div class="adL">On Mon, Support wrote: old</div>';
    const root = mount(thread(gmailMessage('support@velora.example', 'Velora Care', customer, supportReply) + gmailMessage('noor@example.net', 'Noor Haddad', me('support@velora.example'), expanded)));
    const text = gmail.conversation(boxes(root, gmail.replyBoxSelector)[0] as Element).customerText;
    expect(text).toBe("Hi Maren,\n\nNow I'm confused: which answer is right?\n\nNoor");
  });

  for (const [app, quoted] of [
    ['Outlook', '<div id="divRplyFwdMsg"><b>From:</b> Velora Care<br><b>Sent:</b> Tuesday<br>Your battery is covered.</div>'],
    ['Outlook, plain text', '<div>From: Velora Care &lt;support@velora.example&gt;</div><div>Sent: Tuesday, 14 April 2026 11:03</div><div>Subject: Re: battery</div><div>Your battery is covered.</div>'],
    ['Apple Mail', '<div>On 14 Apr 2026, at 11:03, Velora Care &lt;support@velora.example&gt; wrote:</div><blockquote type="cite">Your battery is covered.</blockquote>'],
    ['Thunderbird', '<div class="moz-cite-prefix">On 14/04/2026 11:03, Velora Care wrote:<br></div><blockquote type="cite">Your battery is covered.</blockquote>'],
  ] as const) {
    test(`${app} quote header ends the customer's words`, () => {
      const body = `<div>Hi Maren,</div><div>Which answer is right?</div><div>Noor</div>${quoted}`;
      const root = mount(thread(gmailMessage('noor@example.net', 'Noor Haddad', me('support@velora.example'), body)));
      expect(gmail.conversation(boxes(root, gmail.replyBoxSelector)[0] as Element).customerText).toBe('Hi Maren,\nWhich answer is right?\nNoor');
    });
  }

  test('cleanMessage: wrapped "On … wrote:", Outlook headers in German, ">" quoted lines', () => {
    expect(cleanMessage('Still nothing.\nOn Tue, 14 Apr 2026 at 11:03, Velora Care <\nsupport@velora.example> wrote:\nold')).toBe('Still nothing.');
    expect(cleanMessage('Danke.\nVon: Velora Care\nGesendet: Dienstag\nBetreff: Akku')).toBe('Danke.');
    expect(cleanMessage('Where is it?\n> Your battery\n> is covered.')).toBe('Where is it?');
    // A single "From:" line in the customer's own words is not a header.
    expect(cleanMessage('From: my point of view this is wrong.\nPlease fix it.')).toBe('From: my point of view this is wrong.\nPlease fix it.');
  });
});

// ---------------------------------------------------------------- the demo pages, parsed statically
describe('demo pages', () => {
  test('zendesk/ticket.html', () => {
    const doc = demoDocument('zendesk/ticket.html');
    const found = zendeskBoxes(doc);
    expect(found).toHaveLength(1);
    const conversation = zendesk.conversation(found[0] as Element);
    expect(conversation.customerText).toMatch(/^Callum,\nThis is the third time I'm writing/);
    expect(conversation.customerText).toMatch(/chase this a fourth time\.\nPriya$/);
    expect(conversation.customerText).not.toContain('Thank you for letting us know');
    expect(conversation.customerText).not.toContain('payment provider');
    expect(conversation).toMatchObject({ customerName: 'Priya', conversationKey: '20417' });
  });

  test('zendesk/chat.html', () => {
    const doc = demoDocument('zendesk/chat.html');
    const conversation = zendesk.conversation(zendeskBoxes(doc)[0] as Element);
    // Her three bubbles after the agent's question are her turn; her first message, before it, is not.
    expect(conversation.customerText).toMatch(/^It just says "Payment declined \(code 05\)"\./);
    expect(conversation.customerText).toMatch(/\nBut my banking app now shows/);
    expect(conversation.customerText).toMatch(/\nMy flight to Lisbon leaves at 21:40[^]*no way of contacting anyone$/);
    expect(conversation.customerText).not.toContain('My payment for the Europe 15 GB plan');
    expect(conversation).toMatchObject({ customerName: 'Amara', conversationKey: '20502' });
  });

  test('zendesk/variants/chat-bubbles.html: separate log items and a note between them are still one turn', () => {
    const doc = demoDocument('zendesk/variants/chat-bubbles.html');
    const conversation = zendesk.conversation(zendeskBoxes(doc)[0] as Element);
    expect(conversation.customerText?.split('\n').map((line) => line.slice(0, 12))).toEqual(['It just says', 'But my banki', 'My flight to']);
    expect(conversation).toMatchObject({ customerName: 'Amara', conversationKey: '20502' });
  });

  test('zendesk/ticket.html: emails are not grouped; with the agent reply gone, only the newest end-user email is read', () => {
    const doc = demoDocument('zendesk/ticket.html');
    const active = doc.querySelector('[data-is-active="true"]') as Element;
    active.querySelector('[data-test-id="omni-log-item-message"][type="agent"]')?.closest('article')?.remove();
    const conversation = zendesk.conversation(zendeskBoxes(doc)[0] as Element);
    expect(conversation.customerText).toMatch(/^Callum,/);
    expect(conversation.customerText).not.toContain('placed order WF-60318');
  });

  test('gmail/thread.html', () => {
    const doc = demoDocument('gmail/thread.html');
    const found = boxes(doc, gmail.replyBoxSelector);
    expect(found).toHaveLength(1);
    const conversation = gmail.conversation(found[0] as Element);
    expect(conversation.customerText).toMatch(/^Hi Maren,\n\nThanks for your email, but now I'm a bit confused\./);
    expect(conversation.customerText).toMatch(/Sorry if I've misunderstood something\.\n\nNoor$/);
    expect(conversation).toMatchObject({ customerName: 'Noor', conversationKey: 'thread-f:1862291171574439126' });
  });

  test('gmail/compose.html', () => {
    const doc = demoDocument('gmail/compose.html');
    const conversation = gmail.conversation(boxes(doc, gmail.replyBoxSelector)[0] as Element);
    expect(conversation.customerText).toMatch(/^Hello,\n\nOn 2 April I ordered the Hollis linen duvet set/);
    expect(conversation).toMatchObject({ customerName: 'Tessa', conversationKey: 'thread-f:1862972599173221263' });
  });

  test('generic/textarea.html', () => {
    const doc = demoDocument('generic/textarea.html');
    const conversation = generic.conversation($(doc, '#reply-body'));
    expect(conversation.customerText).toMatch(/^Hannah,\n"Passed it to billing"/);
    expect(conversation.customerText).toMatch(/Brody & Sons Plumbing$/);
    expect(conversation.customerName).toBe('Declan');
  });
});
