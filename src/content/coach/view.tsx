import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Review, Suggestion } from '../../analyzer/types';
import { findingTitle } from '../../analyzer/rules/catalog';
import { feelingLabel, isNegative } from '../../shared/feeling-label';
import { dockPanel, PANEL_MAX_HEIGHT } from './dock';
import type { Verdict } from '../../shared/readiness';
import { suggestionText } from '../../shared/suggestion-text';

export interface Underline {
  key: string;
  severity: Finding['severity'];
  rects: DOMRect[];
}

export interface VisibleFinding {
  key: string;
  /** The rule id as the host and the tests name it ("placeholder" for an unfilled snippet placeholder). */
  rule: string;
  finding: Finding;
}

export interface CoachModel {
  review: Review | null;
  /** Warnings first, then suggestions, then info; in draft order within each. */
  findings: VisibleFinding[];
  customerName: string | null;
  /** True when the page shows no customer message (the agent may paste one). */
  customerUnknown: boolean;
  pastedCustomer: string;
  draft: string;
  /** The reply box, in the top page's viewport; null hides the coach (box off screen, focus gone). */
  anchor: DOMRect | null;
  /** The latest customer message, in the top page's viewport, when the page shows it. */
  message: DOMRect | null;
  /** The agent opened the panel (remembered per site). */
  open: boolean;
  /** The agent is typing: only the badge shows, and it keeps its size. */
  typing: boolean;
  verdict: Verdict | null;
  underlines: Underline[];
  /** The finding whose card is open at its words, and where those words are. */
  card: { key: string; rect: DOMRect } | null;
  /** The coach's last change to the draft, while it can still be undone. */
  lastChange: { label: string } | null;
  /** Bumped to move focus into the panel (the shortcut). */
  focusRequest: number;
  dark: boolean;
  notice: string | null;
}

export interface CoachActions {
  /** Inserts a suggestion for missing content at its place. */
  apply(finding: Finding, suggestion: Suggestion): void;
  /** Replaces (or with empty text removes) the words a suggestion rewrites, in the editor. */
  replace(finding: Finding, suggestion: Suggestion): void;
  copy(text: string): void;
  dismiss(key: string): void;
  notHelpful(key: string, finding: Finding): void;
  pasteCustomer(text: string): void;
  /** "Use as customer message": the text selected on the page; says what is wrong, or null when taken. */
  useSelection(): string | null;
  setOpen(open: boolean): void;
  undo(): void;
  openCard(key: string | null): void;
  /** Focus back to the reply box. */
  focusEditor(): void;
}

/** Alt+Shift+O: into the coach and back. Alt+Shift+N: the card of the next finding. */
export const SHORTCUTS = { focus: 'O', next: 'N' } as const;
export const isShortcut = (event: KeyboardEvent, key: string) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === `Key${key}`;

const GAP = 8;

function cssText(style: Record<string, string>): string {
  return Object.entries(style)
    .map(([key, value]) => `${key}: ${value}`)
    .join('; ');
}

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What a suggestion's button does, and its name for screen readers (it says what it acts on). */
function actionOf(draft: string, finding: Finding, suggestion: Suggestion) {
  const shown = suggestionText(draft, suggestion);
  const replace = suggestion.replace;
  if (replace && replace.end > replace.start) {
    const old = draft.slice(replace.start, replace.end);
    if (!suggestion.text) return { verb: 'Remove', kind: 'replace' as const, shown, name: `Remove “${clip(old.trim())}”` };
    return { verb: 'Replace', kind: 'replace' as const, shown, name: `Replace with “${clip(shown.text)}”` };
  }
  const text = suggestion.text.trim() || suggestion.label;
  void finding;
  return { verb: 'Insert', kind: 'insert' as const, shown: { text, rewrites: false }, name: `Insert “${clip(text)}”` };
}

function verdictText(verdict: Verdict | null): string {
  if (!verdict) return '…';
  if (verdict.kind === 'empty') return '–';
  if (verdict.kind === 'keep-going') return 'Keep going';
  return String(verdict.score);
}

export function Coach({ model, actions }: { model: CoachModel; actions: CoachActions }) {
  const [expanded, setExpanded] = useState<string | null>(null);
  const [selectionProblem, setSelectionProblem] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [refocus, setRefocus] = useState<{ index: number; key: string } | null>(null);
  const panel = useRef<HTMLElement>(null);
  const { review, anchor } = model;

  // The shortcut: focus into the panel (the first finding, else its first button).
  useEffect(() => {
    if (!model.focusRequest) return;
    const target = panel.current?.querySelector<HTMLElement>('li .row') ?? panel.current?.querySelector<HTMLElement>('header button');
    target?.focus();
  }, [model.focusRequest]);
  // Dismiss moves focus to the next finding (the one now at the same place), else to the header.
  useEffect(() => {
    if (refocus === null || !panel.current) return;
    // Once the dismissed finding has left the list.
    if (model.findings.some((item) => item.key === refocus.key)) return;
    const rows = panel.current.querySelectorAll<HTMLElement>('li .row');
    (rows[Math.min(refocus.index, rows.length - 1)] ?? panel.current.querySelector<HTMLElement>('header button'))?.focus();
    setRefocus(null);
  });

  if (!anchor) return null;
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const feeling = review?.feeling ?? null;
  const detail = review?.feelingDetail ?? null;
  const who = feeling ? feelingLabel(feeling, model.customerName, detail?.sure !== false) : 'Customer message not found';
  const count = model.findings.length;
  const score = verdictText(model.verdict);
  const showPanel = model.open && !model.typing;

  const dismiss = (key: string) => {
    const index = model.findings.findIndex((item) => item.key === key);
    actions.dismiss(key);
    const root = panel.current?.getRootNode() as ShadowRoot | Document | undefined;
    if (index >= 0 && panel.current?.contains(root?.activeElement ?? null)) setRefocus({ index, key });
  };
  const onPanelKey = (event: KeyboardEvent) => {
    if (isShortcut(event, SHORTCUTS.focus)) {
      event.preventDefault();
      actions.focusEditor();
    }
  };

  // The badge sits inside the box's bottom-right corner, kept on screen.
  const badgeRight = Math.max(GAP, viewport.width - Math.min(anchor.right, viewport.width) + 6);
  const badgeBottom = Math.max(GAP, viewport.height - Math.min(anchor.bottom, viewport.height) + 6);
  const placement = showPanel ? dockPanel(anchor, model.message, viewport, PANEL_MAX_HEIGHT) : null;
  const card = model.card && !model.typing ? model.findings.find((item) => item.key === model.card!.key) : undefined;

  return (
    <div class={`coach${model.dark ? ' dark' : ''}`}>
      {model.underlines.map((underline) =>
        underline.rects.map((rect, index) => (
          <div
            key={`${underline.key}:${index}`}
            class={`underline ${underline.severity}${active === underline.key || model.card?.key === underline.key ? ' active' : ''}`}
            data-finding={underline.key}
            style={cssText({ left: `${rect.left}px`, top: `${rect.bottom - 1}px`, width: `${rect.width}px` })}
          />
        )),
      )}
      <button
        class="badge"
        data-testid="badge"
        aria-expanded={showPanel}
        style={cssText({ right: `${badgeRight}px`, bottom: `${badgeBottom}px` })}
        onClick={() => actions.setOpen(!model.open)}
      >
        <span class="dot" data-negative={String(isNegative(feeling))} aria-hidden="true" />
        <span class="badge-score" aria-hidden="true">
          {score}
        </span>
        {count > 0 && (
          <span class={`count${model.findings.some((item) => item.finding.severity === 'warning') ? ' warn' : ''}`} aria-hidden="true">
            {count}
          </span>
        )}
        <span class="sr-only">
          {`Empathy Coach: ${who}; ${score === 'Keep going' ? 'keep going' : `score ${score}`}; ${count} finding${count === 1 ? '' : 's'}. ${showPanel ? 'Hide' : 'Show'} coaching (Alt+Shift+${SHORTCUTS.focus})`}
        </span>
      </button>
      {model.lastChange && !showPanel && (
        <div class="undo-bar" style={cssText({ right: `${badgeRight}px`, bottom: `${badgeBottom + 34}px` })} role="status">
          {model.lastChange.label}{' '}
          <button onClick={() => actions.undo()} aria-label={`Undo: ${model.lastChange.label}`}>
            Undo
          </button>
        </div>
      )}
      {card && model.card && (
        <Card
          item={card}
          rect={model.card.rect}
          viewport={viewport}
          draft={model.draft}
          actions={actions}
          onDismiss={dismiss}
        />
      )}
      {placement && (
        <section
          ref={panel}
          class="panel"
          data-side={placement.side}
          style={cssText({ left: `${placement.left}px`, top: `${placement.top}px`, width: `${placement.width}px`, 'max-height': `${placement.maxHeight}px` })}
          aria-label="Empathy Coach"
          onKeyDown={onPanelKey}
        >
          <header>
            <button class="chip" data-negative={String(isNegative(feeling))} data-testid="feeling-chip" aria-describedby={detail?.evidence.length ? 'coach-why' : undefined}>
              <span class="dot" />
              <span class="who">{who}</span>
            </button>
            {detail && detail.evidence.length > 0 && (
              <div class="why" role="tooltip" id="coach-why">
                Because they wrote:{' '}
                {detail.evidence.slice(0, 6).map((evidence, index) => (
                  <>
                    {index > 0 && ' '}
                    <mark>{evidence.text}</mark>
                  </>
                ))}
              </div>
            )}
            {review && model.draft.trim() && (
              <span class="score" title="Empathy score of this draft (0–100)" data-testid="score">
                {score}
              </span>
            )}
            <button class="icon" aria-expanded="true" aria-label="Hide coaching" onClick={() => actions.setOpen(false)}>
              ✕
            </button>
          </header>
          <div class="body">
            {model.notice && (
              <p class="notice" role="alert">
                {model.notice}
              </p>
            )}
            {model.lastChange && (
              <p class="notice-ok" role="status">
                {model.lastChange.label}{' '}
                <button onClick={() => actions.undo()} aria-label={`Undo: ${model.lastChange.label}`}>
                  Undo
                </button>
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
                {/* mousedown would move focus and can drop the page's selection: keep it for the click. */}
                <button type="button" data-testid="coach-use-selection" onMouseDown={(event) => event.preventDefault()} onClick={() => setSelectionProblem(actions.useSelection() ?? null)}>
                  Use as customer message
                </button>
                <span class="hint">Select her words on the page first.</span>
                {selectionProblem && (
                  <p class="problem" role="alert" data-testid="coach-use-selection-problem">
                    {selectionProblem}
                  </p>
                )}
              </details>
            )}
            {!model.draft.trim() ? (
              <p class="empty">Start your reply: the coach reviews it when you pause.</p>
            ) : !review ? null : model.verdict?.kind === 'keep-going' ? (
              <p class="empty" data-testid="keep-going">
                Keep going: too short to judge yet.
              </p>
            ) : model.findings.length === 0 ? (
              <p class="empty" data-testid="all-good">
                Nothing to add: this reply does what a good reply does.
              </p>
            ) : (
              <ul>
                {model.findings.map((item) => (
                  <FindingItem
                    key={item.key}
                    item={item}
                    draft={model.draft}
                    actions={actions}
                    expanded={expanded === item.key}
                    active={active === item.key}
                    onExpand={(open) => setExpanded(open ? item.key : null)}
                    onActive={setActive}
                    onDismiss={dismiss}
                  />
                ))}
              </ul>
            )}
          </div>
        </section>
      )}
    </div>
  );
}

function Fixes(props: { item: VisibleFinding; draft: string; actions: CoachActions }) {
  const { finding } = props.item;
  const { draft, actions } = props;
  if (!finding.suggestions.length) return null;
  return (
    <div class="suggestions">
      {finding.suggestions.slice(0, 3).map((suggestion, index) => {
        const action = actionOf(draft, finding, suggestion);
        return (
          <div class="suggestion-row" key={index}>
            <span>
              {action.shown.rewrites && <span class="label">{suggestion.label}: </span>}
              {action.shown.text}
            </span>
            <span class="buttons">
              <button
                class="primary"
                data-action={action.verb.toLowerCase()}
                aria-label={action.name}
                onClick={() => (action.kind === 'replace' ? actions.replace(finding, suggestion) : actions.apply(finding, suggestion))}
              >
                {action.verb}
              </button>
              {action.verb !== 'Remove' && (
                <button class="copy" data-action="copy" aria-label={`Copy “${clip(action.shown.text)}”`} onClick={() => actions.copy(action.shown.text)}>
                  Copy
                </button>
              )}
            </span>
          </div>
        );
      })}
      {finding.rule === 'acknowledge-feeling' && (
        <span class="hint">
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>E</kbd> inserts the first one
        </span>
      )}
    </div>
  );
}

function quoteOf(draft: string, finding: Finding): string {
  return finding.end > finding.start ? draft.slice(finding.start, finding.end) : '';
}

function titleOf(item: VisibleFinding): string {
  return item.rule === 'placeholder' ? 'Fill in the placeholder' : findingTitle(item.finding);
}

function FindingItem(props: {
  item: VisibleFinding;
  draft: string;
  actions: CoachActions;
  expanded: boolean;
  active: boolean;
  onExpand(open: boolean): void;
  onActive(key: string | null): void;
  onDismiss(key: string): void;
}) {
  const { item, draft, actions } = props;
  const { key, finding } = item;
  const quoted = quoteOf(draft, finding);
  const title = titleOf(item);
  return (
    <li
      class={`${finding.severity}${props.active ? ' active' : ''}${props.expanded ? ' expanded' : ''}`}
      tabIndex={-1}
      data-rule={item.rule}
      onMouseEnter={() => props.onActive(key)}
      onMouseLeave={() => props.onActive(null)}
      onFocusCapture={() => props.onActive(key)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onDismiss(key);
        }
      }}
    >
      <button class="row" aria-expanded={props.expanded} onClick={() => props.onExpand(!props.expanded)}>
        <span class="sev">{finding.severity === 'warning' ? 'Warning' : finding.severity === 'info' ? 'Note' : 'Suggestion'}:</span>{' '}
        <strong>{title}</strong>
        {quoted && <span class="quote"> “{clip(quoted, 40)}”</span>}
      </button>
      {props.expanded && (
        <div class="detail">
          <p class="message">{finding.message}</p>
          <Fixes item={item} draft={draft} actions={actions} />
          <div class="actions">
            <button onClick={() => actions.notHelpful(key, finding)} aria-label={`Not helpful: ${title}`}>
              Not helpful
            </button>
            <button onClick={() => props.onDismiss(key)} aria-label={`Dismiss “${title}” for this draft (Esc)`}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/** The small card at the words: the finding's message and its fix. */
function Card(props: {
  item: VisibleFinding;
  rect: DOMRect;
  viewport: { width: number; height: number };
  draft: string;
  actions: CoachActions;
  onDismiss(key: string): void;
}) {
  const { item, rect, viewport, draft, actions } = props;
  const width = Math.min(300, viewport.width - 2 * GAP);
  const left = Math.max(GAP, Math.min(rect.left, viewport.width - width - GAP));
  const below = rect.bottom + 6;
  const style: Record<string, string> = { left: `${left}px`, width: `${width}px` };
  if (below + 160 <= viewport.height) style.top = `${below}px`;
  else style.bottom = `${viewport.height - rect.top + 6}px`;
  const title = titleOf(item);
  return (
    <div
      class={`card ${item.finding.severity}`}
      role="dialog"
      aria-label={title}
      data-card={item.key}
      style={cssText(style)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          actions.openCard(null);
          actions.focusEditor();
        }
      }}
    >
      <p class="message">
        <strong>{title}.</strong> {item.finding.message}
      </p>
      <Fixes item={item} draft={draft} actions={actions} />
      <div class="actions">
        <button onClick={() => props.onDismiss(item.key)} aria-label={`Dismiss “${title}” for this draft`}>
          Dismiss
        </button>
        <button onClick={() => actions.openCard(null)} aria-label="Close this card">
          Close
        </button>
      </div>
    </div>
  );
}
