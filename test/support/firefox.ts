// Launches Debian's Firefox ESR through WebDriver BiDi (puppeteer-core, no browser download) with a
// build of the extension installed as a temporary add-on, serving the demo pages at their helpdesk
// addresses through request interception, like test/support/browser.ts does for Chromium.
//
// Two nets keep everything on this machine:
// - each page's requests are intercepted (BiDi network.addIntercept): a demo page address is
//   answered with its file from the static server, the extension's own moz-extension:// files go
//   on, anything else is aborted and recorded in `blockedRequests`;
// - Firefox's proxy settings point every http/https request at `blackhole`, a proxy on 127.0.0.1 that
//   answers none of them and records each in `proxiedRequests`. It catches what page interception
//   cannot see: the extension's background script and Firefox itself.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { DEMO_PAGES } from './demo-routes.ts';

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_MISSING =
  'Firefox not found: install it with `sudo apt-get install firefox-esr` or set FIREFOX_PATH to a Firefox binary.';

/** FIREFOX_PATH, else Debian's Firefox ESR; null when neither exists. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * The moz-extension:// host of the installed add-on. Firefox picks a random one per profile unless
 * the `extensions.webextensions.uuids` pref names it before the install.
 */
export const FIREFOX_EXTENSION_UUID = '4c0a5e5e-7e3a-4c6e-9a53-e3b1a0c0ac11';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** `moz-extension://<uuid>`, where the extension's pages live. */
  extensionOrigin: string;
  /** A new tab whose requests go through the demo routes. */
  newPage(): Promise<Page>;
  /** Page requests that would have left the machine; they were aborted. */
  blockedRequests: string[];
  /** Requests that reached the black-hole proxy (the extension's background, Firefox itself); none was answered. */
  proxiedRequests: string[];
  /** Messages of the browser console that Firefox prints on stderr (`console.*` from the extension and pages, JS errors). */
  consoleLines: string[];
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Unpacked extension directory, e.g. dist/firefox-e2e. */
  extensionDir: string;
  /** Origin of the static server that holds demo/pages. */
  pagesOrigin: string;
  headless: boolean;
  viewport?: { width: number; height: number };
  /** Extra Firefox prefs (user.js), on top of ours. */
  prefs?: Record<string, unknown>;
  /** Extra command-line arguments. */
  args?: string[];
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<FirefoxExtensionBrowser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  const proxiedRequests: string[] = [];
  const blackhole = await startBlackholeProxy(proxiedRequests);
  const viewport = options.viewport ?? { width: 1280, height: 860 };
  const consoleLines: string[] = [];
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      headless: options.headless,
      args: options.args,
      defaultViewport: viewport,
      // Firefox prints the browser console on stderr when told to (prefs below); keep it for reports.
      dumpio: false,
      extraPrefsFirefox: {
        // Every http(s) request that is not intercepted goes to the black hole, DNS included.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': blackhole.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': blackhole.port,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '',
        'network.proxy.socks_remote_dns': true,
        'network.trr.mode': 5,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'network.http.speculative-parallel-limit': 0,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'browser.safebrowsing.downloads.remote.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'app.normandy.enabled': false,
        // Remote settings: Firefox ignores this override unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (below);
        // with this dummy address it then skips remote settings entirely.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        // A known moz-extension:// host, so tests can open the popup and options pages.
        'extensions.webextensions.uuids': JSON.stringify({ 'empathy-coach@empathy-coach.dev': FIREFOX_EXTENSION_UUID }),
        // The browser console (extension and page `console.*`, uncaught errors) on stdout/stderr.
        'devtools.console.stdout.chrome': true,
        'devtools.console.stdout.content': true,
        ...options.prefs,
      },
    });
  } catch (error) {
    await blackhole.close();
    throw error;
  }
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => consoleLines.push(...chunk.split('\n').filter((line) => line.trim())));
  }
  const extensionId = await browser.installExtension(resolve(options.extensionDir));
  const blockedRequests: string[] = [];
  return {
    browser,
    extensionId,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    blockedRequests,
    proxiedRequests,
    consoleLines,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void routeDemoRequest(request, options.pagesOrigin, blockedRequests));
      return page;
    },
    async close() {
      await browser.close();
      await blackhole.close();
    },
  };
}

/**
 * Opens one of the extension's pages (popup, options) in a new tab; needs the launch argument
 * `-remote-allow-system-access` (BiDi refuses to navigate to moz-extension:// without it).
 * puppeteer-core 24 does not see that navigation finish (the tab moves to the extension process),
 * so this starts it and waits for the document instead.
 */
export async function openExtensionPage(firefox: FirefoxExtensionBrowser, path: string): Promise<Page> {
  const url = `${firefox.extensionOrigin}/${path.replace(/^\//, '')}`;
  const page = await firefox.browser.newPage();
  void page.goto(url).catch(() => undefined);
  // Polled by hand: while the tab moves from about:blank to the extension's page, Firefox's BiDi
  // script.evaluate can fail outright ("right-hand side of 'in' should be an object"), which ends
  // puppeteer's waitForFunction; a failed probe here just means "not yet".
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function routeDemoRequest(request: HTTPRequest, pagesOrigin: string, blocked: string[]): Promise<void> {
  const url = request.url();
  const withoutHash = url.split('#')[0];
  const page = DEMO_PAGES.find((candidate) => candidate.url.split('#')[0] === withoutHash);
  if (page) {
    const response = await fetch(`${pagesOrigin}/${page.file}`);
    await request.respond({
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8',
      body: Buffer.from(await response.arrayBuffer()),
    });
  } else if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('about:')) {
    // The extension's own files and in-memory documents never leave the machine.
    await request.continue();
  } else {
    blocked.push(url);
    await request.abort('blockedbyclient');
  }
}

interface Blackhole {
  port: number;
  close(): Promise<void>;
}

/** An HTTP proxy on 127.0.0.1 that records every request (plain or CONNECT) and answers none. */
async function startBlackholeProxy(seen: string[]): Promise<Blackhole> {
  const server: Server = createServer((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end('Blocked: nothing leaves this machine');
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
