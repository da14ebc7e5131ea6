import type { SiteId } from '../../shared/sites';

export type { SiteId };

/** The conversation a reply box answers, as far as the page shows it. */
export interface Conversation {
  /** The latest customer message as plain text, without quoted history or signature; null if not found. */
  customerText: string | null;
  /** The customer's first name; null if not found. */
  customerName: string | null;
  /** Changes when the agent switches to another ticket or thread; null if the page does not tell. */
  conversationKey: string | null;
  /**
   * True when the reply box is set to write an internal (private) note that only colleagues read:
   * the coach then reviews nothing. Absent or false for a reply the customer will read.
   */
  note?: boolean;
}

/** Per-site knowledge: where the reply box, the latest customer message and the name are. */
export interface SiteAdapter {
  id: SiteId;
  /** Does this adapter own pages at this address? */
  matches(url: URL): boolean;
  /** CSS selector of the candidate reply boxes the agent types in. */
  replyBoxSelector: string;
  /** Extra check on a candidate at the moment it is considered (shown, not an internal note…). */
  isReplyBox?(element: Element): boolean;
  /**
   * Attributes whose change anywhere can make another box the reply box, or stop one being it (the
   * active ticket moves). A change of one re-checks every box found with `isReplyBox`.
   */
  activeAttributes?: readonly string[];
  /** What `replyBox` answers. Reads the page each time: call it again when the key may have changed. */
  conversation(replyBox: Element): Conversation;
}
