import { NEGATIVE_FEELINGS, type Feeling } from '../analyzer/types';

/** "seems frustrated" for a negative feeling (NEGATIVE_FEELINGS), "sounds grateful", and "sounds calm" for neutral. */
const reads = (feeling: Feeling): string =>
  isNegative(feeling) ? `seems ${feeling}` : feeling === 'neutral' ? 'sounds calm' : `sounds ${feeling}`;

/**
 * "Priya seems frustrated", "The customer sounds calm"; when the detector is not sure of a feeling,
 * it is not stated as fact: "Priya may be frustrated".
 */
export function feelingLabel(feeling: Feeling, name: string | null, sure = true): string {
  const who = name ?? 'The customer';
  if (!sure && feeling !== 'neutral') return `${who} may be ${feeling}`;
  return `${who} ${reads(feeling)}`;
}

export function isNegative(feeling: Feeling | null): boolean {
  return feeling !== null && NEGATIVE_FEELINGS.includes(feeling);
}

const RULE_TITLES: Record<string, string> = {
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
  custom: 'Team phrase to avoid',
};

export function ruleTitle(rule: string): string {
  return RULE_TITLES[rule] ?? rule;
}
