import type { SiteAdapter } from './types';

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (url) => url.protocol === 'https:' && url.hostname === 'mail.google.com',
  // The only selector InboxSDK relies on; the hidden textarea.Ak decoy does not match it.
  replyBoxSelector: '.Ap [g_editable="true"]',
};
