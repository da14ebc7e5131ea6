// What the coach says about a draft as a whole: no score before there is enough to judge, never
// "all good" for a few words to an upset customer, and unfilled placeholders count against it.
// (The analyzer's score is the base; this is the coach's reading of it, shared with the popup.)
import type { Feeling, Finding, Review } from '../analyzer/types';
import { isNegative } from './feeling-label';

/** Fewer words than this is too short to judge: "Keep going". */
export const MIN_WORDS = 4;
/** A reply shorter than this to an upset customer cannot score more than SHORT_TO_UPSET_CAP. */
export const SHORT_TO_UPSET_WORDS = 12;
export const SHORT_TO_UPSET_CAP = 60;
const PLACEHOLDER_COST = 15;

/** A sign-off line ends the draft: the coach takes it as finished without waiting for a pause. */
const SIGN_OFF = /(?:^|\n)\s*(?:best(?: wishes| regards)?|kind regards|warm regards|regards|thanks(?: again)?|thank you|many thanks|cheers|sincerely|all the best|take care)\s*[,.!]?\s*(?:\n[^\n]{0,60})?\s*$/i;

export const endsWithSignOff = (draft: string): boolean => SIGN_OFF.test(draft);

export type Verdict = { kind: 'empty' } | { kind: 'keep-going'; words: number } | { kind: 'score'; score: number };

export const wordCount = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

/** Snippet placeholders left in the draft: "[day]", "{name}" (not "[[…]]" markers). */
export function placeholders(draft: string): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const match of draft.matchAll(/(?<!\[)\[[^[\]\n]{1,40}\](?!\])|\{[^{}\n]{1,40}\}/g)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** One finding per unfilled placeholder, shaped like the analyzer's (rule "custom", shown as "placeholder"). */
export function placeholderFindings(draft: string): Finding[] {
  return placeholders(draft).map(({ start, end, text }) => ({
    rule: 'custom',
    severity: 'warning',
    start,
    end,
    message: `Fill in ${text} before sending.`,
    evidence: [{ start, end, text }],
    suggestions: [],
  }));
}

export function verdict(review: Review | null, draft: string, feeling: Feeling | null = review?.feeling ?? null): Verdict | null {
  if (!review) return null;
  if (!draft.trim()) return { kind: 'empty' };
  const words = wordCount(draft);
  const unfilled = placeholders(draft).length;
  if (words < MIN_WORDS && !unfilled) return { kind: 'keep-going', words };
  let score = review.score;
  if (unfilled) score -= Math.min(2 * PLACEHOLDER_COST, PLACEHOLDER_COST * (1 + 0.5 * (unfilled - 1)));
  if (isNegative(feeling) && words < SHORT_TO_UPSET_WORDS) score = Math.min(score, SHORT_TO_UPSET_CAP);
  return { kind: 'score', score: Math.max(0, Math.round(score)) };
}

const SEVERITY_ORDER: Record<string, number> = { warning: 0, suggestion: 1, info: 2 };

/** Worst first: warnings, then suggestions, then info; in draft order within each. */
export function bySeverity<T>(items: readonly T[], finding: (item: T) => Finding): T[] {
  return [...items].sort(
    (a, b) => (SEVERITY_ORDER[finding(a).severity] ?? 3) - (SEVERITY_ORDER[finding(b).severity] ?? 3) || finding(a).start - finding(b).start,
  );
}
