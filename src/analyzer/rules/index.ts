// The registry of draft rules, in RULE_IDS order. One rule per file (see ./types for the shape).
//
// Default severities (a library's `rules[id].severity` overrides them):
// - warning: blame, dismissive, non-apology, apology-but, shouting, policy-wall — words that actively
//   hurt the reply (they blame, minimise, take the apology back, yell or stonewall). Shouting is a
//   warning because capitals and "!!" read as anger to an upset customer.
// - suggestion: acknowledge-feeling, use-name, next-step, follow-up, cliche — something missing or
//   merely flat; the reply still works without it.
// - info: none by default; teams can demote a rule to info to keep it visible but nearly free in the score.
import { RULE_IDS, type RuleId } from '../types';
import { rule as acknowledgeFeeling } from './acknowledge-feeling';
import { rule as apologyBut } from './apology-but';
import { rule as blame } from './blame';
import { rule as cliche } from './cliche';
import { rule as dismissive } from './dismissive';
import { rule as followUp } from './follow-up';
import { rule as nextStep } from './next-step';
import { rule as nonApology } from './non-apology';
import { rule as policyWall } from './policy-wall';
import { rule as shouting } from './shouting';
import type { RuleDefinition } from './types';
import { withLearnedLayer } from './learned';
import { rule as useName } from './use-name';

const ALL: readonly RuleDefinition[] = [
  acknowledgeFeeling,
  useName,
  nextStep,
  followUp,
  blame,
  dismissive,
  nonApology,
  apologyBut,
  cliche,
  shouting,
  policyWall,
];

/** The rules as patterns alone (the trainer of the learned layer reads these). */
export const PATTERN_RULES_BY_ID: Readonly<Record<RuleId, RuleDefinition>> = Object.fromEntries(ALL.map((r) => [r.id, r])) as Record<RuleId, RuleDefinition>;

/** The rules as the review runs them: patterns plus, for the semantic rules, the learned layer. */
export const RULES_BY_ID: Readonly<Record<RuleId, RuleDefinition>> = Object.fromEntries(ALL.map((r) => [r.id, withLearnedLayer(r)])) as Record<RuleId, RuleDefinition>;

/** Every rule, in RULE_IDS order. */
export const RULES: readonly RuleDefinition[] = RULE_IDS.map((id) => RULES_BY_ID[id]);

export type { RuleDefinition, RuleExample, RuleExamples, RuleContext, RuleHit } from './types';
