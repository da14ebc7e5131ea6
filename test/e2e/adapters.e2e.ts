// The content-side adapters (editors, sites, reply-box observer) in real Chromium, on every demo
// page at its helpdesk address. The adapters are bundled from src/ with vite (iife) and added to
// the page, so the real code runs against the real browser's layout, selection and editing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect } from 'vitest';
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
    starts: 'My flight to Lisbon leaves at 21:40',
    excludes: ['It just says', 'Roamly Assistant', 'Lucas from the Roamly payments team'],
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

let bundle = '';
let bundleDir = '';

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'empathy-coach-adapters-'));
  const entry = join(bundleDir, 'entry.ts');
  const from = (path: string) => JSON.stringify(resolve('src/content', path));
  writeFileSync(
    entry,
    [
      `import { editorFor } from ${from('editors/index.ts')};`,
      `import { siteFor } from ${from('sites/index.ts')};`,
      `import { observeReplyBoxes } from ${from('dom/reply-boxes.ts')};`,
      `import { toTopViewport } from ${from('dom/roots.ts')};`,
      'Object.assign(globalThis, { __adapters: { editorFor, siteFor, observeReplyBoxes, toTopViewport } });',
    ].join('\n'),
  );
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      lib: { entry, formats: ['iife'], name: 'EmpathyCoachAdapters', fileName: () => 'adapters.js' },
      outDir: bundleDir,
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
    },
  });
  bundle = readFileSync(join(bundleDir, 'adapters.js'), 'utf8');
});

afterAll(() => {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

// In the page: the bundle's exports, and what the tests keep between evaluate calls.
type Adapters = {
  editorFor: typeof import('../../src/content/editors').editorFor;
  siteFor: typeof import('../../src/content/sites').siteFor;
  observeReplyBoxes: typeof import('../../src/content/dom/reply-boxes').observeReplyBoxes;
  toTopViewport: typeof import('../../src/content/dom/roots').toTopViewport;
};
type TestWindow = Window & { __adapters: Adapters; __found: Element[]; __box: Element };
type Rect = { left: number; top: number; right: number; bottom: number };

/** Opens a demo page, adds the adapters and starts the reply-box observer with the page's site adapter. */
async function openWithAdapters(page: Page, file: string): Promise<void> {
  await page.goto(demoPage(file).url);
  await page.addScriptTag({ content: bundle });
  await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.__found = [];
    const site = w.__adapters.siteFor(new URL(location.href));
    w.__adapters.observeReplyBoxes(document, site, (box) => w.__found.push(box), { signal: new AbortController().signal });
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
