// Splits text into sentence spans with one left-to-right scan (no regex, linear time).
// A sentence ends after a run of . ! ? … followed by whitespace (or the end), or at a line break.
// Abbreviations ("e.g.", "Mr.") end a sentence too: the learned rules only need short, local units.

export interface SentenceSpan {
  start: number;
  end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029;
}

function isTerminal(c: number): boolean {
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */;
}

/** Sentence spans of text[from, to), trimmed of surrounding whitespace; empty ones are skipped. */
export function sentenceSpans(text: string, from = 0, to = text.length, max = 2000): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = from;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = from;
  while (i < to && out.length < max) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (isTerminal(c)) {
      let j = i + 1;
      while (j < to && (isTerminal(text.charCodeAt(j)) || text.charCodeAt(j) === 41 /* ) */ || text.charCodeAt(j) === 34 /* " */ || text.charCodeAt(j) === 0x201d)) j++;
      if (j >= to || isSpace(text.charCodeAt(j))) {
        push(start, j);
        start = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (out.length < max) push(start, to);
  return out;
}
