// What a content script asks the worker to review, and what it gets back (the protocol's review message).
import type { Review } from '../analyzer/types';
import type { Verdict } from './readiness';

export interface ReviewRequest {
  draft: string;
  customer: { text?: string; name?: string } | null;
}

/** Why the worker did not review a draft. */
export type ReviewRefusal =
  | { refused: 'too-long'; length: number; limit: number }
  /** The same tab asked again before this request's turn came: only its newest draft is reviewed. */
  | { refused: 'superseded' };

/**
 * A review, with what the agent must know about the library it used (a team policy that could not be
 * read). The worker's answer to the coach also says what the coach shows of it: every finding's
 * heading (`title`: the library's, else the rule's), the verdict on the draft and whether it ends
 * with a sign-off (./readiness.ts).
 */
export type ReviewAnswer = (Review & { libraryNotice?: string; verdict?: Verdict; signedOff?: boolean }) | ReviewRefusal;

export const isRefusal = (answer: ReviewAnswer): answer is ReviewRefusal => 'refused' in answer;
