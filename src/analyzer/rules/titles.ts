// Each rule's heading, apart from the rest of the catalog (./catalog.ts), for what shows only
// headings: the popup, and the worker, which sends each finding to the coach with its heading.
import type { FindingRuleId, RuleId } from '../types';

/** Each rule's heading, a short imperative ("Drop the blame"): RULE_TEXT's `title`. */
export const TITLES = {
  'acknowledge-feeling': 'Name the feeling',
  'use-name': 'Use their name',
  'next-step': 'Say what happens next',
  'follow-up': 'Say when you will follow up',
  blame: 'Drop the blame',
  dismissive: 'Do not minimise',
  'non-apology': 'Apologise directly',
  'apology-but': "Drop 'sorry, but'",
  cliche: 'Cut the cliché',
  shouting: 'No shouting',
  'policy-wall': 'Offer an alternative',
} as const satisfies Readonly<Record<RuleId, string>>;

/** The heading of a team's own avoid-list finding that names no built-in rule. */
export const CUSTOM_TITLE = 'Team phrase to avoid';

export const isRuleId = (rule: string): rule is RuleId => Object.prototype.hasOwnProperty.call(TITLES, rule);

/** A rule's own heading, with no library ("custom": the team phrase heading). */
export function ownTitle(rule: FindingRuleId | string): string {
  return isRuleId(rule) ? TITLES[rule] : rule === 'custom' ? CUSTOM_TITLE : rule;
}

/** A finding's heading: the title the review put on it (a library's override), else the rule's. */
export function findingTitle(finding: { rule: FindingRuleId | string; title?: string }): string {
  return typeof finding.title === 'string' && finding.title.trim() !== '' ? finding.title : ownTitle(finding.rule);
}
