import type { SiteAdapter } from './types';

export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  replyBoxSelector: 'textarea:not([hidden]), [contenteditable="true"][role="textbox"], body[contenteditable="true"]',
};
