// The politeness weights (src/analyzer/politeness-weights.json): logistic regression over the
// politeness strategies of src/analyzer/politeness.ts, fitted on
//   - the Stanford Politeness Corpus, Wikipedia half (../shared/data/politeness/wikipedia.jsonl:
//     top quartile polite, bottom quartile impolite), and
//   - test/data/politeness/requests.jsonl: requests written for this project in four other settings
//     (Q&A site, issue tracker, hobby forum, support and work mail), rated blind by three readers;
//     per setting, the top quartile of the mean rating is polite and the bottom quartile impolite.
// Wikipedia carries 85% of the weight and the written settings share the rest, so the model learns
// what holds across settings rather than Wikipedia's habits. Deterministic (full-batch gradient descent from zero).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STRATEGIES, politenessFeatures, politenessLogit } from '../../src/analyzer/politeness';
import type { PolitenessWeights } from '../../src/analyzer/politeness';
import { SHARED_DIR } from './feelings';

export interface PoliteRow {
  text: string;
  polite: boolean;
  /** wikipedia, or the setting of a written request */
  source: string;
}

export const POLITENESS_TRAINING = {
  l2: 0.01,
  epochs: 3000,
  lr: 0.5,
  /** share of the total weight that Wikipedia carries; the written settings share the rest equally */
  wikipediaShare: 0.85,
};

export function wikipediaRows(): PoliteRow[] {
  const path = join(SHARED_DIR, 'data/politeness/wikipedia.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; polite: boolean })
    .map((o) => ({ text: o.text, polite: o.polite, source: 'wikipedia' }));
}

/** The written requests, binarised per setting: top quartile of the mean rating polite, bottom quartile impolite. */
export function writtenRows(): PoliteRow[] {
  const path = resolve(import.meta.dirname, '../../test/data/politeness/requests.jsonl');
  const all = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; domain: string; text: string; score: number });
  const out: PoliteRow[] = [];
  for (const domain of [...new Set(all.map((r) => r.domain))].sort()) {
    const rows = all.filter((r) => r.domain === domain).sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1));
    const q = Math.floor(rows.length / 4);
    for (const r of rows.slice(0, q)) out.push({ text: r.text, polite: false, source: domain });
    for (const r of rows.slice(rows.length - q)) out.push({ text: r.text, polite: true, source: domain });
  }
  return out;
}

const vector = (text: string): number[] => {
  const f = politenessFeatures(text);
  return STRATEGIES.map((s) => f[s]);
};

/** Logistic regression, L2, full-batch gradient descent; Wikipedia weighs `wikipediaShare` in total, each other source an equal part of the rest. */
export function fitPolitenessWeights(rows: readonly PoliteRow[], cfg = POLITENESS_TRAINING): PolitenessWeights {
  const X = rows.map((r) => vector(r.text));
  const y = rows.map((r) => (r.polite ? 1 : 0));
  const perSource = new Map<string, number>();
  for (const r of rows) perSource.set(r.source, (perSource.get(r.source) ?? 0) + 1);
  const others = [...perSource.keys()].filter((k) => k !== 'wikipedia').length;
  const share = (source: string) => (source === 'wikipedia' ? (others > 0 ? cfg.wikipediaShare : 1) : (perSource.has('wikipedia') ? 1 - cfg.wikipediaShare : 1) / others);
  const sw = rows.map((r) => share(r.source) / perSource.get(r.source)!);
  const d = STRATEGIES.length;
  const w = new Array<number>(d + 1).fill(0);
  for (let e = 0; e < cfg.epochs; e++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < X.length; i++) {
      const x = X[i]!;
      let z = w[d]!;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const err = (1 / (1 + Math.exp(-z)) - y[i]!) * sw[i]!;
      for (let j = 0; j < d; j++) g[j]! += err * x[j]!;
      g[d]! += err;
    }
    for (let j = 0; j < d; j++) w[j]! -= cfg.lr * (g[j]! + cfg.l2 * w[j]!);
    w[d]! -= cfg.lr * g[d]!;
  }
  const out: Record<string, number> = { bias: Number(w[d]!.toFixed(4)) };
  STRATEGIES.forEach((s, j) => (out[s] = Number(w[j]!.toFixed(4))));
  return out as PolitenessWeights;
}

export interface SourceScore {
  source: string;
  n: number;
  accuracy: number;
  auc: number;
}

export function scoreOn(weights: PolitenessWeights, rows: readonly PoliteRow[], source: string): SourceScore {
  const z = rows.map((r) => politenessLogit(r.text, weights));
  const pos = z.filter((_, i) => rows[i]!.polite);
  const neg = z.filter((_, i) => !rows[i]!.polite);
  let pairs = 0;
  for (const p of pos) for (const q of neg) pairs += p > q ? 1 : p === q ? 0.5 : 0;
  const right = rows.filter((r, i) => z[i]! > 0 === r.polite).length;
  return { source, n: rows.length, accuracy: right / Math.max(1, rows.length), auc: pairs / Math.max(1, pos.length * neg.length) };
}

/**
 * Held-out figures: each written setting scored by a model fitted on Wikipedia and the other settings;
 * Wikipedia by 10-fold cross-validation (its folds' training sets include every written setting); and
 * a Wikipedia-only model on each written setting (the transfer the Stack Exchange test measures).
 */
export function heldOutPoliteness(): { leaveOneOut: SourceScore[]; wikipediaOnly: SourceScore[] } {
  const wiki = wikipediaRows();
  const written = writtenRows();
  const sources = [...new Set(written.map((r) => r.source))];
  const leaveOneOut = sources.map((s) => scoreOn(fitPolitenessWeights([...wiki, ...written.filter((r) => r.source !== s)]), written.filter((r) => r.source === s), s));
  let right = 0;
  let pairsOk = 0;
  let pairs = 0;
  for (let k = 0; k < 10; k++) {
    const test = wiki.filter((_, i) => i % 10 === k);
    const s = scoreOn(fitPolitenessWeights([...wiki.filter((_, i) => i % 10 !== k), ...written]), test, 'wikipedia');
    right += s.accuracy * s.n;
    const np = test.filter((r) => r.polite).length;
    pairsOk += s.auc * np * (test.length - np);
    pairs += np * (test.length - np);
  }
  leaveOneOut.push({ source: 'wikipedia (10-fold)', n: wiki.length, accuracy: right / wiki.length, auc: pairsOk / pairs });
  const wikiOnly = fitPolitenessWeights(wiki);
  return { leaveOneOut, wikipediaOnly: sources.map((s) => scoreOn(wikiOnly, written.filter((r) => r.source === s), s)) };
}
