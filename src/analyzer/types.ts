// Contracts shared by the analyzer, the CLI, the tests and the UI (see DESIGN.md "Vocabulary").

export const FEELINGS = [
  'frustrated',
  'angry',
  'confused',
  'worried',
  'disappointed',
  'impatient',
  'grateful',
  'neutral',
] as const;
export type Feeling = (typeof FEELINGS)[number];

/** Feelings the agent must acknowledge in words. */
export const NEGATIVE_FEELINGS: readonly Feeling[] = [
  'frustrated',
  'angry',
  'confused',
  'worried',
  'disappointed',
  'impatient',
];

export const RULE_IDS = [
  'acknowledge-feeling',
  'use-name',
  'next-step',
  'follow-up',
  'blame',
  'dismissive',
  'non-apology',
  'apology-but',
  'cliche',
  'shouting',
  'policy-wall',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
/** Findings from a team's own avoid-list entries that name no built-in rule. */
export type FindingRuleId = RuleId | 'custom';

export type Severity = 'info' | 'suggestion' | 'warning';

/** A piece of the analysed text; offsets are UTF-16 indices into that text. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface FeelingResult {
  feeling: Feeling;
  /** 0–1: how strongly the feeling is expressed (caps, "!!!", intensifiers raise it). */
  intensity: number;
  /** 0–1: how sure the detector is of `feeling`. */
  confidence: number;
  scores: Record<Feeling, number>;
  /** The customer's own sentences that drove the result, as spans of the customer's text. */
  evidence: Evidence[];
  /**
   * False when the detector is not confident enough to state the feeling as fact (confidence below the
   * threshold chosen on held-out corpus batches): the coach then says "may be", and acknowledge-feeling
   * stays quiet. Absent (a pinned or older result) counts as sure.
   */
  sure?: boolean;
}

export interface Suggestion {
  label: string;
  text: string;
  /** The span of the draft that `text` replaces; absent means "insert at the finding's span". */
  replace?: { start: number; end: number };
}

export interface Finding {
  rule: FindingRuleId;
  severity: Severity;
  /** Offending words, or start === end for an insertion point when something is missing. */
  start: number;
  end: number;
  message: string;
  /**
   * The library's own title for the rule, when it overrides the rule's (see rules/catalog.ts). The
   * worker's answer to the coach gives every finding its heading here (src/background/index.ts).
   */
  title?: string;
  evidence: Evidence[];
  suggestions: Suggestion[];
}

export interface Customer {
  text?: string;
  name?: string;
}

export interface Review {
  /** 0–100; see README "Scoring". */
  score: number;
  /** The customer's feeling, or null when no customer message was given. */
  feeling: Feeling | null;
  /** Full detection result behind `feeling`. */
  feelingDetail: FeelingResult | null;
  findings: Finding[];
  /** −1…1 from politeness strategies in the draft. */
  politeness: number;
}
