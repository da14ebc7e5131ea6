// The support corpus (test/data/corpus) in `npm run eval`:
//   - agreement between each batch's writer and its blind second reader (Cohen's kappa);
//   - feelings, leave-one-batch-out (fit on every other training batch, predict this one): per-label
//     precision/recall/F1 over the 8 feelings, macro-F1, and accuracy at 100%, 80% and 60% coverage
//     (the most confident share of predictions) and at the shipped "sure" threshold;
//   - rules, leave-one-batch-out: per-rule precision/recall/F1, micro-F1, good drafts untouched, beside
//     the patterns alone;
//   - with --sealed: the sealed batches, scored with the shipped models (fitted on every training
//     batch). Sealed batches are written first and scored once, at the end of the work.
import { detectFeeling } from '../src/analyzer/feeling';
import { loadModel } from '../src/analyzer/feeling/model';
import { FEELINGS } from '../src/analyzer/types';
import { agreementOf } from './train/agreement';
import { SEALED, agreedMessages, batchNames, loadDrafts } from './train/corpus';
import { coverageAt, loboFeelings, loboRules, thresholdForCoverage, type FeelingPrediction } from './train/lobo';
import { emptyCounts, printReport, report, scoreDrafts } from './train/rule-metrics';
import { classReport } from './train/softmax';

const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '–');
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

function printFeelings(title: string, preds: readonly FeelingPrediction[]): number {
  const idx = (f: string) => (FEELINGS as readonly string[]).indexOf(f);
  const r = classReport(
    preds.map((p) => idx(p.gold)),
    preds.map((p) => idx(p.pred)),
    FEELINGS.length,
  );
  console.log(`${title}: ${preds.length} messages, macro-F1 ${f3(r.macro)} (8 labels)`);
  FEELINGS.forEach((f, i) => console.log(`  ${f.padEnd(13)} P ${f3(r.per[i]!.p)}  R ${f3(r.per[i]!.r)}  F1 ${f3(r.per[i]!.f1)}  (n ${r.per[i]!.n})`));
  const cover = [1, 0.8, 0.6].map((share) => {
    const t = thresholdForCoverage(preds, share);
    const c = coverageAt(preds, t);
    return `${pct(share)} coverage: ${pct(c.accuracy)} right`;
  });
  console.log(`  accuracy by coverage: ${cover.join('; ')}`);
  const sure = coverageAt(preds, loadModel().sureAt);
  console.log(`  stated as fact (confidence ≥ ${loadModel().sureAt}): ${pct(sure.coverage)} of messages, ${pct(sure.accuracy)} right`);
  return r.macro;
}

/** `--sealed` scores every sealed batch; `--sealed=s3,s4` only those (each sealed batch is scored once). */
export function sealedArgument(argv: readonly string[]): boolean | string[] {
  const given = argv.find((a) => a === '--sealed' || a.startsWith('--sealed='));
  if (!given) return false;
  return given === '--sealed' ? true : given.slice('--sealed='.length).split(',').filter(Boolean);
}

export function evalCorpus(opts: { sealed: boolean | readonly string[] }): { feelingsMacro: number; rulesMicro: number } {
  const batches = batchNames();
  if (batches.length === 0) {
    console.log('Support corpus: no batches in test/data/corpus/batches');
    return { feelingsMacro: NaN, rulesMicro: NaN };
  }
  console.log(`Support corpus (test/data/corpus): training batches ${batches.join(', ')}; sealed ${SEALED.join(', ')}`);
  const ag = agreementOf([...batches, ...SEALED]);
  if (ag.messages > 0) {
    console.log(`Agreement, writer vs blind second reader: feelings ${ag.messages} messages, ${pct(ag.feelingAgreement)} agree, kappa ${f3(ag.feelingKappa)}`);
    console.log(`  per feeling (one against the rest): ${FEELINGS.map((f) => `${f} ${f3(ag.perFeeling[f]!)}`).join(', ')}`);
    console.log(`  rules, ${ag.drafts} drafts: ${Object.entries(ag.perRule).map(([r, v]) => `${r} ${f3(v.kappa)}`).join(', ')}`);
  }
  const feelingsMacro = printFeelings('Feelings, leave-one-batch-out', loboFeelings(batches));
  const patterns = loboRules(batches, { patternsOnly: true });
  const learned = loboRules(batches);
  printReport('Rules, patterns alone (no learned layer), by batch', patterns);
  printReport('Rules, leave-one-batch-out', learned);
  const rulesMicro = report(learned).micro;
  if (opts.sealed) {
    const chosen = opts.sealed === true ? SEALED : opts.sealed;
    const sealed = SEALED.filter((b) => chosen.includes(b) && (loadDrafts(b).length > 0 || agreedMessages(b).length > 0));
    const preds: FeelingPrediction[] = [];
    for (const b of sealed) {
      for (const m of agreedMessages(b)) {
        const r = detectFeeling(m.text);
        preds.push({ batch: b, id: m.id, gold: m.feeling, pred: r.feeling, confidence: r.confidence });
      }
    }
    printFeelings(`Feelings, SEALED batches ${sealed.join(', ')} (shipped model)`, preds);
    const counts = emptyCounts();
    for (const b of sealed) scoreDrafts(loadDrafts(b), counts);
    printReport(`Rules, SEALED batches ${sealed.join(', ')} (shipped model)`, counts);
  }
  return { feelingsMacro, rulesMicro };
}

if (import.meta.url === `file://${process.argv[1]}`) evalCorpus({ sealed: sealedArgument(process.argv) });
