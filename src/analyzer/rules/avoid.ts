// A team's own avoid-list (CoachingLibrary.avoid): phrases matched case-insensitively as whole
// phrases, reported under their `rule` (or `custom`) with their message and alternatives.
import type { AvoidEntry, CoachingLibrary } from '../library-shape';
import { RULE_IDS, type FindingRuleId, type Suggestion } from '../types';
import { fillPlaceholders } from '../text/compose';
import { escapeRegex } from '../text/patterns';
import { evidenceOf } from './checks';
import type { RuleContext, RuleHit } from './types';

export interface AvoidHit extends RuleHit {
  rule: FindingRuleId;
  entry: AvoidEntry;
}

interface CompiledAvoid {
  re: RegExp | null;
  entries: AvoidEntry[];
}

// Compiled once per avoid-list object (the library is replaced, not mutated, when managers edit it).
const cache = new WeakMap<readonly AvoidEntry[], CompiledAvoid>();
const MAX_ENTRIES = 500;
const MAX_PHRASE = 200;
/** The review shows at most 50 findings per rule; more matches than this are never needed. */
const MAX_HITS = 600;

// Letters and digits of Latin, Greek and Cyrillic scripts (no `u` flag: it is slow to compile).
const WORDISH = '[A-Za-z0-9_\\u00c0-\\u024f\\u0370-\\u052f]';
const WORDISH_START = new RegExp(`^${WORDISH}`);
const WORDISH_END = new RegExp(`${WORDISH}$`);

function phraseSource(phrase: string): string {
  const body = escapeRegex(phrase.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  const head = WORDISH_START.test(phrase.trim()) ? `(?<!${WORDISH})` : '';
  const tail = WORDISH_END.test(phrase.trim()) ? `(?!${WORDISH})` : '';
  return `${head}${body}${tail}`;
}

function compile(list: readonly AvoidEntry[]): CompiledAvoid {
  const entries = list
    .slice(0, MAX_ENTRIES)
    .filter((e): e is AvoidEntry => !!e && typeof e.phrase === 'string' && e.phrase.trim().length > 0 && e.phrase.length <= MAX_PHRASE);
  if (entries.length === 0) return { re: null, entries };
  const src = entries.map((e, i) => `(?<a${i}>${phraseSource(e.phrase)})`).join('|');
  try {
    return { re: new RegExp(src, 'gi'), entries };
  } catch {
    return { re: null, entries: [] };
  }
}

function compiled(library: CoachingLibrary): CompiledAvoid {
  const list = library.avoid;
  if (!Array.isArray(list)) return { re: null, entries: [] };
  let c = cache.get(list);
  if (!c) {
    c = compile(list);
    cache.set(list, c);
  }
  return c;
}

const KNOWN_RULES: ReadonlySet<string> = new Set<string>(RULE_IDS);

/** Finds the library's avoid phrases in the agent's text. */
export function findAvoided(ctx: RuleContext): AvoidHit[] {
  const { re, entries } = compiled(ctx.library);
  if (!re) return [];
  const hits: AvoidHit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null && hits.length < MAX_HITS) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const groups = m.groups ?? {};
    let index = -1;
    for (let i = 0; i < entries.length; i++) {
      if (groups[`a${i}`] !== undefined) {
        index = i;
        break;
      }
    }
    const entry = entries[index];
    if (!entry) continue;
    const start = m.index;
    const end = start + m[0].length;
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
  re.lastIndex = 0;
  return hits;
}
