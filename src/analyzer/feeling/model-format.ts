// Compact on-disk format of the feeling model (model.json), shared by the runtime and the trainer.
//
// - `features`: the feature strings joined by "\n", sorted (compresses well).
// - `weights`: one printable character per (feature, label) weight, row-major (feature × label),
//   a quantized level q ∈ [-QMAX, QMAX]; weight = q * scale. One byte per weight in the JSON,
//   and gzip entropy-codes the (mostly near-zero) levels well.
import { FEELINGS } from '../types';

/** The labels the model scores: all 8 product feelings, in FEELINGS order. */
export const MODEL_LABELS = FEELINGS;
export type ModelLabel = (typeof MODEL_LABELS)[number];

export interface ModelJson {
  version: 2;
  labels: string[];
  scale: number;
  bias: number[];
  features: string;
  weights: string;
  /** Confidence from which the feeling is stated as fact (chosen on leave-one-batch-out predictions). */
  sureAt?: number;
  /** Support mail keeps this share of the general model's logits; the support weights add the rest. */
  supportGeneralScale?: number;
  meta?: Record<string, unknown>;
}

export const QMAX = 40;

// 81 printable ASCII characters without '"' and '\\' (so JSON needs no escapes).
const ALPHABET = (() => {
  let s = '';
  for (let c = 35; c < 127 && s.length < 2 * QMAX + 1; c++) if (c !== 92) s += String.fromCharCode(c);
  return s;
})();

export function encodeWeights(q: Int8Array): string {
  let out = '';
  for (let i = 0; i < q.length; i++) {
    const v = Math.max(-QMAX, Math.min(QMAX, q[i]!));
    out += ALPHABET[v + QMAX];
  }
  return out;
}

export function decodeWeights(s: string, scale: number): Float32Array {
  const lut = new Float32Array(128);
  for (let i = 0; i < ALPHABET.length; i++) lut[ALPHABET.charCodeAt(i)] = (i - QMAX) * scale;
  const out = new Float32Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = lut[s.charCodeAt(i) & 127]!;
  return out;
}
