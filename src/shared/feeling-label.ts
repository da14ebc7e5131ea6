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
