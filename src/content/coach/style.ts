// Light or dark follows the helpdesk page's own background (.coach.dark, set from the page), not the OS.
// Text ≥ 4.5:1 and borders ≥ 3:1 against --bg and --soft in both.
// Written compact (no spaces around punctuation) because it ships as it is in the content script,
// whose budget is 30 KB gzipped; one rule a line. Nothing is said twice: what :host (pointer-events),
// button (background), .badge (font-weight, white-space) and a flex parent (display) give is not
// repeated on their children. A finding's severity class (.warning, .suggestion, .info) sets --sev,
// the colour its underline and its list and card borders take.
export const COACH_CSS = `
:host{all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483646}
.coach{font:13px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:var(--fg);--fg:#10302c;--muted:#4a5b57;--bg:#ffffff;--soft:#e6f6f4;--border:#6b8f89;--accent:#0f766e;--warning:#b4390a;--suggestion:#0369a1;--info:#4b5563}
.coach.dark{--fg:#e6f6f4;--muted:#a9c0bb;--bg:#132624;--soft:#1b3532;--border:#6a958e;--accent:#2dd4bf;--warning:#fb923c;--suggestion:#38bdf8;--info:#b6bcc6}
.warning{--sev:var(--warning)}
.suggestion{--sev:var(--suggestion)}
.info{--sev:var(--info)}
.underline{position:fixed;height:2px;border-radius:1px;opacity:0.85;background:var(--sev)}
.underline.active{height:3px;opacity:1}
button,.customer textarea{font:inherit;color:inherit;border:1px solid var(--border);background:var(--bg);border-radius:6px}
button{cursor:pointer;padding:2px 8px}
button:hover{border-color:var(--accent)}
button:focus-visible,li:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.badge{position:fixed;pointer-events:auto;display:flex;align-items:center;gap:5px;height:26px;box-sizing:border-box;min-width:58px;padding:0 8px;border-radius:13px;box-shadow:0 2px 8px rgb(0 0 0 / 0.18);font-variant-numeric:tabular-nums;font-weight:700;font-size:12px;white-space:nowrap}
.badge .badge-score{min-width:2.2ch;text-align:center}
.badge .count{min-width:16px;height:16px;line-height:16px;border-radius:8px;text-align:center;background:var(--suggestion);color:var(--bg);font-size:11px;padding:0 3px;box-sizing:border-box}
.badge .count.warn{background:var(--warning)}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.dot{width:9px;height:9px;border-radius:50%;flex:none;background:var(--accent)}
.dot[data-negative="true"],.chip[data-negative="true"] .dot{background:var(--warning)}
.undo-bar,.card,.panel{pointer-events:auto;background:var(--bg);border:1px solid var(--border);box-shadow:0 6px 24px rgb(0 0 0 / 0.18)}
.undo-bar{position:fixed;padding:4px 8px;border-radius:8px;display:flex;gap:6px;align-items:center;box-sizing:border-box}
.card{position:fixed;padding:8px 10px;border-radius:8px;border-left-width:4px;box-sizing:border-box}
.card.warning,.card.suggestion{border-left-color:var(--sev)}
.panel{position:fixed;box-sizing:border-box;display:flex;flex-direction:column;overflow:hidden;border-radius:10px}
header{flex:none;display:flex;align-items:center;gap:8px;padding:6px 8px;background:var(--soft);position:relative}
.body{overflow:auto;min-height:0;flex:1 1 auto}
.chip{flex:1;min-width:0;display:flex;align-items:center;gap:6px;font-weight:600;border:none;background:transparent;padding:2px;text-align:left}
.chip .who{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.why{display:none;position:absolute;top:100%;left:8px;z-index:1;width:260px;padding:8px;background:var(--bg);border:1px solid var(--border);border-radius:8px;box-shadow:0 4px 12px rgb(0 0 0 / 0.15)}
.chip:hover+.why,.chip:focus+.why{display:block}
mark{background:color-mix(in srgb, var(--warning) 22%, transparent);color:inherit;border-radius:3px;padding:0 2px}
.score{font-variant-numeric:tabular-nums;font-weight:700;padding:1px 7px;border-radius:999px;background:var(--bg);border:1px solid var(--border);white-space:nowrap}
.icon{border:none;background:transparent;padding:2px 6px;color:var(--muted)}
ul{list-style:none;margin:0;padding:6px;display:grid;grid-template-columns:minmax(0,1fr);gap:4px}
li{min-width:0;border-radius:6px;border:1px solid var(--border);border-left:4px solid var(--sev)}
li.active{background:var(--soft)}
.row{display:block;width:100%;text-align:left;border:none;background:transparent;padding:5px 8px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-radius:6px}
.sev,.cut,.suggestion-row .label,.hint{color:var(--muted)}
.detail{padding:0 8px 8px}
.message{margin:0 0 4px}
.quote{color:var(--muted);font-style:italic}
.suggestions{display:grid;gap:4px;margin:4px 0}
.suggestion-row{display:flex;gap:6px;align-items:baseline}
.suggestion-row>span:first-child{flex:1}
.buttons{display:flex;gap:4px;flex:none}
.primary{border-color:var(--accent);font-weight:600}
.actions{display:flex;gap:6px;justify-content:flex-end}
.actions button{font-size:12px;color:var(--muted)}
.empty,.notice,.notice-ok,.customer{padding:8px 12px;margin:0;color:var(--muted)}
.notice{color:var(--warning)}
.customer textarea{width:100%;box-sizing:border-box;min-height:60px}
.customer button{margin-top:6px}
.customer .hint{padding:0 0 0 6px}
.customer .problem{margin:6px 0 0;color:var(--fg)}
kbd{font:11px ui-monospace,monospace;border:1px solid var(--border);border-radius:4px;padding:0 4px}
`;
