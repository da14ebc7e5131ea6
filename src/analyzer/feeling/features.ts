// What the feeling model reads in a customer message, shared by the runtime detector and the trainer
// (scripts/train/feelings.ts), so that both see exactly the same features:
// - word features of the latest message (tokenize.ts: unigrams with negation marking, stems,
//   prefixes, lexicon categories, bigrams, caps);
// - support cue rules (cues.ts) as features: one per cue that matched, plus the cues' summed weight
//   per feeling. Their weights are learned, so a cue counts only as much as it proves on the corpus;
// - domain: in a message that reads like support mail every feature also fires as a support copy
//   ("§…"), so the model can learn support-specific weights beside the general ones it learns from
//   GoEmotions (Reddit) — "frustratingly easy" domain adaptation (Daumé 2007).
import { FEELINGS, type Feeling } from '../types';
import { scanCues } from './cue-scan';
import { guessEnglish, type LanguageGuess } from '../text/language';
import { latestMessage, type Span } from './strip';
import { emitFeatures, tokenize, type Token } from './tokenize';

/**
 * Support vocabulary: marks a message as support mail (with a support cue). Product and service
 * words that are rare in Reddit chat.
 */
const SUPPORT_CONTEXT =
  /\b(?:orders?|ordered|refunds?|refunded|accounts?|bills?|billed|billing|invoices?|payments?|charged|deliver(?:y|ed)|package|parcel|shipping|shipped|shipment|tracking|subscriptions?|contract|tickets?|support|agents?|customer service|app|internet|wi-?fi|router|broadband|card|bank|transfer|balance|booking|booked|flight|reservation|replacement|returned|warranty|technician|engineer|call ?back|callback|emails?|emailed|fees?|upgrade|downgrade|cancel+(?:ed|ing)?|log ?in|password|website|dashboard|sync|api|server|workspace|purchase|purchased|your (?:team|company|staff|store|site|app|service)|you guys|outage|courier|receipt|overdraft|rent|mortgage|loan|insurance|complaint|helpdesk|luggage|backup|modem|sim|membership|portal|appointment|claim|passport|visa|lease|premium|baggage|enrol+ment|transcript|certificate|plan|invoice|policy|prescription|meter|engineer|delivery|driver|store|shop)\b/i;

export const SUPPORT_PREFIX = '§';

const POLITE = new Set(['thanks', 'thank', 'thx', 'ty', 'appreciate', 'appreciated', 'cheers', 'tia', 'great', 'wonderful', 'brilliant', 'perfect', 'love']);
const CONTRAST = new Set(['but', 'however', 'though', 'although', 'still', 'unfortunately', 'yet', 'again', 'nothing']);

export interface CueHitInfo {
  id: string;
  start: number;
  end: number;
  w: Partial<Record<Feeling, number>>;
  intense: boolean;
  /** support-specific phrasing (rare outside support mail) */
  support: boolean;
}

/** One feature of a message: its value (1 for words and cues) and up to 3 spans that produced it. */
export interface FeatureOcc {
  value: number;
  spans: number[];
}

export interface MessageAnalysis {
  spans: Span[];
  tokens: Token[];
  words: number;
  capsWords: number;
  bangs: number;
  lang: LanguageGuess;
  support: boolean;
  features: Map<string, FeatureOcc>;
  hits: CueHitInfo[];
}

const CUE_WEIGHT_CAP = 4;

function add(features: Map<string, FeatureOcc>, f: string, s: number, e: number, value = 1): void {
  const o = features.get(f);
  if (o === undefined) features.set(f, { value, spans: [s, e] });
  else if (o.spans.length < 6) o.spans.push(s, e);
}

/**
 * Reads the latest message of `text` (quoted history, signatures and sign-offs set aside). Null when
 * there is nothing to read. `known` says whether a word is in the model's vocabulary (for the
 * language guess).
 */
export function analyseMessage(text: string, known: (word: string) => boolean): MessageAnalysis | null {
  const spans = latestMessage(text).spans;
  if (spans.length === 0) return null;
  const tokens: Token[] = [];
  for (const sp of spans) {
    tokenize(text, sp.start, sp.end, tokens);
    tokens.push({ norm: '\n', start: sp.end, end: sp.end, kind: 'b', caps: false });
  }
  if (!tokens.some((t) => t.kind !== 'b')) return null;
  let words = 0;
  let knownWords = 0;
  let capsWords = 0;
  let bangs = 0;
  const wordList: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'w') {
      words++;
      wordList.push(t.norm);
      if (known(t.norm)) knownWords++;
      if (t.caps) capsWords++;
    } else if (t.kind === 'p' && (t.norm === '!!' || t.norm === '?!')) bangs++;
  }
  const sample = spans.length === 1 ? text.slice(spans[0]!.start, spans[0]!.end) : spans.map((sp) => text.slice(sp.start, sp.end)).join('\n');
  const lang = guessEnglish(wordList, sample, knownWords);

  const features = new Map<string, FeatureOcc>();
  emitFeatures(tokens, (f, s, e) => add(features, f, s, e));
  // Thanks followed by "but" / "unfortunately" / "still": the politeness is not the feeling.
  const thanks = tokens.findIndex((t) => t.kind === 'w' && POLITE.has(t.norm));
  if (thanks >= 0) {
    const turn = tokens.findIndex((t, i) => i > thanks && t.kind === 'w' && CONTRAST.has(t.norm));
    if (turn >= 0) add(features, '<thanks-but>', tokens[turn]!.start, tokens[turn]!.end);
  }

  const hits: CueHitInfo[] = [];
  for (const sp of spans) {
    for (const m of scanCues(text, sp.start, sp.end, tokens)) {
      hits.push({ id: m.cue.id, start: m.start, end: m.end, w: m.cue.w, intense: !!m.cue.intense, support: !!m.cue.support });
    }
  }
  const cueSum = new Float64Array(FEELINGS.length);
  const counted = new Set<string>();
  for (const h of hits) {
    add(features, `<cue:${h.id}>`, h.start, h.end);
    if (counted.has(h.id)) continue;
    counted.add(h.id);
    FEELINGS.forEach((f, i) => (cueSum[i]! += h.w[f] ?? 0));
  }
  FEELINGS.forEach((f, i) => {
    const v = Math.max(-CUE_WEIGHT_CAP, Math.min(CUE_WEIGHT_CAP, cueSum[i]!)) / 2;
    if (v !== 0) {
      const strongest = hits.filter((h) => (h.w[f] ?? 0) > 0).sort((a, b) => (b.w[f] ?? 0) - (a.w[f] ?? 0))[0];
      features.set(`<cw:${f}>`, { value: v, spans: strongest ? [strongest.start, strongest.end] : [] });
    }
  });

  let support = hits.length > 0;
  for (const sp of spans) {
    if (support) break;
    const len = Math.min(sp.end - sp.start, 4000);
    if (SUPPORT_CONTEXT.test(text.slice(sp.start, sp.start + len))) support = true;
  }
  return { spans, tokens, words, capsWords, bangs, lang, support, features, hits };
}

/** Does the message read like support mail rather than chat: support vocabulary or a support cue. */
export function isSupportMail(a: Pick<MessageAnalysis, 'support'>): boolean {
  return a.support;
}

/** The plain features of a message as the trainer needs them (name → value), and its support marker; null when there is nothing to read. */
export function trainingFeatures(text: string): { features: Map<string, number>; support: boolean } | null {
  const a = analyseMessage(text, () => true);
  if (!a) return null;
  const out = new Map<string, number>();
  for (const [f, o] of a.features) out.set(f, o.value);
  return { features: out, support: a.support };
}
