// The report end to end on the fixtures: figures computed from the reviews, the HTML page (escaped,
// self-contained, charts and table), --redact, --format json|csv, bad and empty exports.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { reviewDraft } from '../../../src/analyzer';
import { parseReportArgs, runReport, type ReportOptions } from '../../../src/cli/report/command';
import type { ReportData } from '../../../src/cli/report/report-data';
import { applySpans, redactionSpans } from '../../../src/cli/report/redact';

const dir = mkdtempSync(join(tmpdir(), 'ec-report-'));
const DATA = 'test/data/exports';

async function report(input: string, extra: Partial<ReportOptions> = {}) {
  const stderr: string[] = [];
  const stdout: string[] = [];
  const options: ReportOptions = { input, output: '-', format: 'json', redact: false, workers: 0, ...extra };
  const code = await runReport(options, { stdout: (text) => stdout.push(text), stderr: { write: (text: string) => stderr.push(text) } });
  return { code, out: stdout.join(''), err: stderr.join('') };
}

const json = async (input: string, extra: Partial<ReportOptions> = {}) => {
  const result = await report(input, extra);
  return { ...result, data: JSON.parse(result.out) as ReportData };
};

describe('report figures', () => {
  it('counts per agent from the reviews themselves', async () => {
    const { code, data, err } = await json(`${DATA}/zendesk.json`);
    expect(code).toBe(1); // one bad comment
    expect(err).toContain('zendesk.json /tickets/1/comments/2 (ticket on line 30): comment without an "author_id" (skipped)');
    expect(err).toMatch(/3 replies by 2 agents \(zendesk\).*1 bad record skipped/);
    const sam = data.agents.find((row) => row.agent === 'Sam Lee')!;
    const alex = data.agents.find((row) => row.agent === 'Alex Kim')!;
    expect(alex.replies).toBe(2);
    // The same review, computed here, gives the same score and findings as the report shows.
    const direct = reviewDraft({ draft: "I'm sorry, but that's our policy. Refunds take 5-10 business days.", customer: { text: "Nine days and still no refund. Nobody answers. I'm done with you people.", name: 'Tom Okafor' } });
    expect(data.examples.find((example) => example.agent === 'Alex Kim')!.worst.score).toBe(direct.score);
    const { worst, best } = data.examples.find((example) => example.agent === 'Alex Kim')!;
    expect(worst.findings.map((finding) => finding.rule)).toEqual(direct.findings.map((finding) => finding.rule));
    // Alex's two replies are the best and the worst example: the most frequent findings come from them.
    const found = new Set([...worst.findings, ...best.findings].map((finding) => finding.rule));
    expect(alex.topFindings.length).toBeGreaterThan(0);
    for (const finding of alex.topFindings) expect(found).toContain(finding.rule);
    expect(sam.meanScore).toBe(data.examples.find((example) => example.agent === 'Sam Lee')!.best.score);
    expect(data.team.replies).toBe(3);
    expect(data.bad).toEqual({ count: 1, first: [expect.objectContaining({ message: 'comment without an "author_id"' })] });
    // Two weeks (3 June and 10 June 2024), the gap only over negative feelings.
    expect(data.weeks.map((week) => week.week)).toEqual(['2024-06-03', '2024-06-10']);
    expect(data.weeks.reduce((sum, week) => sum + week.replies, 0)).toBe(3);
    for (const row of data.gap) expect(['grateful', 'neutral']).not.toContain(row.feeling);
    const upset = data.agents.reduce((sum, row) => sum + row.upsetReplies, 0);
    expect(data.gap.reduce((sum, row) => sum + row.replies, 0)).toBe(upset);
  });

  it('acknowledged share counts only replies to upset customers without an acknowledge-feeling finding', async () => {
    const file = join(dir, 'ack.jsonl');
    const upset = 'This is the third time I am writing and nobody has fixed my account. I am furious!';
    const lines = [
      { conversation: 1, author: 'customer', text: upset, at: '2024-01-02' },
      { conversation: 1, author: 'agent', agent: 'A', text: 'Your account is fixed.', at: '2024-01-02' },
      { conversation: 2, author: 'customer', text: upset, at: '2024-01-02' },
      { conversation: 2, author: 'agent', agent: 'A', text: "I'm so sorry you've had to write three times, that's really frustrating. Your account is fixed now, and I'll check on it tomorrow.", at: '2024-01-02' },
    ];
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    const { data } = await json(file);
    const reviews = [lines[1]!, lines[3]!].map((line) => reviewDraft({ draft: line.text, customer: { text: upset } }));
    const acknowledged = reviews.filter((review) => !review.findings.some((finding) => finding.rule === 'acknowledge-feeling')).length;
    expect(reviews[0]!.findings.map((finding) => finding.rule)).toContain('acknowledge-feeling');
    expect(data.agents[0]!.upsetReplies).toBe(2);
    expect(data.agents[0]!.acknowledgedShare).toBe(acknowledged / 2);
  });
});

describe('HTML report', () => {
  it('is one self-contained page: CSP without network, escaped text, table, charts, highlights', async () => {
    const { code, out } = await report(`${DATA}/zendesk.jsonl`, { format: 'html' });
    expect(code).toBe(1);
    expect(out).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(out).not.toMatch(/<(link|img|iframe)\b|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(out).toContain('<table class="sortable" id="agents">');
    for (const id of ['chart-gap', 'chart-score', 'chart-feelings']) expect(out).toContain(`<svg class="chart" id="${id}"`);
    // The customer's "<b>twice</b>" is text, never markup.
    expect(out).toContain('billed &lt;b&gt;twice&lt;/b&gt;?');
    expect(out).not.toContain('<b>twice</b>');
    // "As I already explained" is highlighted at its words as a warning.
    expect(out).toMatch(/<mark class="sev-warning" data-rules="[^"]*blame[^"]*"[^>]*>As I already explained/);
    expect(out).toContain('Skipped records (2)');
  });

  it('says so when the export is empty', async () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    const { code, out, err } = await report(empty, { format: 'html' });
    expect(code).toBe(0);
    expect(out).toContain('No agent replies found in this export');
    expect(out).not.toContain('id="agents"');
    expect(err).toContain('the export holds no agent replies');
    const noTickets = join(dir, 'no-tickets.json');
    writeFileSync(noTickets, '{"tickets": [], "users": []}');
    expect((await report(noTickets, { format: 'html' })).out).toContain('No agent replies found');
  });
});

describe('--redact', () => {
  it('hides customer names, emails, phone numbers and order numbers, and keeps highlights on the right words', async () => {
    const { data, out } = await json(`${DATA}/zendesk.jsonl`, { redact: true });
    const text = JSON.stringify(data.examples);
    for (const secret of ['Lena', 'Schmidt', 'Mensah', 'd.mensah@example.org', '7946 0958', 'ORD-559812']) expect(text).not.toContain(secret);
    expect(text).toContain('[email]');
    expect(text).toContain('[phone]');
    expect(text).toContain('[number]');
    expect(data.redacted).toBe(true);
    // Agent names stay: the report is about them.
    expect(data.agents.map((row) => row.agent).sort()).toEqual(['Ken Ito', 'Rosa Diaz']);
    for (const { best, worst } of data.examples) {
      for (const example of [best, worst]) {
        for (const finding of example.findings) expect(finding.end).toBeLessThanOrEqual(example.draft.length);
      }
    }
    const rosa = data.examples.find((example) => example.agent === 'Rosa Diaz')!.best;
    expect(rosa.draft.startsWith('Hi [name],')).toBe(true);
    expect(out).not.toContain('Lena');
  });

  it('moves offsets past replaced spans', () => {
    const text = 'Hi Priya, call +1 415 555 0100 or mail p@example.com about #48213 today.';
    const spans = redactionSpans(text, ['Priya']);
    const { text: redacted, offset } = applySpans(text, spans);
    expect(redacted).toBe('Hi [name], call [phone] or mail [email] about [number] today.');
    const today = text.indexOf('today');
    expect(redacted.slice(offset(today, 'start'), offset(today + 5, 'end'))).toBe('today');
    expect(redactionSpans('Refunds take 5-10 days, since 2024-06-03.', [])).toEqual([]);
  });
});

describe('--format csv and arguments', () => {
  it('writes one row per agent and the team', async () => {
    const { out } = await report(`${DATA}/conversations.jsonl`, { format: 'csv' });
    const rows = out.trim().split('\r\n');
    expect(rows[0]).toBe('agent,replies,mean_score,upset_replies,acknowledged_share,next_step_share,follow_up_share,top_findings');
    expect(rows.map((row) => row.split(',')[0])).toEqual(['agent', 'Nina', 'Omar', '(team)']);
    expect(rows[3]!.split(',')[1]).toBe('2');
  });

  it('parses options and rejects bad ones', () => {
    expect(parseReportArgs(['x.json'])).toMatchObject({ input: 'x.json', output: 'report.html', format: 'html', redact: false });
    expect(parseReportArgs(['x.mbox', '--agents', '@acme.com', '--format', 'csv', '--redact', '-o', '-'])).toMatchObject({ agents: '@acme.com', format: 'csv', output: '-', redact: true });
    expect(parseReportArgs([])).toMatch(/which export/);
    expect(parseReportArgs(['x', '--format', 'pdf'])).toMatch(/--format must be one of/);
    expect(parseReportArgs(['x', '--workers', '-1'])).toMatch(/--workers/);
    expect(parseReportArgs(['x', 'y'])).toMatch(/unexpected argument "y"/);
  });
});

describe('empathy-coach report (binary, worker threads)', () => {
  it('writes the report file and exits 1 with the bad records on stderr', async () => {
    const output = join(dir, 'mbox.html');
    const run = promisify(execFile);
    const args = ['--import', 'tsx', 'src/cli/bin.ts', 'report', `${DATA}/support.mbox`, '--agents', 'acme.example', '-o', output, '--workers', '2'];
    const error = (await run(process.execPath, args, { encoding: 'utf8' }).then(
      () => null,
      (failure: unknown) => failure,
    )) as { code: number; stderr: string } | null;
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('support.mbox:141: message 8 has no From: address (skipped)');
    expect(error?.stderr).toMatch(/4 replies by 2 agents \(mbox\)/);
    const html = readFileSync(output, 'utf8');
    expect(html).toContain('Sam Lee');
    expect(html).toContain('Alex Kim');
  });
});
