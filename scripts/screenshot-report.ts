// Screenshots of the team report at 1280 px in headless Chromium: a made-up Zendesk export of 1,200
// replies over 12 weeks goes through `empathy-coach report`, then the page is shot whole
// (demo-output/report-1280.png, and -part<N>.png slices of 1,000 px) and its top for the README
// (docs/report.png, with --readme). Nothing is fetched: every request is refused and counted.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { runReport } from '../src/cli/report/command.ts';
import { CHROMIUM_MISSING, findChromium } from '../test/support/browser.ts';
import { generateZendeskExport } from '../test/support/generate-export.ts';

const dir = mkdtempSync(join(tmpdir(), 'ec-report-shot-'));
const exportFile = join(dir, 'acme-zendesk-export.json');
generateZendeskExport(exportFile, { replies: 1_200, weeks: 12, seed: 11 });
const html = join(dir, 'report.html');
const quiet = { write: () => true };
await runReport({ input: exportFile, output: html, format: 'html', redact: process.argv.includes('--redact'), workers: 0 }, { stdout: () => {}, stderr: quiet });

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_MISSING);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const requests: string[] = [];
page.on('request', (request) => {
  if (!request.url().startsWith('file:')) requests.push(request.url());
});
await page.goto(pathToFileURL(html).href);
mkdirSync('demo-output', { recursive: true });
await page.screenshot({ path: 'demo-output/report-1280.png', fullPage: true });
const height = await page.evaluate(() => document.documentElement.scrollHeight);
for (let top = 0, part = 1; top < height; top += 1000, part++) {
  await page.screenshot({ path: `demo-output/report-1280-part${part}.png`, clip: { x: 0, y: top, width: 1280, height: Math.min(1000, height - top) }, fullPage: true });
}
if (process.argv.includes('--readme')) {
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/report.png', clip: { x: 0, y: 0, width: 1280, height: 1180 }, fullPage: true });
}
await browser.close();
console.log(`report ${resolve(html)}: ${height} px high at 1280 px; ${requests.length} requests left the page${requests.length ? `: ${requests.join(', ')}` : ''}`);
