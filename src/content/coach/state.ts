// What one page's coach knows at a moment: the reply boxes, the active one, the conversation, the
// latest review and what is shown. One object the coach's parts share (the box tracking, the review
// loop, the painting and the actions, each in a file of its own); nothing here acts.
import type { CoachReview } from '../../shared/review-answer';
import type { Draft, EditorAdapter } from '../editors';
import type { Conversation } from '../sites/types';
import type { CoachHost } from './host';

export interface ActiveBox {
  element: Element;
  editor: EditorAdapter;
}

export interface CoachState {
  readonly boxes: Set<Element>;
  host?: CoachHost;
  active: ActiveBox | null;
  conversation: Conversation;
  draft: Draft | null;
  /** The worker's review of the draft, with what the coach shows of it. */
  review: CoachReview | null;
  pastedCustomer: string;
  /** Customer messages the agent gave (pasted or selected), per conversation key: they hold for that conversation. */
  readonly heldCustomer: Map<string, string>;
  notice: string | null;
  /** The draft is over MAX_REVIEW_CHARS: said instead of a review. */
  tooLong: string | null;
  /** The worker could not read the team's library and uses the agent's own. */
  libraryNotice: string | null;
  focused: boolean;
  stale: boolean;
  readonly dismissed: Set<string>;
  sequence: number;
  timer?: ReturnType<typeof setTimeout>;
  frame: number;
  previous?: AbortController;
  readonly boxSignals: WeakMap<Element, AbortSignal>;
  /** The draft looks finished (a pause of SETTLE_MS, or a sign-off): held findings and the panel show. */
  settled: boolean;
  settleTimer?: ReturnType<typeof setTimeout>;
  awayTimer?: ReturnType<typeof setTimeout>;
  open: boolean;
  card: string | null;
  hoverTimer?: ReturnType<typeof setTimeout>;
  focusRequest: number;
  /** `at`: the draft offset of the changed words when the change was made from their card (its Undo shows there). */
  lastChange: { label: string; before: string; after: string; element: Element; at: number | null } | null;
  dark: boolean;
  /** The coach itself is changing the draft: its input events are not the agent typing. */
  changing: boolean;
  /** Underlines in the editor's own viewport, for hit-testing the pointer over the words. */
  hits: Array<{ key: string; rects: DOMRect[] }>;
  readonly siteKey: string;
}

export function createCoachState(): CoachState {
  return {
    boxes: new Set<Element>(),
    active: null,
    conversation: { customerText: null, customerName: null, conversationKey: null },
    draft: null,
    review: null,
    pastedCustomer: '',
    heldCustomer: new Map<string, string>(),
    notice: null,
    tooLong: null,
    libraryNotice: null,
    focused: false,
    stale: false,
    dismissed: new Set<string>(),
    sequence: 0,
    frame: 0,
    boxSignals: new WeakMap<Element, AbortSignal>(),
    settled: true,
    open: false,
    card: null,
    focusRequest: 0,
    lastChange: null,
    dark: false,
    changing: false,
    hits: [],
    siteKey: location.hostname,
  };
}

/** The key a held customer message is kept under. */
export const heldKey = (key: string | null) => key ?? '';
