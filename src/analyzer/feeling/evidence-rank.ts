// Which of a result's evidence spans drove the feeling most. `evidence` stays in text order (the coach
// highlights it in place); a message that quotes one span ("seems angry (“chargeback”)") wants the
// strongest instead. The strength is recomputed from the span's own text with the same scoring the
// detector uses to pick evidence — a support cue for the feeling: 10 + its weight; otherwise the
// model words' contribution to the feeling relative to the mean over labels — so it works for any
// FeelingResult, also one that was cached, cloned or passed in.
import { FEELINGS, type Evidence, type FeelingResult } from '../types';
import { scanCues } from './cue-scan';
import { loadModel } from './model';
import { emitFeatures, tokenize, type Token } from './tokenize';

const MAX_SPAN = 400;

/** How strongly `span` (a piece of customer text) speaks for `feeling`; higher is stronger. */
export function evidenceStrength(span: string, feeling: FeelingResult['feeling']): number {
  const text = span.length > MAX_SPAN ? span.slice(0, MAX_SPAN) : span;
  if (!(FEELINGS as readonly string[]).includes(feeling)) return 0;
  const tokens: Token[] = tokenize(text);
  let cue = 0;
  for (const m of scanCues(text, 0, text.length, tokens, 3)) {
    const v = m.cue.w[feeling] ?? 0;
    if (v > 0) cue = Math.max(cue, 10 + v);
  }
  if (cue > 0) return cue;
  const model = loadModel();
  const C = model.nLabels;
  const mi = (FEELINGS as readonly string[]).indexOf(feeling);
  if (mi < 0) return 0;
  const W = model.weights;
  const seen = new Set<number>();
  let score = 0;
  emitFeatures(tokens, (f) => {
    const j = model.index.get(f);
    if (j === undefined || seen.has(j)) return;
    seen.add(j);
    let mean = 0;
    for (let c = 0; c < C; c++) mean += W[j * C + c]!;
    score += W[j * C + mi]! - mean / C;
  });
  return score;
}

/** The evidence from strongest to weakest (ties keep text order). Never throws. */
export function rankEvidence(result: Pick<FeelingResult, 'feeling' | 'evidence'> | null | undefined): Evidence[] {
  try {
    const list = result && Array.isArray(result.evidence) ? result.evidence.filter((e) => e && typeof e.text === 'string') : [];
    const scored = list.map((e, i) => ({ e, i, s: evidenceStrength(e.text, result!.feeling) }));
    scored.sort((a, b) => b.s - a.s || a.i - b.i);
    return scored.map((x) => x.e);
  } catch {
    return result && Array.isArray(result.evidence) ? result.evidence.slice() : [];
  }
}
