/** @jsxRuntime classic */
/** @jsx h */
// The content script's JSX calls preact's own h (createElement, which render needs anyway), so it
// bundles no preact/jsx-runtime of its own (eslint.config.js names h as the pragma).
import { Component, createRef, h } from 'preact';
import type { Finding, Suggestion } from '../../analyzer/types';
import { dockPanel } from './dock';
import type { Verdict } from '../../shared/readiness';
import type { CoachReview, ShownSuggestion } from '../../shared/review-answer';

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
  review: CoachReview | null;
  /** Warnings first, then suggestions, then info; in draft order within each. */
  findings: VisibleFinding[];
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
  underlines: Underline[];
  /** The finding whose card is open at its words, and where those words are. */
  card: { key: string; rect: DOMRect } | null;
  /**
   * The coach's last change to the draft, while it can still be undone: at the changed words when it
   * was made from their card (`rect`), else by the badge or in the panel.
   */
  lastChange: { label: string; rect: DOMRect | null } | null;
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

/** Inline style: preact sets each property as it is (no unit added). */
type Place = Record<string, string>;
const px = (value: number) => `${value}px`;

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What a suggestion's button does, and its name for screen readers (it says what it acts on). */
function actionOf(draft: string, suggestion: Suggestion): { verb: 'Insert' | 'Replace' | 'Remove'; shown: { text: string; rewrites: boolean }; cut?: string; name: string } {
  // How it reads (the worker's suggestionText: an insertion its own text, or its label when it has none).
  const { shown } = suggestion as ShownSuggestion;
  const replace = suggestion.replace;
  if (!replace || replace.end <= replace.start) return { verb: 'Insert', shown, name: `Insert “${clip(shown.text)}”` };
  if (suggestion.text) return { verb: 'Replace', shown, name: `Replace with “${clip(shown.text)}”` };
  const cut = draft.slice(replace.start, replace.end).trim();
  return { verb: 'Remove', shown, cut, name: `Remove “${clip(cut)}”` };
}

function verdictText(verdict: Verdict | undefined): string {
  if (!verdict) return '…';
  if (verdict.kind === 'empty') return '–';
  if (verdict.kind === 'keep-going') return 'Keep going';
  return String(verdict.score);
}

interface CoachProps {
  model: CoachModel;
  actions: CoachActions;
}

interface CoachState {
  /** The finding whose row is open in the panel. */
  expanded: string | null;
  /** The finding under the pointer or focus: its underline is drawn stronger. */
  active: string | null;
  /** A finding dismissed from the panel with focus in it: focus goes to the row now at `index`. */
  refocus: { index: number; key: string } | null;
  /** What went wrong with "Use as customer message", or null. */
  selectionProblem: string | null;
}

/**
 * The badge, the panel and the cards. A class component rather than hooks: the content script
 * then leaves preact/hooks out (1 KB gzipped of its 30 KB budget). What the hooks did, it does the
 * same way: a state change to the value it has is no render, and the two focus moves run after
 * each render.
 */
export class Coach extends Component<CoachProps, CoachState> {
  override state: CoachState = { expanded: null, active: null, refocus: null, selectionProblem: null };
  private panel = createRef<HTMLElement>();

  private set<K extends keyof CoachState>(key: K, value: CoachState[K]): void {
    this.setState((state) => (state[key] === value ? null : ({ [key]: value } as Pick<CoachState, K>)));
  }

  override componentDidMount(): void {
    this.componentDidUpdate({});
  }

  /** After each render (and on mount): the shortcut's focus move when focusRequest changed, then a dismiss's. */
  override componentDidUpdate(previous: Partial<CoachProps>): void {
    const { model } = this.props;
    const { refocus } = this.state;
    const panel = this.panel.current;
    // The shortcut: focus into the panel (the first finding, else its first button).
    if (model.focusRequest && previous.model?.focusRequest !== model.focusRequest) {
      (panel?.querySelector<HTMLElement>('li .row') ?? panel?.querySelector<HTMLElement>('header button'))?.focus();
    }
    // Dismiss moves focus to the next finding (the one now at the same place), else to the header,
    // once the dismissed finding has left the list.
    if (refocus && panel && !model.findings.some((item) => item.key === refocus.key)) {
      const rows = panel.querySelectorAll<HTMLElement>('li .row');
      (rows[Math.min(refocus.index, rows.length - 1)] ?? panel.querySelector<HTMLElement>('header button'))?.focus();
      this.set('refocus', null);
    }
  }

  override render() {
    const { model, actions } = this.props;
    const { expanded, active } = this.state;
    const panel = this.panel;
    const { review, anchor } = model;

    if (!anchor) return null;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const detail = review?.feelingDetail ?? null;
    const who = review?.who ?? 'Customer message not found';
    const count = model.findings.length;
    const score = verdictText(review?.verdict);
    const showPanel = model.open && !model.typing;

    const dismiss = (key: string) => {
      const index = model.findings.findIndex((item) => item.key === key);
      actions.dismiss(key);
      const root = panel.current?.getRootNode() as ShadowRoot | Document | undefined;
      if (index >= 0 && panel.current?.contains(root?.activeElement ?? null)) this.set('refocus', { index, key });
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
    const placement = showPanel ? dockPanel(anchor, model.message, viewport) : null;
    const card = model.card && !model.typing ? model.findings.find((item) => item.key === model.card!.key) : undefined;
    const changed = model.lastChange;
    const undoButton = changed && (
      <button onClick={() => actions.undo()} aria-label={`Undo: ${changed.label}`}>
        Undo
      </button>
    );

    return (
      <div class={`coach${model.dark ? ' dark' : ''}`}>
        {model.underlines.map((underline) =>
          underline.rects.map((rect, index) => (
            <div
              key={`${underline.key}:${index}`}
              class={`underline ${underline.severity}${active === underline.key || model.card?.key === underline.key ? ' active' : ''}`}
              data-finding={underline.key}
              style={{ left: px(rect.left), top: px(rect.bottom - 1), width: px(rect.width) }}
            />
          )),
        )}
        <button
          class="badge"
          data-testid="badge"
          aria-expanded={showPanel}
          style={{ right: px(badgeRight), bottom: px(badgeBottom) }}
          onClick={() => actions.setOpen(!model.open)}
        >
          <span class="dot" data-negative={String(!!review?.negative)} aria-hidden="true" />
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
        {changed && !changed.rect && !showPanel && (
          <div class="undo-bar" style={{ right: px(badgeRight), bottom: px(badgeBottom + 34) }} role="status">
            {changed.label} {undoButton}
          </div>
        )}
        {changed?.rect && !model.typing && (
          <div class="undo-bar" data-testid="undo-card" style={undoPlace(changed.rect, viewport, badgeRight, badgeBottom)} role="status">
            {changed.label} {undoButton}
          </div>
        )}
        {card && (
          <Card
            item={card}
            rect={model.card!.rect}
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
            style={{ left: px(placement.left), top: px(placement.top), width: px(placement.width), maxHeight: px(placement.maxHeight) }}
            aria-label="Empathy Coach"
            onKeyDown={onPanelKey}
          >
            <header>
              <button class="chip" data-negative={String(!!review?.negative)} data-testid="feeling-chip" aria-describedby={detail?.evidence.length ? 'coach-why' : undefined}>
                <span class="dot" />
                <span class="who">{who}</span>
              </button>
              {detail && detail.evidence.length > 0 && (
                <div class="why" role="tooltip" id="coach-why">
                  Because they wrote:{' '}
                  {detail.evidence.slice(0, 6).map((evidence, index) => [index > 0 && ' ', <mark>{evidence.text}</mark>])}
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
              {changed && !changed.rect && (
                <p class="notice-ok" role="status">
                  {changed.label} {undoButton}
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
                  <button type="button" data-testid="coach-use-selection" onMouseDown={(event) => event.preventDefault()} onClick={() => this.set('selectionProblem', actions.useSelection() ?? null)}>
                    Use as customer message
                  </button>
                  <span class="hint">Select her words on the page first.</span>
                  {this.state.selectionProblem && (
                    <p class="problem" role="alert" data-testid="coach-use-selection-problem">
                      {this.state.selectionProblem}
                    </p>
                  )}
                </details>
              )}
              {!model.draft.trim() ? (
                <p class="empty">Start your reply: the coach reviews it when you pause.</p>
              ) : !review ? null : review.verdict?.kind === 'keep-going' ? (
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
                      onExpand={(open) => this.set('expanded', open ? item.key : null)}
                      onActive={(key) => this.set('active', key)}
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
}

function Fixes(props: { item: VisibleFinding; draft: string; actions: CoachActions }) {
  const { finding } = props.item;
  const { draft, actions } = props;
  if (!finding.suggestions.length) return null;
  return (
    <div class="suggestions">
      {finding.suggestions.slice(0, 3).map((suggestion, index) => {
        const action = actionOf(draft, suggestion);
        return (
          <div class="suggestion-row" key={index}>
            <span>
              {action.shown.rewrites && <span class="label">{suggestion.label}: </span>}
              {action.shown.text || (action.cut !== undefined && <del class="cut">{action.cut}</del>)}
            </span>
            <span class="buttons">
              <button
                class="primary"
                data-action={action.verb.toLowerCase()}
                aria-label={action.name}
                onClick={() => (action.verb === 'Insert' ? actions.apply(finding, suggestion) : actions.replace(finding, suggestion))}
              >
                {action.verb}
              </button>
              {action.verb !== 'Remove' && action.shown.text && (
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

/** A finding's heading: the worker's (it sends each finding's title), or the placeholder's. */
function titleOf(item: VisibleFinding): string {
  return item.rule === 'placeholder' ? 'Fill in the placeholder' : item.finding.title || item.finding.rule;
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

const CARD_WIDTH = 300;
/** At most this wide ("Replaced." and its Undo button) and tall, for placing it. */
const UNDO_CARD_WIDTH = 170;
const UNDO_CARD_HEIGHT = 36;
/** The badge's height (style.ts) and a width it stays under with a two-digit count. */
const BADGE_HEIGHT = 26;
const BADGE_WIDTH = 90;

/** Where a card goes for words at `rect`: under them, else above; kept on screen. */
function cardPlace(rect: DOMRect, viewport: { width: number; height: number }, wanted: number, tall = 160): Place {
  const width = Math.min(wanted, viewport.width - 2 * GAP);
  const left = Math.max(GAP, Math.min(rect.left, viewport.width - width - GAP));
  const below = rect.bottom + 6;
  return below + tall <= viewport.height ? { left: px(left), width: px(width), top: px(below) } : { left: px(left), width: px(width), bottom: px(viewport.height - rect.top + 6) };
}

/**
 * The Undo card at the changed words: under them, as wide as its words, kept on screen; over them
 * when under them would cover the badge (in the box's bottom-right corner) or leave the window.
 */
function undoPlace(rect: DOMRect, viewport: { width: number; height: number }, badgeRight: number, badgeBottom: number): Place {
  const style = cardPlace(rect, viewport, UNDO_CARD_WIDTH, UNDO_CARD_HEIGHT);
  const left = parseFloat(style.left!);
  const badgeTop = viewport.height - badgeBottom - BADGE_HEIGHT;
  const onBadge = rect.bottom + 6 + UNDO_CARD_HEIGHT > badgeTop && left + UNDO_CARD_WIDTH > viewport.width - badgeRight - BADGE_WIDTH;
  if (style.top !== undefined && onBadge && rect.top - 6 - UNDO_CARD_HEIGHT >= 0) {
    delete style.top;
    style.bottom = px(viewport.height - rect.top + 6);
  }
  return { ...style, width: 'max-content', maxWidth: px(viewport.width - 2 * GAP) };
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
  const style = cardPlace(rect, viewport, CARD_WIDTH);
  const title = titleOf(item);
  return (
    <div
      class={`card ${item.finding.severity}`}
      role="dialog"
      aria-label={title}
      data-card={item.key}
      style={style}
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
