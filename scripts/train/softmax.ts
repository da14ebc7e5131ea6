// Multinomial logistic regression (softmax) over sparse real-valued features, fitted by AdaGrad with
// L2, in a fixed seeded order: the same data and options give the same weights on every machine.
// Used for the feeling model (8 classes) and the learned rule scorers (2 classes).

export interface Example {
  idx: Int32Array;
  val: Float32Array;
  y: number;
  /** sample weight */
  w: number;
  /** fixed logits added before the softmax (a frozen model's output: the residual is learned) */
  off?: Float64Array;
}

export interface SoftmaxOptions {
  epochs: number;
  lr: number;
  l2: number;
  seed: number;
  /** learn a bias (default true) */
  bias?: boolean;
}

export interface SoftmaxModel {
  nFeat: number;
  C: number;
  /** row-major nFeat × C */
  W: Float64Array;
  b: Float64Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(n: number, rnd: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

export function trainSoftmax(data: readonly Example[], nFeat: number, C: number, o: SoftmaxOptions): SoftmaxModel {
  const W = new Float64Array(nFeat * C);
  const GW = new Float64Array(nFeat * C).fill(1e-8);
  const b = new Float64Array(C);
  const Gb = new Float64Array(C).fill(1e-8);
  const learnBias = o.bias !== false;
  const rnd = mulberry32(o.seed);
  const z = new Float64Array(C);
  const p = new Float64Array(C);
  for (let ep = 0; ep < o.epochs; ep++) {
    const order = shuffled(data.length, rnd);
    for (const i of order) {
      const ex = data[i]!;
      for (let c = 0; c < C; c++) z[c] = b[c]! + (ex.off ? ex.off[c]! : 0);
      for (let k = 0; k < ex.idx.length; k++) {
        const base = ex.idx[k]! * C;
        const v = ex.val[k]!;
        for (let c = 0; c < C; c++) z[c]! += v * W[base + c]!;
      }
      let mx = -Infinity;
      for (let c = 0; c < C; c++) if (z[c]! > mx) mx = z[c]!;
      let s = 0;
      for (let c = 0; c < C; c++) {
        p[c] = Math.exp(z[c]! - mx);
        s += p[c]!;
      }
      for (let c = 0; c < C; c++) {
        const g = ex.w * (p[c]! / s - (c === ex.y ? 1 : 0));
        p[c] = g;
        if (!learnBias) continue;
        Gb[c]! += g * g;
        b[c]! -= (o.lr * g) / Math.sqrt(Gb[c]!);
      }
      for (let k = 0; k < ex.idx.length; k++) {
        const base = ex.idx[k]! * C;
        const v = ex.val[k]!;
        for (let c = 0; c < C; c++) {
          const j = base + c;
          const g = p[c]! * v + o.l2 * W[j]!;
          GW[j]! += g * g;
          W[j]! -= (o.lr * g) / Math.sqrt(GW[j]!);
        }
      }
    }
  }
  return { nFeat, C, W, b };
}

export function predictProba(m: SoftmaxModel, ex: Pick<Example, 'idx' | 'val' | 'off'>): Float64Array {
  const z = new Float64Array(m.C);
  for (let c = 0; c < m.C; c++) z[c] = m.b[c]! + (ex.off ? ex.off[c]! : 0);
  for (let k = 0; k < ex.idx.length; k++) {
    const base = ex.idx[k]! * m.C;
    for (let c = 0; c < m.C; c++) z[c]! += ex.val[k]! * m.W[base + c]!;
  }
  let mx = -Infinity;
  for (const v of z) if (v > mx) mx = v;
  let s = 0;
  for (let c = 0; c < m.C; c++) {
    z[c] = Math.exp(z[c]! - mx);
    s += z[c]!;
  }
  for (let c = 0; c < m.C; c++) z[c]! /= s;
  return z;
}

/** Vocabulary: features seen in at least minDf examples, sorted for a stable order. */
export function buildVocab(docs: Iterable<Map<string, number>>, minDf: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const keep = [...df].filter(([, n]) => n >= minDf).map(([f]) => f).sort();
  return new Map(keep.map((f, i) => [f, i]));
}

export function toExample(feats: Map<string, number>, vocab: Map<string, number>, y: number, w: number): Example {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [f, v] of feats) {
    const j = vocab.get(f);
    if (j !== undefined) {
      idx.push(j);
      val.push(v);
    }
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val), y, w };
}

/** Macro-F1 and per-class precision, recall, F1 over labels 0..C-1. */
export function classReport(gold: readonly number[], pred: readonly number[], C: number): { macro: number; per: { p: number; r: number; f1: number; n: number }[] } {
  const per = [];
  let sum = 0;
  for (let c = 0; c < C; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    per.push({ p, r, f1, n: tp + fn });
    sum += f1;
  }
  return { macro: sum / C, per };
}
