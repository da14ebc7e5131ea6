// Incremental review: the same Review as reviewDraft (deep-equal, always), but the paragraph-local
// work is kept per paragraph and only paragraphs that changed since an earlier review are analysed
// again. The background worker reviews after every typing pause; a pause usually changes one word.
//
// What is local (answered from cached paragraphs, offsets shifted to where the paragraph sits now):
// the rules whose words (rules/catalog.ts) say `local: true` (blame, dismissive, non-apology,
// apology-but, cliche, shouting, policy-wall) and the avoid-list.
// What stays whole-draft (recomputed every time, all cheap): the layout (greeting, sign-off, quoted
// history), the language guess (first 6,000 characters), the other rules: acknowledge-feeling,
// use-name, next-step, follow-up (each asks "is this anywhere in the draft?", usually answered by an early match, and
// points at the greeting or the end of the body), politeness (capped counts over the first 20,000
// characters, which cuts a paragraph; some cues such as "?\n!" run across line breaks; combining
// per-paragraph counts would copy the model's caps), the avoid-list merge, the score.
//
// Why the local rules are exactly local. Their phrase regexes turn every space into \s+, so a phrase
// CAN run across a blank line ("that's our\n\npolicy"), and some look at text around a match (the
// words after "sorry, but", the 16 characters before "your fault", the three after "per my last
// email"). A paragraph alone therefore does not always give the same hits as the paragraph inside
// the draft. So paragraphs are cut only where nothing can reach across (see `splitUnits`): at a
// line break right after a sentence end (". \n", "!\n", "?\r\n"). Every local pattern and every look
// around a match stops at "." "!" "?" or at a line break: no phrase matches a terminator followed by
// white space (`[\w&.-]+` in "thank you for choosing Acme." ends before the dot at the closing \b),
// lookaheads such as `relax(?=\s*[,.!;:—–])` end on the terminator, and the helpers that walk
// (sentenceAround, atSentenceStart, phraseAt, the cut and split suggestions) stop at "\n" or at a
// terminator. On top of that:
// - shouting: an HTML tag (`<…>`, up to 300 characters, may hold line breaks) is not shouting; a cut
//   is never made inside an unclosed "<". Capitals in the sign-off block are not checked, so the
//   sign-off's start (inside the paragraph, or before it) is part of a paragraph's cache key.
// - a rule with `excused` (policy-wall: an alternative offered ANYWHERE in the draft) is quiet for the
//   whole draft when any paragraph excuses it; otherwise its hits are the paragraphs' hits.
// - the avoid-list: team phrases are literal; one with ". " / "! " / "? " inside could run across a
//   cut, so such a library reviews its avoid-list over the whole draft. Alternatives fill in {name}:
//   a paragraph's avoid hits are redone when the customer's name changes. Past AVOID_LOCAL_MAX hits
//   the whole-draft search answers (findAvoided caps its hits; the review merges them in order).
// - the last paragraph may be followed by quoted history that a rule peeks into (at most 3
//   characters: "per my last email\n-- Original Message"): those characters are part of its key.
// - a rule check that throws on a paragraph is run on the whole draft instead (same failure).
//
// Memory: at most MAX_ENTRIES paragraphs and MAX_CHARS characters of paragraph text (LRU). A draft
// with more paragraphs than that is reviewed whole. A new library object (or avoid list) empties the
// cache. Nothing here is needed for correctness: an empty cache (a restarted worker) only costs time.
import { DEFAULT_LIBRARY } from './data/default-library';
import type { CoachingLibrary } from './library-shape';
import { MAX_FINDINGS_PER_RULE, reviewWith, type HitSource, type ReviewInput, type ReviewOptions } from './review';
import { findAvoided, type AvoidHit } from './rules/avoid';
import { RULES } from './rules/index';
import type { RuleContext, RuleDefinition, RuleHit } from './rules/types';
import type { Layout } from './text/layout';
import type { Review, RuleId } from './types';

/** Rules answered from cached paragraphs: those that declare themselves local (see the header). */
export const LOCAL_RULES: readonly RuleId[] = RULES.filter((rule) => rule.local).map((rule) => rule.id);

/** Paragraphs shorter than this are joined with the next one (fewer, steadier cache entries). */
export const MIN_UNIT_CHARS = 120;
export const MAX_ENTRIES = 500;
export const MAX_CHARS = 1_000_000;
/** More avoid-list hits than this: the whole-draft search answers (findAvoided caps its own list higher). */
export const AVOID_LOCAL_MAX = 100;
/** Characters of the draft after the agent's text (quoted history) kept with the last paragraph. */
const TAIL_CHARS = 8;

const NEUTRAL_LIBRARY: CoachingLibrary = { acknowledgements: {}, avoid: [], rules: {} };
const LOCAL_INDEX: ReadonlyMap<RuleId, number> = new Map(LOCAL_RULES.map((id, i) => [id, i]));

/** A span of the agent's text: [start, end). */
export interface Unit {
  start: number;
  end: number;
}

function isTerminatedLine(text: string, from: number, nl: number): boolean {
  let k = nl - 1;
  while (k >= from) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 13) break;
    k--;
  }
  if (k < from) return false;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63; // . ! ?
}

/**
 * Cuts text into paragraphs that the local rules see exactly as they see them inside the whole text:
 * a cut sits at a line break whose line ends with "." "!" or "?" (then only spaces, tabs or "\r"),
 * outside any unclosed "<", once the paragraph has at least `minChars` characters. The line break
 * belongs to neither side. Always returns at least one unit; units cover the text but the cuts.
 */
export function splitUnits(text: string, minChars = MIN_UNIT_CHARS): Unit[] {
  const units: Unit[] = [];
  const angles = text.includes('<');
  let from = 0;
  let scanned = 0;
  let openTag = false;
  let nl = text.indexOf('\n', from + Math.max(0, minChars - 1));
  while (nl >= 0) {
    if (angles) {
      for (let k = scanned; k < nl; k++) {
        const c = text.charCodeAt(k);
        if (c === 60) openTag = true;
        else if (c === 62) openTag = false;
      }
      scanned = nl;
    }
    if (nl - from >= minChars && !openTag && isTerminatedLine(text, from, nl)) {
      units.push({ start: from, end: nl });
      from = nl + 1;
      // No cut can come sooner; the "<" / ">" scan above catches up over the skipped stretch.
      nl = text.indexOf('\n', from + Math.max(0, minChars - 1));
    } else {
      nl = text.indexOf('\n', nl + 1);
    }
  }
  units.push({ start: from, end: text.length });
  return units;
}

/**
 * A copy of s that does not keep the string it was cut from alive: V8 represents a slice as a view
 * of its parent, so a cached paragraph would otherwise hold on to the whole draft it came from.
 * Concatenating and slicing again makes V8 flatten the text into a string of its own.
 */
function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** A copy of a hit moved by `by` characters (never the cached object itself: reviews mutate findings). */
function shifted<H extends RuleHit>(h: H, by: number): H {
  return {
    ...h,
    start: h.start + by,
    end: h.end + by,
    evidence: h.evidence.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
    suggestions: h.suggestions.map((s) => (s.replace ? { ...s, replace: { ...s.replace, start: s.replace.start + by, end: s.replace.end + by } } : { ...s })),
  };
}

/** The context a paragraph is checked in: the paragraph alone, with nothing about the customer. */
function unitContext(text: string, tail: string, signoff: number | null, library: CoachingLibrary, name: string | null): RuleContext {
  const layout: Layout = { start: 0, greeting: null, afterGreeting: 0, signoffStart: signoff, bodyEnd: text.length, end: text.length };
  return { draft: tail ? text + tail : text, text, layout, english: true, name, surname: null, customerText: '', feeling: null, feelingDetail: null, library };
}

const FAILED = null;
type Computed<T> = T | typeof FAILED | undefined;

interface ExcusableResult {
  /** The paragraph excuses the rule (policy-wall: offers an alternative): it is quiet for the whole draft. */
  excused: boolean;
  hits: RuleHit[];
}

interface Entry {
  /** Its key in the cache (a copy: see `detach`). */
  key: string;
  text: string;
  /** Where the sign-off starts in this paragraph (0: before it), or null: not in it. */
  signoff: number | null;
  /** Draft characters after the agent's text (last paragraph only). */
  tail: string;
  /** Hits per LOCAL_RULES index; undefined until asked for, FAILED when the check threw. */
  hits: Computed<ExcusableResult>[];
  avoid?: { name: string | null; hits: AvoidHit[] | typeof FAILED };
}

/** A team phrase with a sentence end followed by white space could match across a cut. */
function avoidIsLocal(library: CoachingLibrary): boolean {
  const list = library.avoid;
  if (!Array.isArray(list)) return true;
  return !list.some((e) => !!e && typeof e.phrase === 'string' && /[.!?]\s/.test(e.phrase.trim()));
}

export interface IncrementalOptions {
  /** Paragraph entries kept (LRU). */
  maxEntries?: number;
  /** Characters of paragraph text kept (LRU). */
  maxChars?: number;
  /** Like reviewDraftStrict: internal errors are thrown, not turned into an empty review. */
  strict?: boolean;
  /** Shortest paragraph before a cut (tests use small values to get many paragraphs). */
  minUnitChars?: number;
}

export interface IncrementalStats {
  /** Paragraph entries held now. */
  entries: number;
  /** Characters of paragraph text held now. */
  chars: number;
  /** Paragraphs looked up / found in the cache, since creation. */
  lookups: number;
  reused: number;
  /** Rule checks run on single paragraphs, since creation. */
  unitChecks: number;
  /** Reviews that went whole-draft because the draft had too many paragraphs. */
  wholeDrafts: number;
}

export interface IncrementalReviewer {
  /** Same arguments and same result as reviewDraft (reviewDraftStrict with `strict`). */
  review(input: ReviewInput, options?: ReviewOptions): Review;
  stats(): IncrementalStats;
  clear(): void;
}

interface Plan {
  units: Unit[];
  entries: Entry[];
}

export function createIncrementalReviewer(opts: IncrementalOptions = {}): IncrementalReviewer {
  const maxEntries = Math.max(1, opts.maxEntries ?? MAX_ENTRIES);
  const maxChars = Math.max(1, opts.maxChars ?? MAX_CHARS);
  const minUnit = Math.max(0, opts.minUnitChars ?? MIN_UNIT_CHARS);
  const strict = opts.strict === true;

  const cache = new Map<string, Entry>();
  let chars = 0;
  let library: CoachingLibrary | null = null;
  let avoidList: unknown = undefined;
  let avoidLocal = true;
  const stats = { lookups: 0, reused: 0, unitChecks: 0, wholeDrafts: 0 };

  function clear(): void {
    cache.clear();
    chars = 0;
  }

  function useLibrary(lib: CoachingLibrary): void {
    if (lib === library && lib.avoid === avoidList) return;
    clear();
    library = lib;
    avoidList = lib.avoid;
    avoidLocal = avoidIsLocal(lib);
  }

  function entryFor(text: string, signoff: number | null, tail: string): Entry {
    const key = signoff === null && tail === '' ? text : `\u0000${signoff}\u0000${tail.length}\u0000${tail}${text}`;
    stats.lookups++;
    const found = cache.get(key);
    if (found && found.signoff === signoff && found.tail === tail) {
      stats.reused++;
      cache.delete(found.key);
      cache.set(found.key, found); // the stored key: `key` is a slice of today's draft
      return found;
    }
    if (found) {
      cache.delete(key);
      chars -= found.text.length;
    }
    const own = detach(text);
    const entry: Entry = { key: key === text ? own : detach(key), text: own, signoff, tail, hits: [] };
    cache.set(entry.key, entry);
    chars += text.length;
    while ((cache.size > maxEntries || chars > maxChars) && cache.size > 1) {
      const [oldKey, old] = cache.entries().next().value as [string, Entry];
      cache.delete(oldKey);
      chars -= old.text.length;
    }
    return entry;
  }

  /** The draft's paragraphs and their cache entries, or null to review the whole draft. */
  function planFor(ctx: RuleContext): Plan | null {
    const units = splitUnits(ctx.text, minUnit);
    if (units.length > maxEntries) {
      stats.wholeDrafts++;
      return null;
    }
    const signoff = ctx.layout.signoffStart;
    const last = units.length - 1;
    const tail = ctx.draft.slice(ctx.layout.end, ctx.layout.end + TAIL_CHARS);
    const entries = units.map((u, i) => {
      const so = signoff === null || signoff > u.end ? null : Math.max(0, signoff - u.start);
      return entryFor(ctx.text.slice(u.start, u.end), so, i === last ? tail : '');
    });
    return { units, entries };
  }

  function ruleHits(entry: Entry, index: number, rule: RuleDefinition): ExcusableResult | typeof FAILED {
    let result = entry.hits[index];
    if (result === undefined) {
      stats.unitChecks++;
      try {
        const ctx = unitContext(entry.text, entry.tail, entry.signoff, NEUTRAL_LIBRARY, null);
        result = rule.excused?.(ctx) ? { excused: true, hits: [] } : { excused: false, hits: rule.check(ctx) };
      } catch (e) {
        if (strict) throw e;
        result = FAILED;
      }
      entry.hits[index] = result;
    }
    return result;
  }

  function avoidHits(entry: Entry, lib: CoachingLibrary, name: string | null): AvoidHit[] | typeof FAILED {
    if (!entry.avoid || entry.avoid.name !== name) {
      stats.unitChecks++;
      let hits: AvoidHit[] | typeof FAILED;
      try {
        hits = findAvoided(unitContext(entry.text, entry.tail, entry.signoff, lib, name));
      } catch (e) {
        if (strict) throw e;
        hits = FAILED;
      }
      entry.avoid = { name, hits };
    }
    return entry.avoid.hits;
  }

  /** The hit source for one review: paragraphs are looked up on the first local rule asked for. */
  function sourceFor(): HitSource {
    let plan: Plan | null | undefined;
    const planOf = (ctx: RuleContext) => (plan === undefined ? (plan = planFor(ctx)) : plan);
    return {
      rule(rule, ctx) {
        const index = LOCAL_INDEX.get(rule.id);
        if (index === undefined) return rule.check(ctx);
        const p = planOf(ctx);
        if (!p) return rule.check(ctx);
        // A rule that can be excused: every paragraph counts (one excuse silences the whole rule).
        const results: ExcusableResult[] = [];
        const all = rule.excused ? p.entries.length : p.units.length;
        let hitCount = 0;
        for (let k = 0; k < all && (rule.excused || hitCount < MAX_FINDINGS_PER_RULE); k++) {
          const r = ruleHits(p.entries[k]!, index, rule);
          if (r === FAILED) return rule.check(ctx);
          if (r.excused) return [];
          results.push(r);
          hitCount += r.hits.length;
        }
        // The review keeps MAX_FINDINGS_PER_RULE hits.
        const out: RuleHit[] = [];
        for (let k = 0; k < results.length && out.length < MAX_FINDINGS_PER_RULE; k++) {
          for (const h of results[k]!.hits) out.push(shifted(h, p.units[k]!.start));
        }
        return out;
      },
      avoided(ctx) {
        if (!avoidLocal) return findAvoided(ctx);
        const p = planOf(ctx);
        if (!p) return findAvoided(ctx);
        const out: AvoidHit[] = [];
        for (let k = 0; k < p.units.length; k++) {
          const hits = avoidHits(p.entries[k]!, ctx.library, ctx.name);
          if (hits === FAILED) return findAvoided(ctx);
          for (const h of hits) out.push(shifted(h, p.units[k]!.start));
          if (out.length > AVOID_LOCAL_MAX) return findAvoided(ctx);
        }
        return out;
      },
    };
  }

  return {
    review(input, options) {
      const safe = input && typeof input === 'object' ? input : ({} as ReviewInput);
      useLibrary(safe.library && typeof safe.library === 'object' ? safe.library : DEFAULT_LIBRARY);
      // The customer's feeling is not kept here: the worker (src/background/reviewer.ts) keeps it per
      // message text and pins it; without a pinned feeling the review detects it.
      return reviewWith(input, options, strict, sourceFor());
    },
    stats: () => ({ entries: cache.size, chars, ...stats }),
    clear,
  };
}
