// Scores the analyzer on the blind batches in test/data/blind-batches (invented support
// conversations written by someone who had not read the analyzer; see each file's "about"):
//   - customer messages: does detectFeeling name the labelled feeling (8 feelings, and the 6
//     collapsed labels of the GoEmotions eval)?
//   - good replies: how many draw no finding at all (the coach must not nag on a good reply)?
//   - flawed replies: how many of the expected findings appear, and how many unexpected ones?
import { readFileSync } from 'node:fs';
import { detectFeeling, reviewDraft } from '../src/analyzer';
import type { Feeling } from '../src/analyzer/types';
import { collapse } from './eval-feelings.ts';

interface BlindMessage {
  id: string;
  feeling: Feeling;
  also?: Feeling[];
  text: string;
}
interface BlindReply {
  id: string;
  customer: string;
  name: string;
  draft: string;
  expect?: string[];
}
export interface BlindBatch {
  about: string;
  messages: BlindMessage[];
  goodReplies: BlindReply[];
  flawedReplies: BlindReply[];
}

export interface BlindBatchEval {
  messages: { total: number; exact: number; collapsed: number };
  good: { total: number; clean: number; scoreAtLeast90: number; findings: string[] };
  flawed: { expected: number; found: number; unexpected: number; perRule: Record<string, { expected: number; found: number; unexpected: number }> };
}

export function readBlindBatch(path: string): BlindBatch {
  return JSON.parse(readFileSync(path, 'utf8')) as BlindBatch;
}

const review = (reply: BlindReply) => reviewDraft({ draft: reply.draft, customer: { text: reply.customer, name: reply.name } });

export function evalBlindBatch(batch: BlindBatch): BlindBatchEval {
  const messages = { total: batch.messages.length, exact: 0, collapsed: 0 };
  for (const message of batch.messages) {
    const accepted = [message.feeling, ...(message.also ?? [])];
    const { feeling } = detectFeeling(message.text);
    if (accepted.includes(feeling)) messages.exact++;
    if (accepted.some((label) => collapse(label) === collapse(feeling))) messages.collapsed++;
  }
  const good = { total: batch.goodReplies.length, clean: 0, scoreAtLeast90: 0, findings: [] as string[] };
  for (const reply of batch.goodReplies) {
    const result = review(reply);
    if (result.findings.length === 0) good.clean++;
    if (result.score >= 90) good.scoreAtLeast90++;
    for (const finding of result.findings) good.findings.push(`${reply.id} ${finding.rule}`);
  }
  const flawed: BlindBatchEval['flawed'] = { expected: 0, found: 0, unexpected: 0, perRule: {} };
  for (const reply of batch.flawedReplies) {
    const expected = new Set(reply.expect ?? []);
    const got = new Set<string>(review(reply).findings.map((finding) => finding.rule));
    for (const rule of new Set([...expected, ...got])) {
      const stats = (flawed.perRule[rule] ??= { expected: 0, found: 0, unexpected: 0 });
      if (expected.has(rule)) {
        stats.expected++;
        flawed.expected++;
        if (got.has(rule)) {
          stats.found++;
          flawed.found++;
        }
      } else {
        stats.unexpected++;
        flawed.unexpected++;
      }
    }
  }
  return { messages, good, flawed };
}
