// Customer-feeling detector: one learned linear model (src/analyzer/feeling/model.json, trained by
// `npm run train` on GoEmotions train plus the support corpus in test/data/corpus) over the features of
// ./features: words of the latest message, support cue rules and a support-domain copy of each.
// Pure TypeScript, synchronous, linear-time; safe on any string.
import { FEELINGS, NEGATIVE_FEELINGS, type Evidence, type Feeling, type FeelingResult } from '../types';
import { sentenceSpans } from '../text/sentences';
import { SUPPORT_PREFIX, analyseMessage, isSupportMail, type FeatureOcc, type MessageAnalysis } from './features';
import { INTENSITY_WORDS } from './cues';
import { loadModel, type LoadedModel } from './model';

export { latestMessage } from './strip';

const NF = FEELINGS.length;
const NEGATIVE = new Set<Feeling>(NEGATIVE_FEELINGS);
/** How probable the best negative reading must be to win over thanks-but (chosen on leave-one-batch-out predictions). */
export const THANKS_BUT_MIN = 0.02;
/** Evidence: at most this many of the customer's own sentences, each at most this long. */
const MAX_EVIDENCE_SENTENCES = 2;
const MAX_EVIDENCE_CHARS = 220;

function emptyScores(): Record<Feeling, number> {
  const s = {} as Record<Feeling, number>;
  for (const f of FEELINGS) s[f] = 0;
  return s;
}

function neutralResult(confidence: number): FeelingResult {
  const scores = emptyScores();
  scores.neutral = 1;
  return { feeling: 'neutral', intensity: 0, confidence, scores, evidence: [], sure: false };
}

function softmax(z: Float64Array): Float64Array {
  let mx = -Infinity;
  for (const v of z) if (v > mx) mx = v;
  const p = new Float64Array(z.length);
  let s = 0;
  for (let i = 0; i < z.length; i++) {
    p[i] = Math.exp(z[i]! - mx);
    s += p[i]!;
  }
  for (let i = 0; i < z.length; i++) p[i]! /= s;
  return p;
}

function argmax(z: ArrayLike<number>): number {
  let b = 0;
  for (let i = 1; i < z.length; i++) if (z[i]! > z[b]!) b = i;
  return b;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/**
 * Detects the customer's feeling in a support message (the latest message only: quoted history,
 * forwarded headers, signatures and closing sign-offs are ignored). Never throws.
 */
export function detectFeeling(text: string): FeelingResult {
  try {
    return detect(typeof text === 'string' ? text : String(text ?? ''));
  } catch {
    return neutralResult(0);
  }
}

/**
 * The model's logits (FEELINGS order) for an analysed message: the general weights and, for support
 * mail, the general weights damped by `supportGeneralScale` plus the support weights ("§…").
 */
export function logitsOf(a: MessageAnalysis, model: LoadedModel, support: boolean): Float64Array {
  const general = new Float64Array(NF);
  const own = new Float64Array(NF);
  for (let c = 0; c < NF; c++) general[c] = model.bias[c]!;
  const W = model.weights;
  for (const [f, o] of a.features) {
    const j = model.index.get(f);
    if (j === undefined) continue;
    const target = f.startsWith(SUPPORT_PREFIX) ? own : general;
    const base = j * NF;
    for (let c = 0; c < NF; c++) target[c]! += o.value * W[base + c]!;
  }
  if (!support) return general;
  // The support copies ("§" + feature) of every feature, then the support bias.
  for (const [f, o] of a.features) {
    const j = model.supportIndex.get(f);
    if (j === undefined) continue;
    const base = j * NF;
    for (let c = 0; c < NF; c++) own[c]! += o.value * W[base + c]!;
  }
  if (model.supportBiasRow >= 0) for (let c = 0; c < NF; c++) own[c]! += W[model.supportBiasRow * NF + c]!;
  for (let c = 0; c < NF; c++) own[c]! += model.supportGeneralScale * general[c]!;
  return own;
}

const GRATEFUL = FEELINGS.indexOf('grateful');

/** Grateful ruled out (something is still open): the other readings keep their shares of the rest. */
function ruleOutGrateful(p: Float64Array): void {
  const rest = 1 - p[GRATEFUL]!;
  p[GRATEFUL] = 0;
  if (rest <= 0) return;
  for (let i = 0; i < p.length; i++) p[i]! /= rest;
}

function detect(text: string): FeelingResult {
  const model = loadModel();
  const a = analyseMessage(text, (w) => model.index.has(w));
  if (!a) return neutralResult(0.1);
  // Non-English (or non-language) text: neutral with low confidence.
  if (!a.lang.english) return neutralResult(clamp01(0.1 + 0.25 * a.lang.englishness));
  const support = isSupportMail(a);
  const z = logitsOf(a, model, support);
  const p = softmax(z);
  let win = argmax(p);
  // LABELS.md: thanks with a problem still open is the problem. Thanks followed by "but",
  // "unfortunately", "still"… and a negative reading close behind: the negative feeling wins.
  if (FEELINGS[win] === 'grateful' && a.features.has('<thanks-but>')) {
    let best = -1;
    for (let i = 0; i < NF; i++) if (NEGATIVE.has(FEELINGS[i]!) && (best < 0 || p[i]! > p[best]!)) best = i;
    if (best >= 0 && p[best]! >= THANKS_BUT_MIN) {
      win = best;
      ruleOutGrateful(p);
    }
  }
  // Grateful only when nothing is still open: a question in the latest message leaves something
  // open, so the best other reading wins (on leave-one-batch-out predictions it fixed 24 messages
  // read as grateful and broke 3).
  if (support && FEELINGS[win] === 'grateful' && a.features.has('?')) {
    ruleOutGrateful(p);
    win = argmax(p);
  }
  const feeling = FEELINGS[win]!;
  const scores = emptyScores();
  for (let i = 0; i < NF; i++) scores[FEELINGS[i]!] = Math.round(p[i]! * 10000) / 10000;
  let second = 0;
  for (let i = 0; i < NF; i++) if (i !== win && p[i]! > second) second = p[i]!;

  const evidence = feeling === 'neutral' ? [] : evidenceSentences(text, a, model, win, support);
  const confidence = clamp01(p[win]! * a.lang.englishness);

  let intensifiers = 0;
  for (const t of a.tokens) if (t.kind === 'w' && INTENSITY_WORDS.has(t.norm)) intensifiers++;
  const intenseHits = a.hits.filter((h) => h.intense && (h.w[feeling] ?? 0) > 0).length;
  const shout = a.capsWords >= 2 && a.capsWords * 2 >= a.words ? 0.3 : Math.min(0.25, 0.08 * a.capsWords);
  const intensity =
    feeling === 'neutral'
      ? 0.05 + 0.5 * shout + 0.05 * Math.min(2, a.bangs)
      : 0.2 + 0.35 * (p[win]! - second) + shout + 0.1 * Math.min(2, a.bangs) + Math.min(0.2, 0.07 * intensifiers) + Math.min(0.3, 0.1 * intenseHits);
  const rounded = Math.round(confidence * 1000) / 1000;
  return { feeling, intensity: Math.round(clamp01(intensity) * 1000) / 1000, confidence: rounded, scores, evidence, sure: rounded >= model.sureAt };
}

/**
 * The customer's own sentences that drove the feeling: each feature's pull towards the winner
 * (its weight for the winner minus its mean weight) is credited to the sentence it came from; the
 * best one or two sentences are the evidence, in text order.
 */
function evidenceSentences(text: string, a: MessageAnalysis, model: LoadedModel, win: number, support: boolean): Evidence[] {
  const sentences = a.spans.flatMap((sp) => sentenceSpans(text, sp.start, sp.end, 200));
  if (sentences.length === 0) return [];
  const credit = new Float64Array(sentences.length);
  const W = model.weights;
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const creditRow = (j: number | undefined, o: FeatureOcc): void => {
    if (j === undefined || o.spans.length === 0) return;
    const base = j * NF;
    let mean = 0;
    for (let c = 0; c < NF; c++) mean += W[base + c]!;
    const pull = o.value * (W[base + win]! - mean / NF);
    if (pull <= 0) return;
    const seen = new Set<number>();
    for (let k = 0; k < o.spans.length; k += 2) {
      const si = sentenceOf(o.spans[k]!);
      if (seen.has(si)) continue;
      seen.add(si);
      credit[si]! += pull;
    }
  };
  for (const [f, o] of a.features) creditRow(model.index.get(f), o);
  // Support mail: the support copies ("§" + feature) credit the same words.
  if (support) for (const [f, o] of a.features) creditRow(model.supportIndex.get(f), o);
  const order = [...credit.keys()].filter((i) => credit[i]! > 0.05).sort((x, y) => credit[y]! - credit[x]!);
  if (order.length === 0) return [];
  const best = credit[order[0]!]!;
  const chosen = order.slice(0, MAX_EVIDENCE_SENTENCES).filter((i) => credit[i]! >= best * 0.5).sort((x, y) => x - y);
  return chosen.map((i) => {
    const s = sentences[i]!;
    const end = Math.min(s.end, s.start + MAX_EVIDENCE_CHARS);
    return { start: s.start, end, text: text.slice(s.start, end) };
  });
}
