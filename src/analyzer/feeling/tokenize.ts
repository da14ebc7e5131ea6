import { lexicon } from './lexicon';

// Tokenizer + feature extraction shared by the runtime detector and scripts/train-feelings.ts.
// Pure and linear-time. Offsets are UTF-16 indices into the ORIGINAL text.

export interface Token {
  /** Normalized form (lower-case, curly apostrophes straightened, letter runs squashed). */
  norm: string;
  start: number;
  end: number;
  /** Kind: w = word, e = emoji/emoticon, p = "!"/"?" run, b = clause boundary (not a feature). */
  kind: 'w' | 'e' | 'p' | 'b';
  /** Word written in capitals (≥ 3 letters, e.g. "NEVER"). */
  caps: boolean;
}

// One alternation, scanned left to right. Order matters: emoticons before punctuation.
const TOKEN_RE =
  /([:;=]-?[()DPp/|\\]|<3)|([\p{L}\p{M}\p{N}]+(?:['’‘`][\p{L}\p{M}]+)*)|(\p{Extended_Pictographic})|([!?]+)|(\.{2,}|…|[.,;:()"]|\n)/gu;

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGITS = /^\p{N}+$/u;

/** Squash runs of 3+ identical characters to 2 ("soooo" → "soo"). */
function squash(s: string): string {
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of s) {
    if (ch === prev) {
      run++;
      if (run >= 3) continue;
    } else {
      run = 1;
      prev = ch;
    }
    out += ch;
  }
  return out;
}

const SQUASH_TEST = /(.)\1\1/u;

export function normalizeWord(raw: string): string {
  let w = raw.toLowerCase();
  if (w.includes('’') || w.includes('‘') || w.includes('`')) w = w.replace(/[’‘`]/g, "'");
  if (SQUASH_TEST.test(w)) w = squash(w);
  if (DIGITS.test(w)) return '#';
  return w;
}

/**
 * Tokenize text[from, to). Tokens keep offsets into `text`.
 */
export function tokenize(text: string, from = 0, to = text.length, out: Token[] = []): Token[] {
  const re = TOKEN_RE;
  re.lastIndex = 0;
  const slice = from === 0 && to >= text.length ? text : text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = m.index + from;
    const raw = m[0];
    const e = s + raw.length;
    if (m[1] !== undefined) {
      let n = raw.replace('-', '');
      if (n[0] === '=') n = ':' + n.slice(1);
      if (n === ';P' || n === ':p') n = ':P';
      if (n === ':/' || n === ':\\' || n === ':|') n = ':/';
      out.push({ norm: n, start: s, end: e, kind: 'e', caps: false });
    } else if (m[2] !== undefined) {
      const letters = raw.length >= 3 && HAS_UPPER.test(raw) && !HAS_LOWER.test(raw);
      out.push({ norm: normalizeWord(raw), start: s, end: e, kind: 'w', caps: letters && !DIGITS.test(raw) });
    } else if (m[3] !== undefined) {
      out.push({ norm: raw, start: s, end: e, kind: 'e', caps: false });
    } else if (m[4] !== undefined) {
      const hasQ = raw.includes('?');
      const hasX = raw.includes('!');
      const n = hasQ && hasX ? '?!' : hasQ ? (raw.length > 1 ? '??' : '?') : raw.length > 1 ? '!!' : '!';
      out.push({ norm: n, start: s, end: e, kind: 'p', caps: false });
    } else {
      out.push({ norm: raw === '…' ? '...' : raw.length > 1 ? '...' : raw, start: s, end: e, kind: 'b', caps: false });
    }
  }
  return out;
}

const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', 'without', 'hardly',
  'barely', 'nowhere', 'dont', 'cant', 'wont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'werent',
  'havent', 'hasnt', 'hadnt', 'couldnt', 'wouldnt', 'shouldnt', 'aint', 'neva', 'nope',
]);
const SCOPE_BREAK = new Set(['but', 'however', 'although', 'though', 'yet', 'except']);

export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

/** Max number of tokens a negation reaches. */
export const NEG_SCOPE = 3;

/**
 * Feature switches. The shipped model was trained with these defaults and the runtime uses them too;
 * scripts/train-feelings.ts --explore --opts '{...}' varies them to compare settings on train folds.
 * (Tried and rejected there: stemmed bigrams, character 4-grams, suffixes, length buckets, start-of-text
 * bigrams, unlimited negation scope.)
 */
export const FEATURE_OPTS = { stems: true, bigrams: true, neg: true, prefix: 5, lex: true, negScope: NEG_SCOPE };

const SUFFIXES: [string, string][] = [
  ['ies', 'y'], ['ied', 'y'], ['ing', ''], ['ed', ''], ['ly', ''], ['es', ''], ['s', ''], ['ful', ''], ['ness', ''], ['ment', ''],
];
export function stem(w: string): string {
  if (w.length <= 4) return w;
  for (const [suf, rep] of SUFFIXES) {
    if (w.endsWith(suf) && w.length - suf.length >= 3) {
      let b = w.slice(0, w.length - suf.length) + rep;
      const l = b.length;
      if (rep === '' && l >= 2 && b[l - 1] === b[l - 2] && !'lsz'.includes(b[l - 1]!)) b = b.slice(0, -1);
      if (rep === '' && b.endsWith('e')) b = b.slice(0, -1);
      return b;
    }
  }
  return w.endsWith('e') ? w.slice(0, -1) : w;
}

export interface FeatureSink {
  /** Called once per feature occurrence; span covers the words behind it. */
  (feature: string, start: number, end: number): void;
}

/**
 * Emits the model's features for a token list: unigrams (with "~" prefix inside a negation scope),
 * bigrams "a b" within a clause, and a few message-level shape features.
 */
export function emitFeatures(tokens: readonly Token[], sink: FeatureSink): void {
  let neg = 0;
  const lex = lexicon();
  let prev: Token | null = null;
  let caps = 0;
  let words = 0;
  for (const t of tokens) {
    if (t.kind === 'b') {
      neg = 0;
      prev = null;
      continue;
    }
    if (t.kind === 'p') {
      neg = 0;
    }
    if (t.kind === 'w') {
      words++;
      if (t.caps) caps++;
    }
    const n = t.norm;
    const negd = FEATURE_OPTS.neg && neg > 0 && t.kind === 'w';
    sink(negd ? '~' + n : n, t.start, t.end);
    if (FEATURE_OPTS.stems && t.kind === 'w') {
      const st = stem(n);
      if (st !== n) sink((negd ? '~' : '') + '_' + st, t.start, t.end);
    }
    if (FEATURE_OPTS.prefix > 0 && t.kind === 'w' && n.length > FEATURE_OPTS.prefix + 1) {
      sink((negd ? '~' : '') + '^' + n.slice(0, FEATURE_OPTS.prefix), t.start, t.end);
    }
    if (FEATURE_OPTS.lex && t.kind === 'w') {
      const cat = lex.get(n);
      if (cat !== undefined) sink((negd ? '~<' : '<') + cat + '>', t.start, t.end);
    }
    if (FEATURE_OPTS.bigrams && prev !== null) sink(prev.norm + ' ' + n, prev.start, t.end);
    if (t.kind === 'w') {
      if (isNegator(n)) neg = FEATURE_OPTS.negScope;
      else if (SCOPE_BREAK.has(n)) neg = 0;
      else if (neg > 0) neg--;
    }
    prev = t;
  }
  if (caps > 0) {
    const first = tokens.find((t) => t.caps);
    if (first) sink(caps * 2 >= words && words >= 2 ? '<allcaps>' : '<caps>', first.start, first.end);
  }
}
