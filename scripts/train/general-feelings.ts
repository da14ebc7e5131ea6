// Stage 1 of the feeling model: the general model, trained on GoEmotions train only, written to
// scripts/train/general-feelings.json (committed). `npm run train` (scripts/train/feelings.ts) then
// learns the support weights on top of it from the corpus.
//
//   npx tsx scripts/train/general-feelings.ts [--data <dir with train.jsonl>]   (≈2 min, deterministic)
//   npx tsx scripts/train/general-feelings.ts --explore [--l2 a,b] [--alpha a,b] [--keep n,m] [--folds 0,1]
//
// Model: multinomial logistic regression (softmax, 7 product labels: GoEmotions has no `impatient`)
// over binary features from src/analyzer/feeling/tokenize.ts — unigrams with negation marking
// ("not happy" → ~happy), light stems, 5-letter prefixes, hand-written lexicon categories, bigrams,
// caps — with class weights (N / (C·n_c))^alpha and L2, fitted by full-batch L-BFGS. Then the
// features are ranked by weight spread × log document frequency, the top `keep` are refitted, and
// the weights quantized to 81 levels. Tuning never reads dev.jsonl: with 5-fold cross-validation on
// train.jsonl, per-class bias offsets that maximise macro-F1 of the out-of-fold predictions.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_OPTS, emitFeatures, tokenize, type Token } from '../../src/analyzer/feeling/tokenize';
import { mulberry32 } from './softmax';
import { GENERAL_LABELS, encodeGeneralWeights as encodeWeights, type GeneralModelJson as ModelJson } from './general-format';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const argVal = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const DATA = argVal('--data', join(process.env.SHARED_DIR ?? join(process.cwd(), '..', 'shared'), 'data/goemotions'));
const OUT = resolve(here, 'general-feelings.json');
const MODEL_LABELS = GENERAL_LABELS;
const SEED = 20240611;

// ---- configuration (chosen by --explore on cross-validation folds of train, never on dev) ----
interface Config {
  minDf: number;
  l2: number;
  /** class weight = (N / (C * n_c)) ** alpha */
  alpha: number;
  /** features kept after pruning */
  keep: number;
  iters: number;
}
const FINAL: Config = { minDf: 2, l2: 2e-4, alpha: 0.5, keep: 8000, iters: 250 };

// ---- data ----
const C = MODEL_LABELS.length;
const COLLAPSE: Record<string, string> = { angry: 'frustrated', impatient: 'frustrated' };
const COLLAPSED = ['frustrated', 'confused', 'worried', 'disappointed', 'grateful', 'neutral'];
const collapsedIndexOfModel = MODEL_LABELS.map((l) => COLLAPSED.indexOf(COLLAPSE[l] ?? l));

interface Doc {
  feats: string[];
  y: number;
  line: string;
}


function featuresOf(text: string): string[] {
  const toks: Token[] = tokenize(text);
  const set = new Set<string>();
  emitFeatures(toks, (f) => set.add(f));
  return [...set];
}

function loadDocs(path: string): Doc[] {
  const docs: Doc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text: string; feeling: string };
    const y = MODEL_LABELS.indexOf(r.feeling as (typeof MODEL_LABELS)[number]);
    if (y < 0) throw new Error('unknown label ' + r.feeling);
    docs.push({ feats: featuresOf(r.text), y, line });
  }
  return docs;
}

// ---- sparse design matrix ----
interface Matrix {
  n: number;
  v: number;
  rowPtr: Int32Array;
  col: Int32Array;
  /** per-feature value (feature-group scale; a larger value means weaker regularisation) */
  fs: Float64Array;
  y: Int32Array;
  w: Float64Array;
}

function buildMatrix(docs: Doc[], vocab: Map<string, number>, weights: number[]): Matrix {
  const rowPtr = new Int32Array(docs.length + 1);
  const cols: number[] = [];
  const y = new Int32Array(docs.length);
  const w = new Float64Array(docs.length);
  docs.forEach((d, i) => {
    for (const f of d.feats) {
      const j = vocab.get(f);
      if (j !== undefined) cols.push(j);
    }
    rowPtr[i + 1] = cols.length;
    y[i] = d.y;
    w[i] = weights[d.y]!;
  });
  const fs = new Float64Array(vocab.size);
  for (const [f, j] of vocab) fs[j] = featureScale(f);
  return { n: docs.length, v: vocab.size, rowPtr, col: Int32Array.from(cols), fs, y, w };
}

/** Feature-group values (exploration knob; 1 = plain binary feature). */
const GROUP_SCALE = { bigram: 1, stem: 1, prefix: 1, lex: 1, uni: 1 };
function featureScale(f: string): number {
  const g = f[0] === '~' ? f.slice(1) : f;
  if (g.includes(' ')) return GROUP_SCALE.bigram;
  if (g[0] === '_') return GROUP_SCALE.stem;
  if (g[0] === '^') return GROUP_SCALE.prefix;
  if (g[0] === '<' && g.length > 1) return GROUP_SCALE.lex;
  return GROUP_SCALE.uni;
}

function classWeights(docs: Doc[], alpha: number): number[] {
  const counts = new Array<number>(C).fill(0);
  for (const d of docs) counts[d.y]!++;
  return counts.map((n) => (n === 0 ? 0 : (docs.length / (C * n)) ** alpha));
}

// ---- softmax regression, L-BFGS ----
// params layout: W[j*C + c] for j < v, then bias at v*C + c.
function lossGrad(m: Matrix, x: Float64Array, l2: number, g: Float64Array): number {
  g.fill(0);
  const { n, v, rowPtr, col, fs, y, w } = m;
  const z = new Float64Array(C);
  const boff = v * C;
  let loss = 0;
  let wsum = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < C; c++) z[c] = x[boff + c]!;
    const a = rowPtr[i]!;
    const b = rowPtr[i + 1]!;
    for (let k = a; k < b; k++) {
      const j = col[k]!;
      const o = j * C;
      const sv = fs[j]!;
      for (let c = 0; c < C; c++) z[c]! += x[o + c]! * sv;
    }
    let mx = -Infinity;
    for (let c = 0; c < C; c++) if (z[c]! > mx) mx = z[c]!;
    let s = 0;
    for (let c = 0; c < C; c++) {
      z[c] = Math.exp(z[c]! - mx);
      s += z[c]!;
    }
    const wi = w[i]!;
    const yi = y[i]!;
    loss -= wi * Math.log(z[yi]! / s);
    wsum += wi;
    for (let c = 0; c < C; c++) z[c] = (wi * z[c]!) / s - (c === yi ? wi : 0);
    for (let k = a; k < b; k++) {
      const j = col[k]!;
      const o = j * C;
      const sv = fs[j]!;
      for (let c = 0; c < C; c++) g[o + c]! += z[c]! * sv;
    }
    for (let c = 0; c < C; c++) g[boff + c]! += z[c]!;
  }
  const inv = 1 / wsum;
  loss *= inv;
  for (let k = 0; k < g.length; k++) g[k]! *= inv;
  let reg = 0;
  for (let k = 0; k < boff; k++) {
    reg += x[k]! * x[k]!;
    g[k]! += l2 * x[k]!;
  }
  return loss + 0.5 * l2 * reg;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function trainSoftmax(m: Matrix, l2: number, iters: number): Float64Array {
  const P = (m.v + 1) * C;
  let x: Float64Array = new Float64Array(P);
  let g: Float64Array = new Float64Array(P);
  let f = lossGrad(m, x, l2, g);
  const M = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(P);
  const xn = new Float64Array(P);
  const gn = new Float64Array(P);
  for (let it = 0; it < iters; it++) {
    // two-loop recursion
    d.set(g);
    const alphas: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(S[k]!, d);
      alphas[k] = a;
      const yk = Y[k]!;
      for (let i = 0; i < P; i++) d[i]! -= a * yk[i]!;
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!);
      for (let i = 0; i < P; i++) d[i]! *= gamma;
    } else {
      const gn0 = Math.sqrt(dot(g, g));
      for (let i = 0; i < P; i++) d[i]! /= gn0 * 10;
    }
    for (let k = 0; k < S.length; k++) {
      const b = rho[k]! * dot(Y[k]!, d);
      const sk = S[k]!;
      const a = alphas[k]!;
      for (let i = 0; i < P; i++) d[i]! += (a - b) * sk[i]!;
    }
    // d is now H*g; step along -d with backtracking (Armijo)
    const gd = dot(g, d);
    let step = 1;
    let fn = Infinity;
    for (let ls = 0; ls < 30; ls++) {
      for (let i = 0; i < P; i++) xn[i] = x[i]! - step * d[i]!;
      fn = lossGrad(m, xn, l2, gn);
      if (fn <= f - 1e-4 * step * gd) break;
      step *= 0.5;
    }
    const s = new Float64Array(P);
    const yv = new Float64Array(P);
    for (let i = 0; i < P; i++) {
      s[i] = xn[i]! - x[i]!;
      yv[i] = gn[i]! - g[i]!;
    }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > M) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    const rel = (f - fn) / Math.max(1, Math.abs(f));
    x = Float64Array.from(xn);
    g = Float64Array.from(gn);
    f = fn;
    if (rel < 1e-7 && it > 20) break;
  }
  return x;
}

// ---- evaluation helpers ----
/** Collapsed 6-way log-probabilities (frustrated = logsumexp(frustrated, angry)). */
function collapsedScores(z: Float64Array): number[] {
  let mx = -Infinity;
  for (let c = 0; c < C; c++) if (z[c]! > mx) mx = z[c]!;
  const p = new Array<number>(COLLAPSED.length).fill(0);
  for (let c = 0; c < C; c++) p[collapsedIndexOfModel[c]!]! += Math.exp(z[c]! - mx);
  return p.map((v) => Math.log(v + 1e-300));
}

function macroF1(gold: number[], pred: number[], k = COLLAPSED.length): { macro: number; f1: number[] } {
  const tp = new Array<number>(k).fill(0);
  const fp = new Array<number>(k).fill(0);
  const fn = new Array<number>(k).fill(0);
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] === pred[i]) tp[gold[i]!]!++;
    else {
      fp[pred[i]!]!++;
      fn[gold[i]!]!++;
    }
  }
  const f1 = tp.map((t, c) => (t === 0 ? 0 : (2 * t) / (2 * t + fp[c]! + fn[c]!)));
  return { macro: f1.reduce((a, b) => a + b, 0) / k, f1 };
}

function argmaxWith(s: number[], off: number[]): number {
  let best = 0;
  let bv = -Infinity;
  for (let c = 0; c < s.length; c++) {
    const v = s[c]! + off[c]!;
    if (v > bv) {
      bv = v;
      best = c;
    }
  }
  return best;
}

/** Coordinate ascent on per-class offsets (collapsed space, neutral the reference) to maximise `score`. */
function ascendOffsets(score: (off: number[]) => number, lo = -3, hi = 3): { off: number[]; macro: number } {
  const K = COLLAPSED.length;
  const off = new Array<number>(K).fill(0);
  let best = score(off);
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    for (let c = 0; c < K; c++) {
      if (COLLAPSED[c] === 'neutral') continue; // neutral is the reference
      const orig = off[c]!;
      let bestV = orig;
      for (let v = lo; v <= hi + 1e-4; v += 0.05) {
        off[c] = Math.round(v * 100) / 100;
        const s = score(off);
        if (s > best + 1e-9) {
          best = s;
          bestV = off[c]!;
          improved = true;
        }
      }
      off[c] = bestV;
    }
    if (!improved) break;
  }
  return { off, macro: best };
}

/** Offsets on the model's collapsed log-probabilities that maximise macro-F1. */
function tuneOffsets(scores: number[][], gold: number[]): { off: number[]; macro: number } {
  return ascendOffsets((off) => macroF1(gold, scores.map((s) => argmaxWith(s, off))).macro);
}

// ---- one fit: vocab -> train -> prune -> retrain -> quantize ----
interface Fitted {
  features: string[];
  /** quantized weights, features.length * C */
  q: Int8Array;
  scale: number;
  bias: number[];
}

function buildVocab(docs: Doc[], minDf: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.feats) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (n >= minDf) vocab.set(f, vocab.size);
  }
  return vocab;
}

const QMAX = 40;

/** Weights as the runtime uses them (binary features): parameter × feature-group value. */
function effective(x: Float64Array, m: Matrix): Float64Array {
  for (let j = 0; j < m.v; j++) for (let c = 0; c < C; c++) x[j * C + c]! *= m.fs[j]!;
  return x;
}

function fit(docs: Doc[], cfg: Config): Fitted {
  const cw = classWeights(docs, cfg.alpha);
  const vocab = buildVocab(docs, cfg.minDf);
  const m = buildMatrix(docs, vocab, cw);
  let x = effective(trainSoftmax(m, cfg.l2, cfg.iters), m);
  let feats = [...vocab.keys()];
  if (cfg.keep < feats.length) {
    // importance: spread of a feature's weights across classes, times log document frequency
    const df = new Float64Array(m.v);
    for (const j of m.col) df[j]!++;
    const imp = feats.map((_, j) => {
      let mn = Infinity;
      let mx = -Infinity;
      for (let c = 0; c < C; c++) {
        const v = x[j * C + c]!;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      return (mx - mn) * Math.log(1 + df[j]!);
    });
    const order = feats.map((_, j) => j).sort((a, b) => imp[b]! - imp[a]! || a - b);
    const keepSet = new Set(order.slice(0, cfg.keep).map((j) => feats[j]!));
    feats = feats.filter((f) => keepSet.has(f));
    const v2 = new Map(feats.map((f, j) => [f, j] as const));
    const m2 = buildMatrix(docs, v2, cw);
    x = effective(trainSoftmax(m2, cfg.l2, cfg.iters), m2);
  }
  const V = feats.length;
  let amax = 0;
  for (let k = 0; k < V * C; k++) amax = Math.max(amax, Math.abs(x[k]!));
  const scale = amax / QMAX;
  const q = new Int8Array(V * C);
  for (let k = 0; k < V * C; k++) q[k] = Math.round(x[k]! / scale);
  const bias = Array.from({ length: C }, (_, c) => Math.round(x[V * C + c]! * 1e4) / 1e4);
  return { features: feats, q, scale, bias };
}

function predictScores(model: Fitted, docs: Doc[]): number[][] {
  const idx = new Map(model.features.map((f, j) => [f, j] as const));
  const z = new Float64Array(C);
  return docs.map((d) => {
    for (let c = 0; c < C; c++) z[c] = model.bias[c]!;
    for (const f of d.feats) {
      const j = idx.get(f);
      if (j === undefined) continue;
      for (let c = 0; c < C; c++) z[c]! += model.q[j * C + c]! * model.scale;
    }
    return collapsedScores(z);
  });
}

function folds(n: number, k: number): number[] {
  const rnd = mulberry32(SEED);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const f = new Array<number>(n);
  order.forEach((docIdx, pos) => (f[docIdx] = pos % k));
  return f;
}

interface FoldResult {
  scores: number[][];
  gold: number[];
  /** per fold: the model and its held-out docs */
  models: { model: Fitted; test: Doc[] }[];
}

function crossVal(docs: Doc[], cfg: Config, k: number, onlyFolds: number[] = []): FoldResult {
  const fa = folds(docs.length, k);
  const scores: number[][] = [];
  const gold: number[] = [];
  const models: FoldResult['models'] = [];
  for (let f = 0; f < k; f++) {
    if (onlyFolds.length > 0 && !onlyFolds.includes(f)) continue;
    const tr = docs.filter((_, i) => fa[i] !== f);
    const te = docs.filter((_, i) => fa[i] === f);
    const model = fit(tr, cfg);
    scores.push(...predictScores(model, te));
    gold.push(...te.map((d) => collapsedIndexOfModel[d.y]!));
    models.push({ model, test: te });
  }
  return { scores, gold, models };
}

function toJson(model: Fitted, offsets: number[], cfg: Config, cvMacro: number, off: number[]): ModelJson {
  return {
    version: 1,
    labels: [...MODEL_LABELS],
    scale: Number(model.scale.toPrecision(6)),
    bias: model.bias.map((b, c) => Math.round((b + offsets[c]!) * 1e4) / 1e4),
    features: model.features.join('\n'),
    weights: encodeWeights(model.q),
    meta: {
      source: 'GoEmotions train.jsonl (collapsed to product labels)',
      config: { ...cfg },
      cvMacroF1: Number(cvMacro.toFixed(4)),
      offsets: Object.fromEntries(COLLAPSED.map((l, c) => [l, off[c]!])),
    },
  };
}

function main(): void {
  const t0 = Date.now();
  if (args.includes('--opts')) Object.assign(FEATURE_OPTS, JSON.parse(argVal('--opts', '{}')));
  if (args.includes('--groups')) Object.assign(GROUP_SCALE, JSON.parse(argVal('--groups', '{}')));
  const docs = loadDocs(join(DATA, 'train.jsonl'));
  console.log(`loaded ${docs.length} train docs in ${Date.now() - t0} ms`);

  if (args.includes('--explore')) {
    // Grid on fold 0 of 5 (a deterministic 20% slice of train). Prints raw and offset-tuned macro-F1
    // (offsets tuned on the same slice: optimistic, used only to compare settings).
    const grid: Config[] = [];
    const l2s = argVal('--l2', '1e-5,3e-5,1e-4').split(',').map(Number);
    const alphas = argVal('--alpha', '0,0.5,1').split(',').map(Number);
    const keeps = argVal('--keep', '1000000').split(',').map(Number);
    const minDfs = argVal('--mindf', '2').split(',').map(Number);
    for (const minDf of minDfs)
      for (const l2 of l2s)
        for (const alpha of alphas)
          for (const keep of keeps) grid.push({ ...FINAL, minDf, l2, alpha, keep, iters: Number(argVal('--iters', String(FINAL.iters))) });
    for (const cfg of grid) {
      const t = Date.now();
      const { scores, gold } = crossVal(docs, cfg, 5, argVal('--folds', '0').split(',').map(Number));
      const raw = macroF1(gold, scores.map((s) => argmaxWith(s, [0, 0, 0, 0, 0, 0])));
      const tuned = tuneOffsets(scores, gold);
      console.log(
        JSON.stringify(cfg),
        'raw',
        raw.macro.toFixed(4),
        'tuned',
        tuned.macro.toFixed(4),
        raw.f1.map((v) => v.toFixed(3)).join(' '),
        `${Date.now() - t}ms`,
      );
    }
    return;
  }

  if (args.includes('--fold-models')) {
    // For tuning the rule layer (cue gating) on out-of-fold predictions of all of train: each fold's
    // model (with the model-only offsets tuned on the out-of-fold scores) and its held-out rows.
    const dir = argVal('--fold-models', '/tmp/feeling-folds');
    const { scores, gold, models } = crossVal(docs, FINAL, 5);
    const tuned = tuneOffsets(scores, gold);
    const offsets = MODEL_LABELS.map((_, c) => tuned.off[collapsedIndexOfModel[c]!]!);
    models.forEach(({ model, test }, f) => {
      writeFileSync(join(dir, `model-${f}.json`), JSON.stringify(toJson(model, offsets, FINAL, tuned.macro, tuned.off)) + '\n');
      writeFileSync(join(dir, `rows-${f}.jsonl`), test.map((d) => d.line).join('\n') + '\n');
    });
    console.log(`wrote ${models.length} fold models and rows to ${dir}`);
    return;
  }

  if (args.includes('--holdout-model')) {
    // For tuning the runtime (cue weights, thresholds) on data the model has not seen:
    // a model trained on folds 1-4 plus fold 0 written as JSONL. Never used for the shipped model.
    const outModel = argVal('--holdout-model', '/tmp/feeling-holdout-model.json');
    const outRows = argVal('--holdout-rows', '/tmp/feeling-holdout.jsonl');
    const fa = folds(docs.length, 5);
    const model = fit(docs.filter((_, i) => fa[i] !== 0), FINAL);
    const zero = [0, 0, 0, 0, 0, 0];
    writeFileSync(outModel, JSON.stringify(toJson(model, MODEL_LABELS.map(() => 0), FINAL, 0, zero)) + '\n');
    writeFileSync(outRows, docs.filter((_, i) => fa[i] === 0).map((d) => d.line).join('\n') + '\n');
    console.log(`wrote ${outModel} and ${outRows}`);
    return;
  }

  const cfg = FINAL;
  // 1) out-of-fold scores -> per-class offsets maximising macro-F1 on train (CV)
  const { scores, gold } = crossVal(docs, cfg, 5);
  const raw = macroF1(gold, scores.map((s) => argmaxWith(s, [0, 0, 0, 0, 0, 0])));
  const tuned = tuneOffsets(scores, gold);
  console.log(`CV macro-F1 (model only) raw ${raw.macro.toFixed(4)} -> with offsets ${tuned.macro.toFixed(4)}`);
  console.log('model offsets', COLLAPSED.map((l, c) => `${l}:${tuned.off[c]}`).join(' '));
  // offsets live in collapsed space; apply to every model label of that collapsed class
  const offsets = MODEL_LABELS.map((_, c) => tuned.off[collapsedIndexOfModel[c]!]!);
  // 3) final model on all of train
  const model = fit(docs, cfg);
  const json = toJson(model, offsets, cfg, tuned.macro, tuned.off);
  writeFileSync(OUT, JSON.stringify(json) + '\n');
  console.log(`wrote ${OUT}: ${model.features.length} features; total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
