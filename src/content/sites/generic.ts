import type { SiteAdapter } from './types';

// Internal notes are for colleagues, not customers: no coaching there.
const INTERNAL_NOTE = /\b(internal|private)\b|note/i;

export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  replyBoxSelector: 'textarea, [contenteditable="true"][role="textbox"], body[contenteditable="true"]',
  isReplyBox(element) {
    if (!element.checkVisibility()) return false;
    const label = [element.id, element.getAttribute('name'), element.getAttribute('placeholder'), element.getAttribute('aria-label')]
      .filter(Boolean)
      .join(' ');
    if (INTERNAL_NOTE.test(label)) return false;
    // A one-line textarea is a field, not a reply.
    return !(element instanceof HTMLTextAreaElement) || element.rows > 1 || element.clientHeight > 40;
  },
};
