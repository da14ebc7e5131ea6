// The coach in the page, end to end: the built extension (dist/e2e) in real Chromium on every demo
// page at its helpdesk address. What the agent sees (the <empathy-coach> host, its panel and
// underlines), what it does to the editor (insertions, and nothing at all where it is turned off),
// the popup, and the network.
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { Feeling } from '../../src/analyzer/types';
import type { InsertOutcome } from '../../src/shared/protocol';
import type { ExtensionBrowser } from '../support/browser.ts';
import { coach, coachState, demoPage, feelingIsSure, inCoach, test as base } from './harness';

interface SeenRequest {
  url: string;
  /** Made by a service worker (the extension's background), not by a page. */
  serviceWorker: boolean;
}

// Every request the browser makes, pages and service workers alike, for the network test at the
// end of the file. Playwright (1.65, Chromium) reports a service worker's own requests on the
// context's 'request' event, with request.serviceWorker() set, and routes them through
// context.route (the harness blocks what would leave the machine); the canary in the last test
// shows that both really see the extension's worker.
const test = base.extend<{ requests: SeenRequest[] }>({
  requests: [
    async ({ extension }, use) => {
      const seen: SeenRequest[] = [];
      extension.context.on('request', (request) => seen.push({ url: request.url(), serviceWorker: !!request.serviceWorker() }));
      await use(seen);
    },
    { scope: 'file', auto: true },
  ],
});

/** A draft with known faults: an apology undone by "but", a policy wall, no name, no acknowledgement. */
// "We're", not "I'm": the learned layer reads "I'm sorry, but that's our policy." as an acknowledgement (a known
// miss, listed in test/unit/review/review.test.ts); this draft's subject is the coach, not that judgement.
const DRAFT = "We're sorry, but that's our policy.";
const NEGATIVE: readonly Feeling[] = ['frustrated', 'angry', 'confused', 'worried', 'disappointed', 'impatient'];

interface CoachPage {
  file: string;
  /** The feeling demo/pages/README.md intends for the latest customer message (either one where two are listed). */
  intended: Feeling[];
  /** the detector gets this page's feeling wrong: a known miss, tested with test.fails */
  knownMiss?: boolean;
  name: string;
  conversation: string;
  editor: 'ckeditor5' | 'contenteditable' | 'textarea';
  /** The reply box, as the agent clicks it (Playwright's CSS pierces open shadow roots). */
  box(page: Page): Locator;
  /** The latest customer message as the page draws it (demo/pages/README.md), which the panel must not cover. */
  message(page: Page): Locator;
}

const PAGES: CoachPage[] = [
  {
    file: 'zendesk/ticket.html',
    // A blind reader (LABELS.md only) read Priya's message as impatient, frustrated also defensible, and
    // angry arguably ("while you sit on a payment you already admit you took by mistake").
    intended: ['frustrated', 'impatient', 'angry'],
    name: 'Priya',
    conversation: '20417',
    editor: 'ckeditor5',
    message: (page) =>
      page
        .locator('[data-is-active="true"] article')
        .filter({ has: page.locator('[data-test-id="omni-log-item-message"][type="end-user"]'), hasNot: page.locator('[data-test-id="omni-log-internal-note-tag"]') })
        .last()
        .locator('[data-test-id="omni-log-message-content"]')
        .last(),
    box: (page) => page.locator('[data-is-active="true"] .ck-editor__editable'),
  },
  {
    file: 'zendesk/chat.html',
    intended: ['worried'],
    name: 'Amara',
    conversation: '20502',
    editor: 'ckeditor5',
    message: (page) => page.locator('[data-is-active="true"] [type="end-user"]').last(),
    box: (page) => page.locator('[data-is-active="true"] .ck-editor__editable'),
  },
  {
    file: 'gmail/thread.html',
    intended: ['confused'],
    name: 'Noor',
    conversation: 'thread-f:1862291171574439126',
    editor: 'contenteditable',
    message: (page) => page.locator('div.adn[data-message-id] div.ii.gt > div.a3s').last(),
    box: (page) => page.locator('.ip.adB .Ap [g_editable="true"]'),
  },
  {
    file: 'gmail/compose.html',
    intended: ['disappointed'],
    name: 'Tessa',
    conversation: 'thread-f:1862972599173221263',
    editor: 'contenteditable',
    message: (page) => page.locator('div.adn[data-message-id] div.ii.gt > div.a3s').last(),
    box: (page) => page.locator('.AD [role="dialog"] .Ap [g_editable="true"]'),
  },
  {
    file: 'generic/textarea.html',
    intended: ['angry'],
    name: 'Declan',
    conversation: 'https://helpdesk.example.com/tickets/4471',
    editor: 'textarea',
    message: (page) => page.locator('.thread-entry[data-author-role="customer"] .entry-body').last(),
    box: (page) => page.locator('#reply-panel textarea#reply-body'),
  },
  {
    // "Grateful but worried": the tablets run out on Sunday ("I'm just really worried about him").
    file: 'generic/iframe.html',
    intended: ['worried'],
    name: 'Ingrid',
    conversation: 'https://helpdesk.example.com/legacy/ticket/883',
    editor: 'contenteditable',
    message: (page) => page.locator('#conversation .post.customer .post-body').last(),
    box: (page) => page.frameLocator('#reply_ifr').locator('body'),
  },
  {
    // "Stressed" before Thursday's presentation ("I'm starting to panic a bit"): worried.
    file: 'generic/late-added.html',
    intended: ['worried'],
    name: 'Hamid',
    conversation: 'https://helpdesk.example.com/app/conversations/5120',
    editor: 'contenteditable',
    message: (page) => page.locator('.msg[data-sender="customer"] .text').last(),
    box: (page) => page.locator('#composer-slot .reply-editor'),
  },
  {
    // "Grieving and grateful": no negative feeling of the vocabulary fits better than grateful.
    file: 'generic/shadow-root.html',
    intended: ['grateful'],
    // Known miss of the learned feeling model (issue-10 note): it reads this message as worried.
    knownMiss: true,
    name: 'Elena',
    conversation: 'https://helpdesk.example.com/orbit/inbox/311',
    editor: 'contenteditable',
    message: (page) => page.locator('.timeline-item[data-direction="inbound"] .body').last(),
    box: (page) => page.locator('orbit-reply-composer orbit-rich-editor .editor'),
  },
];

const host = (page: Page) => page.locator('empathy-coach');
const findingsOf = async (page: Page) => ((await host(page).getAttribute('data-findings')) ?? '').split(' ').filter(Boolean);

/** The editor's own content, as the page's editor holds it: a textarea's value, an editable's text. */
const contentOf = (box: Locator) =>
  box.evaluate((element) =>
    (element.localName === 'textarea' ? (element as HTMLTextAreaElement).value : (element.textContent ?? '')).replace(/\u00A0/g, ' '),
  );

async function openCoached(page: Page, file: string): Promise<Record<string, string>> {
  await page.goto(demoPage(file).url);
  await coachState(page);
  // The first review (of the empty draft) names the feeling.
  await expect.poll(() => host(page).getAttribute('data-feeling'), { timeout: 5_000 }).toBeTruthy();
  return coachState(page);
}

/** Opens the panel the way the agent does (a click on the badge) unless it is open already. */
async function openPanel(page: Page): Promise<void> {
  await expect.poll(() => host(page).getAttribute('data-typing'), { timeout: 5_000 }).toBe('false');
  if ((await host(page).getAttribute('data-panel')) !== 'shown') await coach.click(page, 'button.badge');
  await expect.poll(() => host(page).getAttribute('data-panel')).toBe('shown');
  await expect.poll(() => coach.count(page, 'section.panel')).toBe(1);
}

/** Opens the panel and unfolds one finding's line into its message and fixes. */
async function expandFinding(page: Page, rule: string): Promise<void> {
  await openPanel(page);
  if ((await coach.count(page, `li[data-rule="${rule}"] .detail`)) === 0) await coach.click(page, `li[data-rule="${rule}"] .row`);
  await expect.poll(() => coach.count(page, `li[data-rule="${rule}"] .detail`)).toBe(1);
}

/** Findings that only a review of the whole of DRAFT has: "policy" is its last word. */
const WHOLE_DRAFT_FINDINGS = ['apology-but', 'policy-wall'];

/**
 * Clicks into the reply box, types DRAFT and waits until the coach shows its review of all of it
 * (a slow machine can pause long enough mid-typing for a review of the first half to show first).
 */
async function typeDraft(page: Page, pageCase: CoachPage, rule = 'apology-but'): Promise<void> {
  await pageCase.box(page).click();
  await page.keyboard.type(DRAFT);
  // The missing-content rules wait until the draft looks finished (a pause).
  await expect.poll(() => host(page).getAttribute('data-typing'), { timeout: 6_000 }).toBe('false');
  await expect.poll(() => findingsOf(page), { timeout: 5_000 }).toEqual(expect.arrayContaining([...WHOLE_DRAFT_FINDINGS, rule]));
}

async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await extension.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, url);
  if (id === undefined) throw new Error(`No tab at ${url}`);
  return id;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where `word` of the draft is drawn, in the top page's viewport (null for a textarea: its text has no DOM nodes). */
async function wordBox(box: Locator, word: string): Promise<Box | null> {
  const relative = await box.evaluate((element, word) => {
    if (element.localName === 'textarea') return null;
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').replace(/\u00A0/g, ' ').indexOf(word);
      if (at < 0) continue;
      const range = element.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getBoundingClientRect();
      const outer = element.getBoundingClientRect();
      return { x: rect.left - outer.left, y: rect.top - outer.top, width: rect.width, height: rect.height };
    }
    return null;
  }, word);
  const outer = await box.boundingBox();
  return relative && outer ? { ...relative, x: relative.x + outer.x, y: relative.y + outer.y } : null;
}

describe.each(PAGES)('$file', (pageCase) => {
  test(`the coach appears for ${pageCase.name}, reviews the typed draft, and draws beside the box and under the words`, async ({ page }) => {
    const state = await openCoached(page, pageCase.file);
    expect(state).toMatchObject({ customerName: pageCase.name, conversation: pageCase.conversation, editor: pageCase.editor, worker: 'ready' });
    // Nothing to review yet: no findings, no score, and no panel until the agent is in the box.
    expect(state.findings).toBe('');
    expect(state.score).toBeUndefined();
    expect(await coach.count(page, 'section.panel')).toBe(0);

    await typeDraft(page, pageCase);
    // Not sure of the feeling ("Priya may be angry"): the coach does not ask to acknowledge it.
    const sure = await feelingIsSure(page);
    const expected = ['apology-but', 'policy-wall', 'use-name'];
    if (sure && pageCase.intended.some((feeling) => NEGATIVE.includes(feeling))) expected.push('acknowledge-feeling');
    const findings = await findingsOf(page);
    expect(findings).toEqual(expect.arrayContaining(expected));
    if ((!sure || !pageCase.intended.some((feeling) => NEGATIVE.includes(feeling))) && !pageCase.knownMiss) expect(findings).not.toContain('acknowledge-feeling');
    expect(Number(await host(page).getAttribute('data-score'))).toBeGreaterThanOrEqual(0);
    expect(await contentOf(pageCase.box(page))).toBe(DRAFT);

    // Badge first: the coach is a badge at the box's corner until the agent opens the panel.
    const badge = await coach.box(page, 'button.badge');
    const editor = await pageCase.box(page).boundingBox();
    expect(badge && editor).toBeTruthy();
    expect(badge!.height).toBeLessThanOrEqual(32);
    expect(badge!.width).toBeLessThanOrEqual(120);
    expect(Math.abs(badge!.x + badge!.width - (editor!.x + editor!.width))).toBeLessThanOrEqual(12);
    expect(Math.abs(badge!.y + badge!.height - (editor!.y + editor!.height))).toBeLessThanOrEqual(12);

    // The panel: on screen, beside the reply box, never over it (so never over the typed text),
    // nor over the latest customer message.
    await openPanel(page);
    const viewport = page.viewportSize()!;
    const panel = await coach.box(page, 'section.panel');
    expect(panel).toBeTruthy();
    expect(overlaps(panel!, editor!), `panel ${JSON.stringify(panel)} over the box ${JSON.stringify(editor)}`).toBe(false);
    const message = await pageCase.message(page).boundingBox();
    if (message) expect(overlaps(panel!, message), `panel ${JSON.stringify(panel)} over the message ${JSON.stringify(message)}`).toBe(false);
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.y).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(viewport.width);
    expect(panel!.y + panel!.height).toBeLessThanOrEqual(viewport.height);
    // Every finding is listed in the panel.
    expect(await coach.attributes(page, 'li[data-rule]', 'data-rule')).toEqual(findings);

    // Underlines: one under "sorry, but" and one under "that's our policy", inside the reply box,
    // each exactly under its words.
    for (const [key, words] of [
      ['apology-but:sorry, but', 'sorry, but'],
      ["policy-wall:that's our policy", "that's our policy"],
    ] as const) {
      const underline = await coach.box(page, `.underline[data-finding="${key}"]`);
      expect(underline, key).toBeTruthy();
      expect(underline!.x).toBeGreaterThanOrEqual(editor!.x - 0.5);
      expect(underline!.x + underline!.width).toBeLessThanOrEqual(editor!.x + editor!.width + 0.5);
      expect(underline!.y).toBeGreaterThanOrEqual(editor!.y);
      expect(underline!.y).toBeLessThanOrEqual(editor!.y + 48);
      const under = await wordBox(pageCase.box(page), words);
      if (under) {
        expect(Math.abs(underline!.x - under.x), `${key} starts under its first letter`).toBeLessThanOrEqual(1.5);
        expect(Math.abs(underline!.width - under.width), `${key} is as wide as its words`).toBeLessThanOrEqual(1.5);
        expect(underline!.y).toBeGreaterThan(under.y + under.height / 2);
        expect(underline!.y).toBeLessThanOrEqual(under.y + under.height + 2);
      }
    }
  });

  (pageCase.knownMiss ? test.fails : test)(`names ${pageCase.name}'s feeling: ${pageCase.intended.join(' or ')}${pageCase.knownMiss ? ' (known miss)' : ''}`, async ({ page }) => {
    const state = await openCoached(page, pageCase.file);
    expect(pageCase.intended, `the detector says ${state.feeling}`).toContain(state.feeling);
  });

  test('the insert-acknowledgement command puts the acknowledgement into the editor, the agent’s text intact', async ({ page, extension }) => {
    await openCoached(page, pageCase.file);
    const negative = ((await host(page).getAttribute('data-feeling')) ?? '') as Feeling;
    await typeDraft(page, pageCase);
    const box = pageCase.box(page);
    const commands = await extension.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'insert-acknowledgement', shortcut: 'Alt+Shift+E' }));
    const sure = await feelingIsSure(page);
    const phrase = NEGATIVE.includes(negative) && sure
      ? (await expandFinding(page, 'acknowledge-feeling'), (await coach.texts(page, 'li[data-rule="acknowledge-feeling"] .suggestion-row > span:first-child'))[0]!)
      : null;
    await box.click();

    // The shortcut first. Headless Chromium does not run extension command shortcuts: those are
    // browser-window accelerators, and page.keyboard (CDP Input) goes straight to the page, so the
    // draft stays as it is (checked: Chromium 156, the command is registered with Alt+Shift+E as
    // chrome.commands.getAll shows). The test then does what the background's
    // commands.onCommand handler does with the command: send insertAcknowledgement to the tab's
    // top frame. A browser that runs the shortcut (headed) inserts on the key press instead.
    await page.keyboard.press('Alt+Shift+E');
    await page.waitForTimeout(400);
    let outcome: InsertOutcome | 'shortcut' = 'shortcut';
    if ((await contentOf(box)) === DRAFT) {
      const tabId = await tabIdOf(extension, page);
      outcome = await extension.serviceWorker.evaluate(
        (tabId) => chrome.tabs.sendMessage(tabId, { type: 'insertAcknowledgement', payload: {} }, { frameId: 0 }) as Promise<InsertOutcome>,
        tabId,
      );
    }

    if (!phrase) {
      // Nothing to acknowledge (a grateful customer, or a feeling the coach is not sure of): the command changes nothing.
      expect(outcome).toMatchObject({ ok: false });
      expect(await contentOf(box)).toBe(DRAFT);
      return;
    }
    if (outcome !== 'shortcut') expect(outcome).toEqual({ ok: true, inserted: expect.stringContaining(phrase) });
    // The draft had no greeting: the acknowledgement opens it, and the agent's text follows untouched.
    await expect.poll(() => contentOf(box)).toBe(`${phrase} ${DRAFT}`);
    await expect.poll(() => findingsOf(page)).not.toContain('acknowledge-feeling');
    expect(await findingsOf(page)).toEqual(expect.arrayContaining(['apology-but', 'policy-wall']));
  });
});

describe('coach behaviour', () => {
  const ticket = PAGES[0]!;
  const textarea = PAGES.find((pageCase) => pageCase.file === 'generic/textarea.html')!;
  const chat = PAGES.find((pageCase) => pageCase.file === 'zendesk/chat.html')!;
  const thread = PAGES.find((pageCase) => pageCase.file === 'gmail/thread.html')!;

  test('Zendesk: switching tickets moves the coach to the newly active ticket and back', async ({ page }) => {
    const first = await openCoached(page, ticket.file);
    expect(first).toMatchObject({ conversation: '20417', customerName: 'Priya', replyBoxes: '1' });
    const firstFeeling = first.feeling;

    // What the agent workspace does on a tab click: the layouts swap data-is-active (the CSS hides the
    // inactive one with visibility:hidden), aria-hidden, and the header tab selection.
    const activate = (id: string) =>
      page.evaluate((id) => {
        for (const layout of document.querySelectorAll('[data-test-id$="-standard-layout"]')) {
          const active = layout.getAttribute('data-test-id') === `ticket-${id}-standard-layout`;
          layout.setAttribute('data-is-active', String(active));
          if (active) layout.removeAttribute('aria-hidden');
          else layout.setAttribute('aria-hidden', 'true');
        }
        for (const tab of document.querySelectorAll('[data-test-id="header-tab"]')) {
          tab.setAttribute('data-selected', String(tab.textContent?.includes(`#${id}`) ?? false));
        }
      }, id);

    await activate('20391');
    await expect.poll(() => host(page).getAttribute('data-conversation')).toBe('20391');
    // Tomasz asks about a club discount and delivery: a calm customer.
    await expect.poll(() => coachState(page)).toMatchObject({ customerName: 'Tomasz', feeling: 'neutral', replyBoxes: '1' });
    expect(firstFeeling).not.toBe('neutral');
    // The agent types in the newly shown box: the review is of that ticket (name, no acknowledgement needed).
    await typeDraft(page, ticket, 'use-name');
    expect(await findingsOf(page)).not.toContain('acknowledge-feeling');
    expect(await page.locator('[data-test-id="ticket-20391-standard-layout"] .ck-editor__editable').textContent()).toBe(DRAFT);

    await activate('20417');
    await expect.poll(() => coachState(page)).toMatchObject({ conversation: '20417', customerName: 'Priya', feeling: firstFeeling });
    await typeDraft(page, ticket, 'use-name');
  });

  // Pages whose customer's feeling the coach states as fact (Amara is worried, Declan angry).
  for (const pageCase of [chat, textarea]) {
    test(`clicking Insert on an acknowledgement inserts it (${pageCase.editor})`, async ({ page }) => {
      await openCoached(page, pageCase.file);
      await typeDraft(page, pageCase, 'acknowledge-feeling');
      await expandFinding(page, 'acknowledge-feeling');
      const phrase = (await coach.texts(page, 'li[data-rule="acknowledge-feeling"] .suggestion-row > span:first-child'))[1];
      expect(phrase).toContain(pageCase.name);
      // The button says what it inserts.
      expect((await coach.attributes(page, 'li[data-rule="acknowledge-feeling"] button[data-action="insert"]', 'aria-label'))[1]).toBe(`Insert “${phrase}”`);
      await coach.click(page, 'li[data-rule="acknowledge-feeling"] button[data-action="insert"]', 1);
      const box = pageCase.box(page);
      await expect.poll(() => contentOf(box)).toBe(`${phrase} ${DRAFT}`);
      await expect.poll(() => findingsOf(page)).not.toContain('acknowledge-feeling');
      // The agent goes on typing at the end of the draft.
      await box.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Thanks');
      await expect.poll(() => contentOf(box)).toBe(`${phrase} ${DRAFT} Thanks`);
    });
  }

  test('Esc on a focused finding dismisses it for this draft', async ({ page }) => {
    await openCoached(page, thread.file);
    await typeDraft(page, thread, 'use-name');
    const before = await findingsOf(page);
    await openPanel(page);
    await coach.focus(page, 'li[data-rule="use-name"] .row');
    await page.keyboard.press('Escape');
    await expect.poll(() => findingsOf(page)).toEqual(before.filter((rule) => rule !== 'use-name'));
    expect(await coach.count(page, 'li[data-rule="use-name"]')).toBe(0);
    // Focus moved on to the finding now in its place, not to the page.
    const next = before[before.indexOf('use-name') + 1] ?? before[before.indexOf('use-name') - 1];
    expect(await inCoach(page, (root) => root.activeElement?.closest('li')?.getAttribute('data-rule') ?? null)).toBe(next);
    // Still dismissed after the next pause in typing.
    await thread.box(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Really.');
    await page.waitForTimeout(500);
    expect(await findingsOf(page)).not.toContain('use-name');
    expect(await findingsOf(page)).toContain('apology-but');
  });

  test('the popup shows the tab’s review with its findings', async ({ page, extension, extensionId }) => {
    await openCoached(page, thread.file);
    await typeDraft(page, thread, 'acknowledge-feeling');
    const state = await coachState(page);
    const popup = await extension.context.newPage();
    try {
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${await tabIdOf(extension, page)}`);
      const review = popup.getByTestId('popup-review');
      await review.waitFor();
      expect(await review.locator('.feeling').textContent()).toMatch(/^Noor (seems|sounds) /);
      expect(await review.locator('.summary .score').textContent()).toBe(state.score);
      expect(await review.locator('li[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')))).toEqual(
        state.findings!.split(' '),
      );
      // Replacement suggestions read as the sentence they rewrite, not as a fragment like ". T".
      expect(await review.locator('li[data-rule="apology-but"] .suggestion-row > span').first().textContent()).toContain("We're sorry. That's our policy.");
      // Worst first, as in the coach.
      expect(await review.locator('li[data-rule]').first().getAttribute('class')).toBe('warning');
      expect(await popup.getByTestId('site-switch').isChecked()).toBe(true);
    } finally {
      await popup.close();
    }
  });
});

describe('turned off = invisible', () => {
  // Installed before any script of the page: records every DOM mutation the page's world can see,
  // including those of the content script (it shares the DOM).
  const RECORDER = () => {
    const PARSED = '-- DOMContentLoaded --';
    const log: string[] = [];
    const name = (node: Node | null) =>
      !node ? '-' : node.nodeType === 1 ? `${node.nodeName}${(node as Element).id ? `#${(node as Element).id}` : ''}` : node.nodeName;
    const add = (records: MutationRecord[]) => {
      for (const record of records) {
        log.push(
          [
            record.type,
            name(record.target),
            record.attributeName ?? '',
            [...record.addedNodes].map(name).join(','),
            [...record.removedNodes].map(name).join(','),
          ].join(' '),
        );
      }
    };
    const observer = new MutationObserver(add);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    // The parser's own records may come in a different number of pieces from load to load (a text
    // node filled in two steps). A content script runs at document_idle, after DOMContentLoaded:
    // the logs are compared from this marker on.
    document.addEventListener('DOMContentLoaded', () => {
      add(observer.takeRecords());
      log.push(PARSED);
    }, { capture: true, once: true });
    (window as unknown as { __mutations: () => string[] }).__mutations = () => {
      add(observer.takeRecords());
      return log;
    };
  };

  /** Opens `url` with the recorder, lets the page and any content script settle, types in the box, returns every mutation. */
  async function mutationsOf(page: Page, url: string, pageCase: CoachPage): Promise<string[]> {
    await page.addInitScript(RECORDER);
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1_000);
    await pageCase.box(page).click();
    await page.keyboard.type('Hello there.');
    await page.waitForTimeout(800);
    const log = await page.evaluate(() => (window as unknown as { __mutations: () => string[] }).__mutations());
    const parsed = log.indexOf('-- DOMContentLoaded --');
    expect(parsed).toBeGreaterThan(0);
    // Before the marker only the parser was at work.
    expect(log.slice(0, parsed).filter((entry) => entry.includes('EMPATHY-COACH'))).toEqual([]);
    return log.slice(parsed);
  }

  const disabledSites = (extension: ExtensionBrowser) =>
    extension.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('disabledSites')).disabledSites ?? []) as string[]);

  test('the popup switch turns the coach off live; a page loaded while off gets no DOM change at all', async ({ extension, extensionId, pagesServer }) => {
    const pageCase = PAGES.find((candidate) => candidate.file === 'generic/textarea.html')!;
    const page = await extension.context.newPage();
    const popup = await extension.context.newPage();
    const pages = [page, popup];
    try {
      await openCoached(page, pageCase.file);
      await typeDraft(page, pageCase);
      expect(await page.locator('[data-empathy-coach-mirror]').count()).toBe(1);

      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${await tabIdOf(extension, page)}`);
      const toggle = popup.getByTestId('site-switch');
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(true);
      await toggle.click();
      await popup.getByTestId('popup-off').waitFor();
      expect(await disabledSites(extension)).toEqual(['helpdesk.example.com']);
      // The open page loses the coach and the measuring mirror at once; the draft stays.
      await expect.poll(() => page.locator('empathy-coach, [data-empathy-coach-mirror]').count()).toBe(0);
      expect(await contentOf(pageCase.box(page))).toBe(DRAFT);

      // Loaded while off: the mutations are exactly those of the same page where the extension has
      // no content script at all (the local server's address).
      const off = await extension.context.newPage();
      const bare = await extension.context.newPage();
      pages.push(off, bare);
      const offLog = await mutationsOf(off, demoPage(pageCase.file).url, pageCase);
      const bareLog = await mutationsOf(bare, `${pagesServer.origin}/${pageCase.file}`, pageCase);
      expect(await off.locator('empathy-coach').count()).toBe(0);
      expect(offLog).toEqual(bareLog);
      expect(offLog.filter((entry) => /EMPATHY-COACH|TEXTAREA#reply-body/.test(entry))).toEqual([]);

      // The same observer does see the coach when it is on.
      await toggle.click();
      await expect.poll(() => disabledSites(extension)).toEqual([]);
      const on = await extension.context.newPage();
      pages.push(on);
      const onLog = await mutationsOf(on, demoPage(pageCase.file).url, pageCase);
      // The host added to <html>, and its attributes following the review.
      expect(onLog).toEqual(
        expect.arrayContaining([expect.stringMatching(/^childList HTML {2}EMPATHY-COACH/), expect.stringMatching(/^attributes EMPATHY-COACH data-findings/)]),
      );
      expect(onLog).not.toEqual(bareLog);
    } finally {
      for (const opened of pages) await opened.close();
    }
  });

  test('Zendesk turned off in storage: no coach, no change to the CKEditor box beyond the agent’s typing', async ({ extension, pagesServer }) => {
    const pageCase = PAGES[0]!;
    await extension.serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: ['acme.zendesk.com'] }));
    const off = await extension.context.newPage();
    const bare = await extension.context.newPage();
    const on = await extension.context.newPage();
    try {
      const offLog = await mutationsOf(off, demoPage(pageCase.file).url, pageCase);
      const bareLog = await mutationsOf(bare, `${pagesServer.origin}/${pageCase.file}`, pageCase);
      expect(await off.locator('empathy-coach').count()).toBe(0);
      expect(offLog).toEqual(bareLog);
      // The typing itself is there (the observer works): text and the placeholder class of the page's script.
      expect(offLog.some((entry) => entry.startsWith('characterData #text') || entry.startsWith('childList P'))).toBe(true);

      await extension.serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
      const onLog = await mutationsOf(on, demoPage(pageCase.file).url, pageCase);
      expect(onLog.some((entry) => entry.includes('EMPATHY-COACH'))).toBe(true);
    } finally {
      await extension.serviceWorker.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
      for (const opened of [off, bare, on]) await opened.close();
    }
  });
});

// Last in the file: every test above has run in this browser by now.
test('nothing left the machine: no page, content-script or service-worker request went out', async ({ extension, requests, pagesServer }) => {
  expect(extension.blockedRequests).toEqual([]);
  const local = (url: string) => url.startsWith('chrome-extension://') || url.startsWith(`${pagesServer.origin}/`) || url.startsWith('data:');
  // The service worker made no request at all, not even to its own files.
  expect(requests.filter((request) => request.serviceWorker && !local(request.url))).toEqual([]);
  // Page requests were only the demo pages the tests opened (served locally) and the extension's files.
  const opened = new Set(PAGES.map((pageCase) => demoPage(pageCase.file).url.split('#')[0]));
  expect(requests.filter((request) => !request.serviceWorker && !local(request.url) && !opened.has(request.url.split('#')[0]!))).toEqual([]);

  // Canary: a request from the extension's service worker is seen and blocked, so the checks above
  // would have caught one.
  const error = await extension.serviceWorker.evaluate(() =>
    fetch('https://canary.invalid/e2e').then(
      () => 'sent',
      (reason: unknown) => String(reason),
    ),
  );
  expect(error).toMatch(/Failed to fetch/);
  expect(extension.blockedRequests).toEqual(['https://canary.invalid/e2e']);
  expect(requests).toContainEqual({ url: 'https://canary.invalid/e2e', serviceWorker: true });
});
