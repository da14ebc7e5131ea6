// Customer-feeling detector. Pure TypeScript: no browser globals.
// NOTE: first naive version; the final signature is stable.
import { FEELINGS, type Feeling, type FeelingResult } from '../types';

export function detectFeeling(text: string): FeelingResult {
  const scores = {} as Record<Feeling, number>;
  for (const f of FEELINGS) scores[f] = f === 'neutral' ? 1 : 0;
  void text;
  return { feeling: 'neutral', intensity: 0, confidence: 0.2, scores, evidence: [] };
}
