// Which of a result's evidence spans drove the feeling most. `evidence` stays in text order (the coach
// highlights it in place); a message that quotes one span ("seems angry (“…file a chargeback.”)") wants
// the strongest instead. The strength is recomputed from the span's own text with the detector's own
// model — the span's pull towards the feeling: its logit for the feeling minus its mean logit — so it
// works for any FeelingResult, also one that was cached, cloned or passed in.
import { FEELINGS, type Evidence, type FeelingResult } from '../types';
import { analyseMessage, isSupportMail } from './features';
import { logitsOf } from './index';
import { loadModel } from './model';

const MAX_SPAN = 400;

/** How strongly `span` (a piece of customer text) speaks for `feeling`; higher is stronger. */
export function evidenceStrength(span: string, feeling: FeelingResult['feeling']): number {
  const text = span.length > MAX_SPAN ? span.slice(0, MAX_SPAN) : span;
  const i = (FEELINGS as readonly string[]).indexOf(feeling);
  if (i < 0) return 0;
  const model = loadModel();
  const a = analyseMessage(text, (w) => model.index.has(w));
  if (!a) return 0;
  const z = logitsOf(a, model, isSupportMail(a));
  let mean = 0;
  for (const v of z) mean += v;
  return z[i]! - mean / z.length;
}

/** The evidence from strongest to weakest (ties keep text order). Never throws. */
export function rankEvidence(result: Pick<FeelingResult, 'feeling' | 'evidence'> | null | undefined): Evidence[] {
  try {
    const list = result && Array.isArray(result.evidence) ? result.evidence.filter((e) => e && typeof e.text === 'string') : [];
    if (list.length < 2) return list;
    const scored = list.map((e, i) => ({ e, i, s: evidenceStrength(e.text, result!.feeling) }));
    scored.sort((a, b) => b.s - a.s || a.i - b.i);
    return scored.map((x) => x.e);
  } catch {
    return result && Array.isArray(result.evidence) ? result.evidence.slice() : [];
  }
}
