// Is the composer around a reply box set to write an internal note? For helpdesks whose composer
// markup no public code shows (Front, Intercom, Zoho Desk; see named-sites.ts), this reads the shape
// every such switcher shares: a selected tab, pressed button or checked radio near the reply box
// whose label says "Note", "Internal note", "Comment" or "Private". A label on the box itself that
// says so makes the generic reader skip the box instead (generic.ts).

import { squash } from '../dom/text';

const NOTE_WORDS = /^\s*(add\s+(an?\s+)?)?((internal|private)\s+)?(note|comment)s?\b|^\s*(internal|private)\b/i;
const CHOSEN = '[role="tab"][aria-selected="true"], [aria-pressed="true"], [aria-checked="true"], input[type="radio"]:checked + label, option:checked, .active, .selected, .is-active, .is-selected';
/** How far up from the reply box a switcher still belongs to its composer. */
const MAX_LEVELS = 6;

/** The label of a chosen control: its text, or its aria-label when it shows only an icon. */
function labelOf(element: Element): string {
  return squash(element.textContent ?? '') || element.getAttribute('aria-label') || '';
}

/** True when the nearest composer switcher above `replyBox` has its note (comment) choice selected. */
export function chosenNoteMode(replyBox: Element): boolean {
  let node: Element | null = replyBox.parentElement;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement) {
    const chosen = [...node.querySelectorAll(CHOSEN)].filter((element) => !element.contains(replyBox) && !replyBox.contains(element));
    // The first composer with a chosen control decides: a "Reply" tab chosen means a reply.
    const labelled = chosen.map(labelOf).filter((label) => label.length > 0 && label.length <= 40);
    if (labelled.length) return labelled.some((label) => NOTE_WORDS.test(label));
  }
  return false;
}
