// Hardening, end to end in Chromium: the worker stopped mid-review does not take the coach away, and a
// page script can neither drive the coach (Insert, Not helpful) nor read what it says.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { coach, coachState, demoPage, inCoach, test } from './harness';

const TEXTAREA = '#reply-panel textarea#reply-body';
const findingsOf = async (page: Page) => ((await page.locator('empathy-coach').getAttribute('data-findings')) ?? '').split(' ').filter(Boolean);

async function openTextarea(page: Page): Promise<void> {
  await page.goto(demoPage('generic/textarea.html').url);
  await coachState(page);
  await page.locator(TEXTAREA).click();
}

describe('a coach that comes back', () => {
  test('the worker stopped mid-review: the coach stays, and updates within 1 s when the agent types on', async ({ page }) => {
    await openTextarea(page);
    await page.keyboard.type('Hello [[e2e:hold]]');
    await page.waitForTimeout(500); // the review is sent and held by the worker (e2e build only)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    expect(await page.locator('empathy-coach').count()).toBe(1);

    // The agent goes on typing: a new draft (the held marker gone).
    await page.keyboard.press('Control+A');
    await page.keyboard.type("I'm sorry, but that's our policy.");
    const typed = Date.now();
    await expect.poll(() => findingsOf(page), { timeout: 1_000, interval: 50 }).toEqual(expect.arrayContaining(['apology-but', 'policy-wall']));
    expect(Date.now() - typed).toBeLessThan(1_000);
    expect(await page.locator('empathy-coach').count()).toBe(1);
    await cdp.detach();
  });
});

describe('no input stalls the worker', () => {
  test('a draft over 30,000 characters is not reviewed: the coach says it is too long; shortened, it is reviewed again', async ({ page }) => {
    await openTextarea(page);
    const box = page.locator(TEXTAREA);
    await box.fill(`I'm sorry, but that's our policy. ${'x'.repeat(31_000)}`);
    await coach.openPanel(page);
    const notices = () => coach.texts(page, '.notice').catch(() => [] as string[]);
    await expect.poll(notices, { timeout: 5_000 }).toContain('This draft is too long to review (31,034 characters; the coach reviews up to 30,000).');
    expect(await coach.count(page, '[data-testid="all-good"]')).toBe(0);
    await box.fill("I'm sorry, but that's our policy.");
    await expect.poll(() => findingsOf(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['apology-but', 'policy-wall']));
    expect(await notices()).toEqual([]);
  });
});

describe('the page cannot drive the coach', () => {
  test('no page script reaches the shadow root, clicks Insert or Not helpful, or reads the coach', async ({ page, extension }) => {
    // A page script that runs first and tries to capture every shadow root attached in the page.
    await page.addInitScript(() => {
      const leaked: ShadowRoot[] = [];
      (window as unknown as { leaked: ShadowRoot[] }).leaked = leaked;
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = original.call(this, { ...init, mode: 'open' });
        leaked.push(root);
        return root;
      };
    });
    await openTextarea(page);
    await page.keyboard.type('Your refund was sent today.');
    await expect.poll(() => findingsOf(page), { timeout: 5_000 }).toContain('acknowledge-feeling');
    const phrase = (await coach.suggestions(page, 'acknowledge-feeling'))[0]!;
    const before = await page.locator(TEXTAREA).inputValue();
    const counts = () => extension.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('notHelpful')).notHelpful ?? {}) as Record<string, number>);

    const seen = await page.evaluate(() => {
      const host = document.querySelector('empathy-coach') as HTMLElement;
      // Everything a page script can try: the root, the host's text, the page's text, synthetic
      // clicks and keys on the host, 200 of them.
      for (let i = 0; i < 200; i++) {
        host.click();
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      }
      return {
        shadowRoot: host.shadowRoot,
        leaked: (window as unknown as { leaked: ShadowRoot[] }).leaked.length,
        hostText: host.textContent + host.innerText,
        pageText: document.documentElement.innerText,
      };
    });
    expect(seen.shadowRoot).toBeNull();
    expect(seen.leaked).toBe(0);
    expect(seen.hostText).toBe('');
    expect(seen.pageText).not.toContain(phrase);

    // Even with the root in hand (DevTools has it), clicks made by script are not trusted: nothing happens.
    await inCoach(page, (root) => {
      for (let i = 0; i < 200; i++) {
        for (const button of root.querySelectorAll('button')) if (/Insert|Not helpful/.test(button.textContent ?? '')) button.click();
      }
    });
    await page.waitForTimeout(500);
    expect(await page.locator(TEXTAREA).inputValue()).toBe(before);
    expect(await counts()).toEqual({});
    expect(await findingsOf(page)).toContain('acknowledge-feeling');

    // The agent's own (trusted) click counts once.
    const rule = 'acknowledge-feeling';
    const notHelpful = (await coach.texts(page, `li[data-rule="${rule}"] .actions button`)).indexOf('Not helpful');
    await coach.click(page, `li[data-rule="${rule}"] .actions button`, notHelpful);
    await expect.poll(counts).toEqual({ [rule]: 1 });
  });
});
