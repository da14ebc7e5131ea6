// The team library set by an administrator's browser policy (chrome.storage.managed), end to end:
// a real Chromium policy file under /etc/chromium/policies/managed for a copy of the e2e build (its
// own path, so its own extension id, so no other test file sees the policy). Needs write access to
// /etc/chromium (root, as in CI); skipped with a message otherwise.
import { accessSync, constants, cpSync, existsSync, mkdirSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_LIBRARY } from '../../src/library/default-library';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';
import { coach, coachState, demoPage } from './harness';

const POLICY_ROOT = '/etc/chromium';
const POLICY_DIR = `${POLICY_ROOT}/policies/managed`;
const POLICY_FILE = `${POLICY_DIR}/empathy-coach-e2e.json`;
const EXTENSION_COPY = 'dist/e2e-policy';
const PHRASE = 'Declan, you have every right to be angry: this one is on us.';
const TEAM = {
  ...DEFAULT_LIBRARY,
  id: 'acme-policy',
  name: 'Acme support (policy)',
  acknowledgements: { ...DEFAULT_LIBRARY.acknowledgements, angry: [{ id: 'acme-angry', text: PHRASE }] },
};

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits mapped to a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Creates the policy folder if it can; returns the folders it created (to remove after), or null. */
function makePolicyDir(): string[] | null {
  const created = [POLICY_ROOT, `${POLICY_ROOT}/policies`, POLICY_DIR].filter((dir) => !existsSync(dir));
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return created;
  } catch {
    return null;
  }
}

const createdDirs = makePolicyDir();
// The folders this file created go when all its tests are done.
afterAll(() => {
  for (const dir of [...(createdDirs ?? [])].reverse()) rmdirSync(dir);
});
if (!createdDirs) console.warn(`team-policy.e2e: skipped, ${POLICY_DIR} is not writable (run as root to test browser policy)`);

describe.skipIf(!createdDirs)('team library from browser policy', () => {
  let server: StaticServer;
  let extension: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    rmSync(EXTENSION_COPY, { recursive: true, force: true });
    cpSync('dist/e2e', EXTENSION_COPY, { recursive: true });
    const policy = { '3rdparty': { extensions: { [unpackedExtensionId(EXTENSION_COPY)]: { teamLibrary: TEAM } } } };
    writeFileSync(POLICY_FILE, JSON.stringify(policy));
    server = await serveDirectory('demo/pages');
    extension = await launchWithExtension({ extensionDir: EXTENSION_COPY, pagesOrigin: server.origin, headless: true });
    page = await extension.context.newPage();
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    rmSync(POLICY_FILE, { force: true });
    rmSync(EXTENSION_COPY, { recursive: true, force: true });
  });

  test('the coach offers the policy’s acknowledgement first, and the options page shows it read-only', async () => {
    expect(extension.extensionId).toBe(unpackedExtensionId(EXTENSION_COPY));
    await page.goto(demoPage('generic/textarea.html').url);
    await coachState(page);
    await page.locator('#reply-panel textarea#reply-body').click();
    await page.keyboard.type('Hi Declan,\n\nI have refunded the charge.');
    // Chromium's first read of managed storage takes seconds; the coach updates when it arrives.
    const firstSuggestion = () => coach.suggestions(page, 'acknowledge-feeling').then((texts) => texts[0] ?? null, () => null);
    await expect.poll(firstSuggestion, { timeout: 20_000 }).toBe(PHRASE);

    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
    const team = options.getByTestId('team-library');
    await expect.poll(() => team.textContent().catch(() => ''), { timeout: 10_000 }).toContain('Acme support (policy)');
    expect(await team.textContent()).toContain('set by your administrator (browser policy)');
    // Policy is not a file: there is nothing to remove from the options page.
    expect(await team.getByRole('button', { name: 'Remove the team library' }).count()).toBe(0);
    expect(extension.blockedRequests).toEqual([]);
    await options.close();
  });
});

// A policy Chromium accepts (it matches public/managed-schema.json) but the library validator does
// not (two avoid entries share an id): every place the agent looks says so.
const INVALID_COPY = 'dist/e2e-policy-invalid';
const INVALID_FILE = `${POLICY_DIR}/empathy-coach-e2e-invalid.json`;

describe.skipIf(!createdDirs)('a team library from browser policy that cannot be read', () => {
  let server: StaticServer;
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    rmSync(INVALID_COPY, { recursive: true, force: true });
    cpSync('dist/e2e', INVALID_COPY, { recursive: true });
    const broken = { ...TEAM, avoid: [DEFAULT_LIBRARY.avoid[0]!, DEFAULT_LIBRARY.avoid[0]!] };
    writeFileSync(INVALID_FILE, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(INVALID_COPY)]: { teamLibrary: broken } } } }));
    server = await serveDirectory('demo/pages');
    extension = await launchWithExtension({ extensionDir: INVALID_COPY, pagesOrigin: server.origin, headless: true });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    rmSync(INVALID_FILE, { force: true });
    rmSync(INVALID_COPY, { recursive: true, force: true });
  });

  test('the coach, the options page and the popup say the administrator’s library could not be read', async () => {
    const page = await extension.context.newPage();
    await page.goto(demoPage('generic/textarea.html').url);
    await coachState(page);
    await page.locator('#reply-panel textarea#reply-body').click();
    await page.keyboard.type('Hi Declan,\n\nI have refunded the charge.');
    // Said in the panel (the agent opens it from the badge).
    const notices = () => coach.openPanel(page).then(() => coach.texts(page, '.notice')).catch(() => [] as string[]);
    await expect.poll(notices, { timeout: 20_000 }).toContain("Your administrator's library could not be read; the coach uses your own library.");

    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
    const notice = options.getByTestId('notice-invalid-team');
    await expect.poll(() => notice.textContent().catch(() => ''), { timeout: 10_000 }).toMatch(/^Your administrator's library could not be read: \/avoid\/1\/id.*duplicate id.*The coach uses your own library\.$/);

    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/src/popup/index.html`);
    await expect.poll(() => popup.getByTestId('popup-team-problem').textContent().catch(() => ''), { timeout: 10_000 }).toMatch(/^Your administrator's library could not be read: /);
    expect(extension.blockedRequests).toEqual([]);
  });
});
