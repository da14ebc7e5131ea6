// The content-side adapters (editors, sites, reply-box observer) in real Chromium, on every demo
// page at its helpdesk address. The adapters are bundled from src/ with vite (iife) and added to
// the page, so the real code runs against the real browser's layout, selection and editing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { beforeAll, describe, expect } from 'vitest';
import type { Conversation } from '../../src/content/sites/types';
import { demoPage, test } from './harness';

interface BoxInfo {
  kind: string | null;
  tag: string;
  id: string;
  testId: string | null;
  inIframe: boolean;
  shadowDepth: number;
  layout: string | null;
  compose: 'inline' | 'dialog' | null;
}

interface PageCase {
  file: string;
  box: Partial<BoxInfo>;
  /** How the agent clicks into the reply box. */
  click: (page: Page) => Promise<void>;
  starts: string;
  excludes: string[];
  name: string;
  key: string | RegExp;
}

const PAGES: PageCase[] = [
  {
    file: 'zendesk/ticket.html',
    box: { kind: 'ckeditor5', testId: 'omnicomposer-rich-text-ckeditor', layout: 'ticket-20417-standard-layout' },
    click: (page) => page.locator('[data-is-active="true"] .ck-editor__editable').click(),
    starts: "Callum,\nThis is the third time I'm writing about the same £486.",
    excludes: ['Thank you for letting us know', 'Sent from my phone', 'payment provider', 'Club discount'],
    name: 'Priya',
    key: '20417',
  },
  {
    file: 'zendesk/chat.html',
    box: { kind: 'ckeditor5', testId: 'omnicomposer-plain-text-ckeditor', layout: 'ticket-20502-standard-layout' },
    click: (page) => page.locator('[data-is-active="true"] .ck-editor__editable').click(),
    // Her three bubbles after the agent's question are one turn.
    starts: 'It just says "Payment declined (code 05)".',
    excludes: ['My payment for the Europe 15 GB plan', 'Roamly Assistant', 'Lucas from the Roamly payments team'],
    name: 'Amara',
    key: '20502',
  },
  {
    file: 'gmail/thread.html',
    box: { kind: 'contenteditable', id: ':8o', compose: 'inline' },
    click: (page) => page.locator('.Ap [g_editable="true"]').click(),
    starts: "Hi Maren,\n\nThanks for your email, but now I'm a bit confused.",
    excludes: ['Sent from my phone', 'Thanks for the details and the photo', 'wrote:', 'Customer Care'],
    name: 'Noor',
    key: 'thread-f:1862291171574439126',
  },
  {
    file: 'gmail/compose.html',
    box: { kind: 'contenteditable', id: ':8o', compose: 'dialog' },
    click: (page) => page.locator('.AD [role="dialog"] .Ap [g_editable="true"]').click(),
    starts: 'Hello,\n\nOn 2 April I ordered the Hollis linen duvet set',
    excludes: ['Re: Order LL-30977'],
    name: 'Tessa',
    key: 'thread-f:1862972599173221263',
  },
  {
    file: 'generic/textarea.html',
    box: { kind: 'textarea', tag: 'textarea', id: 'reply-body' },
    click: (page) => page.locator('#reply-body').click(),
    starts: 'Hannah,\n"Passed it to billing" and "5–7 business days" is not good enough.',
    excludes: ['Sent from my phone', 'Thanks for getting in touch', 'I cancelled our Ledgerly subscription'],
    name: 'Declan',
    key: 'https://helpdesk.example.com/tickets/4471',
  },
  {
    file: 'generic/iframe.html',
    box: { kind: 'contenteditable', tag: 'body', id: 'tinymce', inIframe: true },
    click: (page) => page.frameLocator('#reply_ifr').locator('body').click(),
    starts: 'Hi Owen,\nThank you so much for chasing the carrier',
    excludes: ['Sorry for the wait', 'On 8 April I ordered'],
    name: 'Ingrid',
    key: 'https://helpdesk.example.com/legacy/ticket/883',
  },
  {
    file: 'generic/late-added.html',
    box: { kind: 'contenteditable', tag: 'div', shadowDepth: 0 },
    click: (page) => page.locator('#composer-slot .reply-editor').click(),
    starts: 'Hi,\nOur broadband has been down since Sunday evening.',
    excludes: ['Thanks for contacting Fernbrook Broadband', 'FBC-771203'],
    name: 'Hamid',
    key: 'https://helpdesk.example.com/app/conversations/5120',
  },
  {
    file: 'generic/shadow-root.html',
    box: { kind: 'contenteditable', tag: 'div', shadowDepth: 2 },
    click: (page) => page.locator('orbit-rich-editor .editor').click(),
    starts: 'Thank you, Sam. I uploaded the certificate and my ID this evening.',
    excludes: ["I'm very sorry for your loss", 'My mother, Giulia Marchetti'],
    name: 'Elena',
    key: 'https://helpdesk.example.com/orbit/inbox/311',
  },
];

/** Bundles `code` (an ES module) into one classic script for `page.addScriptTag`; bare imports resolve from `root`. */
async function bundleScript(code: string, root = process.cwd()): Promise<string> {
  const id = 'virtual:e2e-entry';
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    // Lib mode makes the entry a path under `root`.
    plugins: [{ name: 'e2e-entry', resolveId: (source) => (source.endsWith(id) ? `\0${id}` : null), load: (source) => (source === `\0${id}` ? code : null) }],
    build: {
      write: false,
      lib: { entry: id, formats: ['iife'], name: 'EmpathyCoachE2e', fileName: () => 'bundle.js' },
      minify: false,
      target: 'es2022',
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result && 'output' in result ? result.output.find((file) => file.type === 'chunk') : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite built no script');
  return chunk.code;
}

const source = (path: string) => JSON.stringify(resolve('src/content', path));
const ADAPTERS_ENTRY = [
  `import { editorFor } from ${source('editors/index.ts')};`,
  `import { siteFor } from ${source('sites/index.ts')};`,
  `import { observeReplyBoxes } from ${source('dom/reply-boxes.ts')};`,
  `import { toTopViewport } from ${source('dom/roots.ts')};`,
  'Object.assign(globalThis, { __adapters: { editorFor, siteFor, observeReplyBoxes, toTopViewport } });',
].join('\n');

let bundle = '';
beforeAll(async () => {
  bundle = await bundleScript(ADAPTERS_ENTRY);
});

// In the page: the bundle's exports, and what the tests keep between evaluate calls.
type Adapters = {
  editorFor: typeof import('../../src/content/editors').editorFor;
  siteFor: typeof import('../../src/content/sites').siteFor;
  observeReplyBoxes: typeof import('../../src/content/dom/reply-boxes').observeReplyBoxes;
  toTopViewport: typeof import('../../src/content/dom/roots').toTopViewport;
};
type TestWindow = Window & { __adapters: Adapters; __found: Element[]; __signals: AbortSignal[]; __box: Element };
type Rect = { left: number; top: number; right: number; bottom: number };

/** Opens a demo page, adds the adapters and starts the reply-box observer with the page's site adapter. */
async function openWithAdapters(page: Page, file: string): Promise<void> {
  await page.goto(demoPage(file).url);
  await page.addScriptTag({ content: bundle });
  await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.__found = [];
    w.__signals = [];
    const site = w.__adapters.siteFor(new URL(location.href));
    const report = (box: Element, signal: AbortSignal) => {
      w.__found.push(box);
      w.__signals.push(signal);
    };
    w.__adapters.observeReplyBoxes(document, site, report, { signal: new AbortController().signal });
  });
}

/** Waits for the observer's first box, then a little longer to be sure no second one comes. */
async function replyBoxes(page: Page): Promise<BoxInfo[]> {
  await page.waitForFunction(() => (window as unknown as TestWindow).__found.length > 0, undefined, { timeout: 8_000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.__box = w.__found[0] as Element;
    return w.__found.map((box) => {
      let shadowDepth = 0;
      for (let root = box.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) shadowDepth++;
      return {
        kind: w.__adapters.editorFor(box)?.kind ?? null,
        tag: box.localName,
        id: box.id,
        testId: box.getAttribute('data-test-id'),
        inIframe: box.ownerDocument !== document,
        shadowDepth,
        layout: box.closest('[data-is-active]')?.getAttribute('data-test-id') ?? null,
        compose: box.closest('.ip.adB') ? ('inline' as const) : box.closest('[role="dialog"]') ? ('dialog' as const) : null,
      };
    });
  });
}

const conversationOf = (page: Page) =>
  page.evaluate((): Conversation => {
    const w = window as unknown as TestWindow;
    return w.__adapters.siteFor(new URL(location.href)).conversation(w.__box);
  });

const readDraft = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as TestWindow;
    return w.__adapters.editorFor(w.__box)?.read(w.__box).text ?? null;
  });

const insertAt = (page: Page, offset: number, text: string) =>
  page.evaluate(
    ([offset, text]) => {
      const w = window as unknown as TestWindow;
      const editor = w.__adapters.editorFor(w.__box);
      return editor ? editor.insert(w.__box, offset, text) : { ok: false as const, reason: 'no editor' };
    },
    [offset, text] as const,
  );

/**
 * rectsFor(start, end), the editor's box, and a hit test in the middle of every rect: the caret
 * position the browser finds there must fall inside the same characters.
 */
const measure = (page: Page, start: number, end: number) =>
  page.evaluate(
    ([start, end]) => {
      const w = window as unknown as TestWindow;
      const box = w.__box;
      const draft = w.__adapters.editorFor(box)?.read(box);
      const toPlain = (rect: DOMRectReadOnly): Rect => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
      const rects = draft?.rectsFor(start, end) ?? [];
      const doc = box.ownerDocument as Document & {
        caretPositionFromPoint(x: number, y: number, options?: { shadowRoots: ShadowRoot[] }): CaretPosition | null;
      };
      const shadowRoots: ShadowRoot[] = [];
      for (let root = box.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) shadowRoots.push(root);
      const range = draft?.rangeFor(start, end) ?? null;
      const hits = rects.map((rect) => {
        const caret = doc.caretPositionFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2, { shadowRoots });
        if (!caret) return false;
        if (box.localName === 'textarea') return caret.offsetNode === box && caret.offset >= start && caret.offset <= end;
        return !!range && range.comparePoint(caret.offsetNode, caret.offset) === 0;
      });
      const top = rects[0] ? toPlain(w.__adapters.toTopViewport(rects[0], box)) : null;
      const frame = box.ownerDocument.defaultView?.frameElement;
      return {
        rects: rects.map(toPlain),
        box: toPlain(box.getBoundingClientRect()),
        hits,
        top,
        frame: frame ? toPlain(frame.getBoundingClientRect()) : null,
      };
    },
    [start, end] as const,
  );

function expectInside(rect: Rect, outer: Rect): void {
  expect(rect.left).toBeGreaterThanOrEqual(outer.left - 0.5);
  expect(rect.right).toBeLessThanOrEqual(outer.right + 0.5);
  expect(rect.top).toBeGreaterThanOrEqual(outer.top - 0.5);
  expect(rect.bottom).toBeLessThanOrEqual(outer.bottom + 0.5);
}

describe.each(PAGES)('$file', (pageCase) => {
  test('finds exactly the reply box and the customer’s latest message', async ({ page }) => {
    await openWithAdapters(page, pageCase.file);
    const found = await replyBoxes(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(pageCase.box);

    const conversation = await conversationOf(page);
    expect(conversation.customerText?.startsWith(pageCase.starts), conversation.customerText ?? 'null').toBe(true);
    for (const excluded of pageCase.excludes) expect(conversation.customerText).not.toContain(excluded);
    expect(conversation.customerName).toBe(pageCase.name);
    if (typeof pageCase.key === 'string') expect(conversation.conversationKey).toBe(pageCase.key);
    else expect(conversation.conversationKey).toMatch(pageCase.key);
  });

  test('reads what the agent types, measures the words and inserts without touching the rest', async ({ page }) => {
    await openWithAdapters(page, pageCase.file);
    const [info] = await replyBoxes(page);
    await pageCase.click(page);
    const greeting = `Hi ${pageCase.name},`;
    const body = "I'm so  sorry 🙏 about the wait.";
    await page.keyboard.type(greeting);
    await page.keyboard.press('Enter');
    await page.keyboard.type(body);
    const typed = `${greeting}\n${body}`;
    expect(await readDraft(page)).toBe(typed);

    // Underlines: one word on each line, inside the editor, and over the very characters.
    for (const word of [pageCase.name, 'sorry', '🙏']) {
      const start = typed.indexOf(word);
      const measured = await measure(page, start, start + word.length);
      expect(measured.rects.length, word).toBeGreaterThan(0);
      for (const rect of measured.rects) expectInside(rect, measured.box);
      expect(measured.hits.every(Boolean), `hit test on ${word}`).toBe(true);
      if (info?.inIframe && measured.top && measured.frame) expectInside(measured.top, measured.frame);
    }
    const [first] = (await measure(page, 0, 2)).rects;
    const [second] = (await measure(page, typed.indexOf('sorry'), typed.indexOf('sorry') + 5)).rects;
    expect(second?.top).toBeGreaterThan(first?.bottom ?? Infinity);

    // Insert at the start of the second line, then at the very end.
    const acknowledgement = 'I understand how worrying this is. ';
    const lineTwo = greeting.length + 1;
    expect(await insertAt(page, lineTwo, acknowledgement)).toEqual({ ok: true });
    const once = `${greeting}\n${acknowledgement}${body}`;
    expect(await readDraft(page)).toBe(once);
    expect(await insertAt(page, once.length, ' I will call you today.')).toEqual({ ok: true });
    expect(await readDraft(page)).toBe(`${once} I will call you today.`);

    // The agent keeps typing where the caret is left: after the inserted text.
    await page.keyboard.type(' Thanks');
    expect(await readDraft(page)).toBe(`${once} I will call you today. Thanks`);
  });
});

// Issue 12: the live apps as public code shows them, one demo page per way they differ from our base
// pages (demo/pages/*/variants, made by scripts/demo/make-variants.py) and two unknown helpdesks.
interface VariantCase {
  file: string;
  /** The reply box as the agent clicks it. */
  box: string;
  kind: string;
  starts: string | null;
  excludes?: string[];
  name: string | null;
  key: string;
  note?: boolean;
}

const ZENDESK_STARTS = "Callum,\nThis is the third time I'm writing about the same £486.";
const ZENDESK_EXCLUDES = ['Thank you for letting us know', 'Sent from my phone', 'payment provider', 'Club discount', 'wrote:'];
const GMAIL_STARTS = "Hi Maren,\n\nThanks for your email, but now I'm a bit confused.";
const GMAIL_EXCLUDES = ['Thanks for the details and the photo', 'wrote:', 'Customer Care', 'your battery is covered', 'Mill Lane', 'From:', 'Sent:'];
const VARIANTS: VariantCase[] = [
  ...(['active-class', 'active-tab', 'visible-pane', 'no-type'] as const).map((variant) => ({
    file: `zendesk/variants/${variant}.html`,
    box: '[data-test-id$="-layout"]:not([style*="hidden"]) [data-test-id="omnicomposer-rich-text-ckeditor"] >> nth=-1',
    kind: 'ckeditor5',
    starts: ZENDESK_STARTS,
    excludes: ZENDESK_EXCLUDES,
    name: 'Priya',
    key: '20417',
  })),
  // Messaging: the customer's latest turn is all her bubbles after the agent's, though each is its own
  // log item and a colleague's internal note sits between two of them.
  {
    file: 'zendesk/variants/chat-bubbles.html',
    box: '[data-is-active="true"] .ck-editor__editable',
    kind: 'ckeditor5',
    starts: 'It just says "Payment declined (code 05)". I\'ve tried 3 times, with two different cards\nBut my banking app now shows three pending payments',
    excludes: ['Three pending auths', 'Lucas from the Roamly', 'My payment for the Europe', 'Roamly Assistant', 'Internal note'],
    name: 'Amara',
    key: '20502',
  },
  { file: 'zendesk/variants/standalone.html', box: '[data-test-id="standalone-rich-text-ckeditor"]', kind: 'ckeditor5', starts: ZENDESK_STARTS, excludes: ZENDESK_EXCLUDES, name: 'Priya', key: '20417' },
  { file: 'zendesk/variants/legacy-editor.html', box: '.zendesk-editor--rich-text-comment', kind: 'contenteditable', starts: ZENDESK_STARTS, excludes: ZENDESK_EXCLUDES, name: 'Priya', key: '20417' },
  { file: 'zendesk/variants/note-mode.html', box: '[data-is-active="true"] .ck-editor__editable', kind: 'ckeditor5', starts: ZENDESK_STARTS, excludes: ZENDESK_EXCLUDES, name: 'Priya', key: '20417', note: true },
  ...(['perm-undefined', 'stale-heading', 'trimmed-expanded', 'outlook-quote', 'signature'] as const).map((variant) => ({
    file: `gmail/variants/${variant}.html`,
    box: '.ip.adB .Ap [g_editable="true"]',
    kind: 'contenteditable',
    starts: GMAIL_STARTS,
    excludes: GMAIL_EXCLUDES,
    name: 'Noor',
    key: 'thread-f:1862291171574439126',
  })),
  {
    file: 'unknown/froala-ticket.html',
    box: '.fr-element',
    kind: 'contenteditable',
    starts: 'Tobias,\nI sent my ID on Monday and I am still locked out',
    excludes: ['reset job failed', 'please send us a photo', 'wrote:', 'Brightdesk Support', 'replied'],
    name: 'Ines',
    key: 'https://helpdesk.example.com/brightdesk/a/tickets/88213',
  },
  {
    file: 'named/freshdesk.html',
    box: '.fr-element',
    kind: 'contenteditable',
    starts: 'The replacement arrived today and it is a 41 again.',
    excludes: ['Warehouse bin', 'a replacement pair in 39 is on its way', 'wrote:', 'replied'],
    name: 'Lena',
    key: 'https://acme.freshdesk.com/a/tickets/5120',
  },
  {
    file: 'named/helpscout.html',
    box: '.reply-editor',
    kind: 'contenteditable',
    starts: 'We were charged on day 15 without any reminder email.',
    excludes: ['Reminder emails were off', 'only possible within 14 days', 'Grace Okafor', 'Apr 19'],
    name: 'Grace',
    key: 'https://secure.helpscout.net/conversation/7003/88/',
  },
  // Front, Intercom, Zoho Desk and HubSpot: pages built to what public code shows (addresses, Intercom's
  // conversation title and parts, HubSpot's channel hash); the rest is the generic reader's work.
  {
    file: 'named/front.html',
    box: '.c-editor',
    kind: 'contenteditable',
    starts: 'The courier took the pram twelve days ago and there is still no refund.',
    excludes: ['a courier will collect', 'Refund batch', 'wrote:', 'replied', 'Internal comment'],
    name: 'Marta',
    key: 'cnv_5k2x9p',
  },
  {
    file: 'named/intercom.html',
    box: '.embercomposer',
    kind: 'contenteditable',
    starts: 'I reconnected it twice and the launch posts for my client still did not publish.',
    excludes: ['could you reconnect', 'Known Instagram API outage', 'How can I help', 'Sofia Reyes'],
    name: 'Sofia',
    key: '215471893204117',
  },
  {
    file: 'named/zohodesk.html',
    box: '.zd-editor',
    kind: 'contenteditable',
    starts: 'I took a day off work for the second time and again nobody came and nobody called.',
    excludes: ['an engineer will visit', "Engineer's van", 'did not come for the annual service', 'wrote:'],
    name: 'Niamh',
    key: '418700000092331',
  },
  {
    file: 'named/hubspot.html',
    box: '.composer-editor',
    kind: 'contenteditable',
    starts: 'It has been a week and both charges are still on our statement.',
    excludes: ['authorisation hold', 'Stripe shows two captures', 'wrote:', 'replied'],
    name: 'Kwame',
    key: '31877402215',
  },
  { file: 'unknown/bare-chat.html', box: '#reply', kind: 'textarea', starts: null, name: null, key: 'https://helpdesk.example.com/parlo/chats/5531' },
];

describe.each(VARIANTS)('variant $file', (variant) => {
  test('one reply box; the latest customer message (not a note, a quote or the agent), the name, the key, note mode', async ({ page }) => {
    await openWithAdapters(page, variant.file);
    const found = await replyBoxes(page);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe(variant.kind);
    // The box the observer found is the one the agent sees and clicks.
    expect(await page.locator(variant.box).evaluate((element) => element === (window as unknown as TestWindow).__found[0])).toBe(true);
    const conversation = await conversationOf(page);
    if (variant.starts === null) expect(conversation.customerText).toBeNull();
    else expect(conversation.customerText?.startsWith(variant.starts), JSON.stringify(conversation.customerText)).toBe(true);
    for (const excluded of variant.excludes ?? []) expect(conversation.customerText).not.toContain(excluded);
    expect(conversation.customerName).toBe(variant.name);
    expect(conversation.conversationKey).toBe(variant.key);
    expect(conversation.note ?? false).toBe(variant.note ?? false);
  });
});

// The agent switches the composer to its internal note (comment) mode the way each app offers it.
const NOTE_SWITCHES: { file: string; toNote: (page: Page) => Promise<void>; toReply: (page: Page) => Promise<void> }[] = [
  { file: 'named/front.html', toNote: (page) => page.getByRole('tab', { name: 'Comment' }).click(), toReply: (page) => page.getByRole('tab', { name: 'Reply' }).click() },
  { file: 'named/intercom.html', toNote: (page) => page.getByRole('tab', { name: 'Note' }).click(), toReply: (page) => page.getByRole('tab', { name: 'Reply' }).click() },
  { file: 'named/zohodesk.html', toNote: (page) => page.getByRole('button', { name: 'Comment' }).click(), toReply: (page) => page.getByRole('button', { name: 'Reply' }).click() },
  // HubSpot keeps the channel in the address hash (#email, #comment).
  { file: 'named/hubspot.html', toNote: (page) => page.getByRole('link', { name: 'Comment' }).click(), toReply: (page) => page.getByRole('link', { name: 'Email' }).click() },
];

describe.each(NOTE_SWITCHES)('note mode on $file', ({ file, toNote, toReply }) => {
  test('switched to the internal note (comment), the reply box is in note mode; back to the reply, it is not', async ({ page }) => {
    await openWithAdapters(page, file);
    await replyBoxes(page);
    expect((await conversationOf(page)).note ?? false).toBe(false);
    await toNote(page);
    const noted = await conversationOf(page);
    expect(noted.note).toBe(true);
    // The conversation is the same one: its key does not change with the composer's mode.
    expect(noted.conversationKey).toBe(VARIANTS.find((variant) => variant.file === file)?.key);
    await toReply(page);
    expect((await conversationOf(page)).note ?? false).toBe(false);
  });
});

describe('Gmail signature in the reply box', () => {
  test('the agent’s div.gmail_signature is not part of the draft; an insertion at the end lands before it', async ({ page }) => {
    await openWithAdapters(page, 'gmail/variants/signature.html');
    await replyBoxes(page);
    await page.locator('.ip.adB .Ap [g_editable="true"] > div').first().click();
    await page.keyboard.type('Hi Noor, sorry for the mix-up.');
    const draft = await readDraft(page);
    expect(draft?.trim()).toBe('Hi Noor, sorry for the mix-up.');
    expect(draft).not.toContain('policy');
    expect(await insertAt(page, (draft ?? '').trimEnd().length, ' It is covered.')).toEqual({ ok: true });
    expect((await readDraft(page))?.trim()).toBe('Hi Noor, sorry for the mix-up. It is covered.');
    const html = await page.locator('.ip.adB .Ap [g_editable="true"]').innerHTML();
    expect(html, html).toContain('Maren Holt');
  });
});

describe('editor behaviour in Chromium', () => {
  test('CKEditor-style paste: an editor that handles the paste inserts once, no fallback', async ({ page }) => {
    await openWithAdapters(page, 'zendesk/ticket.html');
    await replyBoxes(page);
    await page.locator('[data-is-active="true"] .ck-editor__editable').click();
    await page.keyboard.type('Hi Priya, thanks.');
    // What CKEditor's clipboard pipeline does, played by the page: take text/plain, insert, preventDefault.
    await page.evaluate(() => {
      const w = window as unknown as TestWindow & { __pastes: number };
      w.__pastes = 0;
      w.__box.addEventListener('paste', (event) => {
        w.__pastes++;
        event.preventDefault();
        document.execCommand('insertText', false, (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
      });
    });
    expect(await insertAt(page, 'Hi Priya,'.length, ' I am sorry')).toEqual({ ok: true });
    expect(await readDraft(page)).toBe('Hi Priya, I am sorry thanks.');
    expect(await page.evaluate(() => (window as unknown as { __pastes: number }).__pastes)).toBe(1);
  });

  test('an editor that mangles the insertion is undone: the agent’s text is intact', async ({ page }) => {
    await openWithAdapters(page, 'zendesk/chat.html');
    await replyBoxes(page);
    await page.locator('[data-is-active="true"] .ck-editor__editable').click();
    await page.keyboard.type('Hi Amara,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('we can fix this.');
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.__box.addEventListener('paste', (event) => {
        event.preventDefault();
        const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
        document.execCommand('insertText', false, text);
        document.execCommand('insertText', false, text);
      });
    });
    const result = await insertAt(page, 'Hi Amara,\n'.length, 'Sorry! ');
    expect(result.ok).toBe(false);
    expect(await readDraft(page)).toBe('Hi Amara,\nwe can fix this.');
  });

  test('ProseMirror-shaped editor: read, measure and insert (paste unhandled, insertText fallback)', async ({ page }) => {
    await openWithAdapters(page, 'generic/textarea.html');
    await replyBoxes(page);
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      const editor = document.createElement('div');
      editor.className = 'ProseMirror';
      editor.contentEditable = 'true';
      editor.style.cssText = 'white-space: pre-wrap; min-height: 80px; border: 1px solid #ccc; padding: 8px; width: 400px';
      const paragraph = document.createElement('p');
      const trailing = document.createElement('br');
      trailing.className = 'ProseMirror-trailingBreak';
      paragraph.append(trailing);
      editor.append(paragraph);
      document.querySelector('#reply-panel')?.append(editor);
      w.__box = editor;
    });
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('Hello   Declan');
    expect(await page.evaluate(() => (window as unknown as TestWindow).__adapters.editorFor((window as unknown as TestWindow).__box)?.kind)).toBe('prosemirror');
    expect(await readDraft(page)).toBe('Hello   Declan');
    const measured = await measure(page, 8, 14);
    expect(measured.rects.length).toBeGreaterThan(0);
    expect(measured.hits.every(Boolean)).toBe(true);
    expect(await insertAt(page, 5, ',')).toEqual({ ok: true });
    expect(await readDraft(page)).toBe('Hello,   Declan');
  });

  test('textarea: an inserted suggestion is typed through the browser, so Ctrl+Z takes it back', async ({ page }) => {
    await openWithAdapters(page, 'generic/textarea.html');
    await replyBoxes(page);
    await page.locator('#reply-panel textarea#reply-body').click();
    await page.keyboard.type('Hi Declan,\nI have refunded it.');
    const typed = 'Hi Declan,\nI have refunded it.';
    expect(await insertAt(page, 'Hi Declan,\n'.length, "I'm so sorry. ")).toEqual({ ok: true });
    expect(await readDraft(page)).toBe("Hi Declan,\nI'm so sorry. I have refunded it.");
    await page.keyboard.press('Control+z');
    expect(await readDraft(page)).toBe(typed);
    await page.keyboard.press('Control+Shift+z');
    expect(await readDraft(page)).toBe("Hi Declan,\nI'm so sorry. I have refunded it.");
  });

  test('textarea scrolled down: rects follow the scroll, and words scrolled out of view have none', async ({ page }) => {
    await openWithAdapters(page, 'generic/textarea.html');
    await replyBoxes(page);
    // The last line is long enough to wrap: the mirror must wrap it where the textarea does.
    const lines = Array.from({ length: 40 }, (_, index) => `Line ${index + 1} of the reply`);
    lines[39] = `Line 40 ${'wrapping words '.repeat(12)}final`;
    await page.evaluate((text) => {
      const box = document.querySelector<HTMLTextAreaElement>('#reply-body');
      if (!box) return;
      box.scrollIntoView({ block: 'center' });
      box.value = text;
      box.scrollTop = box.scrollHeight;
    }, lines.join('\n'));
    const text = lines.join('\n');
    const lastStart = text.indexOf('Line 40');
    const last = await measure(page, lastStart, lastStart + 7);
    expect(last.rects.length).toBeGreaterThan(0);
    for (const rect of last.rects) expectInside(rect, last.box);
    expect(last.hits.every(Boolean)).toBe(true);
    const final = await measure(page, text.length - 5, text.length);
    expect(final.rects).toHaveLength(1);
    expect(final.rects[0]?.top).toBeGreaterThan(last.rects[0]?.bottom ?? Infinity);
    expect(final.hits).toEqual([true]);
    expect((await measure(page, 0, 6)).rects).toEqual([]);
    // The mirror goes away on dispose.
    const mirrors = await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      const before = document.querySelectorAll('[data-empathy-coach-mirror]').length;
      w.__adapters.editorFor(w.__box)?.dispose(w.__box);
      return [before, document.querySelectorAll('[data-empathy-coach-mirror]').length];
    });
    expect(mirrors).toEqual([1, 0]);
  });
});

describe('reply boxes that appear late', () => {
  const frameBodies = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as TestWindow;
      return w.__found.flatMap((box, index) =>
        box.ownerDocument !== document ? [{ id: box.id, aborted: w.__signals[index]?.aborted ?? null }] : [],
      );
    });

  test('an iframe editor written after the observer started, and written again with document.open', async ({ page }) => {
    await openWithAdapters(page, 'generic/textarea.html');
    await replyBoxes(page);
    const write = (id: string) =>
      page.evaluate((id) => {
        const frame = document.querySelector<HTMLIFrameElement>('#late_ifr');
        const doc = frame?.contentDocument;
        if (!doc) return;
        doc.open();
        doc.write(`<!DOCTYPE html><html><body id="${id}" contenteditable="true"><p><br data-mce-bogus="1"></p></body></html>`);
        doc.close();
      }, id);
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.id = 'late_ifr';
      frame.style.cssText = 'width: 400px; height: 120px';
      document.querySelector('#reply-panel')?.append(frame);
    });
    await write('first');
    await expect.poll(() => frameBodies(page)).toEqual([{ id: 'first', aborted: false }]);
    await write('second');
    await expect.poll(() => frameBodies(page)).toEqual([
      { id: 'first', aborted: true },
      { id: 'second', aborted: false },
    ]);
    // And the agent can type in it: focus from inside the rewritten document is still seen.
    await page.frameLocator('#late_ifr').locator('body').click();
    await page.keyboard.type('Hello Declan');
    expect(
      await page.evaluate(() => {
        const w = window as unknown as TestWindow;
        const body = w.__found[w.__found.length - 1] as Element;
        return w.__adapters.editorFor(body)?.read(body).text;
      }),
    ).toBe('Hello Declan');
  });

  test('a shadow root attached by a custom element defined after the observer started is found on focus', async ({ page }) => {
    await openWithAdapters(page, 'generic/textarea.html');
    await replyBoxes(page);
    await page.evaluate(() => {
      const element = document.createElement('x-late-editor');
      element.style.display = 'block';
      document.querySelector('#reply-panel')?.append(element);
    });
    await page.evaluate(() =>
      customElements.define(
        'x-late-editor',
        class extends HTMLElement {
          constructor() {
            super();
            const editor = document.createElement('div');
            editor.className = 'editor';
            editor.contentEditable = 'true';
            editor.setAttribute('role', 'textbox');
            editor.style.minHeight = '60px';
            this.attachShadow({ mode: 'open' }).append(editor);
          }
        },
      ),
    );
    const inShadow = () =>
      page.evaluate(() => (window as unknown as TestWindow).__found.filter((box) => box.getRootNode() !== document).length);
    // The upgrade attached the shadow root without a single mutation in the document.
    expect(await inShadow()).toBe(0);
    await page.locator('x-late-editor .editor').click();
    expect(await inShadow()).toBe(1);
  });
});

// The demo pages have no editor code, so the paste path above meets no editor model. Real
// CKEditor 5 and ProseMirror are not dependencies of the project; where they are installed (in this
// project, or in the folder that EMPATHY_REAL_EDITORS names), these tests check that their models
// take the synthetic paste at the right place.
const REAL_EDITORS_ROOT = process.env.EMPATHY_REAL_EDITORS ?? process.cwd();
const REAL_EDITOR_PACKAGES = ['ckeditor5', 'prosemirror-view', 'prosemirror-state', 'prosemirror-model', 'prosemirror-schema-basic', 'prosemirror-history', 'prosemirror-keymap', 'prosemirror-commands'];
const hasRealEditors = REAL_EDITOR_PACKAGES.every((name) => existsSync(join(REAL_EDITORS_ROOT, 'node_modules', name, 'package.json')));

describe.runIf(hasRealEditors)('real CKEditor 5 and ProseMirror', () => {
  const ENTRY = `
    import { ClassicEditor, Essentials, Paragraph, Bold } from 'ckeditor5';
    import { EditorState } from 'prosemirror-state';
    import { EditorView } from 'prosemirror-view';
    import { schema } from 'prosemirror-schema-basic';
    import { history, undo, redo } from 'prosemirror-history';
    import { keymap } from 'prosemirror-keymap';
    import { baseKeymap } from 'prosemirror-commands';
    const panel = document.querySelector('#reply-panel');
    const pmMount = panel.appendChild(document.createElement('div'));
    pmMount.style.cssText = 'border: 1px solid #ccc; white-space: pre-wrap; min-height: 60px';
    const view = new EditorView(pmMount, {
      state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)] }),
    });
    const ckSource = panel.appendChild(document.createElement('div'));
    ClassicEditor.create(ckSource, { licenseKey: 'GPL', plugins: [Essentials, Paragraph, Bold] }).then((editor) => {
      window.__realEditors = {
        ready: true,
        modelText: (kind) => kind === 'prosemirror'
          ? view.state.doc.textBetween(0, view.state.doc.content.size, '\\n')
          : Array.from(editor.model.document.getRoot().getChildren())
              .map((block) => Array.from(block.getChildren()).map((node) => node.data ?? '').join(''))
              .join('\\n'),
      };
    });
  `;
  let editors = '';
  beforeAll(async () => {
    editors = await bundleScript(ENTRY, REAL_EDITORS_ROOT);
  });

  type RealWindow = TestWindow & { __realEditors?: { ready: boolean; modelText(kind: string): string } };
  const modelText = (page: Page, kind: string) =>
    page.evaluate((kind) => (window as unknown as RealWindow).__realEditors?.modelText(kind) ?? null, kind);

  for (const [kind, selector] of [
    ['ckeditor5', '#reply-panel .ck-editor__editable'],
    ['prosemirror', '#reply-panel .ProseMirror'],
  ] as const) {
    test(`${kind}: the model takes the insertion where asked, and typing goes on after it`, async ({ page }) => {
      await openWithAdapters(page, 'generic/textarea.html');
      await replyBoxes(page);
      await page.addScriptTag({ content: editors });
      await page.waitForFunction(() => (window as unknown as RealWindow).__realEditors?.ready);
      await page.evaluate((selector) => {
        (window as unknown as TestWindow).__box = document.querySelector(selector) as Element;
      }, selector);
      await page.locator(selector).click();
      await page.keyboard.type('Hi Declan,');
      await page.keyboard.press('Enter');
      await page.keyboard.type('we will  fix it 🙏 today.');
      const typed = 'Hi Declan,\nwe will  fix it 🙏 today.';
      expect(await readDraft(page)).toBe(typed);
      expect((await modelText(page, kind))?.replace(/\u00A0/g, ' ')).toBe(typed);

      // The caret is at the end; the insertion goes to the start of line two all the same.
      expect(await insertAt(page, 'Hi Declan,\n'.length, "I'm sorry for the trouble. ")).toEqual({ ok: true });
      const inserted = "Hi Declan,\nI'm sorry for the trouble. we will  fix it 🙏 today.";
      expect(await readDraft(page)).toBe(inserted);
      expect((await modelText(page, kind))?.replace(/\u00A0/g, ' ')).toBe(inserted);
      await page.keyboard.type('Thanks. ');
      expect(await readDraft(page)).toBe("Hi Declan,\nI'm sorry for the trouble. Thanks. we will  fix it 🙏 today.");
      const measured = await measure(page, inserted.indexOf('sorry'), inserted.indexOf('sorry') + 5);
      expect(measured.rects.length).toBeGreaterThan(0);
      expect(measured.hits.every(Boolean)).toBe(true);
    });
  }
});
