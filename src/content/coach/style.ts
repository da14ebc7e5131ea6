export const COACH_CSS = `
:host { all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483646;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--fg);
  --fg: #10302c; --muted: #52635f; --bg: #ffffff; --soft: #e6f6f4; --border: #b9d8d3; --accent: #0d9488;
  --warning: #c2410c; --suggestion: #0369a1; --info: #6b7280; }
@media (prefers-color-scheme: dark) {
  :host { --fg: #e6f6f4; --muted: #9bb3ae; --bg: #132624; --soft: #1b3532; --border: #2c4d48; --accent: #2dd4bf;
    --warning: #fb923c; --suggestion: #38bdf8; --info: #9ca3af; }
}
.underline { position: fixed; height: 2px; border-radius: 1px; pointer-events: none; opacity: 0.85; }
.underline.warning { background: var(--warning); }
.underline.suggestion { background: var(--suggestion); }
.underline.info { background: var(--info); }
.underline.active { height: 3px; opacity: 1; }
.panel { position: fixed; width: 320px; max-height: min(420px, 70vh); overflow: auto; pointer-events: auto;
  background: var(--bg); border: 1px solid var(--border); border-radius: 10px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); }
.panel.collapsed { width: auto; max-width: 320px; }
header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; background: var(--soft); border-radius: 10px 10px 0 0; }
.panel.collapsed header { border-radius: 10px; }
.chip { flex: 1; min-width: 0; display: flex; align-items: center; gap: 6px; font-weight: 600; cursor: default; position: relative; }
.chip .dot { width: 9px; height: 9px; border-radius: 50%; flex: none; background: var(--accent); }
.chip[data-negative="true"] .dot { background: var(--warning); }
.why { display: none; position: absolute; top: calc(100% + 6px); left: 0; z-index: 1; width: 260px; font-weight: 400;
  padding: 8px; background: var(--bg); border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 4px 12px rgb(0 0 0 / 0.15); }
.chip:hover .why, .chip:focus .why { display: block; }
mark { background: color-mix(in srgb, var(--warning) 22%, transparent); color: inherit; border-radius: 3px; padding: 0 2px; }
.score { font-variant-numeric: tabular-nums; font-weight: 700; padding: 1px 7px; border-radius: 999px; background: var(--bg); border: 1px solid var(--border); }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid var(--border); background: var(--bg); border-radius: 6px; padding: 2px 8px; }
button:hover { border-color: var(--accent); }
button:focus-visible, li:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.icon { border: none; background: transparent; padding: 2px 6px; color: var(--muted); }
ul { list-style: none; margin: 0; padding: 6px; display: grid; gap: 6px; }
li { padding: 8px; border-radius: 8px; border: 1px solid var(--border); border-left-width: 4px; }
li.warning { border-left-color: var(--warning); }
li.suggestion { border-left-color: var(--suggestion); }
li.info { border-left-color: var(--info); }
li.active { background: var(--soft); }
.message { margin: 0 0 4px; }
.quote { color: var(--muted); font-style: italic; }
.suggestions { display: grid; gap: 4px; margin: 4px 0; }
.suggestion-row { display: flex; gap: 6px; align-items: baseline; }
.suggestion-row > span { flex: 1; }
.suggestion-row .label { color: var(--muted); }
.actions { display: flex; gap: 6px; justify-content: flex-end; }
.actions button { font-size: 12px; color: var(--muted); }
.empty, .notice, .customer { padding: 8px 12px; margin: 0; color: var(--muted); }
.notice { color: var(--warning); }
.customer textarea { width: 100%; box-sizing: border-box; min-height: 60px; font: inherit; color: inherit; background: var(--bg);
  border: 1px solid var(--border); border-radius: 6px; }
kbd { font: 11px ui-monospace, monospace; border: 1px solid var(--border); border-radius: 4px; padding: 0 4px; }
`;
