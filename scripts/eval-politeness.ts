// Evaluates the politeness strategy model (src/analyzer/politeness.ts) on the Stanford Politeness
// Corpus (Wikipedia half, binarised: top quartile polite, bottom quartile impolite).
//
//   npx tsx scripts/eval-politeness.ts [path]   accuracy of the shipped weights (polite iff politeness > 0)
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { politeness } from '../src/analyzer/politeness';

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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_PATH);
  const r = await evalPoliteness(path);
  console.log(`politeness accuracy (polite iff politeness > 0): ${r.accuracy.toFixed(3)} on n=${r.n}`);
  console.log(`  polite recall ${r.politeRecall.toFixed(3)}, impolite recall ${r.impoliteRecall.toFixed(3)}`);
  console.log('  (the shipped weights were fitted on this corpus among others: `npm run eval` prints held-out figures)');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
