// The team report in real Chromium: the generated page shows the per-agent table (sortable) and the
// three charts, and not one request leaves it, even with hostile text in the export.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/cli/report/command.ts';
import { CHROMIUM_MISSING, findChromium } from '../support/browser.ts';
import { generateZendeskExport } from '../support/generate-export.ts';

const REPORT_URL = 'https://report.invalid/report.html';
const dir = mkdtempSync(join(tmpdir(), 'ec-report-e2e-'));
let browser: Browser;
let html = '';

beforeAll(async () => {
  const exportFile = join(dir, 'export.json');
  generateZendeskExport(exportFile, { replies: 300, weeks: 6, seed: 3 });
  // Hostile text in a customer message and a reply: markup that would fetch if it were parsed.
  const hostile = JSON.parse(readFileSync(exportFile, 'utf8')) as { tickets: { comments: { body: string; plain_body: string }[] }[] };
  const comments = hostile.tickets[0]!.comments;
  comments[0]!.plain_body = `<img src="https://tracker.example/pixel.png"><link rel="stylesheet" href="https://fonts.example/css"> ${comments[0]!.plain_body}`;
  comments.at(-1)!.plain_body = `<script src="https://cdn.example/x.js"></script><iframe src="https://frame.example/"></iframe>${comments.at(-1)!.plain_body}`;
  writeFileSync(exportFile, JSON.stringify(hostile));
  const output = join(dir, 'report.html');
  await runReport({ input: exportFile, output, format: 'html', redact: false, workers: 0 }, { stdout: () => {}, stderr: { write: () => true } });
  html = readFileSync(output, 'utf8');
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
});

afterAll(async () => {
  await browser?.close();
});

describe('team report in Chromium', () => {
  it('shows the per-agent table and the charts, sorts, and makes no request', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === REPORT_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      requests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(REPORT_URL);

    const rows = page.locator('table#agents tbody tr');
    expect(await rows.count()).toBe(6);
    await expect.poll(() => page.locator('table#agents tfoot td').first().textContent()).toBe('Team');
    for (const id of ['chart-gap', 'chart-score', 'chart-feelings']) {
      const chart = page.locator(`svg#${id}`);
      expect(await chart.isVisible()).toBe(true);
      expect(await chart.locator('rect, circle').count()).toBeGreaterThan(0);
    }
    // The hostile markup is shown as text.
    expect(await page.getByText('<img src="https://tracker.example/pixel.png">', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.locator('main img, main iframe, main link, body script[src]').count()).toBe(0);

    // Sorting by mean score puts the rows in score order, both ways.
    const scores = async () => (await rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLTableRowElement).cells[2]!.dataset.sort))));
    await page.getByRole('button', { name: 'Mean score' }).click();
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Mean score' }).click();
    const descending = await scores();
    expect(descending).toEqual([...ascending].reverse());
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('Mean score');

    // Each agent's best and worst reply, with highlights where findings are.
    expect(await page.locator('section.agent').count()).toBe(6);
    expect(await page.locator('.example.worst mark, .example.worst .missing').count()).toBeGreaterThan(0);

    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
