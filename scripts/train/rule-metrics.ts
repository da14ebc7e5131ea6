// Draft-level scoring of the rules against corpus labels: per-rule precision/recall/F1, micro-F1,
// and the share of good drafts (no rule by the labels) that draw no finding at all.
import { reviewDraft, type ReviewOptions } from '../../src/analyzer/review';
import { RULE_IDS, type RuleId } from '../../src/analyzer/types';
import type { CorpusDraft } from './corpus';
import { agreedLabel } from './rules';

export interface RuleCounts {
  tp: Record<string, number>;
  fp: Record<string, number>;
  fn: Record<string, number>;
  good: number;
  goodClean: number;
  drafts: number;
}

export function emptyCounts(): RuleCounts {
  const z = () => Object.fromEntries(RULE_IDS.map((r) => [r, 0]));
  return { tp: z(), fp: z(), fn: z(), good: 0, goodClean: 0, drafts: 0 };
}

/** Reviews each draft as the product would (the customer's feeling detected unless `options` pins it). */
export function scoreDrafts(drafts: readonly CorpusDraft[], counts: RuleCounts, options: ReviewOptions = {}, pinFeeling = false): RuleCounts {
  for (const d of drafts) {
    const review = reviewDraft({ draft: d.draft, customer: { text: d.customer, name: d.customerName ?? undefined } }, pinFeeling && d.customerFeeling ? { ...options, feeling: d.customerFeeling } : options);
    const fired = new Set(review.findings.map((f) => f.rule));
    counts.drafts++;
    const good = d.rules.length === 0 && (d.second === undefined || d.second.length === 0);
    if (good) {
      counts.good++;
      if (review.findings.length === 0) counts.goodClean++;
    }
    for (const r of RULE_IDS) {
      const y = agreedLabel(d, r);
      if (y === undefined) continue;
      const p = fired.has(r);
      if (p && y) counts.tp[r]!++;
      else if (p) counts.fp[r]!++;
      else if (y) counts.fn[r]!++;
    }
  }
  return counts;
}

export function report(c: RuleCounts): { micro: number; per: Record<RuleId, { p: number; r: number; f1: number; n: number }>; goodShare: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const per = {} as Record<RuleId, { p: number; r: number; f1: number; n: number }>;
  for (const r of RULE_IDS) {
    tp += c.tp[r]!;
    fp += c.fp[r]!;
    fn += c.fn[r]!;
    const p = c.tp[r]! + c.fp[r]! ? c.tp[r]! / (c.tp[r]! + c.fp[r]!) : 0;
    const rc = c.tp[r]! + c.fn[r]! ? c.tp[r]! / (c.tp[r]! + c.fn[r]!) : 0;
    per[r] = { p, r: rc, f1: p + rc ? (2 * p * rc) / (p + rc) : 0, n: c.tp[r]! + c.fn[r]! };
  }
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = tp + fn ? tp / (tp + fn) : 0;
  return { micro: P + R ? (2 * P * R) / (P + R) : 0, per, goodShare: c.good ? c.goodClean / c.good : 0 };
}

export function printReport(title: string, c: RuleCounts): void {
  const r = report(c);
  console.log(`${title}: micro-F1 ${r.micro.toFixed(3)}; good drafts untouched ${c.goodClean}/${c.good} (${(100 * r.goodShare).toFixed(0)}%)`);
  for (const id of RULE_IDS) {
    const x = r.per[id];
    console.log(`  ${id.padEnd(20)} P ${x.p.toFixed(2)} R ${x.r.toFixed(2)} F1 ${x.f1.toFixed(2)} (n ${x.n}, fp ${c.fp[id]})`);
  }
}
