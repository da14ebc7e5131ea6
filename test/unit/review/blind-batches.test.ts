// The coach must never nag on a good reply: every excellent reply of the blind batches
// (test/data/blind-batches, written without reading the analyzer) draws no finding at all.
// Batch 4 is held out (measured by npm run eval, never tuned on), so it is not part of this test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewDraft } from '../../../src/analyzer';

interface Reply {
  id: string;
  customer: string;
  name: string;
  draft: string;
}

const batches = ['batch-1', 'batch-2', 'batch-3'].map((name) => ({
  name,
  replies: (JSON.parse(readFileSync(new URL(`../../data/blind-batches/${name}.json`, import.meta.url), 'utf8')) as { goodReplies: Reply[] }).goodReplies,
}));

// Known miss of the learned layer (issue-10 note): it reads "We gave you two different addresses, so it's
// no wonder you're unsure which to use" as blame. `it.fails` turns red the day it is right again.
const KNOWN_MISSES = new Set(['tg-23']);

const drawsNoFinding = (_id: string, reply: Reply) => {
  const result = reviewDraft({ draft: reply.draft, customer: { text: reply.customer, name: reply.name } });
  expect(result.findings.map((finding) => `${finding.rule}: ${reply.draft.slice(finding.start, finding.end)}`)).toEqual([]);
  expect(result.score).toBeGreaterThanOrEqual(90);
};

describe.each(batches)('good replies of $name', ({ replies }) => {
  it('are 24 replies', () => expect(replies).toHaveLength(24));
  const known = replies.filter((reply) => KNOWN_MISSES.has(reply.id));
  it.each(replies.filter((reply) => !KNOWN_MISSES.has(reply.id)).map((reply) => [reply.id, reply] as const))('%s draws no finding', drawsNoFinding);
  if (known.length > 0) it.fails.each(known.map((reply) => [reply.id, reply] as const))('known miss: %s draws no finding', drawsNoFinding);
});
