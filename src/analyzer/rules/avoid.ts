// A team's own avoid-list (CoachingLibrary.avoid): phrases matched case-insensitively as whole
// phrases, reported under their `rule` (or `custom`) with their message and alternatives.
import { AVOID_LIMITS, type AvoidEntry, type CoachingLibrary } from '../library-shape';
import { RULE_IDS, type FindingRuleId, type Suggestion } from '../types';
import { fillPlaceholders } from '../text/compose';
import { evidenceOf } from './checks';
import type { RuleContext, RuleHit } from './types';

export interface AvoidHit extends RuleHit {
  rule: FindingRuleId;
  entry: AvoidEntry;
}

// Matched with a trie over word tokens, not one regex of every phrase: a regex of 500 alternatives
// took seconds to compile and to run on unlucky text. Matching is what that regex did: case-insensitive,
// any run of whitespace where the phrase has a space, ' and ’ alike, whole words at a phrase's ends that
// are letters or digits, the leftmost match first and, at one place, the entry listed first.
//
// Text is split into tokens: a run of "wordish" characters (letters and digits of Latin, Greek and
// Cyrillic scripts, and _) or any other single non-space character, each flagged when whitespace comes
// before it. A phrase is a path of tokens in the trie; the text is walked from each token start. The
// walk from one start is at most one phrase long, so a review costs at most text tokens × phrase tokens
// (both capped, see AVOID_LIMITS), and typically one map look-up per token.

interface Token {
  key: string;
  start: number;
  end: number;
}

interface CompiledAvoid {
  /** children[node]: token key ("␠" prefix when whitespace comes before it) → child node. */
  children: Map<string, number>[];
  /** best[node]: index of the first entry whose phrase ends at node, or -1. */
  best: number[];
  entries: AvoidEntry[];
}

// Compiled once per avoid-list object (the library is replaced, not mutated, when managers edit it).
const cache = new WeakMap<readonly AvoidEntry[], CompiledAvoid>();
/** The review shows at most 50 findings per rule; more matches than this are never needed. */
const MAX_HITS = 600;

const isWordish = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95 ||
  (code >= 0xc0 && code <= 0x24f) ||
  (code >= 0x370 && code <= 0x52f);
// Exactly the characters of the regex class \s.
const isSpace = (code: number) =>
  (code >= 9 && code <= 13) ||
  code === 32 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

const SPACED = '\u2420';

/** Splits text into tokens (see above). `limit` stops early (a phrase has at most so many). */
function tokenize(text: string, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  let spaced = false;
  let i = 0;
  while (i < text.length && tokens.length < limit) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (isWordish(code)) {
      i++;
      while (i < text.length && isWordish(text.charCodeAt(i))) i++;
    } else {
      i++;
    }
    let key = text.slice(start, i).toLowerCase();
    if (key === '\u2019') key = "'";
    tokens.push({ key: spaced ? SPACED + key : key, start, end: i });
    spaced = false;
  }
  return tokens;
}

function compile(list: readonly AvoidEntry[]): CompiledAvoid {
  const entries = list
    .slice(0, AVOID_LIMITS.entries)
    .filter((e): e is AvoidEntry => !!e && typeof e.phrase === 'string' && e.phrase.trim().length > 0 && e.phrase.length <= AVOID_LIMITS.phraseLength);
  const children: Map<string, number>[] = [new Map()];
  const best: number[] = [-1];
  entries.forEach((entry, index) => {
    const tokens = tokenize(entry.phrase);
    let node = 0;
    tokens.forEach((token, position) => {
      // The first token's leading space does not matter (the phrase is trimmed).
      const key = position === 0 && token.key.startsWith(SPACED) ? token.key.slice(SPACED.length) : token.key;
      let next = children[node]!.get(key);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        best.push(-1);
        children[node]!.set(key, next);
      }
      node = next;
    });
    if (node !== 0 && best[node] === -1) best[node] = index;
  });
  return { children, best, entries };
}

function compiled(library: CoachingLibrary): CompiledAvoid | null {
  const list = library.avoid;
  if (!Array.isArray(list)) return null;
  let c = cache.get(list);
  if (!c) {
    c = compile(list);
    cache.set(list, c);
  }
  return c;
}

/** Compiles an avoid list (cached per list object); exported for the bench. */
export function compileAvoidList(list: readonly AvoidEntry[]): void {
  compiled({ acknowledgements: {}, avoid: list as AvoidEntry[], rules: {} });
}

/** Each match: [first token, last token, entry index], leftmost first, not overlapping. */
function* matches(c: CompiledAvoid, tokens: Token[]): Generator<[number, number, number]> {
  const root = c.children[0]!;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.key;
    let node = root.get(first.startsWith(SPACED) ? first.slice(SPACED.length) : first);
    if (node === undefined) continue;
    let entry = -1;
    let last = -1;
    for (let j = i; ; ) {
      const here = c.best[node]!;
      if (here !== -1 && (entry === -1 || here < entry)) {
        entry = here;
        last = j;
      }
      if (++j >= tokens.length) break;
      const next: number | undefined = c.children[node]!.get(tokens[j]!.key);
      if (next === undefined) break;
      node = next;
    }
    if (entry !== -1) {
      yield [i, last, entry];
      i = last;
    }
  }
}

const KNOWN_RULES: ReadonlySet<string> = new Set<string>(RULE_IDS);

/** Finds the library's avoid phrases in the agent's text. */
export function findAvoided(ctx: RuleContext): AvoidHit[] {
  const c = compiled(ctx.library);
  if (!c || c.entries.length === 0) return [];
  const hits: AvoidHit[] = [];
  const tokens = tokenize(ctx.text);
  for (const [first, last, index] of matches(c, tokens)) {
    if (hits.length >= MAX_HITS) break;
    const entry = c.entries[index];
    if (!entry) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const suggestions: Suggestion[] = (Array.isArray(entry.alternatives) ? entry.alternatives : [])
      .filter((a): a is string => typeof a === 'string')
      .slice(0, 5)
      .map((alt) => {
        const text = fillPlaceholders(alt, { name: ctx.name ?? (alt.includes('{name}') ? 'there' : null) });
        return { label: text === '' ? 'Cut it' : `Say “${text}”`, text, replace: { start, end } };
      });
    const rule: FindingRuleId = typeof entry.rule === 'string' && KNOWN_RULES.has(entry.rule) ? (entry.rule as FindingRuleId) : 'custom';
    hits.push({
      rule,
      entry,
      start,
      end,
      message: typeof entry.message === 'string' && entry.message.trim() ? entry.message : `Avoid “${entry.phrase.trim()}”.`,
      evidence: [evidenceOf(ctx.draft, start, end)],
      suggestions,
    });
  }
  return hits;
}
