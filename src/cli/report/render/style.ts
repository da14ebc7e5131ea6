// The report's stylesheet: readable at 1280 px, printable, no web fonts.
export const STYLE = `
:root { --ink: #1d2430; --muted: #5b6675; --line: #dfe3e8; --soft: #f5f7f9; --accent: #2f6fb0; --warn: #c0392b; --sugg: #b7791f; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 6px; padding-top: 12px; border-top: 1px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 8px; }
p.lead, .muted { color: var(--muted); }
p.lead { margin: 0 0 6px; }
.note { color: var(--muted); font-size: 13.5px; margin: 2px 0 12px; max-width: 860px; }
.badge { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #eef2f6; color: var(--muted); margin-left: 6px; vertical-align: middle; }
.cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 12px; margin: 20px 0 4px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft); }
.card b { display: block; font-size: 24px; line-height: 1.2; }
.card span { font-size: 13px; color: var(--muted); }
.card.alert { border-color: #f0b4ab; background: #fdf1ef; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
th button { all: unset; cursor: pointer; }
th button:focus-visible { outline: 2px solid var(--accent); }
th[aria-sort="ascending"] button::after { content: " ▲"; font-size: 10px; }
th[aria-sort="descending"] button::after { content: " ▼"; font-size: 10px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td { font-weight: 600; background: var(--soft); }
.meter { display: inline-block; width: 54px; height: 6px; border-radius: 3px; background: #e6e9ed; margin-left: 8px; vertical-align: middle; overflow: hidden; }
.meter > span { display: block; height: 100%; background: var(--accent); }
.findings-cell { color: var(--muted); font-size: 13px; }
.findings-cell code { color: var(--ink); }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef1f4; padding: 0 4px; border-radius: 3px; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
svg.chart text { fill: var(--ink); }
svg.chart .axis line { stroke: #e3e6ea; }
svg.chart .axis text, svg.chart .axis-label { fill: var(--muted); font-size: 11px; }
svg.chart .track { fill: #f0f2f4; }
svg.chart .value { fill: var(--muted); }
svg.chart .trend { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.chart .point { fill: var(--accent); }
.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; color: var(--muted); }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.agent { margin: 20px 0 8px; break-inside: avoid-page; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.example { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; break-inside: avoid; }
.example header { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; margin-bottom: 8px; }
.example header .kind { font-weight: 600; }
.example header .where { color: var(--muted); font-size: 12.5px; margin-left: auto; }
.score { font-weight: 700; padding: 0 8px; border-radius: 10px; font-size: 13px; }
.score.good { background: #e3f3ea; color: #1f6b43; }
.score.mid { background: #fcf2dc; color: #7a5200; }
.score.bad { background: #fbe5e2; color: #9b2c20; }
.chip { font-size: 12.5px; padding: 0 8px; border-radius: 10px; color: #fff; }
.label { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 8px 0 2px; }
blockquote { margin: 0; padding: 8px 12px; background: var(--soft); border-left: 3px solid #cfd6de; white-space: pre-wrap; font-size: 14px; max-height: 14em; overflow: auto; }
.reply { white-space: pre-wrap; font-size: 14px; padding: 8px 12px; border: 1px dashed var(--line); border-radius: 6px; }
mark { background: none; padding: 0 1px; border-bottom: 2px solid; }
mark.sev-warning { background: #fde8e5; border-color: var(--warn); }
mark.sev-suggestion { background: #fdf3dc; border-color: var(--sugg); }
mark.sev-info { background: #e8f0fa; border-color: var(--accent); }
.missing { display: inline-block; font-size: 11px; line-height: 1.4; padding: 0 5px; margin: 0 2px; border-radius: 3px; background: #fdf3dc; color: #7a5200; vertical-align: 1px; white-space: nowrap; }
.missing.sev-warning { background: #fde8e5; color: #9b2c20; }
ol.found { margin: 8px 0 0; padding-left: 22px; font-size: 13px; }
ol.found li { margin: 2px 0; }
.sev { font-size: 11px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.empty { padding: 24px; border: 1px dashed var(--line); border-radius: 8px; background: var(--soft); font-size: 16px; }
.bad-list { font-size: 13px; }
.bad-list code { background: none; padding: 0; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .charts, .pair { grid-template-columns: 1fr 1fr; }
  blockquote { max-height: none; overflow: visible; }
  th button::after { content: "" !important; }
  figure, .example, tr { break-inside: avoid; }
}
`;
