import { NEGATIVE_FEELINGS, type Feeling } from '../analyzer/types';

const ADJECTIVES: Record<Feeling, string> = {
  frustrated: 'seems frustrated',
  angry: 'seems angry',
  confused: 'seems confused',
  worried: 'seems worried',
  disappointed: 'seems disappointed',
  impatient: 'seems impatient',
  grateful: 'sounds grateful',
  neutral: 'sounds calm',
};

/**
 * "Priya seems frustrated", "The customer sounds calm"; when the detector is not sure of a feeling,
 * it is not stated as fact: "Priya may be frustrated".
 */
export function feelingLabel(feeling: Feeling, name: string | null, sure = true): string {
  const who = name ?? 'The customer';
  if (!sure && feeling !== 'neutral') return `${who} may be ${feeling}`;
  return `${who} ${ADJECTIVES[feeling]}`;
}

export function isNegative(feeling: Feeling | null): boolean {
  return feeling !== null && NEGATIVE_FEELINGS.includes(feeling);
}
