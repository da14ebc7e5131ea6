// What a draft rule is: its words (./catalog: id, title, message, fix labels, locality),
// data (default severity, phrase lists, examples) and a check, built by one of the checks in ./checks:
// `existence` (phrases that must not appear, optionally excused by other phrases in the draft) or
// `missing` (content that must appear); shouting has a check of its own. Like Vale / retext rules, every rule carries good and bad examples that the test suite
// runs (test/unit/rules/examples.test.ts).
import type { Evidence, Feeling, FeelingResult, RuleId, Severity, Suggestion } from '../types';
import type { CoachingLibrary } from '../library-shape';
import type { Layout } from '../text/layout';
import type { RuleText } from './catalog';

export interface RuleContext {
  /** The whole draft; every offset indexes into it. */
  draft: string;
  /** draft.slice(0, layout.end): the agent's own text, without quoted history. */
  text: string;
  layout: Layout;
  /** Mostly English prose (the missing-content rules only run on English). */
  english: boolean;
  /** The customer's first name as it should appear in the reply, or null. */
  name: string | null;
  /** The customer's surname when known (a full name, or where they sign), for "title and surname". */
  surname: string | null;
  /** The customer's message text ('' when none). */
  customerText: string;
  /** The customer's feeling, or null when unknown. */
  feeling: Feeling | null;
  feelingDetail: FeelingResult | null;
  /** The phrase library in use (acknowledgement phrasings come from it). */
  library: CoachingLibrary;
  /** Patterns only, without the learned layer (rules/learned.ts): for training and ablation. */
  patternsOnly?: boolean;
}

/** One place where a rule fires. Severity and the rule id are added by the review. */
export interface RuleHit {
  start: number;
  end: number;
  /** Overrides the rule's default message (e.g. to name the customer and their feeling). */
  message?: string;
  evidence: Evidence[];
  suggestions: Suggestion[];
}

export interface RuleExample {
  draft: string;
  /** Customer context; `feeling` pins the customer's feeling so tests do not depend on the detector. */
  customer?: { name?: string; text?: string; feeling?: Feeling };
  /** Why this example is here (shown when it fails). */
  why?: string;
}

/** The check builder in ./checks that made the rule's check; absent for a check of the rule's own. */
export type CheckKind = 'existence' | 'missing';

export interface RuleDefinition extends RuleText {
  id: RuleId;
  /** Default severity; a phrase library's `rules[id].severity` overrides it. */
  severity: Severity;
  kind?: CheckKind;
  check(ctx: RuleContext): RuleHit[];
  /** True when something anywhere in the draft silences the rule (an `existence` check's `unless`). */
  excused?(ctx: RuleContext): boolean;
}

/** A rule's own examples (each rule file exports them as `examples`; ./all-examples gathers them). */
export interface RuleExamples {
  /** Drafts on which the rule must fire. */
  fire: RuleExample[];
  /** Near-misses on which it must stay quiet. */
  pass: RuleExample[];
}
