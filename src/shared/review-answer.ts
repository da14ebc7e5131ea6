// What a content script asks the worker to review, and what it gets back (the protocol's review message).
import type { Review, Suggestion } from '../analyzer/types';
import type { Verdict } from './readiness';
import type { SuggestionText } from './suggestion-text';

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
 * What the worker says with a review of a draft, for the coach to show as it comes (the popup works
 * them out from the review itself): besides every finding's heading (its `title`: the library's, else
 * the rule's) and how each suggestion reads (ShownSuggestion), these.
 */
export interface CoachReading {
  /** The verdict on the draft (./readiness.ts): a score, "keep going", or empty. */
  verdict?: Verdict;
  /** The draft ends with a sign-off line: it looks finished without a pause. */
  signedOff?: boolean;
  /** The customer and their feeling in words ("Priya seems frustrated", ./feeling-label.ts), when a feeling was found. */
  who?: string;
  /** The feeling is one the agent must acknowledge (isNegative): the coach marks it. */
  negative?: boolean;
}

export type CoachReview = Review & CoachReading;

/** A suggestion in the worker's answer to the coach: with how it reads there (./suggestion-text.ts). */
export type ShownSuggestion = Suggestion & { shown: SuggestionText };

/** A review, with what the agent must know about the library it used (a team policy that could not be read). */
export type ReviewAnswer = (CoachReview & { libraryNotice?: string }) | ReviewRefusal;

export const isRefusal = (answer: ReviewAnswer): answer is ReviewRefusal => 'refused' in answer;
