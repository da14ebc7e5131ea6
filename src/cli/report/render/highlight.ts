// A reply with its findings highlighted at their words: the text is cut at every finding boundary and
// each piece is escaped; missing-content findings (start === end) show as a marker at their place.
import type { CompactFinding } from '../model';
import { esc } from './escape';

export function highlight(text: string, findings: readonly CompactFinding[]): string {
  const clamp = (at: number) => Math.max(0, Math.min(text.length, at));
  const spans = findings.map((finding, index) => ({ ...finding, index, start: clamp(finding.start), end: clamp(finding.end) }));
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    for (const span of spans) {
      if (span.start === at && span.end === at) {
        html += `<span class="missing sev-${span.severity}" title="${esc(span.message)}">${span.index + 1} ${esc(span.rule)}</span>`;
      }
    }
    const next = points[i + 1];
    if (next === undefined || next === at) continue;
    const piece = esc(text.slice(at, next));
    const covering = spans.filter((span) => span.start <= at && span.end >= next && span.start < span.end);
    if (!covering.length) {
      html += piece;
      continue;
    }
    const severity = covering.some((span) => span.severity === 'warning') ? 'warning' : covering.some((span) => span.severity === 'suggestion') ? 'suggestion' : 'info';
    const title = covering.map((span) => `${span.index + 1}. ${span.rule}: ${span.message}`).join('\n');
    html += `<mark class="sev-${severity}" data-rules="${esc(covering.map((span) => span.rule).join(' '))}" title="${esc(title)}">${piece}</mark>`;
  }
  return html;
}
