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

export interface RuleModelJson {
  version: 1;
  rules: Partial<Record<RuleId, LearnedRuleJson>>;
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

function modelFor(id: RuleId): LearnedRuleJson | undefined {
  const json = override ?? (modelJson as unknown as RuleModelJson);
  return json.rules[id];
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

const sentenceCache = new WeakMap<RuleContext, { span: SentenceSpan; features: Map<string, number[]> }[]>();

/** The agent's own sentences (greeting to sign-off, quoted history left out) with their features, computed once per review. */
export function draftSentences(ctx: RuleContext): { span: SentenceSpan; features: Map<string, number[]> }[] {
  let list = sentenceCache.get(ctx);
  if (list === undefined) {
    list = sentenceSpans(ctx.text, 0, Math.min(ctx.text.length, MAX_LEARNED_CHARS), Infinity).map((span) => ({ span, features: sentenceFeatures(ctx.text, span) }));
    sentenceCache.set(ctx, list);
  }
  return list;
}

export function sentenceLogit(m: SentenceModel, features: Iterable<string>): number {
  let z = m.bias;
  for (const f of features) z += m.w[f] ?? 0;
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

/** Sentence examples of a missing-content rule: does the rule's own pattern find the content in this sentence? */
export function missingSentences(ctx: RuleContext, check: MissingCheck): ScoredSentence[] {
  return draftSentences(ctx).map(({ span, features }) => {
    const text = ctx.text.slice(span.start, Math.min(span.end, span.start + MAX_SENTENCE));
    const own = check.satisfiedIn({ ...ctx, text }) ? new Map([...features, [PATTERN_FEATURE, []]]) : features;
    return { ...span, features: own };
  });
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
function strongestWords(ctx: RuleContext, m: SentenceModel, s: ScoredSentence): Evidence[] {
  const ranked = [...s.features]
    .filter(([f, spans]) => spans.length > 0 && (m.w[f] ?? 0) > 0)
    .sort((a, b) => (m.w[b[0]] ?? 0) - (m.w[a[0]] ?? 0));
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
    const sentences = phraseSentences(ctx, hits);
    const out: RuleHit[] = [];
    const kept = new Set<RuleHit>();
    for (const s of sentences) {
      const p = sigmoid(sentenceLogit(m.sentence, s.features.keys()));
      const needed = s.features.has(PATTERN_FEATURE) ? m.sentence.threshold : (m.sentence.thresholdWithoutPattern ?? m.sentence.threshold);
      if (p < needed) continue;
      const inside = hits.filter((h) => overlaps(h, s));
      if (inside.length > 0) {
        for (const h of inside) if (!kept.has(h)) kept.add(h);
      } else {
        const evidence = strongestWords(ctx, m.sentence, s);
        out.push({ start: s.start, end: s.end, evidence: evidence.length > 0 ? evidence : [{ start: s.start, end: s.end, text: ctx.text.slice(s.start, s.end) }], suggestions: [] });
      }
    }
    out.push(...kept);
    // Past the scored part of a huge draft, the patterns answer alone.
    const scoredEnd = sentences.length > 0 ? sentences[sentences.length - 1]!.end : 0;
    for (const h of hits) if (h.start >= Math.max(scoredEnd, MAX_LEARNED_CHARS - 1)) out.push(h);
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  };
}

function learnedMissing(rule: RuleDefinition, check: MissingCheck): RuleDefinition['check'] {
  return (ctx) => {
    const m = modelFor(rule.id);
    if (!m || !m.draft || ctx.patternsOnly || !ctx.english) return check(ctx);
    if (!check.applies(ctx)) return [];
    const sentences = missingSentences(ctx, check);
    let best = -Infinity;
    for (const s of sentences) best = Math.max(best, sentenceLogit(m.sentence, s.features.keys()));
    if (sentences.length === 0) best = -8;
    let z = m.draft.bias;
    for (const [f, v] of draftFeatures(ctx, sentences, best, check.satisfiedIn(ctx))) z += v * (m.draft.w[f] ?? 0);
    return sigmoid(z) >= m.draft.threshold ? [check.finding(ctx)] : [];
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
