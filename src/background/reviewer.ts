// Runs the analyzer for the content scripts. The customer's message changes rarely while the agent
// types, so its feeling is detected once per message text and reused for every keystroke pause.
//
// The draft goes through ONE incremental reviewer shared by every tab and reply box: its cache is
// keyed by paragraph text (content, not place), so a paragraph seen in any box is reused wherever it
// appears, two boxes typed in turn do not evict each other (500 paragraphs between them), and the
// protocol needs no tab or box id. The answer is always exactly reviewDraft's. A restarted worker
// starts with an empty cache: the first review after a wake-up is a full one, nothing else changes.
import { detectFeeling, type CoachingLibrary, type FeelingResult, type Review } from '../analyzer';
import { createIncrementalReviewer } from '../analyzer/incremental';

export interface ReviewRequest {
  draft: string;
  customer: { text?: string; name?: string } | null;
}

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
    review({ draft, customer }: ReviewRequest): Review {
      const feeling = feelingOf(customer?.text ?? '');
      return drafts.review({ draft, customer: customer ?? undefined, library: library() }, { feeling });
    },
  };
}
