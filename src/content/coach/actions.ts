// The agent's actions on the coach: insert, replace, copy, dismiss, not helpful, open and close, undo,
// and the customer's message given by hand. Changes to the draft go through the editor adapter,
// verified; a draft that changed since the review is reviewed again first.
import type { Finding, Review, Suggestion } from '../../analyzer/types';
import { sendToBackground, type InsertOutcome, type UseCustomerOutcome } from '../../shared/protocol';
import { placeholders } from '../../shared/readiness';
import { COACH_OPEN } from '../../shared/storage-keys';
import { getItem, setItem } from '../../shared/storage';
import { selectionFor } from '../dom/roots';
import { selectedText } from '../dom/selection';
import { findingKey } from './painting';
import type { ReviewLoop } from './review-loop';
import { heldKey, type CoachState } from './state';
import type { CoachActions } from './view';

export interface ActionParts {
  repaint(): void;
  loop: Pick<ReviewLoop, 'reviewNow' | 'schedule'>;
  /** The session's "use as customer message". */
  useAsCustomer(text: string): UseCustomerOutcome;
}

export interface CoachActionParts {
  actions: CoachActions;
  /** Opens or closes the panel, remembered per site. */
  setOpen(open: boolean): void;
  /** Reviews now and inserts the suggestion `pick` chooses from the fresh review. */
  insertAt(pick: (review: Review) => { finding: Finding; suggestion: Suggestion } | null): Promise<InsertOutcome>;
}

export function createActions(s: CoachState, parts: ActionParts): CoachActionParts {
  const { repaint, useAsCustomer } = parts;
  const { reviewNow, schedule } = parts.loop;

  const setOpen = (value: boolean) => {
    s.open = value;
    repaint();
    getItem(COACH_OPEN)
      .then((stored) => setItem(COACH_OPEN, { ...stored, [s.siteKey]: value }))
      .catch(() => undefined);
  };

  /** After an insertion with a snippet placeholder in it, the first placeholder is selected to be typed over. */
  const selectFirstPlaceholder = (element: Element, from: number, text: string) => {
    const first = placeholders(text)[0];
    if (!first) return;
    const start = from + first.start;
    const end = from + first.end;
    if (element.localName === 'textarea') {
      (element as HTMLTextAreaElement).setSelectionRange(start, end);
      return;
    }
    const range = s.active?.editor.read(element).rangeFor(start, end);
    const selection = range ? selectionFor(element) : null;
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  };

  const insertAt = async (pick: (review: Review) => { finding: Finding; suggestion: Suggestion } | null): Promise<InsertOutcome> => {
    if (!s.active) return { ok: false, reason: 'No reply box is active.' };
    clearTimeout(s.timer);
    await reviewNow();
    const target = s.review ? pick(s.review) : null;
    if (!s.active || !target) return { ok: false, reason: 'Nothing to insert: the draft already does this.' };
    const { finding, suggestion } = target;
    const at = suggestion.replace?.start ?? finding.start;
    const element = s.active.element;
    const before = s.active.editor.read(element).text;
    s.changing = true;
    const result = await s.active.editor.insert(element, at, suggestion.text).finally(() => (s.changing = false));
    s.notice = result.ok ? null : `Could not insert the text safely (${result.reason}). Your draft is unchanged.`;
    if (result.ok) {
      s.lastChange = { label: 'Inserted.', before, after: s.active.editor.read(element).text, element, at: null };
      selectFirstPlaceholder(element, at, suggestion.text);
    }
    await reviewNow();
    repaint();
    return result.ok ? { ok: true, inserted: suggestion.text } : { ok: false, reason: result.reason };
  };

  /**
   * Replaces [start, end) with the suggestion in the editor, verified. Offsets are the reviewed
   * draft's: when the editor holds something else by now, the draft is reviewed again and the same
   * fix (rule and label) is taken from the fresh review, or the agent told.
   */
  const change = async (finding: Finding, suggestion: Suggestion, label: string) => {
    if (!s.active || !s.draft) return;
    const element = s.active.element;
    const editor = s.active.editor;
    let target: Suggestion | undefined = suggestion;
    let at: Finding | undefined = finding;
    if (editor.read(element).text !== s.draft.text) {
      clearTimeout(s.timer);
      await reviewNow();
      at = s.review?.findings.find((candidate) => candidate.rule === finding.rule && candidate.message === finding.message);
      target = at?.suggestions.find((candidate) => candidate.label === suggestion.label);
      if (!at || !target || !s.active || s.active.element !== element || editor.read(element).text !== s.draft?.text) {
        s.notice = 'The draft changed since this was suggested; look again.';
        repaint();
        return;
      }
    }
    const before = editor.read(element).text;
    const start = target.replace?.start ?? at.start;
    const end = target.replace?.end ?? start;
    // Made from the finding's card: its Undo takes the card's place, where the agent is looking.
    const fromCard = s.card !== null && s.card === findingKey(finding, s.draft.text);
    s.card = null;
    s.changing = true;
    const result = await editor.replace(element, start, end, target.text).finally(() => (s.changing = false));
    if (result.ok) {
      s.notice = null;
      s.lastChange = { label, before, after: editor.read(element).text, element, at: fromCard ? start : null };
      if (target.text) selectFirstPlaceholder(element, start, target.text);
    } else {
      s.notice = `Could not change the text safely (${result.reason}). Your draft is unchanged.`;
    }
    clearTimeout(s.timer);
    await reviewNow();
  };

  const actions: CoachActions = {
    apply(finding, suggestion) {
      const insertion = !suggestion.replace || suggestion.replace.start === suggestion.replace.end;
      if (finding.start === finding.end && insertion) {
        const index = finding.suggestions.indexOf(suggestion);
        void insertAt((fresh) => {
          const match = fresh.findings.find((candidate) => candidate.rule === finding.rule && candidate.start === candidate.end);
          const chosen = match?.suggestions[index];
          return match && chosen ? { finding: match, suggestion: chosen } : null;
        });
        return;
      }
      void change(finding, suggestion, 'Inserted.');
    },
    replace(finding, suggestion) {
      if (!suggestion.replace) return;
      void change(finding, suggestion, suggestion.text ? 'Replaced.' : 'Removed.');
    },
    setOpen(value) {
      setOpen(value);
    },
    openCard(key) {
      s.card = key;
      repaint();
    },
    focusEditor() {
      const element = s.active?.element as HTMLElement | undefined;
      if (!element) return;
      const view = element.ownerDocument.defaultView;
      if (view && view !== window) view.focus();
      element.focus();
    },
    undo() {
      const change = s.lastChange;
      if (!change || !s.active || change.element !== s.active.element) return;
      const editor = s.active.editor;
      s.changing = true;
      void editor.undo(change.element, change.before, change.after).then((ok) => {
        s.changing = false;
        s.lastChange = null;
        s.notice = ok ? null : 'Could not undo: the draft changed since. Use the editor’s own undo (Ctrl+Z).';
        clearTimeout(s.timer);
        void reviewNow();
      });
    },
    copy(text) {
      navigator.clipboard.writeText(text).then(
        () => {
          s.notice = null;
          repaint();
        },
        () => {
          s.notice = 'The browser did not allow copying; select the text in the coach instead.';
          repaint();
        },
      );
    },
    dismiss(key) {
      s.dismissed.add(key);
      if (s.card === key) s.card = null;
      repaint();
    },
    notHelpful(key, finding) {
      s.dismissed.add(key);
      repaint();
      // Counted by the worker: concurrent clicks (several tabs) are never lost to a read-modify-write race.
      sendToBackground('notHelpful', { rule: finding.rule }).catch(() => undefined);
    },
    pasteCustomer(text) {
      s.pastedCustomer = text;
      s.heldCustomer.set(heldKey(s.conversation.conversationKey), text);
      schedule();
    },
    useSelection() {
      const outcome = useAsCustomer(selectedText(document));
      return outcome.ok ? null : outcome.reason;
    },
  };

  return { actions, setOpen, insertAt };
}
