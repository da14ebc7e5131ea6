// Launches Debian's Chromium with an unpacked build of the extension, serving the demo pages at
// their helpdesk addresses through request interception. Shared by `npm start` and the e2e tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Route, type Worker } from 'playwright-core';
import { DEMO_PAGES } from './demo-routes.ts';

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_MISSING =
  'Chromium not found: install it with `sudo apt-get install chromium` or set CHROME_PATH to a Chromium binary.';

/** CHROME_PATH, else Debian's Chromium; null when neither exists. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests that would have left the machine; they were blocked. */
  blockedRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension directory, e.g. dist/e2e. */
  extensionDir: string;
  /** Origin of the static server that holds demo/pages. */
  pagesOrigin: string;
  headless: boolean;
  /** Window size for headed runs and screenshots. */
  viewport?: { width: number; height: number };
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const extensionDir = resolve(options.extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'empathy-coach-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const blockedRequests: string[] = [];
  await context.route('**/*', (route) => routeDemoRequest(route, options.pagesOrigin, blockedRequests));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    blockedRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function routeDemoRequest(route: Route, pagesOrigin: string, blocked: string[]): Promise<void> {
  const url = route.request().url();
  const withoutHash = url.split('#')[0];
  const page = DEMO_PAGES.find((candidate) => candidate.url.split('#')[0] === withoutHash);
  if (page) {
    const response = await route.fetch({ url: `${pagesOrigin}/${page.file}` });
    await route.fulfill({ response });
  } else if (url.startsWith(`${pagesOrigin}/`) || url.startsWith('chrome-extension://')) {
    // The extension's own files (the content script loader imports its module) never leave the machine.
    await route.continue();
  } else {
    blocked.push(url);
    await route.abort('blockedbyclient');
  }
}
