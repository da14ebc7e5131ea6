// Customer-feeling detector: linear model (GoEmotions) + support-specific cue rules.
// Pure TypeScript, synchronous, linear-time; safe on any string.
import { FEELINGS, NEGATIVE_FEELINGS, type Evidence, type Feeling, type FeelingResult } from '../types';
import { ACRONYMS, INTENSIFIERS } from './cues';
import { scanCues } from './cue-scan';
import { MODEL_LABELS } from './model-format';
import { loadModel } from './model';
import { ENGLISH_FUNCTION, guessEnglish } from './language';
import { MAX_ANALYSED_CHARS, latestMessage } from './strip';
import { emitFeatures, tokenize, type Token } from './tokenize';

export { latestMessage } from './strip';

const NF = FEELINGS.length;
const IDX = Object.fromEntries(FEELINGS.map((f, i) => [f, i])) as Record<Feeling, number>;
/** FEELINGS index → model label index (−1 for impatient, which only cues produce). */
const MODEL_OF = FEELINGS.map((f) => (MODEL_LABELS as readonly string[]).indexOf(f));
const NEG_SET = new Set<Feeling>(NEGATIVE_FEELINGS);
/**
 * Tuning knobs of the rule layer (fixed in the product). Chosen on out-of-fold predictions of
 * GoEmotions train (5-fold CV, scripts/train-feelings.ts --fold-models), never on dev, with every
 * hand-written support case still passing.
 * - cueFloor: a feeling with strong cue evidence is lifted to at least (best model logit − cueFloor)
 * - strongCue: positive cue weight (summed per feeling) needed for that lift; weaker cues only add
 * - contextScale: cue weights are multiplied by this when the message does not look like a support
 *   message (no support vocabulary), and no floor applies there
 * - politeOverrideP: without a support cue, a negative reading (politeness words set aside) must be
 *   this probable to win over `grateful` (politeContrastP when a "but"/"however" follows the thanks)
 *   (0.75 → 0.9 on out-of-fold train: macro-F1 0.5922 → 0.5928)
 */
export const FEELING_TUNING = { cueFloor: 1.5, strongCue: 2.5, contextScale: 0.3, contextGate: true, politeOverrideP: 0.9, politeContrastP: 0.35 };
/**
 * Support vocabulary. Cue rules are written for support mail; in a message with neither this
 * vocabulary nor a support-specific cue (e.g. a chat remark), cues count only `contextScale` (cues
 * marked `supportOnly` not at all) and never lift a feeling to the floor. Chosen on a held-out slice of
 * train (Reddit), not on dev.
 */
const SUPPORT_CONTEXT =
  /\b(?:orders?|ordered|refunds?|refunded|accounts?|bills?|billed|billing|invoices?|payments?|charged|deliver(?:y|ed)|package|parcel|shipping|shipped|shipment|tracking|subscriptions?|contract|tickets?|support|agents?|customer service|app|internet|wi-?fi|router|broadband|card|bank|transfer|balance|booking|booked|flight|reservation|replacement|returned|warranty|technician|engineer|call ?back|callback|emails?|emailed|fees?|upgrade|downgrade|cancel+(?:ed|ing)?|log ?in|password|website|dashboard|sync|api|server|workspace|purchase|purchased|your (?:team|company|staff|store|site|app|service)|you guys|outage|courier|receipt|overdraft|rent|mortgage|loan|insurance|complaint|helpdesk|luggage|backup|modem|sim|membership|portal|appointment|claim|passport|visa|lease|premium|baggage|enrol+ment|transcript|certificate)\b/i;
/** Politeness words: they must not turn an otherwise negative message into `grateful`. */
const POLITE = new Set(['thanks', 'thank', 'thx', 'ty', 'appreciate', 'appreciated', 'please', 'pls', 'kindly', 'cheers', 'tia']);
const CONTRAST = new Set(['but', 'however', 'though', 'although', 'still', 'unfortunately', 'yet']);
const MAX_EVIDENCE = 8;
const PUNCT_ONLY = /^[!?.…]+$/;

interface Occ {
  j: number;
  /** at least one occurrence outside a politeness word */
  plain: boolean;
  spans: number[]; // start,end pairs (≤ 3 occurrences)
}

interface CueHit {
  id: string;
  start: number;
  end: number;
  w: Partial<Record<Feeling, number>>;
  polite: boolean;
  intense: boolean;
  support: boolean;
  supportOnly: boolean;
}

/** What the final decision needs: logits before the detector offsets (FEELINGS order). */
export interface DecisionInput {
  L: Float64Array;
  /** logits with politeness words (thanks, please) set aside */
  plain: () => Float64Array;
  /** positive cue weight per feeling, politeness cues set aside */
  strongPlain: Float64Array;
  /** how probable a negative reading without politeness words must be to win over `grateful` */
  need: () => number;
  politeness: boolean;
}

const NO_OFFSETS = new Float64Array(NF);
/**
 * The feeling: the likeliest one given the logits plus the detector offsets, except that politeness
 * must not make an otherwise negative message `grateful` (thanks-but-worried: the feeling the agent
 * must acknowledge wins). Exported for the trainer, which tunes the offsets on exactly this decision.
 */
export function decideFeeling(d: DecisionInput, offsets: ArrayLike<number>): { win: number; L: Float64Array; usedPlain: boolean } {
  const L = d.L.slice();
  for (let i = 0; i < NF; i++) L[i]! += offsets[i]!;
  const win = argmax(L);
  if (d.politeness && FEELINGS[win] === 'grateful') {
    const Lp = d.plain().slice();
    for (let i = 0; i < NF; i++) Lp[i]! += offsets[i]!;
    const wp = argmax(Lp);
    if (NEG_SET.has(FEELINGS[wp]!) && (d.strongPlain[wp]! >= FEELING_TUNING.strongCue || softmax(Lp)[wp]! >= d.need())) {
      return { win: wp, L: Lp, usedPlain: true };
    }
  }
  return { win, L, usedPlain: false };
}

export interface FeelingDebug {
  model: number[];
  cues: number[];
  hits: string[];
  cueIds: string[];
  supportContext: boolean;
  decision: DecisionInput;
}
let debugSink: ((d: FeelingDebug) => void) | null = null;
/** Diagnostics for scripts: raw model logits (MODEL_LABELS order), cue sums (FEELINGS order), cue matches and their cue ids, support context. */
export function setFeelingDebugSink(sink: typeof debugSink): void {
  debugSink = sink;
}

function emptyScores(): Record<Feeling, number> {
  const s = {} as Record<Feeling, number>;
  for (const f of FEELINGS) s[f] = 0;
  return s;
}

function neutralResult(confidence: number): FeelingResult {
  const scores = emptyScores();
  scores.neutral = 1;
  return { feeling: 'neutral', intensity: 0, confidence, scores, evidence: [] };
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

/** Punctuation alone ("?", "!!") or a lone function word ("I'm", "the") is a signal but a poor highlight. */
function highlightable(span: string): boolean {
  if (PUNCT_ONLY.test(span)) return false;
  return !ENGLISH_FUNCTION.has(span.toLowerCase().replace(/[’‘`]/g, "'"));
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/**
 * Detects the customer's feeling in a support message (the latest message only: quoted history,
 * forwarded headers, signatures and closing sign-offs are ignored). Never throws.
 */
export function detectFeeling(text: string): FeelingResult {
  return detectFeelingWith(text, DEFAULT_OPTIONS);
}

/** Switches for ablation in scripts/eval-feelings.ts; the product always uses the defaults. */
export interface DetectOptions {
  /** support cue rules (and `impatient`) */
  cues: boolean;
  /** ignore quoted history, signatures and sign-offs */
  strip: boolean;
  /** thanks-but-negative: politeness does not make a negative message grateful */
  politeness: boolean;
}
export const DEFAULT_OPTIONS: Readonly<DetectOptions> = { cues: true, strip: true, politeness: true };

export function detectFeelingWith(text: string, opts: Readonly<DetectOptions>): FeelingResult {
  try {
    return detect(typeof text === 'string' ? text : String(text ?? ''), opts);
  } catch {
    return neutralResult(0);
  }
}

function detect(text: string, opts: Readonly<DetectOptions>): FeelingResult {
  const spans = opts.strip
    ? latestMessage(text).spans
    : /\S/.test(text)
      ? [{ start: 0, end: Math.min(text.length, MAX_ANALYSED_CHARS) }]
      : [];
  if (spans.length === 0) return neutralResult(0.1);

  // ---- tokens ----
  const tokens: Token[] = [];
  for (const sp of spans) {
    tokenize(text, sp.start, sp.end, tokens);
    tokens.push({ norm: '\n', start: sp.end, end: sp.end, kind: 'b', caps: false });
  }
  let words = 0;
  let known = 0;
  const wordList: string[] = [];
  let capsWords = 0;
  let bangs = 0;
  let intensifiers = 0;
  let firstPolite = -1;
  const politeStarts = new Set<number>();
  const politeEnds = new Set<number>();
  const model = loadModel();
  for (const t of tokens) {
    if (t.kind === 'w') {
      words++;
      wordList.push(t.norm);
      if (model.index.has(t.norm)) known++;
      if (t.caps && !ACRONYMS.has(text.slice(t.start, t.end))) capsWords++;
      if (INTENSIFIERS.has(t.norm)) intensifiers++;
      if (POLITE.has(t.norm)) {
        if (firstPolite < 0) firstPolite = t.start;
        politeStarts.add(t.start);
        politeEnds.add(t.end);
      }
    } else if (t.kind === 'p' && (t.norm === '!!' || t.norm === '?!')) bangs++;
  }
  const featureTokens = tokens.some((t) => t.kind !== 'b');
  if (!featureTokens) return neutralResult(0.1);
  // Non-English (or non-language) text: neutral with low confidence.
  const lang = guessEnglish(wordList, spans.length === 1 ? text.slice(spans[0]!.start, spans[0]!.end) : spans.map((sp) => text.slice(sp.start, sp.end)).join('\n'), known);
  if (!lang.english) return neutralResult(clamp01(0.1 + 0.25 * lang.englishness));

  // ---- linear model ----
  const C = model.nLabels;
  const occ = new Map<string, Occ>();
  emitFeatures(tokens, (f, s, e) => {
    const j = model.index.get(f);
    if (j === undefined) return;
    const polite = politeStarts.has(s) || politeEnds.has(e);
    const o = occ.get(f);
    if (o === undefined) occ.set(f, { j, plain: !polite, spans: [s, e] });
    else {
      if (!polite) o.plain = true;
      if (o.spans.length < 6) o.spans.push(s, e);
    }
  });
  const z = new Float64Array(C);
  const zPlain = new Float64Array(C);
  for (let c = 0; c < C; c++) z[c] = zPlain[c] = model.bias[c]!;
  const W = model.weights;
  for (const o of occ.values()) {
    const base = o.j * C;
    for (let c = 0; c < C; c++) z[c]! += W[base + c]!;
    if (o.plain) for (let c = 0; c < C; c++) zPlain[c]! += W[base + c]!;
  }

  // ---- cues ----
  const hits: CueHit[] = [];
  const cue = new Float64Array(NF);
  const cuePlain = new Float64Array(NF);
  /** sum of positive cue weights per feeling (only strong evidence lifts a feeling to the floor) */
  const strong = new Float64Array(NF);
  const strongPlain = new Float64Array(NF);
  for (const sp of opts.cues ? spans : []) {
    for (const m of scanCues(text, sp.start, sp.end, tokens)) {
      const c = m.cue;
      hits.push({ id: c.id, start: m.start, end: m.end, w: c.w, polite: !!c.polite, intense: !!c.intense, support: !!c.support, supportOnly: !!c.supportOnly });
    }
  }
  // Does this read like a support message? (support-specific cue phrasing, or product/service words)
  let supportContext = hits.some((h) => h.support);
  if (!supportContext && hits.length > 0) {
    for (const sp of spans) if (SUPPORT_CONTEXT.test(text.slice(sp.start, sp.end))) supportContext = true;
  }
  // Cues that misfire on general text count only in a support message.
  if (!supportContext && hits.some((h) => h.supportOnly)) {
    let k = 0;
    for (const h of hits) if (!h.supportOnly) hits[k++] = h;
    hits.length = k;
  }
  // A cue counts once per message (repeats raise intensity, not the logit).
  const counted = new Set<Partial<Record<Feeling, number>>>();
  for (const h of hits) {
    if (counted.has(h.w)) continue;
    counted.add(h.w);
    for (const f of FEELINGS) {
      const v = h.w[f];
      if (v === undefined) continue;
      const i = IDX[f];
      cue[i]! += v;
      if (v > 0) strong[i]! += v;
      if (!h.polite) {
        cuePlain[i]! += v;
        if (v > 0) strongPlain[i]! += v;
      }
    }
  }

  const logits = (zm: Float64Array, cz: Float64Array, st: Float64Array): Float64Array => {
    // Reference level: the best model logit (after the negative cue adjustments, e.g. sarcasm lowering
    // `grateful`). A feeling that support cues point at strongly enough is lifted to at least
    // ref − CUE_FLOOR before its cue weights are added: the Reddit-trained model knows little about
    // support phrasing, and nothing about `impatient`.
    let ref = -Infinity;
    for (let i = 0; i < NF; i++) {
      const mi = MODEL_OF[i]!;
      if (mi < 0) continue;
      const v = zm[mi]! + (opts.cues ? Math.min(0, cz[i]!) : 0);
      if (v > ref) ref = v;
    }
    const L = new Float64Array(NF);
    for (let i = 0; i < NF; i++) {
      const mi = MODEL_OF[i]!;
      const cw = opts.cues ? cz[i]! * (supportContext ? 1 : FEELING_TUNING.contextScale) : 0;
      const base = mi >= 0 ? zm[mi]! : ref - 4;
      L[i] = (cw > 0 && st[i]! >= FEELING_TUNING.strongCue && (supportContext || !FEELING_TUNING.contextGate) ? Math.max(base, ref - FEELING_TUNING.cueFloor) : base) + cw;
    }
    if (!opts.cues) L[IDX.impatient] = -Infinity;
    return L;
  };
  // "Thanks …, but …": the part after the contrast is what the agent must answer
  const contrast = (): boolean => firstPolite >= 0 && tokens.some((t) => t.kind === 'w' && t.start > firstPolite && CONTRAST.has(t.norm));
  const decision: DecisionInput = {
    L: logits(z, cue, strong),
    plain: () => logits(zPlain, cuePlain, strongPlain),
    strongPlain,
    need: () => (contrast() ? FEELING_TUNING.politeContrastP : FEELING_TUNING.politeOverrideP),
    politeness: opts.politeness,
  };
  if (debugSink) {
    const Lp = decision.plain();
    const need = decision.need();
    debugSink({
      model: Array.from(z),
      cues: Array.from(cue),
      hits: hits.map((h) => text.slice(h.start, h.end)),
      cueIds: hits.map((h) => h.id),
      supportContext,
      decision: { ...decision, plain: () => Lp, need: () => need },
    });
  }
  const { win, L, usedPlain } = decideFeeling(decision, opts.cues ? model.detectorOffsets : NO_OFFSETS);
  const p = softmax(L);
  const feeling = FEELINGS[win]!;
  const scores = emptyScores();
  for (let i = 0; i < NF; i++) scores[FEELINGS[i]!] = Math.round(p[i]! * 10000) / 10000;
  let second = 0;
  for (let i = 0; i < NF; i++) if (i !== win && p[i]! > second) second = p[i]!;

  // ---- evidence ----
  const evidence = collectEvidence(text, win, occ, hits, W, C, usedPlain);

  // ---- confidence & intensity ----
  const coverage = Math.min(1, 0.4 + 0.2 * occ.size);
  const confidence = clamp01(p[win]! * coverage * lang.englishness);
  let intensity: number;
  const intenseHits = hits.filter((h) => h.intense && (h.w[feeling] ?? 0) > 0).length;
  const shout = capsWords >= 2 && capsWords * 2 >= words ? 0.3 : Math.min(0.25, 0.08 * capsWords);
  if (feeling === 'neutral') {
    intensity = 0.05 + 0.5 * shout + 0.05 * Math.min(2, bangs);
  } else {
    intensity =
      0.2 +
      0.35 * (p[win]! - second) +
      shout +
      0.1 * Math.min(2, bangs) +
      Math.min(0.2, 0.07 * intensifiers) +
      Math.min(0.3, 0.1 * intenseHits);
  }
  return { feeling, intensity: Math.round(clamp01(intensity) * 1000) / 1000, confidence: Math.round(confidence * 1000) / 1000, scores, evidence };
}

function collectEvidence(
  text: string,
  win: number,
  occ: Map<string, Occ>,
  hits: CueHit[],
  W: Float32Array,
  C: number,
  usedPlain: boolean,
): Evidence[] {
  const feeling = FEELINGS[win]!;
  const items: { start: number; end: number; score: number }[] = [];
  for (const h of hits) {
    const v = h.w[feeling] ?? 0;
    if (v > 0 && !(usedPlain && h.polite)) items.push({ start: h.start, end: h.end, score: 10 + v });
  }
  // model words: contribution to the winner relative to the mean over labels
  const mi = MODEL_OF[win]! >= 0 ? MODEL_OF[win]! : MODEL_OF[IDX.frustrated]!;
  const bySpan = new Map<number, { start: number; end: number; score: number }>();
  for (const o of occ.values()) {
    if (usedPlain && !o.plain) continue;
    const base = o.j * C;
    let mean = 0;
    for (let c = 0; c < C; c++) mean += W[base + c]!;
    mean /= C;
    const contrib = W[base + mi]! - mean;
    for (let k = 0; k < o.spans.length; k += 2) {
      const s = o.spans[k]!;
      const e = o.spans[k + 1]!;
      const key = s * 1048576 + (e - s);
      const cur = bySpan.get(key);
      if (cur) cur.score += contrib;
      else bySpan.set(key, { start: s, end: e, score: contrib });
    }
  }
  const modelItems = [...bySpan.values()]
    .filter((x) => x.score > 0.4 && highlightable(text.slice(x.start, x.end)))
    .sort((a, b) => b.score - a.score);
  const top = modelItems[0]?.score ?? 0;
  for (const x of modelItems.slice(0, 4)) if (x.score >= top * 0.4) items.push(x);
  if (feeling === 'neutral' && items.every((x) => x.score < 10)) return [];

  items.sort((a, b) => b.score - a.score);
  const chosen = items.slice(0, MAX_EVIDENCE * 2).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const x of chosen) {
    const last = merged[merged.length - 1];
    if (last && x.start < last.end) last.end = Math.max(last.end, x.end);
    else merged.push({ start: x.start, end: x.end });
  }
  return merged.slice(0, MAX_EVIDENCE).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
}
