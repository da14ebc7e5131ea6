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
// Read field by field: the bundle carries the model, not its training notes (`meta`).
import * as builtIn from './model.json';
import { decodeWeights } from '../feeling/model-format';
import { emitFeatures, tokenize, type Token } from '../feeling/tokenize';
import { hasContentWord } from '../text/function-words';
import { sentenceSpans, type SentenceSpan } from '../text/sentences';
import type { Evidence, RuleId } from '../types';
import type { ExistenceCheck, MissingCheck } from './checks';
import type { RuleContext, RuleDefinition, RuleHit } from './types';

/** A rule's sentence model as the trainer holds it (weights by feature name). */
export interface SentenceModel {
  bias: number;
  /** feature → weight (features absent here weigh 0) */
  w: Record<string, number>;
  /** a sentence where the rule's patterns matched is flagged from this probability */
  threshold: number;
  /** a sentence without a pattern match needs this much (the model alone must be surer) */
  thresholdWithoutPattern?: number;
}

/** A missing-content rule's draft model as the trainer holds it: weights over DRAFT_FEATURES and "w:" + each word of the draft. */
export interface DraftModel {
  bias: number;
  w: Record<string, number>;
  threshold: number;
}

/** A draft model in the model file: DRAFT_FEATURES' weights in order; the word weights are a column of the matrix. */
export interface StoredDraftModel {
  bias: number;
  dense: number[];
  threshold: number;
}

export interface LearnedRuleJson {
  kind: 'phrase' | 'missing';
  sentence: SentenceModel;
  /** missing-content rules: draft-level weights over DRAFT_FEATURES and the draft's words */
  draft?: DraftModel;
}

/**
 * The model file (model.json). Every rule's sentence weights, and the word weights of the draft
 * models, sit in one matrix over one feature list: `features` (sorted, joined by "\n") × `columns`
 * (a rule id for its sentence model, "<id>:unmatched" for a missing-content rule's UNMATCHED_PREFIX
 * words, "<id>:draft" for its draft model's words), one printable character per weight (a quantized
 * level, see feeling/model-format.ts), column c scaled by `scales[c]`.
 */
export interface RuleModelJson {
  version: 2;
  columns: string[];
  features: string;
  scales: number[];
  weights: string;
  rules: Partial<Record<RuleId, { kind: LearnedRuleJson['kind']; sentence: Omit<SentenceModel, 'w'>; draft?: StoredDraftModel }>>;
  meta?: Record<string, unknown>;
}

/** Pattern feature: the rule's own patterns matched in this sentence. */
export const PATTERN_FEATURE = '<pattern>';
/**
 * Missing-content rules also see each single-word feature of a sentence where their patterns found
 * nothing under this prefix, so a word can mean one thing beside the rule's own cue and another
 * without it ("sorry" in "sorry you had to chase us" vs a bare "I'm sorry, but …").
 */
export const UNMATCHED_PREFIX = '¬';
/** Draft-level features of the missing-content rules, in this order. */
export const DRAFT_FEATURES = ['best sentence', 'patterns satisfied', 'feeling negative', 'feeling grateful', 'feeling neutral', 'feeling unknown', 'sentences (log)'] as const;
/** Sentences longer than this are scored on their first MAX_SENTENCE characters. */
const MAX_SENTENCE = 600;

/** Past this many characters of a draft the phrase rules answer with their patterns alone (the worker reviews at most 30,000). */
export const MAX_LEARNED_CHARS = 30_000;
/**
 * The learned layer scores at most this many sentences (a 30,000-character draft of ordinary prose has
 * about 400); past them the patterns answer alone. It bounds degenerate drafts ("x" on 15,000 lines).
 */
export const MAX_LEARNED_SENTENCES = 600;

interface LoadedRule {
  kind: LearnedRuleJson['kind'];
  column: number;
  bias: number;
  threshold: number;
  thresholdWithoutPattern: number;
  /** column of the rule's UNMATCHED_PREFIX word weights, or -1 */
  unmatchedColumn: number;
  draft?: StoredDraftModel & { column: number };
}

interface LoadedRuleModel {
  /** feature → row of `weights` */
  index: Map<string, number>;
  /** rows × columns */
  weights: Float32Array;
  columns: number;
  patternRow: number;
  /** rows whose feature is a single word (the draft models' words) */
  isWord: Uint8Array;
  rules: Partial<Record<RuleId, LoadedRule>>;
}

let override: RuleModelJson | null = null;
let loaded: LoadedRuleModel | null = null;

/** Scripts only (leave-one-batch-out evaluation): use another rule model. */
export function useRuleModelForTuning(json: RuleModelJson | null): void {
  override = json;
  loaded = null;
}

let alwaysRunPatterns = false;

/** Tests only: missing-content rules run their patterns on every sentence, as if no bound ever decided. */
export function runPatternsEverywhereForTesting(on: boolean): void {
  alwaysRunPatterns = on;
}

function loadRuleModel(): LoadedRuleModel {
  if (loaded) return loaded;
  const json = override ?? ({ columns: builtIn.columns, features: builtIn.features, rules: builtIn.rules, scales: builtIn.scales, weights: builtIn.weights } as unknown as RuleModelJson);
  const names = json.features.split('\n');
  const index = new Map<string, number>();
  for (let i = 0; i < names.length; i++) index.set(names[i]!, i);
  const columns = json.columns.length;
  const weights = decodeWeights(json.weights, 1);
  if (weights.length !== names.length * columns) throw new Error('rule model weights are corrupt');
  for (let i = 0; i < weights.length; i++) weights[i]! *= json.scales[i % columns]!;
  const rules: Partial<Record<RuleId, LoadedRule>> = {};
  for (const [key, r] of Object.entries(json.rules) as [RuleId, NonNullable<RuleModelJson['rules'][RuleId]>][]) {
    const column = json.columns.indexOf(key);
    const draftColumn = json.columns.indexOf(`${key}:draft`);
    if (column < 0 || (r.draft && draftColumn < 0)) throw new Error(`rule model has no weights for ${key}`);
    const unmatchedColumn = json.columns.indexOf(`${key}:unmatched`);
    rules[key] = { kind: r.kind, column, unmatchedColumn, bias: r.sentence.bias, threshold: r.sentence.threshold, thresholdWithoutPattern: r.sentence.thresholdWithoutPattern ?? r.sentence.threshold, ...(r.draft ? { draft: { ...r.draft, column: draftColumn } } : {}) };
  }
  const patternRow = index.get(PATTERN_FEATURE) ?? -1;
  const isWord = new Uint8Array(names.length);
  names.forEach((name, i) => (isWord[i] = !name.includes(' ') && i !== patternRow ? 1 : 0));
  loaded = { index, weights, columns, patternRow, isWord, rules };
  return loaded;
}

/** Whether the rule model has weights for this feature (a word it has seen in drafts, for one). */
export function isKnownRuleFeature(feature: string): boolean {
  return loadRuleModel().index.has(feature);
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
  /** rows of the model's matrix that this sentence's features hit (for the model they were looked up in) */
  rows?: Int32Array;
  /** rows of the sentence's single-word features (their UNMATCHED_PREFIX weights sit in the rules' unmatched columns) */
  wordRows?: Int32Array;
  rowsOf?: LoadedRuleModel;
  /** the review's context narrowed to this sentence (the missing-content rules ask their patterns there) */
  ctx?: RuleContext;
}

const sentenceCache = new WeakMap<RuleContext, DraftSentence[]>();

/** The agent's own sentences (greeting to sign-off, quoted history left out) with their features, computed once per review. */
function draftSentences(ctx: RuleContext): DraftSentence[] {
  let list = sentenceCache.get(ctx);
  if (list === undefined) {
    list = sentenceSpans(ctx.text, 0, Math.min(ctx.text.length, MAX_LEARNED_CHARS), MAX_LEARNED_SENTENCES).map((span) => ({ span, features: sentenceFeatures(ctx.text, span) }));
    sentenceCache.set(ctx, list);
  }
  return list;
}

function rowsOf(m: LoadedRuleModel, s: DraftSentence): Int32Array {
  if (s.rows === undefined || s.rowsOf !== m) {
    const rows: number[] = [];
    const words: number[] = [];
    for (const f of s.features.keys()) {
      const row = m.index.get(f);
      if (row === undefined) continue;
      rows.push(row);
      if (m.isWord[row]) words.push(row);
    }
    s.rows = Int32Array.from(rows);
    s.wordRows = Int32Array.from(words);
    s.rowsOf = m;
  }
  return s.rows;
}

const draftWordCache = new WeakMap<DraftSentence[], { of: LoadedRuleModel; rows: Int32Array }>();

/** The rows of the draft's words, each once (the missing-content rules' draft models all read them). */
function draftWordRows(m: LoadedRuleModel, sentences: DraftSentence[]): Int32Array {
  const cached = draftWordCache.get(sentences);
  if (cached && cached.of === m) return cached.rows;
  const seen = new Set<number>();
  for (const s of sentences) {
    rowsOf(m, s);
    for (const row of s.wordRows!) seen.add(row);
  }
  const rows = Int32Array.from(seen);
  draftWordCache.set(sentences, { of: m, rows });
  return rows;
}

/** A rule's logit for a sentence: bias + the weights of its features (+ the pattern feature's, when the patterns matched there). */
function logitOf(m: LoadedRuleModel, rule: LoadedRule, s: DraftSentence, pattern: boolean): number {
  const { weights, columns } = m;
  const rows = rowsOf(m, s);
  let z = rule.bias;
  for (let i = 0; i < rows.length; i++) z += weights[rows[i]! * columns + rule.column]!;
  if (pattern && m.patternRow >= 0) z += weights[m.patternRow * columns + rule.column]!;
  if (!pattern && rule.unmatchedColumn >= 0) {
    const words = s.wordRows!;
    for (let i = 0; i < words.length; i++) z += weights[words[i]! * columns + rule.unmatchedColumn]!;
  }
  return z;
}

/** Trainer: a sentence's logit under a sentence model held by feature name. */
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

/** Trainer: the sentence examples of a phrase rule, each sentence's features with the pattern feature when its patterns matched there. */
export function phraseSentences(ctx: RuleContext, hits: readonly RuleHit[]): ScoredSentence[] {
  return draftSentences(ctx).map(({ span, features }) => ({ ...span, features: hits.some((h) => overlaps(h, span)) ? new Map([...features, [PATTERN_FEATURE, []]]) : features }));
}

/** Whether the missing-content rule's own patterns find the content in this sentence. */
function satisfiedInSentence(ctx: RuleContext, check: MissingCheck, s: DraftSentence): boolean {
  s.ctx ??= { ...ctx, text: ctx.text.slice(s.span.start, Math.min(s.span.end, s.span.start + MAX_SENTENCE)) };
  return check.satisfiedIn(s.ctx);
}

/** Trainer: the sentence examples of a missing-content rule, with the pattern feature where the rule's own patterns find the content. */
export function missingSentences(ctx: RuleContext, check: MissingCheck): ScoredSentence[] {
  return draftSentences(ctx).map((s) => {
    if (satisfiedInSentence(ctx, check, s)) return { ...s.span, features: new Map([...s.features, [PATTERN_FEATURE, []]]) };
    const features = new Map(s.features);
    for (const [f, spans] of s.features) if (!f.includes(' ')) features.set(UNMATCHED_PREFIX + f, spans);
    return { ...s.span, features };
  });
}

/**
 * The draft-level features of a missing-content rule: DRAFT_FEATURES, plus the words of the draft
 * ("w:…"), which tell whether anything is left open (a refusal, a settled answer, a thank-you).
 */
export function draftFeatures(ctx: RuleContext, sentences: readonly { features: Map<string, number[]> }[], best: number, patternsSatisfied: boolean): Map<string, number> {
  const dense = draftDense(ctx, sentences.length, best, patternsSatisfied);
  const out = new Map<string, number>(DRAFT_FEATURES.map((name, i) => [name, dense[i]!]));
  for (const s of sentences) for (const feature of s.features.keys()) if (!feature.includes(' ') && feature !== PATTERN_FEATURE && !feature.startsWith(UNMATCHED_PREFIX)) out.set('w:' + feature, 1);
  return out;
}

/** The values of DRAFT_FEATURES, in order. */
function draftDense(ctx: RuleContext, sentences: number, best: number, patternsSatisfied: boolean): number[] {
  const f = ctx.feeling;
  const negative = f !== null && f !== 'grateful' && f !== 'neutral';
  return [Math.max(-8, Math.min(8, best)), patternsSatisfied ? 1 : 0, negative ? 1 : 0, f === 'grateful' ? 1 : 0, f === 'neutral' ? 1 : 0, f === null ? 1 : 0, Math.log(1 + sentences)];
}

/**
 * The strongest words of a flagged sentence (its evidence when no pattern matched there); function
 * words alone explain nothing, so when only they pull, the caller shows the whole sentence.
 */
function strongestWords(ctx: RuleContext, m: LoadedRuleModel, rule: LoadedRule, s: DraftSentence): Evidence[] {
  const weightOf = (f: string) => {
    const row = m.index.get(f);
    return row === undefined ? 0 : m.weights[row * m.columns + rule.column]!;
  };
  const ranked = [...s.features].filter(([f, spans]) => spans.length > 0 && weightOf(f) > 0).sort((a, b) => weightOf(b[0]) - weightOf(a[0]));
  const out: Evidence[] = [];
  for (const [, spans] of ranked) {
    const start = spans[0]!;
    const end = spans[1]!;
    if (out.some((e) => start < e.end && e.start < end)) continue;
    const text = ctx.text.slice(start, end);
    if (!hasContentWord(text)) continue;
    out.push({ start, end, text });
    if (out.length >= 3) break;
  }
  return out.sort((a, b) => a.start - b.start);
}

function learnedPhrase(id: RuleId, check: ExistenceCheck): RuleDefinition['check'] {
  return (ctx) => {
    const hits = check(ctx);
    if (ctx.patternsOnly) return hits;
    const m = loadRuleModel();
    const rule = m.rules[id];
    if (!rule) return hits;
    if (check.excused(ctx)) return [];
    const sentences = draftSentences(ctx);
    const byStart = [...hits].sort((a, b) => a.start - b.start);
    const out: RuleHit[] = [];
    const kept = new Set<RuleHit>();
    let h0 = 0;
    for (const s of sentences) {
      while (h0 < byStart.length && byStart[h0]!.end <= s.span.start) h0++;
      const inside: RuleHit[] = [];
      for (let i = h0; i < byStart.length && byStart[i]!.start < s.span.end; i++) if (overlaps(byStart[i]!, s.span)) inside.push(byStart[i]!);
      const pattern = inside.length > 0;
      const p = sigmoid(logitOf(m, rule, s, pattern));
      if (p < (pattern ? rule.threshold : rule.thresholdWithoutPattern)) continue;
      if (pattern) {
        for (const h of inside) kept.add(h);
      } else {
        const evidence = strongestWords(ctx, m, rule, s);
        out.push({ start: s.span.start, end: s.span.end, evidence: evidence.length > 0 ? evidence : [{ start: s.span.start, end: s.span.end, text: ctx.text.slice(s.span.start, s.span.end) }], suggestions: [] });
      }
    }
    out.push(...kept);
    // Past the scored part of a huge draft, the patterns answer alone.
    const scoredEnd = sentences.length > 0 ? sentences[sentences.length - 1]!.span.end : 0;
    for (const h of hits) if (h.start >= scoredEnd) out.push(h);
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  };
}

function learnedMissing(id: RuleId, check: MissingCheck): RuleDefinition['check'] {
  return (ctx) => {
    if (ctx.patternsOnly || !ctx.english) return check(ctx);
    const m = loadRuleModel();
    const rule = m.rules[id];
    if (!rule?.draft) return check(ctx);
    if (!check.applies(ctx)) return [];
    const draft = rule.draft;
    const sentences = draftSentences(ctx);
    const words = draftWordRows(m, sentences);
    const missingAt = (best: number, patternsSatisfied: boolean): boolean => {
      const dense = draftDense(ctx, sentences.length, best, patternsSatisfied);
      let z = draft.bias;
      for (let i = 0; i < dense.length; i++) z += dense[i]! * (draft.dense[i] ?? 0);
      for (let i = 0; i < words.length; i++) z += m.weights[words[i]! * m.columns + draft.column]!;
      return sigmoid(z) >= draft.threshold;
    };
    // The best sentence's logit lies between the best of each sentence's lower reading (with or
    // without its pattern feature) and the best of its higher one, and the draft model is monotone in
    // it: when both ends, and both answers of the patterns, decide alike, no pattern needs to run.
    const none = sentences.length === 0 ? -8 : -Infinity;
    const matched = sentences.map((s) => logitOf(m, rule, s, true));
    const unmatched = sentences.map((s) => logitOf(m, rule, s, false));
    let low = none;
    let high = none;
    for (let i = 0; i < sentences.length; i++) {
      low = Math.max(low, Math.min(matched[i]!, unmatched[i]!));
      high = Math.max(high, Math.max(matched[i]!, unmatched[i]!));
    }
    const decided = (patternsSatisfied: boolean): boolean | undefined => {
      if (alwaysRunPatterns) return undefined;
      const answer = missingAt(low, patternsSatisfied);
      return missingAt(high, patternsSatisfied) === answer ? answer : undefined;
    };
    let missing = decided(false);
    if (missing === undefined || decided(true) !== missing) {
      const patternsSatisfied = check.satisfiedIn(ctx);
      missing = decided(patternsSatisfied);
      if (missing === undefined) {
        let best = none;
        sentences.forEach((s, i) => (best = Math.max(best, satisfiedInSentence(ctx, check, s) ? matched[i]! : unmatched[i]!)));
        missing = missingAt(best, patternsSatisfied);
      }
    }
    return missing ? [check.finding(ctx)] : [];
  };
}

/** The rule with its learned layer (rules without a model keep their patterns). */
export function withLearnedLayer(rule: RuleDefinition): RuleDefinition {
  if (!LEARNED_RULES.includes(rule.id)) return rule;
  if (rule.kind === 'existence') return { ...rule, check: learnedPhrase(rule.id, rule.check as ExistenceCheck) };
  if (rule.kind === 'missing') return { ...rule, check: learnedMissing(rule.id, rule.check as MissingCheck) };
  return rule;
}

/** Rules that get a learned layer; the others are exact patterns. */
export const LEARNED_RULES: readonly RuleId[] = ['acknowledge-feeling', 'next-step', 'follow-up', 'blame', 'dismissive', 'non-apology', 'apology-but', 'cliche', 'policy-wall'];
