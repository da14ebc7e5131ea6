// Scoring
// =======
//
// `score` (0–100) says how ready a draft is to send. It starts at 100 and loses points per finding:
//
//     score = round( clamp( 100 − Σ_rules cost(rule) − tone, 0, 100 ) )
//
//     cost(rule) = w · (1 + ½ + ½ + …) over that rule's findings, capped at 2·w
//                  w = 15 for a warning, 6 for a suggestion, 1 for info
//     tone       = 10 · max(0, −politeness)          (politeness is −1…1; only impolite drafts lose points)
//
// - The first finding of a rule costs its full weight, every further finding of the same rule half,
//   and one rule never costs more than twice its weight: one shouty sentence with five capitals is
//   one problem, not five.
// - A warning (blame, dismissive, non-apology, apology-but, shouting, policy-wall) costs more than
//   twice a suggestion (acknowledge-feeling, use-name, next-step, follow-up, cliché); info costs
//   little. A library can change a rule's severity, and so its cost.
// - A reply that does everything right has no findings and a non-negative politeness: it scores
//   100 (≥ 90 even if slightly impolite, since tone costs at most 10).
// - An empty or whitespace-only draft scores 0 (there is nothing to send) and gets no findings.
// - The score is never negative and never above 100.
import type { Finding, Severity } from './types';

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { warning: 15, suggestion: 6, info: 1 };
export const REPEAT_FACTOR = 0.5;
export const RULE_CAP_FACTOR = 2;
export const TONE_WEIGHT = 10;

export function scoreReview(draft: string, findings: readonly Finding[], politeness: number): number {
  if (draft.trim() === '') return 0;
  const perRule = new Map<string, { cost: number; maxWeight: number }>();
  for (const f of findings) {
    const w = SEVERITY_WEIGHT[f.severity] ?? SEVERITY_WEIGHT.suggestion;
    const seen = perRule.get(f.rule);
    if (seen === undefined) perRule.set(f.rule, { cost: w, maxWeight: w });
    else {
      seen.cost += w * REPEAT_FACTOR;
      seen.maxWeight = Math.max(seen.maxWeight, w);
    }
  }
  let cost = 0;
  for (const { cost: c, maxWeight } of perRule.values()) cost += Math.min(c, RULE_CAP_FACTOR * maxWeight);
  const p = Number.isFinite(politeness) ? politeness : 0;
  const tone = TONE_WEIGHT * Math.max(0, -p);
  return Math.round(Math.min(100, Math.max(0, 100 - cost - tone)));
}
