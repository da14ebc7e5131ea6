// Closed word lists looked up with a Set after a small regex finds where a word should start.
// Big case-insensitive regex alternations are slow for V8 to compile (tens of milliseconds on the
// first call), so long lists ("click|tap|go|open|…") live here instead.

export interface WordSet {
  readonly entries: ReadonlySet<string>;
  /** The most words in one entry ("log back in" → 3). */
  readonly maxWords: number;
  /** How many entries the list gave (more than `entries.size`: an entry was listed twice). */
  readonly listed: number;
}

/** Builds a set from entries of one or more words ("click", "log in"); case-insensitive. */
export function wordSet(list: readonly string[]): WordSet {
  const entries = new Set<string>();
  let maxWords = 1;
  let listed = 0;
  for (const raw of list) {
    const e = raw.trim().toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    if (!e) continue;
    listed++;
    entries.add(e);
    maxWords = Math.max(maxWords, e.split(' ').length);
  }
  return { entries, maxWords, listed };
}

const WORD_AT = /[A-Za-z]+(?:['’-][A-Za-z]+)*/y;
const WORD_CHAR = /[A-Za-z0-9\u00c0-\u024f]/;

/**
 * Length of the longest entry of `set` that starts at text[i] as whole words (any case, any
 * whitespace between words), or 0.
 */
export function phraseAt(text: string, i: number, set: WordSet): number {
  const words: string[] = [];
  const ends: number[] = [];
  let p = i;
  for (let k = 0; k < set.maxWords; k++) {
    WORD_AT.lastIndex = p;
    const m = WORD_AT.exec(text);
    if (!m) break;
    p += m[0].length;
    words.push(m[0].toLowerCase().replace(/’/g, "'"));
    ends.push(p);
    let q = p;
    while (q < text.length && q - p < 8 && (text[q] === ' ' || text[q] === '\t' || text[q] === '\n' || text[q] === '\r' || text[q] === '\u00a0')) q++;
    if (q === p) break;
    p = q;
  }
  WORD_AT.lastIndex = 0;
  // A word glued to more letters or digits ("click2") is not a whole word.
  for (let k = words.length; k >= 1; k--) {
    const end = ends[k - 1]!;
    if (WORD_CHAR.test(text[end] ?? '')) continue;
    if (set.entries.has(words.slice(0, k).join(' '))) return end - i;
  }
  return 0;
}

/**
 * True when, for some match of the global `prefix` regex in text, an entry of `set` starts right
 * after the match (and, if given, the sticky `after` regex matches right after that entry).
 */
export function prefixThenWord(prefix: RegExp, set: WordSet, text: string, after?: RegExp): boolean {
  prefix.lastIndex = 0;
  let m: RegExpExecArray | null;
  try {
    while ((m = prefix.exec(text)) !== null) {
      if (m[0].length === 0) prefix.lastIndex++;
      const at = m.index + m[0].length;
      const len = phraseAt(text, at, set);
      if (len === 0) continue;
      if (!after) return true;
      after.lastIndex = at + len;
      const ok = after.test(text);
      after.lastIndex = 0;
      if (ok) return true;
    }
    return false;
  } finally {
    prefix.lastIndex = 0;
  }
}
