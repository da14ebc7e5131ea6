// Agreement between the writer's labels and the blind second reader's: Cohen's kappa, overall and
// per label (one label against the rest), for feelings and for every rule.
import { FEELINGS, RULE_IDS } from '../../src/analyzer/types';
import { loadDrafts, loadMessages } from './corpus';

export function kappa(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n === 0) return NaN;
  let agree = 0;
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    ca.set(a[i]!, (ca.get(a[i]!) ?? 0) + 1);
    cb.set(b[i]!, (cb.get(b[i]!) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [k, v] of ca) pe += (v / n) * ((cb.get(k) ?? 0) / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

export interface Agreement {
  messages: number;
  feelingAgreement: number;
  feelingKappa: number;
  perFeeling: Record<string, number>;
  drafts: number;
  perRule: Record<string, { kappa: number; agreement: number }>;
}

export function agreementOf(batches: readonly string[]): Agreement {
  const msgs = batches.flatMap((b) => loadMessages(b)).filter((m) => m.second !== undefined);
  const a = msgs.map((m) => m.feeling as string);
  const b = msgs.map((m) => m.second as string);
  const perFeeling: Record<string, number> = {};
  for (const f of FEELINGS) perFeeling[f] = kappa(a.map((x) => String(x === f)), b.map((x) => String(x === f)));
  const drafts = batches.flatMap((bn) => loadDrafts(bn)).filter((d) => d.second !== undefined);
  const perRule: Record<string, { kappa: number; agreement: number }> = {};
  for (const r of RULE_IDS) {
    const x = drafts.map((d) => String(d.rules.includes(r)));
    const y = drafts.map((d) => String(d.second!.includes(r)));
    perRule[r] = { kappa: kappa(x, y), agreement: x.filter((v, i) => v === y[i]).length / Math.max(1, x.length) };
  }
  return {
    messages: msgs.length,
    feelingAgreement: a.filter((v, i) => v === b[i]).length / Math.max(1, a.length),
    feelingKappa: kappa(a, b),
    perFeeling,
    drafts: drafts.length,
    perRule,
  };
}
