// The part of a phrase library the analyzer reads. src/library owns the full, versioned schema;
// a value of that schema is assignable to this shape.
import type { Feeling, FindingRuleId, RuleId, Severity } from './types';

export interface PhraseEntry {
  id: string;
  /** May use {name}, {issue} and {agent} placeholders. */
  text: string;
}

export interface AvoidEntry {
  id: string;
  phrase: string;
  rule: FindingRuleId;
  message: string;
  alternatives: string[];
}

export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
  /** Replaces the rule's title (rules/catalog.ts) wherever the coach shows it. */
  title?: string;
  /** Replaces every message of the rule. */
  message?: string;
}

export interface SnippetEntry {
  id: string;
  title: string;
  /** May use {name}, {issue} and {agent} placeholders, and [blanks] for the agent to fill. */
  text: string;
  /** A tag naming a rule ("next-step", "follow-up") offers the snippet where that rule fires. */
  tags: string[];
}

export interface CoachingLibrary {
  acknowledgements: Partial<Record<Feeling, PhraseEntry[]>>;
  avoid: AvoidEntry[];
  rules: Partial<Record<RuleId, RuleSetting>>;
  snippets?: SnippetEntry[];
}

/**
 * Limits shared by library validation (src/library/schema.ts) and the analyzer: what validates is
 * what the analyzer matches (an avoid list longer, or a phrase longer, is rejected, never ignored).
 */
export const AVOID_LIMITS = {
  /** Entries in any one list of a library (the avoid list included). */
  entries: 500,
  /** Characters in a phrase, an acknowledgement, an alternative. */
  phraseLength: 500,
} as const;
