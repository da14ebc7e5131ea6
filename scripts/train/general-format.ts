// Format of the general (GoEmotions-only) feeling model, stage 1 of `npm run train`.
import { QMAX } from '../../src/analyzer/feeling/model-format';

export const GENERAL_LABELS = ['frustrated', 'angry', 'confused', 'worried', 'disappointed', 'grateful', 'neutral'] as const;

export interface GeneralModelJson {
  version: 1;
  labels: string[];
  scale: number;
  bias: number[];
  features: string;
  weights: string;
  detectorOffsets?: number[];
  meta?: Record<string, unknown>;
}

const ALPHABET = (() => {
  let s = '';
  for (let c = 35; c < 127 && s.length < 2 * QMAX + 1; c++) if (c !== 92) s += String.fromCharCode(c);
  return s;
})();

export function encodeGeneralWeights(q: Int8Array): string {
  let out = '';
  for (let i = 0; i < q.length; i++) out += ALPHABET[Math.max(-QMAX, Math.min(QMAX, q[i]!)) + QMAX];
  return out;
}
