/** The conversation a reply box answers, as far as the page shows it. */
export interface Conversation {
  /** The latest customer message as plain text, without quoted history or signature; null if not found. */
  customerText: string | null;
  /** The customer's first name; null if not found. */
  customerName: string | null;
  /** Changes when the agent switches to another ticket or thread; null if the page does not tell. */
  conversationKey: string | null;
}

/** Per-site knowledge: where the reply box, the latest customer message and the name are. */
export interface SiteAdapter {
  id: 'zendesk' | 'gmail' | 'generic';
  /** Does this adapter own pages at this address? */
  matches(url: URL): boolean;
  /** CSS selector of the candidate reply boxes the agent types in. */
  replyBoxSelector: string;
  /** Extra check on a candidate at the moment it is considered (shown, not an internal note…). */
  isReplyBox?(element: Element): boolean;
  /** What `replyBox` answers. Reads the page each time: call it again when the key may have changed. */
  conversation(replyBox: Element): Conversation;
}
