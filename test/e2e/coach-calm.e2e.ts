// The coach stays out of the way (issue 11), end to end in Chromium on the demo pages: a badge
// first, the panel docked where it covers neither the reply box nor the latest customer message at
// three window sizes, calm while the agent types, open/closed remembered, fixes applied in place
// and undone, no false "all good", cards at the words, keyboard, and axe-core on the coach.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { coach, coachState, demoPage, feelingIsSure, inCoach, test } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface DemoCase {
  file: string;
  box(page: Page): Locator;
  message(page: Page): Locator;
}

const TICKET: DemoCase = {
  file: 'zendesk/ticket.html',
  box: (page) => page.locator('[data-is-active="true"] .ck-editor__editable'),
  message: (page) =>
    page
      .locator('[data-is-active="true"] article')
      .filter({ has: page.locator('[data-test-id="omni-log-item-message"][type="end-user"]'), hasNot: page.locator('[data-test-id="omni-log-internal-note-tag"]') })
      .last()
      .locator('[data-test-id="omni-log-message-content"]')
      .last(),
};
const THREAD: DemoCase = {
  file: 'gmail/thread.html',
  box: (page) => page.locator('.ip.adB .Ap [g_editable="true"]'),
  message: (page) => page.locator('div.adn[data-message-id] div.ii.gt > div.a3s').last(),
};
const COMPOSE: DemoCase = {
  file: 'gmail/compose.html',
  box: (page) => page.locator('.AD [role="dialog"] .Ap [g_editable="true"]'),
  message: (page) => page.locator('div.adn[data-message-id] div.ii.gt > div.a3s').last(),
};
const TEXTAREA: DemoCase = {
  file: 'generic/textarea.html',
  box: (page) => page.locator('#reply-panel textarea#reply-body'),
  message: (page) => page.locator('.thread-entry[data-author-role="customer"] .entry-body').last(),
};

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1280, height: 860 },
];
const DRAFT = "We're sorry, but that's our policy. We value your business.";
const HELD = ['acknowledge-feeling', 'use-name', 'next-step', 'follow-up'];

const host = (page: Page) => page.locator('empathy-coach');
const data = (page: Page, name: string) => host(page).getAttribute(`data-${name}`);
const findingsOf = async (page: Page) => ((await data(page, 'findings')) ?? '').split(' ').filter(Boolean);
const contentOf = (box: Locator) =>
  box.evaluate((element) =>
    (element.localName === 'textarea' ? (element as HTMLTextAreaElement).value : (element.textContent ?? '')).replace(/\u00A0/g, ' '),
  );

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The part of `box` inside the viewport (what can be covered at all). */
const visible = (box: Box, viewport: { width: number; height: number }): Box | null => {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const right = Math.min(viewport.width, box.x + box.width);
  const bottom = Math.min(viewport.height, box.y + box.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
};

async function open(page: Page, demo: DemoCase): Promise<void> {
  await page.goto(demoPage(demo.file).url);
  await coachState(page);
  await expect.poll(() => data(page, 'feeling'), { timeout: 5_000 }).toBeTruthy();
}

/** What the agent left the panel as on this page's site (as a click on the badge or ✕ stores it). */
async function setOpenState(page: Page, wanted: boolean): Promise<void> {
  const site = new URL(page.url()).hostname;
  const worker = page.context().serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'))!;
  await worker.evaluate(async ([site, wanted]) => {
      const { coachOpen = {} } = await chrome.storage.local.get('coachOpen');
      await chrome.storage.local.set({ coachOpen: { ...(coachOpen as object), [site as string]: wanted } });
  }, [site, wanted] as const);
  await expect.poll(() => data(page, 'open')).toBe(String(wanted));
}

/** Types `text` and waits until the draft looks finished (the pause) and its review is in. */
async function typeAndSettle(page: Page, demo: DemoCase, text: string): Promise<void> {
  await demo.box(page).click();
  await page.keyboard.type(text);
  expect(await data(page, 'typing')).toBe('true');
  await expect.poll(() => data(page, 'typing'), { timeout: 6_000 }).toBe('false');
}

async function openPanel(page: Page): Promise<void> {
  await expect.poll(() => data(page, 'typing'), { timeout: 6_000 }).toBe('false');
  if ((await data(page, 'panel')) !== 'shown') await coach.click(page, 'button.badge');
  await expect.poll(() => coach.count(page, 'section.panel')).toBe(1);
}

async function expand(page: Page, rule: string): Promise<void> {
  await openPanel(page);
  if ((await coach.count(page, `li[data-rule="${rule}"] .detail`)) === 0) await coach.click(page, `li[data-rule="${rule}"] .row`);
  await expect.poll(() => coach.count(page, `li[data-rule="${rule}"] .detail`)).toBe(1);
}

describe.each(SIZES)('at $width×$height', (size) => {
  for (const demo of [TICKET, THREAD, COMPOSE, TEXTAREA]) {
    test(`${demo.file}: only the badge while typing; the open panel covers neither the reply box nor the latest customer message`, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page, demo);
      await setOpenState(page, true);
      await demo.box(page).click();
      await page.keyboard.type(DRAFT, { delay: 5 });
      // Typing: the badge alone, even though the panel was left open on this site.
      expect(await data(page, 'typing')).toBe('true');
      expect(await data(page, 'panel')).toBe('badge');
      expect(await coach.count(page, 'section.panel')).toBe(0);
      expect(await coach.count(page, 'button.badge')).toBe(1);

      await expect.poll(() => data(page, 'panel'), { timeout: 6_000 }).toBe('shown');
      const panel = (await coach.box(page, 'section.panel'))!;
      const box = (await demo.box(page).boundingBox())!;
      const message = await demo.message(page).boundingBox();
      expect(message, 'the test finds the latest customer message').toBeTruthy();
      const seen = visible(message!, size);
      expect(overlaps(panel, box), `panel ${JSON.stringify(panel)} over the box ${JSON.stringify(box)}`).toBe(false);
      if (seen) expect(overlaps(panel, seen), `panel ${JSON.stringify(panel)} over the message ${JSON.stringify(seen)}`).toBe(false);
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.y).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(size.width);
      expect(panel.y + panel.height).toBeLessThanOrEqual(size.height);
      expect(panel.height).toBeLessThanOrEqual(420);

      // Warnings first, one line per finding.
      const severities = await inCoach(page, (root) => [...root.querySelectorAll('li[data-rule]')].map((li) => li.className.split(' ')[0]));
      expect(severities.indexOf('suggestion')).toBeGreaterThan(severities.lastIndexOf('warning'));
      const rows = await coach.box(page, 'li[data-rule] .row');
      expect(rows!.height).toBeLessThanOrEqual(30);
      // The header stays put when the list scrolls.
      const header = await coach.box(page, 'section.panel header');
      await inCoach(page, (root) => root.querySelector('.body')?.scrollBy(0, 400));
      expect(await coach.box(page, 'section.panel header')).toEqual(header);
    });
  }
});

describe('calm', () => {
  test('while the agent types only the badge updates, in place; the missing-content rules wait for the pause', async ({ page }) => {
    await open(page, TICKET);
    await setOpenState(page, true);
    await TICKET.box(page).click();
    const samples: Array<{ panel: string | null; findings: string[]; badge: Box | null }> = [];
    for (const word of DRAFT.split(' ')) {
      await page.keyboard.type(`${word} `, { delay: 20 });
      samples.push({ panel: await data(page, 'panel'), findings: await findingsOf(page), badge: await coach.box(page, 'button.badge') });
    }
    expect(samples.every((sample) => sample.panel === 'badge')).toBe(true);
    expect(samples.flatMap((sample) => sample.findings).filter((rule) => HELD.includes(rule))).toEqual([]);
    // The badge's right and bottom edges do not move while typing.
    const edges = new Set(samples.map(({ badge }) => `${Math.round(badge!.x + badge!.width)},${Math.round(badge!.y + badge!.height)}`));
    expect(edges.size).toBe(1);
    // After the pause the draft's missing content shows too (the acknowledgement only when the coach is sure of the feeling).
    const sure = await feelingIsSure(page);
    await expect.poll(() => findingsOf(page), { timeout: 6_000 }).toEqual(expect.arrayContaining(['apology-but', 'use-name', ...(sure ? ['acknowledge-feeling'] : [])]));
    expect(await data(page, 'panel')).toBe('shown');
  });

  test('a sign-off ends the draft at once: no wait for the pause', async ({ page }) => {
    await open(page, TEXTAREA);
    await TEXTAREA.box(page).click();
    await page.keyboard.type("I've refunded the charge today.\nBest,\nSam");
    await expect.poll(() => data(page, 'typing'), { timeout: 1_500 }).toBe('false');
  });

  test('open/closed is remembered per site across a reload', async ({ page }) => {
    await open(page, THREAD);
    await setOpenState(page, false);
    await page.reload();
    await coachState(page);
    await typeAndSettle(page, THREAD, DRAFT);
    expect(await data(page, 'panel')).toBe('badge');
    await coach.click(page, 'button.badge');
    await expect.poll(() => data(page, 'panel')).toBe('shown');
    await expect.poll(() => page.context().serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'))!.evaluate(async () => (await chrome.storage.local.get('coachOpen')).coachOpen)).toMatchObject({
      'mail.google.com': true,
    });

    await page.reload();
    await coachState(page);
    await typeAndSettle(page, THREAD, 'Hello again, we are on it.');
    await expect.poll(() => data(page, 'panel')).toBe('shown');
    await coach.click(page, 'section.panel header button[aria-label="Hide coaching"]');
    await expect.poll(() => data(page, 'panel')).toBe('badge');

    await page.reload();
    await coachState(page);
    await typeAndSettle(page, THREAD, 'Hello again, we are on it.');
    await page.waitForTimeout(300);
    expect(await data(page, 'panel')).toBe('badge');
  });

  test('the coach hides when the reply box loses focus for good, and comes back with it', async ({ page }) => {
    await open(page, TEXTAREA);
    await typeAndSettle(page, TEXTAREA, DRAFT);
    expect(await coach.count(page, 'button.badge')).toBe(1);
    await page.locator('input').first().click();
    await expect.poll(() => coach.count(page, 'button.badge'), { timeout: 4_000 }).toBe(0);
    expect(await data(page, 'panel')).toBe('hidden');
    await TEXTAREA.box(page).click();
    await expect.poll(() => coach.count(page, 'button.badge')).toBe(1);
  });
});

describe('no false "all good"', () => {
  for (const draft of ['x', 'Refunded.']) {
    test(`"${draft}" to an angry customer never shows 100`, async ({ page }) => {
      await open(page, TEXTAREA);
      await TEXTAREA.box(page).click();
      const scores: Array<string | null> = [];
      for (const key of draft) {
        await page.keyboard.type(key);
        scores.push(await data(page, 'score'));
      }
      expect(await data(page, 'typing')).toBe('true');
      await expect.poll(() => data(page, 'typing'), { timeout: 6_000 }).toBe('false');
      scores.push(await data(page, 'score'));
      expect(scores).not.toContain('100');
      expect(await data(page, 'verdict')).toBe('keep-going');
      expect(await coach.texts(page, 'button.badge .badge-score')).toEqual(['Keep going']);
      await openPanel(page);
      expect(await coach.count(page, '[data-testid="all-good"]')).toBe(0);
      expect(await coach.texts(page, '[data-testid="keep-going"]')).toEqual([expect.stringContaining('Keep going')]);
    });
  }

  test('an unfilled placeholder is a finding; Insert selects the first placeholder to type over', async ({ page }) => {
    await open(page, TEXTAREA);
    await typeAndSettle(page, TEXTAREA, 'Hi Declan, I am sorry about the charge. Your refund goes out on [day].');
    expect(await findingsOf(page)).toContain('placeholder');
    // Start again with a draft that needs a next step, and insert the snippet with placeholders.
    const box = TEXTAREA.box(page);
    await box.fill('');
    await typeAndSettle(page, TEXTAREA, 'Hi Declan, I am so sorry about the renewal charge.');
    await expand(page, 'next-step');
    const labels = await coach.attributes(page, 'li[data-rule="next-step"] button[data-action="insert"]', 'aria-label');
    const withPlaceholder = labels.findIndex((label) => label?.includes('['));
    expect(withPlaceholder).toBeGreaterThanOrEqual(0);
    await coach.click(page, 'li[data-rule="next-step"] button[data-action="insert"]', withPlaceholder);
    await expect.poll(() => contentOf(box)).toContain('[');
    const selected = await box.evaluate((element) => {
      const area = element as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toMatch(/^\[[^\]]+\]$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply-body');
  });
});

describe('fixes applied in place', () => {
  for (const demo of [TEXTAREA, TICKET, THREAD]) {
    test(`Replace and Remove change the editor's own content, and undo restores it (${demo.file})`, async ({ page }) => {
      await open(page, demo);
      await typeAndSettle(page, demo, DRAFT);
      const box = demo.box(page);
      expect(await contentOf(box)).toBe(DRAFT);

      // Replace: "sorry, but that's" → "sorry. That's", in the editor, one click.
      await expand(page, 'apology-but');
      const replace = await coach.attributes(page, 'li[data-rule="apology-but"] button[data-action="replace"]', 'aria-label');
      expect(replace[0]).toBe("Replace with “We're sorry. That's our policy.”");
      await coach.click(page, 'li[data-rule="apology-but"] button[data-action="replace"]');
      await expect.poll(() => contentOf(box)).toBe("We're sorry. That's our policy. We value your business.");
      await expect.poll(() => findingsOf(page)).not.toContain('apology-but');
      // Undo in the coach puts the agent's words back.
      await coach.click(page, '.notice-ok button');
      await expect.poll(() => contentOf(box)).toBe(DRAFT);

      // Remove: the cliché sentence goes; the editor's own undo (Ctrl+Z) brings it back.
      await expect.poll(() => findingsOf(page)).toContain('cliche');
      await expand(page, 'cliche');
      expect(await coach.attributes(page, 'li[data-rule="cliche"] button[data-action="remove"]', 'aria-label')).toEqual(['Remove “We value your business.”']);
      await coach.click(page, 'li[data-rule="cliche"] button[data-action="remove"]');
      await expect.poll(() => contentOf(box)).toBe("We're sorry, but that's our policy.");
      await box.focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => contentOf(box)).toBe(DRAFT);
    });
  }

  for (const demo of [TEXTAREA, TICKET, THREAD]) {
    test(`from the card at the words: Remove and Undo in the card, Replace and the editor's own undo (${demo.file})`, async ({ page }) => {
      await open(page, demo);
      await setOpenState(page, false);
      await typeAndSettle(page, demo, DRAFT);
      const box = demo.box(page);
      const undoButtons = () => inCoach(page, (root) => [...root.querySelectorAll('button')].filter((button) => button.getAttribute('aria-label')?.startsWith('Undo')).length);
      /** Clicks the finding's words in the editor; its card opens there. */
      const openCardAt = async (rule: string) => {
        const underline = (await coach.box(page, `.underline[data-finding^="${rule}:"]`))!;
        await page.mouse.click(underline.x + underline.width / 2, underline.y - 4);
        await expect.poll(() => coach.attributes(page, '.card', 'data-card')).toEqual([expect.stringMatching(new RegExp(`^${rule}:`))]);
        return underline;
      };

      // Remove, from the cliché's card: the editor's content changes, and the Undo is where the words were.
      const cliche = await openCardAt('cliche');
      // The card shows the words it would cut, not its label twice; nothing to copy.
      expect(await coach.texts(page, '.card .suggestion-row del.cut')).toEqual(['We value your business.']);
      expect(await coach.count(page, '.card button[data-action="copy"]')).toBe(0);
      await coach.click(page, '.card button[data-action="remove"]');
      await expect.poll(() => contentOf(box)).toBe("We're sorry, but that's our policy.");
      await expect.poll(() => coach.texts(page, '[data-testid="undo-card"]')).toEqual(['Removed. Undo']);
      const undoCard = (await coach.box(page, '[data-testid="undo-card"]'))!;
      // Right under the changed line, or right over it when the window ends below.
      const gap = undoCard.y >= cliche.y ? undoCard.y - cliche.y : cliche.y - 20 - (undoCard.y + undoCard.height);
      expect(gap, `the Undo card ${JSON.stringify(undoCard)} at the words ${JSON.stringify(cliche)}`).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(16);
      expect(Math.abs(undoCard.x - cliche.x)).toBeLessThanOrEqual(60);
      expect(await undoButtons(), 'one Undo, in the card').toBe(1);
      await coach.click(page, '[data-testid="undo-card"] button');
      await expect.poll(() => contentOf(box)).toBe(DRAFT);
      await expect.poll(() => coach.count(page, '[data-testid="undo-card"]')).toBe(0);

      // Replace, from the apology's card; the editor's own undo (Ctrl+Z) takes it back, and the card's Undo goes.
      await expect.poll(() => findingsOf(page)).toContain('apology-but');
      await openCardAt('apology-but');
      await coach.click(page, '.card button[data-action="replace"]');
      await expect.poll(() => contentOf(box)).toBe("We're sorry. That's our policy. We value your business.");
      await expect.poll(() => coach.texts(page, '[data-testid="undo-card"]')).toEqual(['Replaced. Undo']);
      await box.focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => contentOf(box)).toBe(DRAFT);
      await expect.poll(() => coach.count(page, '[data-testid="undo-card"]')).toBe(0);
    });
  }

  test('Copy copies the suggested sentence, never the label', async ({ page, extension }) => {
    await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://helpdesk.example.com' });
    await open(page, TEXTAREA);
    await typeAndSettle(page, TEXTAREA, DRAFT);
    await expand(page, 'cliche');
    // "Cut the sentence" has nothing to copy: Remove only.
    expect(await coach.count(page, 'li[data-rule="cliche"] button[data-action="copy"]')).toBe(0);
    await expand(page, 'apology-but');
    await coach.click(page, 'li[data-rule="apology-but"] button[data-action="copy"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("We're sorry. That's our policy.");
  });
});

describe('cards at the words, keyboard and screen readers', () => {
  test('hovering or clicking an underline opens a card at the word; Alt+Shift+N moves between findings', async ({ page }) => {
    await open(page, THREAD);
    await setOpenState(page, false);
    await typeAndSettle(page, THREAD, DRAFT);
    const underline = (await coach.box(page, '.underline[data-finding="apology-but:sorry, but"]'))!;
    await page.mouse.move(underline.x + underline.width / 2, underline.y - 4);
    await expect.poll(() => coach.attributes(page, '.card', 'data-card')).toEqual(['apology-but:sorry, but']);
    const card = (await coach.box(page, '.card'))!;
    expect(card.y).toBeGreaterThanOrEqual(underline.y);
    expect(card.y - underline.y).toBeLessThanOrEqual(16);
    expect(Math.abs(card.x - underline.x)).toBeLessThanOrEqual(40);
    // The fix is in the card.
    expect(await coach.count(page, '.card button[data-action="replace"]')).toBeGreaterThan(0);

    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => coach.attributes(page, '.card', 'data-card')).toEqual(["policy-wall:that's our policy"]);
    await page.keyboard.press('Escape');
    await expect.poll(() => coach.count(page, '.card')).toBe(0);
    // The agent's text is untouched by all this.
    expect(await contentOf(THREAD.box(page))).toBe(DRAFT);
  });

  test('Alt+Shift+O moves focus into the coach and back; the chip has a role and a linked description', async ({ page }) => {
    await open(page, TEXTAREA);
    await typeAndSettle(page, TEXTAREA, DRAFT);
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => inCoach(page, (root) => root.activeElement?.closest('li')?.getAttribute('data-rule') ?? null)).toBe('apology-but');
    const chip = await inCoach(page, (root) => {
      const element = root.querySelector('[data-testid="feeling-chip"]');
      const described = element?.getAttribute('aria-describedby');
      return { tag: element?.localName, describedBy: described ? root.getElementById(described)?.textContent : null };
    });
    expect(chip.tag).toBe('button');
    expect(chip.describedBy).toMatch(/^Because they wrote:/);
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply-body');
  });

  for (const dark of [false, true]) {
    test(`axe-core: 0 violations in the coach (open panel, card, badge)${dark ? ' on a dark page' : ''}`, async ({ page }) => {
      await open(page, TEXTAREA);
      if (dark) await page.addStyleTag({ content: 'html, body, body *:not(textarea) { background-color: #101418 !important; color: #eee !important; }' });
      await typeAndSettle(page, TEXTAREA, DRAFT);
      await expand(page, 'apology-but');
      // The coach's root is closed (axe cannot enter it): a copy of what it shows, in an open root at
      // the same place, with the same styles, is what axe examines.
      await inCoach(page, (root) => {
        const copy = document.createElement('div');
        copy.id = 'axe-coach-copy';
        const open = copy.attachShadow({ mode: 'open' });
        for (const node of root.childNodes) open.append(node.cloneNode(true));
        (root.host as HTMLElement).style.visibility = 'hidden';
        document.documentElement.append(copy);
      });
      expect(await inCoach(page, (root) => root.querySelector('.coach')?.classList.contains('dark'))).toBe(dark);
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> } }).axe;
        const result = await axe.run({ include: [['#axe-coach-copy']] }, { resultTypes: ['violations'] });
        return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`) }));
      });
      expect(violations).toEqual([]);
    });
  }
});
