// Is this our own node? The coach's host element and everything inside its Shadow DOM belong to the
// extension, never to the helpdesk: no reply box is looked for there, and its fields are no reply.
import { composedRoots, isShadowRoot } from './roots';

/** The coach's host element's tag (src/content/coach/host.tsx creates it). */
export const COACH_TAG = 'empathy-coach';

/** True for the coach's own host element. */
export function isCoachHost(element: Element): boolean {
  return element.localName === COACH_TAG;
}

/** True when the element sits inside the coach's own Shadow DOM. */
export function insideCoach(element: Element): boolean {
  return composedRoots(element).some((root) => isShadowRoot(root) && isCoachHost(root.host));
}
