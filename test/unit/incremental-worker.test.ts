// The background worker's reviewer: incremental underneath, reviewDraft's answer on top, across
// tabs typing in turn, a library that changes under it, and a worker that restarts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../src/analyzer/data/default-library';
import type { CoachingLibrary } from '../../src/analyzer/library-shape';
import { reviewDraft } from '../../src/analyzer/review';
import { createReviewer, type ReviewRequest } from '../../src/background/reviewer';

const PRIYA = { text: "I've been waiting for my refund for nine days now and nobody has answered.", name: 'Priya Raman' };
const TOM = { text: 'Thanks for the quick reply earlier, but the problem is back again.', name: 'Tom' };

function typing(base: string, words: string[]): string[] {
  const out: string[] = [];
  let draft = base;
  for (const w of words) {
    draft = draft.replace('\n\nBest,', ` ${w}\n\nBest,`);
    out.push(draft);
  }
  return out;
}

describe('background reviewer', () => {
  it('answers what reviewDraft answers while two tabs type in turn and the library changes', () => {
    let library: CoachingLibrary = DEFAULT_LIBRARY;
    const reviewer = createReviewer(() => library);
    const a = typing("Hi Priya,\n\nI'm sorry, but that's our policy.\n\nJust restart the app.\n\nBest,\nSam", ['I', 'will', 'EMAIL', 'you', 'by', 'Friday.']);
    const b = typing("Hello Tom,\n\nAs I already explained, you should have checked the FAQ first.\n\nBest,\nJo", ['Sorry', 'for', 'any', 'inconvenience!!']);
    const requests: ReviewRequest[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]) requests.push({ draft: a[i]!, customer: PRIYA });
      if (b[i]) requests.push({ draft: b[i]!, customer: TOM });
    }
    requests.push({ draft: a[a.length - 1]!, customer: null });
    for (const [k, request] of requests.entries()) {
      if (k === 5) library = { ...DEFAULT_LIBRARY, rules: { 'policy-wall': { enabled: false, severity: 'warning' } } };
      const expected = reviewDraft({ draft: request.draft, customer: request.customer ?? undefined, library });
      expect(reviewer.review(request)).toStrictEqual(expected);
    }
  });

  it('a restarted worker (a new reviewer) gives the same answers', () => {
    const request: ReviewRequest = { draft: "Hi Priya,\n\nI'm sorry, but that's our policy.\n\nBest,\nSam", customer: PRIYA };
    const warm = createReviewer();
    warm.review(request);
    expect(createReviewer().review(request)).toStrictEqual(warm.review(request));
    expect(warm.review(request)).toStrictEqual(reviewDraft({ draft: request.draft, customer: PRIYA }));
  });
});
