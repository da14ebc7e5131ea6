// Evaluates the politeness strategy model (src/analyzer/politeness.ts) on the Stanford Politeness
// Corpus (Wikipedia half, binarised: top quartile polite, bottom quartile impolite).
//
//   npx tsx scripts/eval-politeness.ts [path]         accuracy of the shipped weights (polite iff politeness > 0)
//   npx tsx scripts/eval-politeness.ts [path] --fit   also fits the strategy weights by logistic regression
//                                                     and reports 10-fold cross-validated accuracy
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRATEGIES, WEIGHTS, politeness, politenessFeatures } from '../src/analyzer/politeness';

export const DEFAULT_PATH = '/work/shared/data/politeness/wikipedia.jsonl';

interface Row {
  text: string;
  polite: boolean;
}

async function load(path: string): Promise<Row[]> {
  const raw = await readFile(path, 'utf8');
  const rows: Row[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { text?: unknown; polite?: unknown };
    if (typeof o.text === 'string' && typeof o.polite === 'boolean') rows.push({ text: o.text, polite: o.polite });
  }
  return rows;
}

export interface PolitenessEval {
  accuracy: number;
  n: number;
  /** Accuracy on polite rows and on impolite rows. */
  politeRecall: number;
  impoliteRecall: number;
}

export async function evalPoliteness(path = DEFAULT_PATH): Promise<PolitenessEval> {
  const rows = await load(path);
  let correct = 0;
  let polite = 0;
  let politeOk = 0;
  let impoliteOk = 0;
  for (const r of rows) {
    const predicted = politeness(r.text) > 0;
    if (predicted === r.polite) correct++;
    if (r.polite) {
      polite++;
      if (predicted) politeOk++;
    } else if (!predicted) impoliteOk++;
  }
  const n = rows.length;
  return {
    accuracy: n ? correct / n : 0,
    n,
    politeRecall: polite ? politeOk / polite : 0,
    impoliteRecall: n - polite ? impoliteOk / (n - polite) : 0,
  };
}

// ---- fitting (logistic regression over the strategy features, L2, batch gradient descent) -------

type Vec = number[];

function fitLogistic(X: Vec[], y: number[], l2 = 0.01, epochs = 3000, lr = 0.5): Vec {
  const d = X[0]!.length;
  const w = new Array<number>(d + 1).fill(0); // last = bias
  const n = X.length;
  for (let e = 0; e < epochs; e++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < n; i++) {
      const x = X[i]!;
      let z = w[d]!;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = p - y[i]!;
      for (let j = 0; j < d; j++) g[j]! += err * x[j]!;
      g[d]! += err;
    }
    for (let j = 0; j < d; j++) w[j]! -= lr * (g[j]! / n + l2 * w[j]!);
    w[d]! -= lr * (g[d]! / n);
  }
  return w;
}

function accuracyOf(w: Vec, X: Vec[], y: number[]): number {
  const d = X[0]!.length;
  let ok = 0;
  for (let i = 0; i < X.length; i++) {
    let z = w[d]!;
    for (let j = 0; j < d; j++) z += w[j]! * X[i]![j]!;
    if (z > 0 === (y[i] === 1)) ok++;
  }
  return ok / X.length;
}

export async function fitPoliteness(path = DEFAULT_PATH, folds = 10): Promise<{ cvAccuracy: number; trainAccuracy: number; weights: Record<string, number> }> {
  const rows = await load(path);
  const X = rows.map((r) => STRATEGIES.map((s) => politenessFeatures(r.text)[s]));
  const y = rows.map((r) => (r.polite ? 1 : 0));
  let cvOk = 0;
  for (let k = 0; k < folds; k++) {
    const trX: Vec[] = [];
    const trY: number[] = [];
    const teX: Vec[] = [];
    const teY: number[] = [];
    X.forEach((x, i) => {
      if (i % folds === k) {
        teX.push(x);
        teY.push(y[i]!);
      } else {
        trX.push(x);
        trY.push(y[i]!);
      }
    });
    const w = fitLogistic(trX, trY);
    cvOk += accuracyOf(w, teX, teY) * teX.length;
  }
  const w = fitLogistic(X, y);
  const weights: Record<string, number> = { bias: Math.round(w[STRATEGIES.length]! * 100) / 100 };
  STRATEGIES.forEach((s, j) => (weights[s] = Math.round(w[j]! * 100) / 100));
  return { cvAccuracy: cvOk / X.length, trainAccuracy: accuracyOf(w, X, y), weights };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_PATH);
  const r = await evalPoliteness(path);
  console.log(`politeness accuracy (polite iff politeness > 0): ${r.accuracy.toFixed(3)} on n=${r.n}`);
  console.log(`  polite recall ${r.politeRecall.toFixed(3)}, impolite recall ${r.impoliteRecall.toFixed(3)}`);
  console.log(`  (shipped weights: ${Object.keys(WEIGHTS).length} numbers over ${STRATEGIES.length} strategies, fitted on this same corpus;`);
  console.log('   run with --fit for the 10-fold cross-validated accuracy, the honest estimate)');
  if (args.includes('--fit')) {
    const fit = await fitPoliteness(path);
    console.log(`fitted logistic regression: 10-fold CV accuracy ${fit.cvAccuracy.toFixed(3)}, train accuracy ${fit.trainAccuracy.toFixed(3)}`);
    console.log(JSON.stringify(fit.weights, null, 2));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
