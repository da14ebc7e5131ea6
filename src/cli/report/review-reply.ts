// One reply through the analyzer: the feeling of the customer message it answers, and the reply's review.
import { detectFeeling, reviewDraft } from '../../analyzer';
import type { ReplyResult, ReplyTask } from './model';

export type ReviewJob = Pick<ReplyTask, 'seq' | 'draft' | 'customerText' | 'customerName'>;

export function reviewReply(job: ReviewJob): ReplyResult {
  const feeling = job.customerText.trim() ? detectFeeling(job.customerText) : null;
  // The feeling is detected once, here, and handed to the review instead of being detected again.
  const review = reviewDraft({ draft: job.draft, customer: { text: job.customerText, name: job.customerName } }, { feeling });
  return {
    seq: job.seq,
    feeling: feeling?.feeling ?? null,
    intensity: feeling?.intensity ?? 0,
    score: review.score,
    findings: review.findings.map(({ rule, severity, start, end, message }) => ({ rule, severity, start, end, message })),
  };
}
