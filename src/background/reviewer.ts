// Runs the analyzer for the content scripts. The customer's message changes rarely while the agent
// types, so its feeling is detected once per message text and reused for every keystroke pause.
import { detectFeeling, reviewDraft, type CoachingLibrary, type FeelingResult, type Review } from '../analyzer';

export interface ReviewRequest {
  draft: string;
  customer: { text?: string; name?: string } | null;
}

const FEELING_CACHE_SIZE = 32;

export function createReviewer(library: () => CoachingLibrary | undefined = () => undefined) {
  const feelings = new Map<string, FeelingResult>();

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
    review({ draft, customer }: ReviewRequest): Review {
      const feeling = feelingOf(customer?.text ?? '');
      return reviewDraft(
        { draft, customer: customer ?? undefined, library: library() },
        { feeling },
      );
    },
  };
}
