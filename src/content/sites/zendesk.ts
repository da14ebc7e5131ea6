import type { SiteAdapter } from './types';

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  matches: (url) => url.protocol === 'https:' && url.hostname.endsWith('.zendesk.com'),
  // Several tickets stay loaded; only the layout marked active is the one the agent sees.
  replyBoxSelector:
    '[data-test-id$="-standard-layout"][data-is-active="true"] .ck-editor__editable[data-test-id^="omnicomposer-"]',
};
