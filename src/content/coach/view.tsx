import { useState } from 'preact/hooks';
import type { Finding, Review, Suggestion } from '../../analyzer/types';
import { feelingLabel, isNegative, ruleTitle } from '../../shared/feeling-label';

export interface Underline {
  key: string;
  severity: Finding['severity'];
  rects: DOMRect[];
}

export interface VisibleFinding {
  key: string;
  finding: Finding;
}

export interface CoachModel {
  review: Review | null;
  findings: VisibleFinding[];
  customerName: string | null;
  /** True when the page shows no customer message (the agent may paste one). */
  customerUnknown: boolean;
  pastedCustomer: string;
  draft: string;
  /** The reply box, in the top page's viewport. */
  anchor: DOMRect | null;
  underlines: Underline[];
  notice: string | null;
}

export interface CoachActions {
  apply(finding: Finding, suggestion: Suggestion): void;
  copy(text: string): void;
  dismiss(key: string): void;
  notHelpful(key: string, finding: Finding): void;
  pasteCustomer(text: string): void;
}

const PANEL_WIDTH = 320;
const GAP = 8;
/** The panel's CSS max-height: min(420px, 70vh). */
const panelMaxHeight = (viewportHeight: number) => Math.min(420, 0.7 * viewportHeight);

/** Beside the reply box, never over the text being typed: right of it, else above, else below. Always inside the viewport. */
export function panelPosition(anchor: DOMRect, viewport: { width: number; height: number }): Record<string, string> {
  if (viewport.width - anchor.right >= PANEL_WIDTH + 2 * GAP) {
    // Level with the box, but moved up so the whole panel stays on screen (a box low on the page).
    const top = Math.max(GAP, Math.min(anchor.top, viewport.height - panelMaxHeight(viewport.height) - GAP));
    return { left: `${anchor.right + GAP}px`, top: `${top}px` };
  }
  const left = `${Math.max(GAP, Math.min(anchor.right - PANEL_WIDTH, viewport.width - PANEL_WIDTH - GAP))}px`;
  if (anchor.top >= 160) return { left, bottom: `${viewport.height - anchor.top + GAP}px`, 'max-height': `${anchor.top - 2 * GAP}px` };
  const top = Math.min(anchor.bottom + GAP, viewport.height - 60);
  return { left, top: `${top}px`, 'max-height': `${Math.max(52, viewport.height - top - GAP)}px` };
}

/**
 * How a suggestion reads in the coach and the popup. A replacement (`replace` over some of the
 * draft) is only a fragment (". T"), so it is shown and copied as the sentence it rewrites; an
 * insertion is its own text.
 */
export function suggestionText(draft: string, suggestion: Suggestion): { text: string; rewrites: boolean } {
  const replace = suggestion.replace;
  if (!replace || replace.end <= replace.start || replace.end > draft.length) {
    return { text: suggestion.text.trim() || suggestion.label, rewrites: false };
  }
  const rewritten = draft.slice(0, replace.start) + suggestion.text + draft.slice(replace.end);
  let start = replace.start;
  while (start > 0 && !/[.!?\n]/.test(draft[start - 1]!)) start--;
  let end = replace.start + suggestion.text.length;
  // A replacement that ends the sentence itself ("." for "End with the apology") is the end.
  if (!/[.!?]\s*$/.test(suggestion.text)) {
    while (end < rewritten.length && !/[.!?\n]/.test(rewritten[end]!)) end++;
    while (end < rewritten.length && /[.!?]/.test(rewritten[end]!)) end++;
  }
  return { text: rewritten.slice(start, end).trim() || suggestion.label, rewrites: true };
}

function cssText(style: Record<string, string>): string {
  return Object.entries(style)
    .map(([key, value]) => `${key}: ${value}`)
    .join('; ');
}

export function Coach({ model, actions }: { model: CoachModel; actions: CoachActions }) {
  const [collapsed, setCollapsed] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const { review, anchor } = model;
  if (!anchor) return null;
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const feeling = review?.feeling ?? null;
  const detail = review?.feelingDetail ?? null;

  return (
    <>
      {model.underlines.map((underline) =>
        underline.rects.map((rect, index) => (
          <div
            key={`${underline.key}:${index}`}
            class={`underline ${underline.severity}${active === underline.key ? ' active' : ''}`}
            data-finding={underline.key}
            style={cssText({ left: `${rect.left}px`, top: `${rect.bottom - 1}px`, width: `${rect.width}px` })}
          />
        )),
      )}
      <section
        class={`panel${collapsed ? ' collapsed' : ''}`}
        style={cssText(panelPosition(anchor, viewport))}
        aria-label="Empathy Coach"
      >
        <header>
          <div class="chip" tabIndex={0} data-negative={String(isNegative(feeling))} data-testid="feeling-chip">
            <span class="dot" />
            <span>{feeling ? feelingLabel(feeling, model.customerName, detail?.sure !== false) : 'Customer message not found'}</span>
            {detail && detail.evidence.length > 0 && (
              <div class="why" role="tooltip">
                Because they wrote:{' '}
                {detail.evidence.slice(0, 6).map((evidence, index) => (
                  <>
                    {index > 0 && ' '}
                    <mark>{evidence.text}</mark>
                  </>
                ))}
              </div>
            )}
          </div>
          {review && model.draft.trim() && (
            <span class="score" title="Empathy score of this draft (0–100)" data-testid="score">
              {review.score}
            </span>
          )}
          <button
            class="icon"
            aria-expanded={!collapsed}
            aria-label={collapsed ? 'Show coaching' : 'Hide coaching'}
            onClick={() => setCollapsed(!collapsed)}
          >
            {collapsed ? `▸ ${model.findings.length}` : '▾'}
          </button>
        </header>
        {!collapsed && (
          <>
            {model.notice && (
              <p class="notice" role="alert">
                {model.notice}
              </p>
            )}
            {model.customerUnknown && (
              <details class="customer">
                <summary>Paste what the customer said</summary>
                <textarea
                  aria-label="What the customer said"
                  value={model.pastedCustomer}
                  onInput={(event) => actions.pasteCustomer((event.target as HTMLTextAreaElement).value)}
                />
              </details>
            )}
            {!model.draft.trim() ? (
              <p class="empty">Start your reply: the coach reviews it when you pause.</p>
            ) : !review ? null : model.findings.length === 0 ? (
              <p class="empty" data-testid="all-good">
                Nothing to add: this reply does what a good reply does.
              </p>
            ) : (
              <ul>
                {model.findings.map(({ key, finding }) => (
                  <FindingItem
                    key={key}
                    id={key}
                    finding={finding}
                    draft={model.draft}
                    actions={actions}
                    active={active === key}
                    onActive={setActive}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}

function FindingItem(props: {
  id: string;
  finding: Finding;
  draft: string;
  actions: CoachActions;
  active: boolean;
  onActive(key: string | null): void;
}) {
  const { id, finding, draft, actions } = props;
  const quoted = finding.end > finding.start ? draft.slice(finding.start, finding.end) : '';
  return (
    <li
      class={`${finding.severity}${props.active ? ' active' : ''}`}
      tabIndex={0}
      data-rule={finding.rule}
      onMouseEnter={() => props.onActive(id)}
      onMouseLeave={() => props.onActive(null)}
      onFocus={() => props.onActive(id)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          actions.dismiss(id);
        }
      }}
    >
      <p class="message">
        <strong>{ruleTitle(finding.rule)}.</strong> {finding.message}
        {quoted && <span class="quote"> “{quoted}”</span>}
      </p>
      {finding.suggestions.length > 0 && (
        <div class="suggestions">
          {finding.suggestions.slice(0, 3).map((suggestion, index) => {
            const shown = suggestionText(draft, suggestion);
            return (
              <div class="suggestion-row" key={index}>
                <span>
                  {shown.rewrites && <span class="label">{suggestion.label}: </span>}
                  {shown.text}
                </span>
                <button
                  onClick={() => (shown.rewrites ? actions.copy(shown.text) : actions.apply(finding, suggestion))}
                  title={suggestion.label}
                >
                  {finding.end > finding.start || shown.rewrites ? 'Copy' : 'Insert'}
                </button>
              </div>
            );
          })}
          {finding.rule === 'acknowledge-feeling' && (
            <span class="empty">
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>E</kbd> inserts the first one
            </span>
          )}
        </div>
      )}
      <div class="actions">
        <button onClick={() => actions.notHelpful(id, finding)}>Not helpful</button>
        <button onClick={() => actions.dismiss(id)} aria-label="Dismiss for this draft (Esc)">
          Dismiss
        </button>
      </div>
    </li>
  );
}
