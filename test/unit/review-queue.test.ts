// The worker's limits: a draft over MAX_REVIEW_CHARS is refused without being analysed, and the
// review queue serves tabs in turn (a tab asking on every key press cannot starve another).
import { describe, expect, it } from 'vitest';
import { MAX_REVIEW_CHARS, createReviewQueue, createReviewer, isRefusal, type ReviewAnswer, type ReviewRequest } from '../../src/background/reviewer';

describe('the worker caps the text it analyses', () => {
  it('a draft over the cap is refused at once, with its length; one at the cap is reviewed', () => {
    const reviewer = createReviewer();
    const huge = 'We value your business. '.repeat(Math.ceil((10 * 1024 * 1024) / 24));
    const start = performance.now();
    const refused = reviewer.review({ draft: huge, customer: null });
    expect(performance.now() - start).toBeLessThan(1_000); // not analysed: 10 MB took 8 s before
    expect(refused).toEqual({ refused: 'too-long', length: huge.length, limit: MAX_REVIEW_CHARS });
    const atCap = reviewer.review({ draft: huge.slice(0, MAX_REVIEW_CHARS), customer: { text: '?'.repeat(1_000_000) } });
    expect(isRefusal(atCap)).toBe(false);
  });
});

describe('the review queue', () => {
  const request = (draft: string): ReviewRequest => ({ draft, customer: null });

  it('serves tabs in turn and answers only the newest waiting request of a tab', async () => {
    const order: string[] = [];
    const queue = createReviewQueue((r) => {
      order.push(r.draft);
      return { refused: 'superseded' } as ReviewAnswer; // the answer does not matter here
    });
    const answers: Promise<ReviewAnswer>[] = [];
    // Tab 1 asks on every key press; tab 2 once, in the middle of the burst.
    for (let i = 0; i < 20; i++) {
      answers.push(queue.submit('tab1:0', request(`a${i}`)));
      if (i === 10) answers.push(queue.submit('tab2:0', request('b0')));
    }
    const settled = await Promise.all(answers);
    // Tab 1's place came first; its newest draft is reviewed, then tab 2's; the other 19 were superseded.
    expect(order).toEqual(['a19', 'b0']);
    expect(settled.filter((answer) => isRefusal(answer) && answer.refused === 'superseded')).toHaveLength(21);
  });

  it('a tab that keeps asking while reviews run does not delay another tab by more than one review', async () => {
    const order: string[] = [];
    const pending: Promise<ReviewAnswer>[] = [];
    let submittedAt = -1;
    const queue = createReviewQueue((r) => {
      order.push(r.draft);
      // A fast typist: tab 1 sends another draft during every review, until tab 2 has been served.
      if (!order.includes('b0')) pending.push(queue.submit('tab1:0', request(`a${order.length}`)));
      if (order.length === 3) {
        submittedAt = order.length;
        pending.push(queue.submit('tab2:0', request('b0')));
      }
      return { refused: 'superseded' };
    });
    pending.push(queue.submit('tab1:0', request('a-first')));
    while (!order.includes('b0')) await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all(pending);
    // Submitted during review 3: review 4 is tab 1's (it was waiting first), review 5 is tab 2's.
    expect(order.indexOf('b0') + 1 - submittedAt).toBeLessThanOrEqual(2);
  });
});
