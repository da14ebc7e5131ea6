/** Per-site knowledge: where the reply box, the latest customer message and the name are. */
export interface SiteAdapter {
  id: 'zendesk' | 'gmail' | 'generic';
  /** Does this adapter own pages at this address? */
  matches(url: URL): boolean;
  /** CSS selector of the candidate reply boxes the agent types in. */
  replyBoxSelector: string;
  /** Extra check on a candidate at the moment it is considered (shown, not an internal note…). */
  isReplyBox?(element: Element): boolean;
}
