// Runs the cue regexes cheaply. The tokens of a message already exist, so a small trie of the cues'
// needles (word prefixes, see NEEDS in cues.ts) tells which cue can match in which sentence; each
// such cue's regex then runs on the lower-cased sentence only (or once on the whole span when it is
// wanted in many sentences). Most regexes never run — nor compile, which matters for cold start.
import { CUES, type Cue } from './cues';
import { isNegator, type Token } from './tokenize';

export interface CueMatch {
  cue: Cue;
  start: number;
  end: number;
}

interface Trie {
  /** key = node * 65536 + charCode → child node */
  next: Map<number, number>;
  /** cue indices whose needle ends at a node */
  cues: (number[] | undefined)[];
  /** cues with a "?" / "!neg" needle, or without needles (always run) */
  question: number[];
  negator: number[];
  always: number[];
}

let trie: Trie | null = null;

function buildTrie(): Trie {
  const next = new Map<number, number>();
  const cues: (number[] | undefined)[] = [undefined];
  const question: number[] = [];
  const negator: number[] = [];
  const always: number[] = [];
  let nodes = 1;
  CUES.forEach((c, ci) => {
    if (!c.need || c.need.length === 0) {
      always.push(ci);
      return;
    }
    for (const n of c.need) {
      if (n === '?') {
        question.push(ci);
        continue;
      }
      if (n === '!neg') {
        negator.push(ci);
        continue;
      }
      let s = 0;
      for (let i = 0; i < n.length; i++) {
        const key = s * 65536 + n.charCodeAt(i);
        let t = next.get(key);
        if (t === undefined) {
          t = nodes++;
          next.set(key, t);
          cues.push(undefined);
        }
        s = t;
      }
      const list = (cues[s] ??= []);
      if (!list.includes(ci)) list.push(ci);
    }
  });
  return { next, cues, question, negator, always };
}

const isEndMark = (ch: string) => ch === '.' || ch === '!' || ch === '?' || ch === '…';
const SPACE = /\s/;

/**
 * Offsets just past each sentence end in `text`: a run of . ! ? … followed by whitespace, or a line
 * break. (What /[.!?…]+(?=\s)|\n/g found, in one pass: that regex retried every position of a long
 * run of marks not followed by whitespace — 20,000 "?" took a second.)
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      ends.push(++i);
    } else if (isEndMark(ch)) {
      let j = i + 1;
      while (j < text.length && isEndMark(text[j]!)) j++;
      if (j < text.length && SPACE.test(text[j]!)) ends.push(j);
      i = j;
    } else {
      i++;
    }
  }
  return ends;
}
/** A cue wanted in more sentences than this runs once on the whole span instead. */
const MAX_SENTENCE_RUNS = 6;

let regexFallback: WeakMap<Cue, RegExp> | null = null;

/**
 * All cue matches in text[from, to) (a span of the latest message), at most `perCue` per cue.
 * `tokens` are the tokens of text (any order of spans; those outside [from, to) are ignored).
 * Offsets are into `text`.
 */
export function scanCues(text: string, from: number, to: number, tokens: readonly Token[], perCue = 10): CueMatch[] {
  const seg = text.slice(from, to);
  const lower = seg.toLowerCase();
  const out: CueMatch[] = [];
  if (lower.length !== seg.length) {
    // rare: lower-casing changed the length (e.g. "İ"); run every cue case-insensitively on the span
    regexFallback ??= new WeakMap();
    for (const c of CUES) {
      let re = regexFallback.get(c);
      if (!re) regexFallback.set(c, (re = new RegExp(c.re.source, 'gi')));
      runOn(c, re, seg, from, perCue, out);
    }
    return out;
  }
  const T = (trie ??= buildTrie());
  // sentence ends (offsets into seg)
  const ends = sentenceEnds(seg);
  ends.push(seg.length);
  const want: (number[] | undefined)[] = new Array(CUES.length);
  const lastSent = new Int32Array(CUES.length).fill(-1);
  const mark = (ci: number, sent: number): void => {
    if (lastSent[ci] === sent) return;
    lastSent[ci] = sent;
    (want[ci] ??= []).push(sent);
  };
  let sent = 0;
  for (const t of tokens) {
    if (t.start < from || t.start >= to) continue;
    const pos = t.start - from;
    while (pos >= ends[sent]! && sent < ends.length - 1) sent++;
    if (t.kind === 'p') {
      if (t.norm.includes('?')) for (const ci of T.question) mark(ci, sent);
      continue;
    }
    if (t.kind !== 'w') continue;
    const w = t.norm;
    if (isNegator(w)) for (const ci of T.negator) mark(ci, sent);
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const nx = T.next.get(s * 65536 + w.charCodeAt(i));
      if (nx === undefined) break;
      s = nx;
      const list = T.cues[s];
      if (list !== undefined) for (const ci of list) mark(ci, sent);
    }
  }
  const starts = [0, ...ends];
  const sentences: (string | undefined)[] = new Array(ends.length);
  for (let ci = 0; ci < CUES.length; ci++) {
    const c = CUES[ci]!;
    const list = want[ci];
    if (list === undefined) {
      if (T.always.includes(ci)) runOn(c, c.re, lower, from, perCue, out);
      continue;
    }
    if (list.length > MAX_SENTENCE_RUNS || c.whole) {
      runOn(c, c.re, lower, from, perCue, out);
      continue;
    }
    let n = 0;
    for (const si of list) {
      const st = starts[si]!;
      const str = (sentences[si] ??= lower.slice(st, ends[si]!));
      n += runOn(c, c.re, str, from + st, perCue - n, out);
      if (n >= perCue) break;
    }
  }
  return out;
}

function runOn(c: Cue, re: RegExp, str: string, offset: number, max: number, out: CueMatch[]): number {
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < max && (m = re.exec(str)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ cue: c, start: offset + m.index, end: offset + m.index + m[0].length });
    n++;
  }
  return n;
}
