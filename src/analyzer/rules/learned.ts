// The learned layer of the semantic rules. Patterns (each rule's phrase lists and cue regexes) are
// exact but brittle: they miss the next paraphrase and fire on near misses. So each semantic rule also
// scores every sentence of the draft with a small logistic model (src/analyzer/rules/model.json,
// trained by `npm run train` on the support corpus in test/data/corpus) over the sentence's words and
// bigrams plus one feature saying whether the rule's own patterns matched there:
// - phrase rules (blame, dismissive, non-apology, cliche, policy-wall): a sentence is flagged when its
//   score reaches the rule's threshold. Pattern hits inside a flagged sentence are kept (with their
//   fixes); a flagged sentence without one is reported whole, its strongest words as evidence; pattern
//   hits in sentences the model finds clean are dropped.
// - missing-content rules (acknowledge-feeling, next-step, follow-up): each sentence is scored for
//   "this sentence does it"; the best sentence's score, whether the patterns found the content
//   anywhere, and the customer's feeling go into a small draft-level model that decides whether the
//   content is missing.
// apology-but is learned too: whether the sentence after an apology's "but" / "however" takes it back
// (an excuse, a policy) or brings good news is a judgement. Exact rules (use-name, shouting) stay patterns. Every sentence is scored on its own, so
// the phrase rules stay paragraph-local (incremental.ts relies on that).
import modelJson from './model.json';
import { decodeWeights } from '../feeling/model-format';
import { emitFeatures, tokenize, type Token } from '../feeling/tokenize';
import { sentenceSpans, type SentenceSpan } from '../text/sentences';
import type { Evidence, RuleId } from '../types';
import type { ExistenceCheck, MissingCheck } from './checks';
import type { RuleContext, RuleDefinition, RuleHit } from './types';

export interface SentenceModel {
  bias: number;
  /** feature → weight (features absent here weigh 0) */
  w: Record<string, number>;
  /** a sentence where the rule's patterns matched is flagged from this probability */
  threshold: number;
  /** a sentence without a pattern match needs this much (the model alone must be surer) */
  thresholdWithoutPattern?: number;
}

export interface LearnedRuleJson {
  kind: 'phrase' | 'missing';
  sentence: SentenceModel;
  /** missing-content rules: draft-level weights over DRAFT_FEATURES and the draft's words */
  draft?: { bias: number; w: Record<string, number>; threshold: number };
}

/**
 * The model file (model.json): each rule's settings, and the sentence weights of all rules in one
 * quantized matrix over a shared feature list (the format of the feeling model: one printable
 * character per weight, see feeling/model-format.ts), columns in `columns` order.
 */
export interface RuleModelJson {
  version: 2;
  rules: Partial<Record<RuleId, { kind: LearnedRuleJson['kind']; sentence: Omit<SentenceModel, 'w'>; draft?: LearnedRuleJson['draft'] }>>;
  columns: RuleId[];
  features: string;
  scale: number;
  weights: string;
  meta?: Record<string, unknown>;
}

/** Pattern feature: the rule's own patterns matched in this sentence. */
export const PATTERN_FEATURE = '<pattern>';
/** Draft-level features of the missing-content rules, in this order. */
export const DRAFT_FEATURES = ['best sentence', 'patterns satisfied', 'feeling negative', 'feeling grateful', 'feeling neutral', 'feeling unknown', 'sentences (log)'] as const;
/** Sentences longer than this are scored on their first MAX_SENTENCE characters. */
const MAX_SENTENCE = 600;

let override: RuleModelJson | null = null;
/** Past this many characters of a draft the phrase rules answer with their patterns alone (the worker reviews at most 30,000). */
export const MAX_LEARNED_CHARS = 30_000;

/** Scripts only (leave-one-batch-out evaluation): use another rule model. */
export function useRuleModelForTuning(json: RuleModelJson | null): void {
  override = json;
}

/** A rule's model with its weights in Maps (fast lookups), built once per model file. */
export interface LoadedRuleModel {
  json: LearnedRuleJson;
  w: Map<string, number>;
  draftW: Map<string, number>;
}

const loaded = new WeakMap<RuleModelJson, Partial<Record<RuleId, LoadedRuleModel>>>();

function modelFor(id: RuleId): LoadedRuleModel | undefined {
  const json = override ?? (modelJson as unknown as RuleModelJson);
  let byRule = loaded.get(json);
  if (!byRule) {
    byRule = {};
    loaded.set(json, byRule);
  }
  const cached = byRule[id];
  if (cached) return cached;
  const r = json.rules[id];
  const col = json.columns.indexOf(id);
  if (!r || col < 0) return undefined;
  const features = json.features.split('\n');
  const all = decodeWeights(json.weights, json.scale);
  const w = new Map<string, number>();
  const C = json.columns.length;
  for (let i = 0; i < features.length; i++) {
    const v = all[i * C + col]!;
    if (v !== 0) w.set(features[i]!, v);
  }
  const m: LoadedRuleModel = { json: { ...r, sentence: { ...r.sentence, w: {} } }, w, draftW: new Map(Object.entries(r.draft?.w ?? {})) };
  byRule[id] = m;
  return m;
}

export interface ScoredSentence extends SentenceSpan {
  features: Map<string, number[]>;
}

/** The features of one sentence: word features (feeling/tokenize.ts) with the spans behind them. */
export function sentenceFeatures(text: string, span: SentenceSpan): Map<string, number[]> {
  const end = Math.min(span.end, span.start + MAX_SENTENCE);
  const tokens: Token[] = tokenize(text, span.start, end);
  const out = new Map<string, number[]>();
  emitFeatures(tokens, (f, s, e) => {
    if (f.startsWith('<caps') || f === '<allcaps>') return;
    const list = out.get(f);
    if (list === undefined) out.set(f, [s, e]);
    else if (list.length < 4) list.push(s, e);
  });
  return out;
}

interface DraftSentence {
  span: SentenceSpan;
  features: Map<string, number[]>;
}

const sentenceCache = new WeakMap<RuleContext, DraftSentence[]>();
const TWO_WORDS = /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u;

/**
 * The agent's own sentences (greeting to sign-off, quoted history left out) with their features,
 * computed once per review. A "sentence" of fewer than two words ("x", "!") is not scored: the model
 * has nothing to read there (the patterns still answer for it).
 */
export function draftSentences(ctx: RuleContext): DraftSentence[] {
  let list = sentenceCache.get(ctx);
  if (list === undefined) {
    list = [];
    for (const span of sentenceSpans(ctx.text, 0, Math.min(ctx.text.length, MAX_LEARNED_CHARS), Infinity)) {
      if (!TWO_WORDS.test(ctx.text.slice(span.start, Math.min(span.end, span.start + MAX_SENTENCE)))) continue;
      list.push({ span, features: sentenceFeatures(ctx.text, span) });
    }
    sentenceCache.set(ctx, list);
  }
  return list;
}

export function sentenceLogit(m: SentenceModel, features: Iterable<string>): number {
  let z = m.bias;
  for (const f of features) z += m.w[f] ?? 0;
  return z;
}

function logitWith(bias: number, w: Map<string, number>, features: Map<string, number[]>, pattern: boolean): number {
  let z = bias + (pattern ? (w.get(PATTERN_FEATURE) ?? 0) : 0);
  for (const f of features.keys()) z += w.get(f) ?? 0;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sentence examples of a phrase rule: each sentence's features, the pattern feature included. */
export function phraseSentences(ctx: RuleContext, hits: readonly RuleHit[]): ScoredSentence[] {
  return draftSentences(ctx).map(({ span, features }) => {
    const own = hits.some((h) => overlaps(h, span)) ? new Map([...features, [PATTERN_FEATURE, []]]) : features;
    return { ...span, features: own };
  });
}

/** Sentence examples of a missing-content rule: the sentence's words (the patterns answer at draft level). */
export function missingSentences(ctx: RuleContext): ScoredSentence[] {
  return draftSentences(ctx).map(({ span, features }) => ({ ...span, features }));
}

/**
 * The draft-level features of a missing-content rule: DRAFT_FEATURES, plus the words of the draft
 * ("w:…"), which tell whether anything is left open (a refusal, a settled answer, a thank-you).
 */
export function draftFeatures(ctx: RuleContext, sentences: readonly ScoredSentence[], best: number, patternsSatisfied: boolean): Map<string, number> {
  const f = ctx.feeling;
  const negative = f !== null && f !== 'grateful' && f !== 'neutral';
  const dense = [Math.max(-8, Math.min(8, best)), patternsSatisfied ? 1 : 0, negative ? 1 : 0, f === 'grateful' ? 1 : 0, f === 'neutral' ? 1 : 0, f === null ? 1 : 0, Math.log(1 + sentences.length)];
  const out = new Map<string, number>(DRAFT_FEATURES.map((name, i) => [name, dense[i]!]));
  for (const s of sentences) for (const feature of s.features.keys()) if (!feature.includes(' ') && feature !== PATTERN_FEATURE) out.set('w:' + feature, 1);
  return out;
}

/** The strongest words of a flagged sentence (its evidence when no pattern matched there). */
function strongestWords(ctx: RuleContext, w: Map<string, number>, s: { features: Map<string, number[]> }): Evidence[] {
  const ranked = [...s.features]
    .filter(([f, spans]) => spans.length > 0 && (w.get(f) ?? 0) > 0)
    .sort((a, b) => (w.get(b[0]) ?? 0) - (w.get(a[0]) ?? 0));
  const out: Evidence[] = [];
  for (const [, spans] of ranked) {
    const start = spans[0]!;
    const end = spans[1]!;
    if (out.some((e) => start < e.end && e.start < end)) continue;
    out.push({ start, end, text: ctx.text.slice(start, end) });
    if (out.length >= 3) break;
  }
  return out.sort((a, b) => a.start - b.start);
}

function learnedPhrase(rule: RuleDefinition, check: ExistenceCheck): RuleDefinition['check'] {
  return (ctx) => {
    const m = modelFor(rule.id);
    const hits = check(ctx);
    if (!m || ctx.patternsOnly) return hits;
    if (check.excused(ctx)) return [];
    const sm = m.json.sentence;
    const out: RuleHit[] = [];
    const kept = new Set<RuleHit>();
    const scored: SentenceSpan[] = [];
    for (const { span, features } of draftSentences(ctx)) {
      scored.push(span);
      const inside = hits.filter((h) => overlaps(h, span));
      const pattern = inside.length > 0;
      const p = sigmoid(logitWith(sm.bias, m.w, features, pattern));
      if (p < (pattern ? sm.threshold : (sm.thresholdWithoutPattern ?? sm.threshold))) continue;
      if (pattern) {
        for (const h of inside) kept.add(h);
      } else {
        const evidence = strongestWords(ctx, m.w, { features });
        out.push({ start: span.start, end: span.end, evidence: evidence.length > 0 ? evidence : [{ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) }], suggestions: [] });
      }
    }
    out.push(...kept);
    // Where no sentence was scored (one-word "sentences", past the first 30,000 characters), the patterns answer alone.
    for (const h of hits) if (!kept.has(h) && !scored.some((s) => overlaps(h, s))) out.push(h);
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  };
}

function learnedMissing(rule: RuleDefinition, check: MissingCheck): RuleDefinition['check'] {
  return (ctx) => {
    const m = modelFor(rule.id);
    if (!m || !m.json.draft || ctx.patternsOnly || !ctx.english) return check(ctx);
    if (!check.applies(ctx)) return [];
    const sentences = missingSentences(ctx);
    let best = -8;
    for (const s of sentences) best = Math.max(best, logitWith(m.json.sentence.bias, m.w, s.features, false));
    let z = m.json.draft.bias;
    for (const [f, v] of draftFeatures(ctx, sentences, best, check.satisfiedIn(ctx))) z += v * (m.draftW.get(f) ?? 0);
    return sigmoid(z) >= m.json.draft.threshold ? [check.finding(ctx)] : [];
  };
}

/** The rule with its learned layer (rules without a model keep their patterns). */
export function withLearnedLayer(rule: RuleDefinition): RuleDefinition {
  if (!LEARNED_RULES.includes(rule.id)) return rule;
  if (rule.kind === 'existence') return { ...rule, check: learnedPhrase(rule, rule.check as ExistenceCheck) };
  if (rule.kind === 'missing') return { ...rule, check: learnedMissing(rule, rule.check as MissingCheck) };
  return rule;
}

/** Rules that get a learned layer; the others are exact patterns. */
export const LEARNED_RULES: readonly RuleId[] = ['acknowledge-feeling', 'next-step', 'follow-up', 'blame', 'dismissive', 'non-apology', 'apology-but', 'cliche', 'policy-wall'];
