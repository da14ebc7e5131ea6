// The feeling model, in two stages:
//   1. the general model: GoEmotions train only (Reddit; 7 of our labels, no `impatient`), fitted by
//      scripts/train/general-feelings.ts into scripts/train/general-feelings.json;
//   2. support weights: for messages that read like support mail, a "§" copy of every feature (support
//      cues included) learned on the support corpus as a residual on top of the general model's logits,
//      so they learn only what support mail adds ("frustratingly easy" domain adaptation).
// Support vocabulary or a support cue marks support mail; other text (chat) keeps the general model.
// GoEmotions comments that read like support mail join the support stage at a low weight, so the
// support weights stay honest on chat. Deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORT_PREFIX, isSupportMail, trainingFeatures } from '../../src/analyzer/feeling/features';
import { MODEL_LABELS, QMAX, decodeWeights, encodeWeights, type ModelJson } from '../../src/analyzer/feeling/model-format';
import { FEELINGS, type Feeling } from '../../src/analyzer/types';
import type { GeneralModelJson } from './general-format';
import { buildVocab, toExample, trainSoftmax, type Example, type SoftmaxModel } from './softmax';

export const SHARED_DIR = process.env.SHARED_DIR ?? join(process.cwd(), '..', 'shared');

export interface LabelledText {
  text: string;
  feeling: Feeling;
  /** weight of the example */
  w: number;
}

/** Settings, chosen on leave-one-batch-out folds of the corpus's training batches (never on sealed batches). */
export const FEELING_TRAINING = {
  /** weight of a support-corpus message */
  supportWeight: 1,
  /** weight of a GoEmotions comment that reads like support mail, in the support stage */
  chatWeight: 0.15,
  /** share of the general model's logits that support mail keeps */
  generalScale: 1,
  epochs: 15,
  lr: 0.2,
  supportL2: 1e-4,
  /** support rows kept in the shipped model (by weight spread, then refitted on them alone); every general row is kept */
  keepSupport: 2500,
  /** training orders averaged (see fitResidual) */
  orders: 5,
  seed: 20261206,
};

const C = FEELINGS.length;
const IDX = new Map<string, number>(FEELINGS.map((f, i) => [f, i]));
type Plain = { features: Map<string, number>; support: boolean };
const featureCache = new Map<string, Plain | null>();

export function featuresCached(text: string): Plain | null {
  let f = featureCache.get(text);
  if (f === undefined) {
    f = trainingFeatures(text);
    featureCache.set(text, f);
  }
  return f;
}

let goCache: LabelledText[] | null = null;
/** GoEmotions train (Reddit comments; 7 of our labels). */
export function goEmotionsTrain(): LabelledText[] {
  goCache ??= readFileSync(join(SHARED_DIR, 'data/goemotions/train.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; feeling: string })
    .filter((r) => IDX.has(r.feeling))
    .map((r) => ({ text: r.text, feeling: r.feeling as Feeling, w: 1 }));
  return goCache;
}

/** Rows whose weights spread most across labels (they move the decision). */
function topRows(m: SoftmaxModel, names: string[], keep: number): { name: string; w: Float64Array }[] {
  const rows = names.map((name, j) => {
    const w = m.W.slice(j * C, j * C + C);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of w) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return { name, w, spread: hi - lo };
  });
  return rows
    .filter((r) => r.spread > 1e-3)
    .sort((a, b) => b.spread - a.spread || (a.name < b.name ? -1 : 1))
    .slice(0, keep);
}

/** Stage 1: the general model (GoEmotions only, scripts/train/general-feelings.ts), its `impatient` column added. */
function generalModel(): { model: SoftmaxModel; vocab: Map<string, number> } {
  const json = JSON.parse(readFileSync(join(import.meta.dirname, 'general-feelings.json'), 'utf8')) as GeneralModelJson;
  const names = json.features.split('\n');
  const w = decodeWeights(json.weights, json.scale);
  const G = json.labels.length;
  const W = new Float64Array(names.length * C);
  names.forEach((_, j) => {
    json.labels.forEach((l, g) => (W[j * C + IDX.get(l)!] = w[j * G + g]!));
  });
  const b = new Float64Array(C);
  json.labels.forEach((l, g) => (b[IDX.get(l)!] = json.bias[g]!));
  // GoEmotions has no `impatient`: it starts well below every other label, and only support weights lift it.
  b[IDX.get('impatient')!] = Math.min(...json.bias) - 2;
  return { model: { nFeat: names.length, C, W, b }, vocab: new Map(names.map((n, j) => [n, j])) };
}

function withSupportCopies(f: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of f) out.set(SUPPORT_PREFIX + k, v);
  out.set(SUPPORT_PREFIX + '<bias>', 1);
  return out;
}

function predictLogits(m: SoftmaxModel, ex: Example): Float64Array {
  const z = new Float64Array(C);
  for (let c = 0; c < C; c++) z[c] = m.b[c]!;
  for (let k = 0; k < ex.idx.length; k++) for (let c = 0; c < C; c++) z[c]! += ex.val[k]! * m.W[ex.idx[k]! * C + c]!;
  return z;
}

/** Fits the shipped feeling model from support-mail examples (the corpus's training batches and more). */
export function fitFeelingModel(support: readonly LabelledText[], meta: Record<string, unknown> = {}): ModelJson {
  const cfg = FEELING_TRAINING;
  const general = generalModel();
  const go = goEmotionsTrain();
  const reads = (t: LabelledText): boolean => {
    const a = featuresCached(t.text);
    return !!a && isSupportMail(a);
  };
  const chat = go.filter(reads).map((t) => ({ ...t, w: cfg.chatWeight }));
  const docs = [...support.filter(reads), ...chat].map((t) => {
    const f = featuresCached(t.text)!.features;
    const off = predictLogits(general.model, toExample(f, general.vocab, 0, 1)).map((v) => v * cfg.generalScale);
    return { f: withSupportCopies(f), y: IDX.get(t.feeling)!, w: t.w, off };
  });
  const sVocab = buildVocab(
    docs.map((d) => d.f),
    1,
  );
  // Several passes in different orders, averaged: one pass's weights depend on the order it saw the
  // examples in enough to swing a long message from one feeling to another.
  const fitResidual = (vocab: Map<string, number>) => {
    const examples = docs.map((d) => ({ ...toExample(d.f, vocab, d.y, d.w), off: d.off }));
    const runs = Array.from({ length: cfg.orders }, (_, k) => trainSoftmax(examples, vocab.size, C, { epochs: cfg.epochs, lr: cfg.lr, l2: cfg.supportL2, seed: cfg.seed + k, bias: false }));
    const W = new Float64Array(vocab.size * C);
    for (const run of runs) for (let i = 0; i < W.length; i++) W[i]! += run.W[i]! / runs.length;
    return { ...runs[0]!, W };
  };
  // Keep the strongest support features, then refit on them alone, so the dropped tail's share is learned by them.
  const kept = topRows(fitResidual(sVocab), [...sVocab.keys()], cfg.keepSupport)
    .map((r) => r.name)
    .sort();
  const supportRows = topRows(fitResidual(new Map(kept.map((name, i) => [name, i]))), kept, Infinity);
  const rows = [...topRows(general.model, [...general.vocab.keys()], Infinity), ...supportRows];
  let maxAbs = 0;
  for (const r of rows) for (const v of r.w) maxAbs = Math.max(maxAbs, Math.abs(v));
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const scale = Math.max(maxAbs, 1e-6) / QMAX;
  const q = new Int8Array(rows.length * C);
  rows.forEach((r, i) => {
    for (let c = 0; c < C; c++) q[i * C + c] = Math.round(r.w[c]! / scale);
  });
  return {
    version: 2,
    labels: [...MODEL_LABELS],
    supportGeneralScale: cfg.generalScale,
    scale: Number(scale.toPrecision(6)),
    bias: Array.from(general.model.b, (v) => Number(v.toFixed(4))),
    features: rows.map((r) => r.name).join('\n'),
    weights: encodeWeights(q),
    meta: { ...meta, trained: 'npm run train', settings: { ...cfg }, rows: rows.length, supportStageExamples: docs.length, chatInSupport: chat.length },
  };
}
