// Runs the analyzer for the content scripts. The customer's message changes rarely while the agent
// types, so its feeling is detected once per message text and reused for every keystroke pause: this
// is the one cache of the customer's feeling (the analyzer keeps none; a review given no feeling
// detects it).
//
// The draft goes through ONE incremental reviewer shared by every tab and reply box: its cache is
// keyed by paragraph text (content, not place), so a paragraph seen in any box is reused wherever it
// appears, two boxes typed in turn do not evict each other (500 paragraphs between them), and the
// protocol needs no tab or box id. The answer is always exactly reviewDraft's. A restarted worker
// starts with an empty cache: the first review after a wake-up is a full one, nothing else changes.
import { detectFeeling, type CoachingLibrary, type FeelingResult } from '../analyzer';
import { createIncrementalReviewer } from '../analyzer/incremental';
import { isRefusal, type ReviewAnswer, type ReviewRefusal, type ReviewRequest } from '../shared/review-answer';
import { MAX_CUSTOMER_CHARS, MAX_REVIEW_CHARS } from '../shared/review-limits';

export { isRefusal, type ReviewAnswer, type ReviewRefusal, type ReviewRequest };

export { MAX_CUSTOMER_CHARS, MAX_REVIEW_CHARS } from '../shared/review-limits';


const FEELING_CACHE_SIZE = 32;

export function createReviewer(library: () => CoachingLibrary | undefined = () => undefined) {
  const feelings = new Map<string, FeelingResult>();
  const drafts = createIncrementalReviewer();

  function feelingOf(text: string): FeelingResult | null {
    if (!text.trim()) return null;
    let result = feelings.get(text);
    if (result) {
      feelings.delete(text);
    } else {
      result = detectFeeling(text);
      if (feelings.size >= FEELING_CACHE_SIZE) feelings.delete(feelings.keys().next().value!);
    }
    feelings.set(text, result);
    return result;
  }

  return {
    review({ draft, customer }: ReviewRequest): ReviewAnswer {
      if (draft.length > MAX_REVIEW_CHARS) return { refused: 'too-long', length: draft.length, limit: MAX_REVIEW_CHARS };
      const feeling = feelingOf((customer?.text ?? '').slice(0, MAX_CUSTOMER_CHARS));
      return drafts.review({ draft, customer: customer ?? undefined, library: library() }, { feeling });
    },
  };
}

/**
 * Serves the tabs in turn: each tab (frame) has at most one waiting request, its newest (an older one
 * still waiting is answered `superseded`), and the worker reviews one request per tab per round,
 * yielding between reviews so that other messages get in. A tab that sends a review on every key
 * press cannot starve another.
 */
export function createReviewQueue(run: (request: ReviewRequest) => ReviewAnswer | Promise<ReviewAnswer>) {
  const waiting = new Map<string, { request: ReviewRequest; resolve: (answer: ReviewAnswer) => void; reject: (error: unknown) => void }>();
  let draining = false;

  const drain = async () => {
    draining = true;
    try {
      // A macrotask first: requests sent in the same burst are queued before the first review runs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      while (waiting.size > 0) {
        const [key, next] = waiting.entries().next().value!;
        waiting.delete(key);
        try {
          next.resolve(await run(next.request));
        } catch (error) {
          next.reject(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      draining = false;
    }
  };

  return {
    submit(key: string, request: ReviewRequest): Promise<ReviewAnswer> {
      return new Promise<ReviewAnswer>((resolve, reject) => {
        const previous = waiting.get(key);
        if (previous) {
          previous.resolve({ refused: 'superseded' });
          waiting.set(key, { request, resolve, reject }); // keeps the tab's place in the round
        } else {
          waiting.set(key, { request, resolve, reject });
        }
        if (!draining) void drain();
      });
    },
  };
}
