// Format of the general (GoEmotions-only) feeling model, stage 1 of `npm run train`.
import { encodeWeights } from '../../src/analyzer/feeling/model-format';

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

/** Same one-character-per-weight encoding as the shipped model. */
export const encodeGeneralWeights = encodeWeights;
