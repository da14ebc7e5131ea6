// Inline SVG charts: the empathy gap by feeling, customer feelings per week, the weekly score trend.
import type { GapRow, WeekRow } from '../report-data';
import { esc, FEELING_COLORS } from './escape';

const FEELING_ORDER = ['angry', 'frustrated', 'impatient', 'worried', 'confused', 'disappointed', 'grateful', 'neutral', 'none'] as const;

function svg(id: string, title: string, width: number, height: number, body: string): string {
  return `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${esc(title)}</title>${body}</svg>`;
}

/** How often each negative feeling goes unacknowledged: one bar per feeling. */
export function gapChart(gap: GapRow[]): string {
  const width = 540;
  const row = 34;
  const left = 108;
  const barWidth = 270;
  const height = gap.length * row + 28;
  let body = `<g class="axis">${[0, 0.5, 1]
    .map((tick) => `<line x1="${left + tick * barWidth}" x2="${left + tick * barWidth}" y1="4" y2="${height - 20}"/><text x="${left + tick * barWidth}" y="${height - 6}" text-anchor="middle">${tick * 100}%</text>`)
    .join('')}</g>`;
  gap.forEach((item, index) => {
    const y = index * row + 8;
    const w = Math.max(item.share * barWidth, item.unacknowledged ? 2 : 0);
    body += `<g class="gap-row"><text x="${left - 10}" y="${y + 15}" text-anchor="end">${esc(item.feeling)}</text>`;
    body += `<rect x="${left}" y="${y + 2}" width="${barWidth}" height="18" class="track"/>`;
    body += `<rect x="${left}" y="${y + 2}" width="${w.toFixed(1)}" height="18" fill="${FEELING_COLORS[item.feeling]}"><title>${esc(`${item.feeling}: ${item.unacknowledged} of ${item.replies} replies did not acknowledge the feeling`)}</title></rect>`;
    body += `<text x="${left + barWidth + 10}" y="${y + 15}" class="value">${Math.round(item.share * 100)}% · ${item.unacknowledged} of ${item.replies}</text></g>`;
  });
  return svg('chart-gap', 'Share of replies that did not acknowledge each customer feeling', width, height, body);
}

/** Every `step`-th label, so week labels never overlap. */
const labelStep = (count: number, room: number) => Math.max(1, Math.ceil(count / room));

/** Customer feelings per week, stacked. */
export function feelingsChart(weeks: WeekRow[]): string {
  const width = 1100;
  const height = 250;
  const left = 44;
  const bottom = 26;
  const plotW = width - left - 10;
  const plotH = height - bottom - 10;
  const max = Math.max(1, ...weeks.map((week) => week.replies));
  const slot = plotW / Math.max(1, weeks.length);
  const barW = Math.max(1, Math.min(36, slot * 0.78));
  const ticks = [0, Math.round(max / 2), max];
  let body = `<g class="axis">${ticks
    .map((tick) => {
      const y = 10 + plotH - (tick / max) * plotH;
      return `<line x1="${left}" x2="${width - 10}" y1="${y}" y2="${y}"/><text x="${left - 6}" y="${y + 4}" text-anchor="end">${tick}</text>`;
    })
    .join('')}</g>`;
  const step = labelStep(weeks.length, 12);
  weeks.forEach((week, index) => {
    const x = left + index * slot + (slot - barW) / 2;
    let y = 10 + plotH;
    for (const feeling of FEELING_ORDER) {
      const count = week.feelings[feeling] ?? 0;
      if (!count) continue;
      const h = (count / max) * plotH;
      y -= h;
      body += `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${FEELING_COLORS[feeling]}"><title>${esc(`week of ${week.week}: ${count} ${feeling === 'none' ? 'with no customer message' : feeling}`)}</title></rect>`;
    }
    if (index % step === 0) body += `<text class="axis-label" x="${(x + barW / 2).toFixed(1)}" y="${height - 8}" text-anchor="middle">${esc(week.week.slice(5))}</text>`;
  });
  return svg('chart-feelings', 'Customer feelings per week (replies answering each feeling)', width, height, body);
}

/** Mean score per week. */
export function scoreChart(weeks: WeekRow[]): string {
  const width = 540;
  const height = 230;
  const left = 40;
  const bottom = 26;
  const plotW = width - left - 16;
  const plotH = height - bottom - 12;
  // The axis starts a little under the lowest week (at 0, 20, 40, 60 or 80: round ticks) so that a trend can be seen.
  const lowest = Math.min(...weeks.map((week) => week.meanScore));
  const floor = [80, 60, 40, 20, 0].find((candidate) => candidate <= lowest - 5) ?? 0;
  const ticks = [0, 1, 2, 3, 4].map((i) => floor + ((100 - floor) * i) / 4);
  const x = (index: number) => left + (weeks.length === 1 ? plotW / 2 : (index / (weeks.length - 1)) * plotW);
  const y = (score: number) => 12 + plotH - ((score - floor) / (100 - floor)) * plotH;
  let body = `<g class="axis">${ticks
    .map((tick) => `<line x1="${left}" x2="${width - 16}" y1="${y(tick)}" y2="${y(tick)}"/><text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end">${Math.round(tick)}</text>`)
    .join('')}</g>`;
  const points = weeks.map((week, index) => `${x(index).toFixed(1)},${y(week.meanScore).toFixed(1)}`);
  if (points.length > 1) body += `<polyline class="trend" points="${points.join(' ')}"/>`;
  const step = labelStep(weeks.length, 6);
  weeks.forEach((week, index) => {
    body += `<circle class="point" cx="${x(index).toFixed(1)}" cy="${y(week.meanScore).toFixed(1)}" r="${weeks.length > 60 ? 1.5 : 3.5}"><title>${esc(`week of ${week.week}: mean score ${week.meanScore.toFixed(1)} over ${week.replies} replies`)}</title></circle>`;
    if (index % step === 0) body += `<text class="axis-label" x="${x(index).toFixed(1)}" y="${height - 8}" text-anchor="middle">${esc(week.week.slice(5))}</text>`;
  });
  return svg('chart-score', 'Mean reply score per week', width, height, body);
}

export function feelingLegend(weeks: WeekRow[]): string {
  const seen = FEELING_ORDER.filter((feeling) => weeks.some((week) => week.feelings[feeling]));
  return `<ul class="legend">${seen
    .map((feeling) => `<li><span class="swatch" style="background:${FEELING_COLORS[feeling]}"></span>${feeling === 'none' ? 'no customer message' : feeling}</li>`)
    .join('')}</ul>`;
}
