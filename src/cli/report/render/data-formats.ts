// --format json (the whole report) and --format csv (one row per agent, then the team) for BI tools.
import type { ReportData } from '../report-data';

export const renderJson = (report: ReportData): string => `${JSON.stringify(report, null, 2)}\n`;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: ReportData): string {
  const header = ['agent', 'replies', 'mean_score', 'upset_replies', 'acknowledged_share', 'next_step_share', 'follow_up_share', 'top_findings'];
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);
  const rows = [...report.agents, { agent: '(team)', ...report.team, topFindings: [] }].map((row) =>
    [row.agent, row.replies, round(row.meanScore), row.upsetReplies, round(row.acknowledgedShare), round(row.nextStepShare), round(row.followUpShare), row.topFindings.map((finding) => `${finding.rule}:${finding.replies}`).join(' ')]
      .map(csvField)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
