// The Firefox build in a real Firefox, offline: Debian's Firefox ESR driven over WebDriver BiDi
// (puppeteer-core, no browser download) with dist/firefox-e2e installed as a temporary add-on, on the
// demo pages listed in PAGES (demo/pages) at their helpdesk addresses, among them: Zendesk ticket and chat (CKEditor 5),
// Gmail thread and compose (contenteditable), a plain textarea, an editor body in a same-origin
// iframe, a reply box added after load, and one inside open shadow roots. What the agent sees there
// must be what Chromium shows for the Chromium e2e build: the same feeling and customer name, and for
// the same faulty draft the same findings and score, with the editor holding exactly that draft.
// Chromium's answers are taken live (not copied into this file), so the comparison holds while the
// analyzer changes.
// `npm run test:e2e:firefox` builds that reference into dist/e2e-reference (`--mode e2e`, its own
// directory so it never rebuilds dist/e2e under a running `npm run test:e2e`).
//
// Host access: Firefox treats an MV3 add-on's host_permissions as optional. Since Firefox 127 it
// grants them at install while `extensions.originControls.grantByDefault` is true (the default, set
// here explicitly); with it false, or once the user revokes access in the extensions panel or
// about:addons, the content script does not run. The last describe shows that, and the user
// allowing the site (a click in an extension page → permissions.request) bringing the coach back.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator as PlaywrightLocator, Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Feeling } from '../../src/analyzer/types.ts';
import type { SiteId } from '../../src/content/sites/types.ts';
import { launchWithExtension } from '../support/browser.ts';
import { demoPage } from '../support/demo-routes.ts';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxExtensionBrowser } from '../support/firefox.ts';
import { GECKO_ID } from '../../src/platform/firefox-manifest.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

/** A draft with known faults (as in test/e2e/coach.e2e.ts): an apology undone by "but", a policy wall, no name, no acknowledgement. */
const DRAFT = "We're sorry, but that's our policy.";

interface CoachPage {
  /** Path under demo/pages (served at its helpdesk address, see test/support/demo-routes.ts). */
  file: string;
  site: SiteId;
  editor: 'ckeditor5' | 'contenteditable' | 'textarea';
  /** The feeling demo/pages/README.md intends for the latest customer message (either one where two are listed). */
  intended: readonly Feeling[];
  /** The learned feeling model gets this page wrong (a known miss in the issue-10 note): Firefox must still match Chromium. */
  knownMiss?: boolean;
  /** The customer's first name, as the coach shows it (test/e2e/coach.e2e.ts checks the same). */
  name: string;
  /**
   * The reply box: CSS selectors from the page's document (the frame's, with `frame`) down through
   * open shadow roots, one per tree. Chromium's Playwright CSS pierces open shadow roots by itself
   * (joined with spaces); puppeteer needs its deep combinator (joined with `>>>`).
   */
  box: readonly string[];
  /** The same-origin iframe whose document holds the reply box. */
  frame?: string;
}

const PAGES: readonly CoachPage[] = [
  { file: 'zendesk/ticket.html', site: 'zendesk', editor: 'ckeditor5', intended: ['frustrated', 'impatient', 'angry'], name: 'Priya', box: ['[data-is-active="true"] .ck-editor__editable'] },
  { file: 'zendesk/chat.html', site: 'zendesk', editor: 'ckeditor5', intended: ['worried'], name: 'Amara', box: ['[data-is-active="true"] .ck-editor__editable'] },
  { file: 'gmail/thread.html', site: 'gmail', editor: 'contenteditable', intended: ['confused'], name: 'Noor', box: ['.ip.adB .Ap [g_editable="true"]'] },
  { file: 'gmail/compose.html', site: 'gmail', editor: 'contenteditable', intended: ['disappointed'], name: 'Tessa', box: ['.AD [role="dialog"] .Ap [g_editable="true"]'] },
  { file: 'generic/textarea.html', site: 'generic', editor: 'textarea', intended: ['angry'], name: 'Declan', box: ['#reply-panel textarea#reply-body'] },
  // The TinyMCE-style editor: a contenteditable <body> the page writes into an about:blank iframe.
  { file: 'generic/iframe.html', site: 'generic', editor: 'contenteditable', intended: ['worried'], name: 'Ingrid', frame: 'iframe#reply_ifr', box: ['body'] },
  // The composer appears 2 s after the load event.
  { file: 'generic/late-added.html', site: 'generic', editor: 'contenteditable', intended: ['worried'], name: 'Hamid', box: ['#composer-slot .reply-editor'] },
  // Two nested open shadow roots; "grieving and grateful": grateful, so no acknowledge-feeling finding.
  { file: 'generic/shadow-root.html', site: 'generic', editor: 'contenteditable', intended: ['grateful'], knownMiss: true, name: 'Elena', box: ['orbit-reply-composer', 'orbit-rich-editor', '.editor'] },
  // Issue 12: the live apps' shapes (demo/pages/*/variants) and a helpdesk only the generic reader knows.
  { file: 'zendesk/variants/active-tab.html', site: 'zendesk', editor: 'ckeditor5', intended: ['frustrated', 'impatient', 'angry'], name: 'Priya', box: ['[data-test-id="ticket-20417-standard-layout"] .ck-editor__editable'] },
  { file: 'gmail/variants/trimmed-expanded.html', site: 'gmail', editor: 'contenteditable', intended: ['confused'], name: 'Noor', box: ['.ip.adB .Ap [g_editable="true"]'] },
  // Locked out with a payroll deadline tomorrow, after a promise that was not kept.
  { file: 'unknown/froala-ticket.html', site: 'generic', editor: 'contenteditable', intended: ['impatient', 'frustrated', 'worried'], name: 'Ines', box: ['.fr-element'] },
  // Messaging: her bubbles after the agent's, in separate log items with a note between, are one turn.
  { file: 'zendesk/variants/chat-bubbles.html', site: 'zendesk', editor: 'ckeditor5', intended: ['worried'], name: 'Amara', box: ['[data-is-active="true"] .ck-editor__editable'] },
  // The named optional sites (on in the e2e builds, as if the agent had turned them on).
  { file: 'named/front.html', site: 'front', editor: 'contenteditable', intended: ['impatient', 'frustrated'], name: 'Marta', box: ['.c-editor'] },
  { file: 'named/intercom.html', site: 'intercom', editor: 'contenteditable', intended: ['worried', 'impatient', 'frustrated'], name: 'Sofia', box: ['.embercomposer'] },
  { file: 'named/zohodesk.html', site: 'zohodesk', editor: 'contenteditable', intended: ['frustrated', 'angry', 'impatient'], name: 'Niamh', box: ['.zd-editor'] },
  // Known miss of the feeling model (issue-10 note): Kwame's "refund the duplicate today" after a week reads as angry.
  { file: 'named/hubspot.html', site: 'hubspot', editor: 'contenteditable', intended: ['impatient', 'frustrated', 'worried'], knownMiss: true, name: 'Kwame', box: ['.composer-editor'] },
];

const NEGATIVE: readonly Feeling[] = ['frustrated', 'angry', 'confused', 'worried', 'disappointed', 'impatient'];

/** The generous waits of this file: a 2-core machine running other work can be slow to start a page. */
const WAIT = 20_000;

/** The reply box in Chromium (Playwright). */
function chromiumBox(page: PlaywrightPage, { box, frame }: CoachPage): PlaywrightLocator {
  return (frame ? page.frameLocator(frame) : page).locator(box.join(' '));
}

/** The reply box in Firefox (puppeteer): found in the iframe's own frame, and through shadow roots with `>>>`. */
async function firefoxBox(page: Page, { box, frame }: CoachPage): Promise<ElementHandle> {
  const root = page.mainFrame();
  if (frame) {
    // The same-origin iframe's element, reached from the page's own document: the frame route
    // (contentFrame(), then a selector in that frame) asks Firefox ESR 140.12 for a "context" locator
    // that its WebDriver BiDi no longer accepts.
    await page.waitForSelector(frame, { timeout: WAIT });
    const deadline = Date.now() + WAIT;
    for (;;) {
      const handle = await page.evaluateHandle(
        (sel, inner) => (document.querySelector(sel) as HTMLIFrameElement | null)?.contentDocument?.querySelector(inner) ?? null,
        frame,
        box.join(' '),
      );
      const element = handle.asElement();
      if (element) return element as ElementHandle;
      await handle.dispose();
      if (Date.now() > deadline) throw new Error(`${frame} has no ${box.join(' ')}`);
      await sleep(100);
    }
  }
  const element = await root.waitForSelector(box.join(' >>> '), { timeout: WAIT });
  if (!element) throw new Error(`No reply box ${box.join(' >>> ')}`);
  return element;
}

type CoachState = Record<string, string>;

/** What one browser showed on one page: on arrival, and once the draft is typed and reviewed. */
interface Seen {
  arrived: CoachState;
  reviewed: CoachState;
  content: string;
}

/** Reads the coach host's data attributes; undefined while there is no host. */
type ReadState = () => Promise<CoachState | undefined>;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The coach's state once it stops changing (the review follows a typing pause). */
async function settled(read: ReadState, ready: (state: CoachState) => boolean, timeout = WAIT): Promise<CoachState> {
  const deadline = Date.now() + timeout;
  let last: CoachState | undefined;
  for (;;) {
    const state = await read();
    if (state && ready(state) && JSON.stringify(state) === JSON.stringify(last)) return state;
    if (Date.now() > deadline) throw new Error(`The coach did not settle: ${JSON.stringify(state)}`);
    last = state;
    await sleep(300);
  }
}

// Attached to a reply box (late-added.html has none for its first 2 s), the first review done.
const arrivedReady = (state: CoachState) => state.worker === 'ready' && !!state.editor && !!state.feeling;
// The whole draft reviewed, and the typing pause over (the missing-content findings wait for it).
const reviewedReady = (state: CoachState) =>
  arrivedReady(state) && state.typing === 'false' && ['apology-but', 'policy-wall'].every((rule) => state.findings?.split(' ').includes(rule));
const findingsOf = (state: CoachState) => (state.findings ?? '').split(' ').filter(Boolean);

/** The editor's own content: a textarea's value, an editable's text. */
function editorContent(element: Element): string {
  return (element.localName === 'textarea' ? (element as HTMLTextAreaElement).value : (element.textContent ?? '')).replace(/\u00A0/g, ' ');
}
const datasetOf = (element: Element) => ({ ...(element as HTMLElement).dataset }) as Record<string, string>;

let pagesServer: StaticServer;
const chromium = new Map<string, Seen>();
let chromiumBlocked: string[] = [];

beforeAll(async () => {
  pagesServer = await serveDirectory('demo/pages');
  // The reference: Chromium with the e2e build, the same steps as below.
  const extension = await launchWithExtension({ extensionDir: 'dist/e2e-reference', pagesOrigin: pagesServer.origin, headless: true });
  try {
    const page = await extension.context.newPage();
    for (const pageCase of PAGES) {
      await page.goto(demoPage(pageCase.file).url);
      const read = () => page.locator('empathy-coach').evaluate(datasetOf, undefined, { timeout: 1_000 }).catch(() => undefined);
      const arrived = await settled(read, arrivedReady);
      const box = chromiumBox(page, pageCase);
      await box.click({ timeout: WAIT });
      await page.keyboard.type(DRAFT);
      const reviewed = await settled(read, reviewedReady);
      chromium.set(pageCase.file, { arrived, reviewed, content: await box.evaluate(editorContent) });
    }
    chromiumBlocked = [...extension.blockedRequests];
  } finally {
    await extension.close();
  }
});

afterAll(async () => {
  await pagesServer?.close();
});

/** Firefox's answer for one page, read the same way as Chromium's. */
async function visit(page: Page, pageCase: CoachPage): Promise<Seen> {
  await page.goto(demoPage(pageCase.file).url);
  const read = () => page.$eval('empathy-coach', datasetOf).catch(() => undefined);
  const arrived = await settled(read, arrivedReady);
  if (pageCase.frame) {
    // A box inside the iframe is reached through the page's own document (see firefoxBox).
    const inner = (frame: string, sel: string) => (document.querySelector(frame) as HTMLIFrameElement | null)?.contentDocument?.querySelector(sel) as HTMLElement | null;
    await firefoxBox(page, pageCase);
    await page.evaluate(`(${inner.toString()})(${JSON.stringify(pageCase.frame)}, ${JSON.stringify(pageCase.box.join(' '))}).focus()`);
    await page.keyboard.type(DRAFT);
    const reviewed = await settled(read, reviewedReady);
    const content = (await page.evaluate(`(${inner.toString()})(${JSON.stringify(pageCase.frame)}, ${JSON.stringify(pageCase.box.join(' '))}).textContent`)) as string;
    return { arrived, reviewed, content: (content ?? '').replace(/\u00A0/g, ' ') };
  }
  const box = await firefoxBox(page, pageCase);
  await box.click();
  await page.keyboard.type(DRAFT);
  const reviewed = await settled(read, reviewedReady);
  return { arrived, reviewed, content: await box.evaluate(editorContent) };
}

/** Uncaught errors of a page, checked after each test like test/e2e/harness.ts does. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

describe('Firefox ESR with the add-on installed as a temporary add-on', () => {
  let firefox: FirefoxExtensionBrowser;
  let page: Page;
  let errors: string[];
  const seen = new Map<string, Seen>();

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension({
      extensionDir: 'dist/firefox-e2e',
      pagesOrigin: pagesServer.origin,
      headless: true,
      // Firefox's default, named because the coach depends on it (see the top of this file).
      prefs: { 'extensions.originControls.grantByDefault': true },
      // Lets the test open the extension's own pages (moz-extension://) to read its permissions.
      args: ['-remote-allow-system-access'],
    });
    page = await firefox.newPage();
    errors = collectErrors(page);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  test('the add-on is installed and Firefox granted the manifest hosts at install', async () => {
    expect(firefox.extensionId).toBe(GECKO_ID);
    const options = await openExtensionPage(firefox, 'src/options/index.html');
    try {
      const granted = await options.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.getAll());
      expect(granted.origins).toEqual(
        expect.arrayContaining(['https://mail.google.com/*', 'https://*.zendesk.com/*', 'https://helpdesk.example.com/*']),
      );
    } finally {
      await options.close();
    }
  });

  for (const pageCase of PAGES) {
    const { file, site, editor, intended, name, knownMiss } = pageCase;
    test(`${file} (${editor}): the coach attaches, names the feeling and reviews the draft as in Chromium`, async () => {
      const firefoxSeen = await visit(page, pageCase);
      seen.set(file, firefoxSeen);
      const reference = chromium.get(file)!;
      const { arrived, reviewed, content } = firefoxSeen;

      expect(arrived).toMatchObject({ site, editor, replyBoxes: '1', worker: 'ready' });
      if (!knownMiss) expect(intended).toContain(arrived.feeling);
      expect(arrived.feeling).toBe(reference.arrived.feeling);
      expect(arrived.customerName).toBe(name);
      expect(arrived.customerName).toBe(reference.arrived.customerName);
      expect(arrived.conversation).toBe(reference.arrived.conversation);

      expect(content).toBe(DRAFT);
      expect(reference.content).toBe(DRAFT);
      // Acknowledge the feeling: asked for only when the coach is sure of it (not "Priya may be angry").
      const sure = reviewed.feelingSure !== 'false';
      expect(reviewed.feelingSure).toBe(reference.reviewed.feelingSure);
      const negative = intended.some((feeling) => NEGATIVE.includes(feeling));
      expect(findingsOf(reviewed)).toEqual(expect.arrayContaining(['apology-but', 'policy-wall', 'use-name', ...(negative && sure ? ['acknowledge-feeling'] : [])]));
      if ((!negative || !sure) && !knownMiss) expect(findingsOf(reviewed)).not.toContain('acknowledge-feeling');
      expect(reviewed.findings).toBe(reference.reviewed.findings);
      expect(reviewed.score).toBe(reference.reviewed.score);
      expect(reviewed.feeling).toBe(reference.reviewed.feeling);
      expect(reviewed.customerName).toBe(reference.reviewed.customerName);
      expect(errors).toEqual([]);
    });
  }

  test('nothing leaves the machine', async () => {
    expect(seen.size).toBe(PAGES.length);
    expect(firefox.blockedRequests).toEqual([]);
    expect(firefox.proxiedRequests).toEqual([]);
    expect(chromiumBlocked).toEqual([]);

    // Both nets really see requests: one a page makes, and one from a tab the test does not
    // intercept (as the extension's background script would be), which only the proxy catches.
    await page.evaluate(() => fetch('https://canary.example.net/from-page').catch(() => undefined));
    const unrouted = await firefox.browser.newPage();
    await unrouted.goto('https://canary.example.net/unrouted').catch(() => undefined);
    await unrouted.close();
    expect(firefox.blockedRequests).toEqual(['https://canary.example.net/from-page']);
    expect(firefox.proxiedRequests).toEqual(['CONNECT canary.example.net:443']);
  });

  test('the browser console shows no uncaught error from the extension (pages, content script, background)', () => {
    const fromExtension = firefox.consoleLines.filter((line) => line.includes(firefox.extensionOrigin) && /error|exception/i.test(line));
    expect(fromExtension).toEqual([]);
  });
});

describe('host access withheld (extensions.originControls.grantByDefault = false, or revoked by the user)', () => {
  let firefox: FirefoxExtensionBrowser;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension({
      extensionDir: 'dist/firefox-e2e',
      pagesOrigin: pagesServer.origin,
      headless: true,
      prefs: {
        // As Firefox 109–126 installed every MV3 add-on: host permissions not granted.
        'extensions.originControls.grantByDefault': false,
        // permissions.request() grants without its doorhanger, which automation cannot click.
        'extensions.webextOptionalPermissionPrompts': false,
      },
      args: ['-remote-allow-system-access'],
    });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  test('no coach on Zendesk until the agent allows the site; then it attaches on reload', async () => {
    const { file } = PAGES[0]!; // zendesk/ticket.html
    const page = await firefox.newPage();
    const errors = collectErrors(page);
    await page.goto(demoPage(file).url);
    // The content script runs at document_idle, well within this.
    await sleep(1_500);
    expect(await page.$('empathy-coach')).toBeNull();

    // The popup says what is wrong instead of "no reply box here", and its button asks for access
    // (a real click: the browser requires a user gesture for permissions.request).
    const popup = await openExtensionPage(firefox, 'src/popup/index.html');
    try {
      const card = await popup.waitForSelector('[data-testid="popup-access"]');
      expect(await card!.evaluate((element) => element.textContent)).toMatch(/Empathy Coach needs access to .*Zendesk/);
      expect(await popup.$('[data-testid="popup-empty"]')).toBeNull();
      await popup.click('[data-testid="popup-access"] button');
      // Polled with querySelector: waitForFunction evaluates through Function(), which the extension page's CSP blocks.
      const until = Date.now() + 10_000;
      while ((await popup.$('[data-testid="popup-access"]')) && Date.now() < until) await sleep(100);
      expect(await popup.$('[data-testid="popup-access"]')).toBeNull();
    } finally {
      await popup.close();
    }

    await page.bringToFront();
    // Reloaded from the page itself: puppeteer's page.reload() sometimes never sees the load event
    // in Firefox after a permission grant, and the state check below waits for the coach anyway.
    await page.evaluate(() => location.reload());
    const state = await settled(() => page.$eval('empathy-coach', datasetOf).catch(() => undefined), arrivedReady);
    expect(state).toMatchObject({ site: 'zendesk', feeling: chromium.get(file)!.arrived.feeling });
    expect(errors).toEqual([]);
    expect(firefox.blockedRequests).toEqual([]);
    expect(firefox.proxiedRequests).toEqual([]);
  });
});
