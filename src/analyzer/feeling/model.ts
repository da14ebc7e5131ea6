// Lazily decoded linear model (see model-format.ts). The lookup table is built once, on first use.
// Read field by field: the bundle carries the model, not its training notes (`meta`).
import * as builtIn from './model.json';
import { MODEL_LABELS, decodeWeights, type ModelJson } from './model-format';
import { SUPPORT_PREFIX } from './features';

export interface LoadedModel {
  /** feature → row index */
  index: Map<string, number>;
  /** feature → row index of its support copy ("§" + feature), so support mail needs no copied names */
  supportIndex: Map<string, number>;
  /** row of the support bias ("§<bias>"), −1 when the model has none */
  supportBiasRow: number;
  /** row-major weights, rows × labels (FEELINGS order) */
  weights: Float32Array;
  bias: Float32Array;
  labels: readonly string[];
  nLabels: number;
  /** confidence from which the feeling is stated as fact */
  sureAt: number;
  /** how much of the general model's logits support mail keeps (the support weights add the rest) */
  supportGeneralScale: number;
}

/** Used when the model file names no threshold. */
const DEFAULT_SURE_AT = 0.5;

let cached: LoadedModel | null = null;
let override: ModelJson | null = null;

/** Scripts only (leave-one-batch-out evaluation): use another model of the same format. */
export function useModelForTuning(json: ModelJson | null): void {
  override = json;
  cached = null;
}

export function loadModel(): LoadedModel {
  if (cached) return cached;
  const json = override ?? ({ labels: builtIn.labels, features: builtIn.features, weights: builtIn.weights, scale: builtIn.scale, bias: builtIn.bias, sureAt: builtIn.sureAt, supportGeneralScale: builtIn.supportGeneralScale } as unknown as ModelJson);
  const labels = json.labels;
  if (labels.length !== MODEL_LABELS.length || labels.some((l, i) => l !== MODEL_LABELS[i])) {
    throw new Error('feeling model labels do not match MODEL_LABELS');
  }
  const features = json.features.split('\n');
  const index = new Map<string, number>();
  const supportIndex = new Map<string, number>();
  for (let i = 0; i < features.length; i++) {
    const name = features[i]!;
    index.set(name, i);
    if (name.startsWith(SUPPORT_PREFIX)) supportIndex.set(name.slice(SUPPORT_PREFIX.length), i);
  }
  const weights = decodeWeights(json.weights, json.scale);
  if (weights.length !== features.length * labels.length) throw new Error('feeling model weights are corrupt');
  cached = { index, supportIndex, supportBiasRow: index.get(SUPPORT_PREFIX + '<bias>') ?? -1, weights, bias: Float32Array.from(json.bias), labels, nLabels: labels.length, sureAt: typeof json.sureAt === 'number' ? json.sureAt : DEFAULT_SURE_AT, supportGeneralScale: typeof json.supportGeneralScale === 'number' ? json.supportGeneralScale : 1 };
  return cached;
}
