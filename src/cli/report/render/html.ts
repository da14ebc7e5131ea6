// The report as one self-contained HTML page: no network (a Content-Security-Policy forbids it), no
// remote fonts or scripts, inline SVG charts, every text from the export escaped.
import { createHash } from 'node:crypto';
import type { AgentRow, Example, Rates, ReportData } from '../report-data';
import { feelingsChart, feelingLegend, gapChart, scoreChart } from './charts';
import { esc, FEELING_COLORS, percent } from './escape';
import { highlight } from './highlight';
import { SORT_SCRIPT } from './sort-script';
import { STYLE } from './style';

/** Customer messages longer than this are cut in the examples (the reply is always shown whole). */
const CUSTOMER_SHOWN = 1_500;

const number = (value: number) => value.toLocaleString('en-US');
const score = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const sortValue = (value: number | null) => (value === null ? '-1' : String(value));
const scoreClass = (value: number) => (value >= 80 ? 'good' : value >= 55 ? 'mid' : 'bad');

function shareCell(share: number | null, detail: string): string {
  const meter = share === null ? '' : `<span class="meter" aria-hidden="true"><span style="width:${Math.round(share * 100)}%"></span></span>`;
  return `<td class="num" data-sort="${sortValue(share)}" title="${esc(detail)}">${percent(share)}${meter}</td>`;
}

function rateCells(rates: Rates): string {
  return [
    `<td class="num" data-sort="${rates.replies}">${number(rates.replies)}</td>`,
    `<td class="num" data-sort="${sortValue(rates.meanScore)}">${score(rates.meanScore)}</td>`,
    shareCell(rates.acknowledgedShare, `${rates.upsetReplies} replies to upset customers`),
    shareCell(rates.nextStepShare, 'replies that say what happens next'),
    shareCell(rates.followUpShare, 'replies that commit to a follow-up or a timeframe'),
  ].join('');
}

function agentTable(agents: AgentRow[], team: Rates): string {
  const head = ['Agent', 'Replies', 'Mean score', 'Acknowledged when upset', 'Next step', 'Follow-up', 'Most frequent findings'];
  const numeric = [false, true, true, true, true, true, false];
  const rows = agents
    .map((row) => {
      const findings = row.topFindings.length
        ? row.topFindings.map((finding) => `<code>${esc(finding.rule)}</code> ${Math.round((finding.replies / row.replies) * 100)}%`).join(', ')
        : 'none';
      const top = row.topFindings[0];
      return `<tr><th scope="row" data-sort="${esc(row.agent)}">${esc(row.agent)}</th>${rateCells(row)}<td class="findings-cell" data-sort="${top ? esc(top.rule) : ''}">${findings}</td></tr>`;
    })
    .join('\n');
  const headers = head
    .map((title, index) => `<th scope="col"${numeric[index] ? ' class="num"' : ''}${index === 1 ? ' aria-sort="descending"' : ''}><button type="button">${title}</button></th>`)
    .join('');
  return `<table class="sortable" id="agents"><thead><tr>${headers}</tr></thead><tbody>\n${rows}\n</tbody><tfoot><tr><td>Team</td>${rateCells(team)}<td></td></tr></tfoot></table>`;
}

function exampleCard(kind: 'Best' | 'Worst', example: Example): string {
  const feeling = example.feeling
    ? `<span class="chip" style="background:${FEELING_COLORS[example.feeling]}">${esc(example.feeling)}</span>`
    : '<span class="badge">no customer message</span>';
  const customer = example.customerText.length > CUSTOMER_SHOWN ? `${example.customerText.slice(0, CUSTOMER_SHOWN)} …` : example.customerText;
  const findings = example.findings.length
    ? `<ol class="found">${example.findings.map((finding) => `<li><span class="sev">${esc(finding.severity)}</span> <code>${esc(finding.rule)}</code> ${esc(finding.message)}</li>`).join('')}</ol>`
    : '<p class="muted">No findings.</p>';
  const date = example.at ? ` · ${esc(example.at.slice(0, 10))}` : '';
  return `<div class="example ${kind.toLowerCase()}"><header><span class="kind">${kind}</span><span class="score ${scoreClass(example.score)}">${example.score}</span>${feeling}<span class="where">${esc(example.place)}${date}</span></header>
<div class="label">Customer${example.customerName ? ` · ${esc(example.customerName)}` : ''}</div><blockquote>${customer ? esc(customer) : '<span class="muted">(the agent wrote first)</span>'}</blockquote>
<div class="label">Reply</div><div class="reply">${highlight(example.draft, example.findings)}</div>${findings}</div>`;
}

function summaryCards(report: ReportData): string {
  const card = (value: string, label: string, alert = false) => `<div class="card${alert ? ' alert' : ''}"><b>${value}</b><span>${label}</span></div>`;
  const { team } = report;
  return `<div class="cards">${[
    card(number(team.replies), 'agent replies'),
    card(number(report.agents.length), 'agents'),
    card(score(team.meanScore), 'mean score (0–100)'),
    card(percent(team.acknowledgedShare), `acknowledge upset customers (${number(team.upsetReplies)})`),
    card(percent(team.nextStepShare), 'say what happens next'),
    report.bad.count ? card(number(report.bad.count), 'bad records skipped', true) : card(percent(team.followUpShare), 'commit to a follow-up'),
  ].join('')}</div>`;
}

function badSection(report: ReportData): string {
  if (!report.bad.count) return '';
  const more = report.bad.count > report.bad.first.length ? `<p class="note">…and ${number(report.bad.count - report.bad.first.length)} more (all are listed on stderr).</p>` : '';
  return `<h2 id="bad">Skipped records (${number(report.bad.count)})</h2><p class="note">These records could not be read and are not counted above.</p><ul class="bad-list">${report.bad.first
    .map((bad) => `<li><code>${esc(bad.place)}</code>: ${esc(bad.message)}</li>`)
    .join('')}</ul>${more}`;
}

function period(report: ReportData): string {
  const weeks = report.weeks;
  if (!weeks.length) return '';
  return ` · weeks of ${esc(weeks[0]!.week)} to ${esc(weeks.at(-1)!.week)}`;
}

function body(report: ReportData): string {
  const header = `<h1>${esc(report.title)}${report.redacted ? '<span class="badge">redacted</span>' : ''}</h1>
<p class="lead">${esc(report.source.file)} (${esc(report.source.format)})${period(report)} · generated ${esc(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC on this machine</p>`;
  if (!report.team.replies) {
    return `${header}<div class="empty" id="empty">No agent replies found in this export${report.bad.count ? ' that could be read' : ''}: there is nothing to report.</div>${badSection(report)}`;
  }
  const undated = report.undated ? `<p class="note">${number(report.undated)} replies had no date and are left out of the weekly charts.</p>` : '';
  return `${header}${summaryCards(report)}
<h2 id="per-agent">Per agent</h2>
<p class="note"><b>Acknowledged when upset</b>: of the replies to a frustrated, angry, impatient, worried, confused or disappointed customer, the share that names or acknowledges the feeling. <b>Next step</b> and <b>Follow-up</b>: the share of replies that say what happens now, and that commit to a follow-up or a time. Click a heading to sort.</p>
${agentTable(report.agents, report.team)}
<h2 id="trends">Empathy gap and trends</h2>
<div class="charts"><figure><figcaption>Empathy gap: how often each feeling goes unacknowledged</figcaption>${gapChart(report.gap)}</figure>
<figure><figcaption>Mean score per week</figcaption>${scoreChart(report.weeks)}</figure></div>
<figure style="margin-top:24px"><figcaption>Customer feelings per week</figcaption>${feelingsChart(report.weeks)}${feelingLegend(report.weeks)}</figure>${undated}
<h2 id="examples">Best and worst reply per agent</h2>
<p class="note">Findings are highlighted at their words (red: warning, amber: suggestion); a tag marks where something is missing. Hover for the message.</p>
${report.examples.map(({ agent, best, worst }) => `<section class="agent"><h3>${esc(agent)}</h3><div class="pair">${exampleCard('Best', best)}${exampleCard('Worst', worst)}</div></section>`).join('\n')}
${badSection(report)}`;
}

export function renderHtml(report: ReportData): string {
  const hash = createHash('sha256').update(SORT_SCRIPT).digest('base64');
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(report.title)} · ${esc(report.source.file)}</title>
<style>${STYLE}</style></head>
<body><main>
${body(report)}
<footer>Made by empathy-coach on this machine: nothing in this report was sent anywhere. Scores: see “Scoring” in the Empathy Coach README.</footer>
</main><script>${SORT_SCRIPT}</script></body></html>
`;
}
