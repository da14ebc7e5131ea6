// The learned layer of the semantic rules (src/analyzer/rules/learned.ts), trained on the agent drafts
// of the support corpus: per rule, a sentence model (which sentences do the fault, or do the missing
// content) and, for the missing-content rules, a small draft-level model on top. Deterministic.
import { readFileSync, writeFileSync } from 'node:fs';
import { detectFeeling } from '../../src/analyzer/feeling';
import { sentenceSpans } from '../../src/analyzer/text/sentences';
import { resolve } from 'node:path';
import { DEFAULT_LIBRARY } from '../../src/analyzer/data/default-library';
import { contextOf } from '../../src/analyzer/review';
import type { MissingCheck } from '../../src/analyzer/rules/checks';
import { PATTERN_RULES_BY_ID } from '../../src/analyzer/rules/index';
import {
  DRAFT_FEATURES,
  LEARNED_RULES,
  draftFeatures,
  missingSentences,
  phraseSentences,
  sentenceLogit,
  PATTERN_FEATURE,
  UNMATCHED_PREFIX,
  type LearnedRuleJson,
  type RuleModelJson,
  type SentenceModel,
  type ScoredSentence,
} from '../../src/analyzer/rules/learned';
import type { RuleContext } from '../../src/analyzer/rules/types';
import { FEELINGS, type Feeling, type FeelingResult, type RuleId } from '../../src/analyzer/types';
import { blindBatchDrafts, loadDrafts, type CorpusDraft } from './corpus';
import { buildVocab, toExample, trainSoftmax } from './softmax';
import { QMAX, encodeWeights } from '../../src/analyzer/feeling/model-format';
import { RULE_EXAMPLES } from '../../src/analyzer/rules/all-examples';

export const RULE_TRAINING = {
  minDf: 2,
  epochs: 8,
  lr: 0.2,
  l2: 1e-3,
  /** positives weigh (negatives / positives)^balance */
  balance: 0.5,
  /** features kept per rule's sentence model (the strongest, then refitted on them alone) */
  keep: 2000,
  /** words kept per draft-level model */
  keepDraft: 1000,
  threshold: 0.3,
  thresholdWithoutPattern: 0.8,
  /**
   * Phrase rules whose sentence alone (no pattern there) must be surer than thresholdWithoutPattern.
   * Chosen on leave-one-batch-out folds of the 15 training batches (0.7 to 0.98 tried): the threshold
   * with the best F1 (within 0.002) and, among those, the fewest findings on good drafts. Blame at 0.8
   * and 0.9 has the same F1 (0.72), but at 0.9 it flags 15 good drafts instead of 28.
   */
  thresholdWithoutPatternFor: { blame: 0.9, dismissive: 0.85, 'policy-wall': 0.9 } as Partial<Record<RuleId, number>>,
  draftThreshold: 0.5,
  draftMinDf: 3,
  draftL2: 3e-3,
  seed: 20261206,
};

const MISSING: ReadonlySet<RuleId> = new Set(['acknowledge-feeling', 'next-step', 'follow-up']);

function pinned(f: string): FeelingResult {
  const scores = Object.fromEntries(FEELINGS.map((k) => [k, k === f ? 1 : 0])) as FeelingResult['scores'];
  return { feeling: f as FeelingResult['feeling'], intensity: 0.5, confidence: 1, scores, evidence: [] };
}

/** The rule context of a corpus draft, with the writer's customer feeling pinned. */
export function corpusContext(d: CorpusDraft): RuleContext {
  return contextOf(d.draft, { text: d.customer, name: d.customerName ?? undefined }, DEFAULT_LIBRARY, d.customerFeeling ? pinned(d.customerFeeling) : null).ctx;
}

/**
 * Hand-written, labelled material beside the corpus: every rule's own examples (must fire / near
 * misses), test/data/rule-phrasings.json and the replies of the earlier blind batches. Each is labelled for one rule only. A faulty
 * example's fault is where the rule's patterns point (else the whole draft); a one-sentence near miss
 * of a missing-content rule is the content itself.
 */
let handWrittenCache: CorpusDraft[] | null = null;
export function handWrittenDrafts(): CorpusDraft[] {
  if (handWrittenCache) return handWrittenCache;
  const out: CorpusDraft[] = [];
  const add = (r: RuleId, draft: string, fire: boolean, customer: { name?: string; text?: string; feeling?: Feeling } | undefined, id: string): void => {
    const feeling = customer?.feeling ?? (customer?.text ? detectFeeling(customer.text).feeling : null);
    const d: CorpusDraft = { id, batch: 'examples', customer: customer?.text ?? '', customerName: customer?.name ?? null, customerFeeling: feeling, draft, rules: fire ? [r] : [], quotes: {}, satisfies: {}, only: r };
    const oneSentence = sentenceSpans(draft).length === 1;
    if (MISSING.has(r)) {
      if (!fire && oneSentence) d.satisfies[r] = [draft];
    } else if (fire) {
      const hits = PATTERN_RULES_BY_ID[r].check(corpusContext(d));
      d.quotes[r] = hits.length > 0 ? hits.map((h) => draft.slice(h.start, h.end)) : [draft];
    }
    out.push(d);
  };
  for (const r of LEARNED_RULES) {
    const ex = RULE_EXAMPLES[r];
    ex.fire.forEach((e, i) => add(r, e.draft, true, e.customer, `${r}-fire-${i}`));
    ex.pass.forEach((e, i) => add(r, e.draft, false, e.customer, `${r}-pass-${i}`));
  }
  const phrasings = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../test/data/rule-phrasings.json'), 'utf8')) as Record<string, { fire: string[]; pass: string[] } | string>;
  for (const [r, v] of Object.entries(phrasings)) {
    if (typeof v === 'string' || !(LEARNED_RULES as readonly string[]).includes(r)) continue;
    v.fire.forEach((t, i) => add(r as RuleId, t, true, undefined, `${r}-phrasing-fire-${i}`));
    v.pass.forEach((t, i) => add(r as RuleId, t, false, undefined, `${r}-phrasing-pass-${i}`));
  }
  // The default library's acknowledgements acknowledge, by definition (the coach inserts them).
  for (const [feeling, entries] of Object.entries(DEFAULT_LIBRARY.acknowledgements ?? {})) {
    if (feeling === 'neutral' || feeling === 'grateful') continue;
    (entries ?? []).forEach((e, i) => {
      const text = e.text.replace(/\{name\}/g, 'Priya').replace(/\{issue\}/g, 'the refund').replace(/\{agent\}/g, 'Sam');
      add('acknowledge-feeling', text, false, { name: 'Priya', feeling: feeling as Feeling }, `library-ack-${feeling}-${i}`);
    });
  }
  // The earlier blind batches' replies (their customer's feeling detected, as the product would).
  for (const d of blindBatchDrafts()) out.push({ ...d, customerFeeling: d.customerFeeling ?? (d.customer ? detectFeeling(d.customer).feeling : null) });
  handWrittenCache = out;
  return out;
}

/** Spans of the draft that a writer's quotes point at (exact, else case- and space-insensitive). */
export function quoteSpans(draft: string, quotes: readonly string[] | undefined): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const q of quotes ?? []) {
    if (!q || !q.trim()) continue;
    let i = draft.indexOf(q);
    if (i >= 0) {
      while (i >= 0) {
        out.push({ start: i, end: i + q.length });
        i = draft.indexOf(q, i + 1);
      }
      continue;
    }
    const j = draft.toLowerCase().replace(/\s/g, ' ').indexOf(q.toLowerCase().replace(/\s/g, ' ').trim());
    if (j >= 0) out.push({ start: j, end: j + q.trim().length });
  }
  return out;
}

/** The label of rule r on draft d, or undefined when the two readers disagree on it. */
export function agreedLabel(d: CorpusDraft, r: RuleId): boolean | undefined {
  if (d.only !== undefined && d.only !== r) return undefined;
  const a = d.rules.includes(r);
  if (d.second === undefined) return a;
  return a === d.second.includes(r) ? a : undefined;
}

interface SentenceRow {
  features: Map<string, number[]>;
  y: number;
}

function sentenceRows(r: RuleId, drafts: readonly CorpusDraft[]): { rows: SentenceRow[]; perDraft: { d: CorpusDraft; ctx: RuleContext; sentences: ScoredSentence[]; y: boolean; satisfied: boolean }[] } {
  const rule = PATTERN_RULES_BY_ID[r];
  const rows: SentenceRow[] = [];
  const perDraft: { d: CorpusDraft; ctx: RuleContext; sentences: ScoredSentence[]; y: boolean; satisfied: boolean }[] = [];
  for (const d of drafts) {
    const y = agreedLabel(d, r);
    if (y === undefined) continue;
    const ctx = corpusContext(d);
    if (!ctx.english) continue;
    if (MISSING.has(r)) {
      const check = rule.check as MissingCheck;
      if (!check.applies(ctx)) continue;
      const sentences = missingSentences(ctx, check);
      // Sure labels only: a sentence the writer quoted as doing it is positive; every sentence of a draft
      // where it is missing is negative. Other sentences of a complete draft are left out (unquoted, unknown).
      const spans = quoteSpans(d.draft, d.satisfies[r]);
      for (const s of sentences) {
        const quoted = spans.some((q) => q.start < s.end && s.start < q.end);
        if (quoted && !y) rows.push({ features: s.features, y: 1 });
        else if (y) rows.push({ features: s.features, y: 0 });
      }
      perDraft.push({ d, ctx, sentences, y, satisfied: check.satisfiedIn(ctx) });
    } else {
      const hits = rule.check(ctx);
      const sentences = phraseSentences(ctx, hits);
      const spans = y ? quoteSpans(d.draft, d.quotes[r]) : [];
      if (y && spans.length === 0) continue; // fault without a located quote: no sentence label
      for (const s of sentences) rows.push({ features: s.features, y: spans.some((q) => q.start < s.end && s.start < q.end) ? 1 : 0 });
    }
  }
  return { rows, perDraft };
}

function fitBinary(rows: readonly { f: Map<string, number>; y: number }[], minDf: number, l2: number, keep: number, always: readonly string[]): { bias: number; w: Map<string, number> } {
  const cfg = RULE_TRAINING;
  const fitOn = (vocab: Map<string, number>) => {
    const pos = rows.filter((r) => r.y === 1).length;
    const neg = rows.length - pos;
    const wPos = Math.pow(neg / Math.max(1, pos), cfg.balance);
    const m = trainSoftmax(
      rows.map((r) => toExample(r.f, vocab, r.y, r.y === 1 ? wPos : 1)),
      vocab.size,
      2,
      { epochs: cfg.epochs, lr: cfg.lr, l2, seed: cfg.seed },
    );
    const w = new Map<string, number>();
    [...vocab.keys()].forEach((f, j) => w.set(f, m.W[j * 2 + 1]! - m.W[j * 2]!));
    return { bias: m.b[1]! - m.b[0]!, w };
  };
  const first = fitOn(
    buildVocab(
      rows.map((r) => r.f),
      minDf,
    ),
  );
  if (first.w.size <= keep) return first;
  // Keep the strongest features (and the ones always needed), then refit on them alone, so the
  // dropped long tail does not shift the scores of the kept ones.
  const chosen = [...first.w]
    .filter(([k]) => !always.includes(k))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, keep)
    .map(([k]) => k);
  const names = [...new Set([...chosen, ...always.filter((k) => first.w.has(k))])].sort();
  return fitOn(new Map(names.map((k, i) => [k, i])));
}

const byName = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Weights rounded to the levels the model file stores (QMAX levels each side of 0, per rule). */
function quantized(w: Map<string, number>): { scale: number; w: Record<string, number> } {
  let maxAbs = 0;
  for (const v of w.values()) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = Number((Math.max(maxAbs, 1e-6) / QMAX).toPrecision(6));
  const out: Record<string, number> = {};
  for (const [k, v] of [...w].sort(byName)) {
    const q = Math.round(v / scale);
    if (q !== 0) out[k] = q * scale;
  }
  return { scale, w: out };
}

export function fitRuleModel(corpusDrafts: readonly CorpusDraft[], meta: Record<string, unknown> = {}): RuleModelJson {
  const cfg = RULE_TRAINING;
  const drafts = [...corpusDrafts, ...handWrittenDrafts()];
  const rules: Partial<Record<RuleId, LearnedRuleJson>> = {};
  const scales: Record<string, number> = {};
  for (const r of LEARNED_RULES) {
    const { rows, perDraft } = sentenceRows(r, drafts);
    if (rows.length === 0 || !rows.some((x) => x.y === 1)) continue;
    const fit = fitBinary(
      rows.map((x) => ({ f: new Map([...x.features.keys()].map((k) => [k, 1])), y: x.y })),
      cfg.minDf,
      cfg.l2,
      cfg.keep,
      [PATTERN_FEATURE],
    );
    const q = quantized(fit.w);
    scales[r] = q.scale;
    const sentence: SentenceModel = { bias: Number(fit.bias.toFixed(3)), w: q.w, threshold: cfg.threshold, thresholdWithoutPattern: cfg.thresholdWithoutPatternFor[r] ?? cfg.thresholdWithoutPattern };
    const learned: LearnedRuleJson = { kind: MISSING.has(r) ? 'missing' : 'phrase', sentence };
    if (MISSING.has(r)) {
      // Draft level: on the drafts where the rule applies, is the content missing? (scored with the stored, quantized weights)
      const drows = perDraft.map((p) => {
        let best = -Infinity;
        for (const s of p.sentences) best = Math.max(best, sentenceLogit(sentence, s.features.keys()));
        if (p.sentences.length === 0) best = -8;
        return { f: draftFeatures(p.ctx, p.sentences, best, p.satisfied), y: p.y ? 1 : 0 };
      });
      const dfit = fitBinary(drows, cfg.draftMinDf, cfg.draftL2, cfg.keepDraft, DRAFT_FEATURES);
      const dense = DRAFT_FEATURES.map((k) => Number((dfit.w.get(k) ?? 0).toFixed(4)));
      const words = quantized(new Map([...dfit.w].filter(([k]) => k.startsWith('w:'))));
      scales[`${r}:draft`] = words.scale;
      learned.draft = { bias: Number(dfit.bias.toFixed(4)), w: Object.fromEntries([...DRAFT_FEATURES.map((k, i) => [k, dense[i]!] as const), ...Object.entries(words.w)]), threshold: cfg.draftThreshold };
    }
    rules[r] = learned;
  }
  return encodeRuleModel(rules, scales, { ...meta, settings: { ...cfg } });
}

/** The model file: rule settings, and every rule's sentence weights and draft-word weights in one quantized matrix over one feature list. */
function encodeRuleModel(rules: Partial<Record<RuleId, LearnedRuleJson>>, scales: Record<string, number>, meta: Record<string, unknown>): RuleModelJson {
  const ids = LEARNED_RULES.filter((r) => rules[r]);
  const unmatched = (r: RuleId) => Object.keys(rules[r]!.sentence.w).some((k) => k.startsWith(UNMATCHED_PREFIX));
  const columns: { name: string; scale: string; w: (feature: string) => number }[] = [
    ...ids.map((r) => ({ name: r as string, scale: r as string, w: (f: string) => rules[r]!.sentence.w[f] ?? 0 })),
    ...ids.filter(unmatched).map((r) => ({ name: `${r}:unmatched`, scale: r as string, w: (f: string) => rules[r]!.sentence.w[UNMATCHED_PREFIX + f] ?? 0 })),
    ...ids.filter((r) => rules[r]!.draft).map((r) => ({ name: `${r}:draft`, scale: `${r}:draft`, w: (f: string) => rules[r]!.draft!.w['w:' + f] ?? 0 })),
  ];
  const bare = (k: string) => (k.startsWith(UNMATCHED_PREFIX) ? k.slice(UNMATCHED_PREFIX.length) : k);
  const names = [...new Set(ids.flatMap((r) => [...Object.keys(rules[r]!.sentence.w).map(bare), ...Object.keys(rules[r]!.draft?.w ?? {}).filter((k) => k.startsWith('w:')).map((k) => k.slice(2))]))].sort();
  const levels = new Int8Array(names.length * columns.length);
  names.forEach((n, i) => columns.forEach((c, j) => (levels[i * columns.length + j] = Math.round(c.w(n) / scales[c.scale]!))));
  const settings: RuleModelJson['rules'] = {};
  for (const r of ids) {
    const { w: _w, ...sentence } = rules[r]!.sentence;
    const draft = rules[r]!.draft;
    settings[r] = { kind: rules[r]!.kind, sentence, ...(draft ? { draft: { bias: draft.bias, dense: DRAFT_FEATURES.map((k) => draft.w[k] ?? 0), threshold: draft.threshold } } : {}) };
  }
  return { version: 2, columns: columns.map((c) => c.name), features: names.join('\n'), scales: columns.map((c) => scales[c.scale]!), weights: encodeWeights(levels), rules: settings, meta };
}

export function trainRules(batches: readonly string[]): void {
  const drafts = batches.flatMap((b) => loadDrafts(b));
  const json = fitRuleModel(drafts, { batches: [...batches], drafts: drafts.length });
  const path = resolve(import.meta.dirname, '../../src/analyzer/rules/model.json');
  writeFileSync(path, JSON.stringify(json) + '\n');
  console.log(`rules: ${drafts.length} drafts from ${batches.length} batches → ${path}`);
}
