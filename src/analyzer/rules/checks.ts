// The closed set of check kinds a rule can use. Each returns a `check(ctx)` function; everything
// (phrase lists, regexes) is compiled when the rule module loads, never per call.
import type { Evidence, Suggestion } from '../types';
import { readable } from '../text/patterns';
import type { RuleContext, RuleHit } from './types';

/** A phrase the `existence` check looks for. */
export interface PhraseSpec {
  /**
   * Readable regex source (see text/patterns `readable`: a space matches any whitespace, ' matches ’).
   * Whole words: \b is added on both sides. Put the span to report in a `(?<hit>…)` group to narrow it
   * (the group must sit at the very start or the very end of the phrase).
   */
  re: string;
  /** Replacement for the reported words: '' cuts them; a function gets the words as typed and the text after them. */
  fix?: string | ((hit: string, after: string) => string);
  /** Label of the `fix` suggestion. */
  fixLabel?: string;
  /** Message for this phrase (overrides the rule's message). */
  message?: string;
}

export interface CompiledPhrases {
  re: RegExp;
  specs: readonly PhraseSpec[];
  /** Index of each spec's capture group in a match. */
  slots: readonly number[];
  /** Whether each spec has a `hit` group. */
  hits: readonly boolean[];
}

/** Compiles phrase specs into ONE alternation regex (flags gi) with a named group per spec. */
export function compilePhrases(specs: readonly PhraseSpec[]): CompiledPhrases {
  const parts = specs.map((spec, i) => {
    const src = readable(spec.re).replace('(?<hit>', `(?<h${i}>`);
    // A plain group per phrase (its slot is counted below): named groups make the regex markedly slower to compile.
    return `(${src})`;
  });
  // No `d` (hasIndices) flag: it makes V8 compile the regex noticeably slower. A `hit` group's offset
  // is recovered from its text, which sits at the start or the end of the match in every rule.
  // Where each phrase's group is among the numbered captures: reading m[slot] is much cheaper than
  // m.groups, which builds an object of every group for every match (a draft of 6,000 "just" took 70 ms).
  const slots: number[] = [];
  let next = 1;
  for (const part of parts) {
    slots.push(next);
    next += captureGroups(part);
  }
  return { re: new RegExp(`\\b(?:${parts.join('|')})\\b`, 'gi'), specs, slots, hits: parts.map((part, i) => part.includes(`(?<h${i}>`)) };
}

/**
 * How many capturing groups a regex source has: each "(" that is not escaped, not in a character class
 * and not a "(?" group, plus the named ones "(?<name>". Counted by reading the source: compiling a regex
 * per phrase to count them cost about 20 ms when the analyzer loaded.
 */
export function captureGroups(src: string): number {
  let count = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      if (src[i + 1] !== '?') count++;
      else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') count++;
    }
  }
  return count;
}

export interface PhraseMatch {
  spec: PhraseSpec;
  index: number;
  /** Span of the whole match. */
  start: number;
  end: number;
  /** Span to report (the `hit` group, else the whole match). */
  hitStart: number;
  hitEnd: number;
}

/**
 * All non-overlapping matches of compiled phrases in text. Walked with `replace` and a callback rather
 * than an `exec` loop: V8 compiles a regex to native code from its second run, and a loop of `exec`
 * calls runs it once per match, so the first review paid for compiling every big alternation twice.
 * `replace` is one run however many matches (and skips empty matches exactly as the loop did).
 */
export function findPhrases(compiled: CompiledPhrases, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const { re, specs, slots, hits } = compiled;
  text.replace(re, (...args: unknown[]) => {
    const whole = args[0] as string;
    if (whole.length === 0) return '';
    const named = typeof args[args.length - 1] === 'object';
    const groups = named ? (args[args.length - 1] as Record<string, string | undefined>) : undefined;
    const start = args[args.length - (named ? 3 : 2)] as number;
    const index = slots.findIndex((slot) => args[slot] !== undefined);
    if (index < 0) return '';
    const end = start + whole.length;
    const hit = hits[index] ? groups?.[`h${index}`] : undefined;
    let hitStart = start;
    let hitEnd = end;
    if (hit !== undefined) {
      if (whole.startsWith(hit)) hitEnd = start + hit.length;
      else if (whole.endsWith(hit)) hitStart = end - hit.length;
      else {
        hitStart = start + Math.max(0, whole.indexOf(hit));
        hitEnd = hitStart + hit.length;
      }
    }
    out.push({ spec: specs[index]!, index, start, end, hitStart, hitEnd });
    return '';
  });
  return out;
}

export function evidenceOf(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}

export interface ExistenceOptions {
  phrases: readonly PhraseSpec[];
  /** When this matches anywhere in the agent's text, the rule stays quiet (e.g. an alternative is offered). */
  unless?: RegExp;
  /** Drop single matches (e.g. "just" after "I"). */
  skip?: (ctx: RuleContext, m: PhraseMatch) => boolean;
  /** Extra suggestions for a match (after the phrase's own `fix`). */
  suggest?: (ctx: RuleContext, m: PhraseMatch) => Suggestion[];
  /** Overrides the span to report and to replace. */
  span?: (ctx: RuleContext, m: PhraseMatch) => { start: number; end: number };
  /** Overrides the message for a match (default: the phrase's message, else the rule's). */
  message?: (ctx: RuleContext, m: PhraseMatch) => string | undefined;
  /** Overrides the evidence (default: the reported words). */
  evidence?: (ctx: RuleContext, m: PhraseMatch) => Evidence[];
}

/** An `existence` check, with the test that silences it for the whole draft (see learned.ts). */
export interface ExistenceCheck {
  (ctx: RuleContext): RuleHit[];
  /** True when something anywhere in the draft silences the rule (e.g. an alternative is offered). */
  excused(ctx: RuleContext): boolean;
  /** The phrases it looks for. */
  phrases: readonly PhraseSpec[];
}

/** `existence`: fires on every phrase that appears (Vale's `existence` / `substitution`). */
export function existence(opts: ExistenceOptions): ExistenceCheck {
  const compiled = compilePhrases(opts.phrases);
  const excused = (ctx: RuleContext): boolean => {
    if (!opts.unless) return false;
    opts.unless.lastIndex = 0;
    const yes = opts.unless.test(ctx.text);
    opts.unless.lastIndex = 0;
    return yes;
  };
  const check = (ctx: RuleContext): RuleHit[] => {
    const matches = findPhrases(compiled, ctx.text);
    if (matches.length === 0) return [];
    if (excused(ctx)) return [];
    const hits: RuleHit[] = [];
    for (const m of matches) {
      if (opts.skip?.(ctx, m)) continue;
      const span = opts.span ? opts.span(ctx, m) : { start: m.hitStart, end: m.hitEnd };
      const suggestions: Suggestion[] = [];
      const { fix } = m.spec;
      if (fix !== undefined) {
        const words = ctx.draft.slice(span.start, span.end);
        const text = typeof fix === 'function' ? fix(words, ctx.draft.slice(span.end, span.end + 3)) : fix;
        suggestions.push({ label: m.spec.fixLabel ?? (text === '' ? 'Cut it' : `Say “${text}”`), text, replace: span });
      }
      if (opts.suggest) suggestions.push(...opts.suggest(ctx, m));
      const evidence = opts.evidence ? opts.evidence(ctx, m) : opts.span ? [evidenceOf(ctx.draft, span.start, span.end)] : [evidenceOf(ctx.draft, m.hitStart, m.hitEnd)];
      const hit: RuleHit = { start: span.start, end: span.end, evidence, suggestions };
      const msg = opts.message?.(ctx, m) ?? m.spec.message;
      if (msg) hit.message = msg;
      hits.push(hit);
    }
    return hits;
  };
  return Object.assign(check, { excused, phrases: opts.phrases });
}

export interface MissingOptions {
  /** Whether the content is needed at all for this draft and customer. */
  applies: (ctx: RuleContext) => boolean;
  /** Any match in the agent's text means the content is there. */
  satisfiedBy: readonly RegExp[];
  /** Extra test that the content is there (for cues a regex cannot express). */
  satisfied?: (ctx: RuleContext) => boolean;
  /** Where the missing content belongs. */
  at: 'after-greeting' | 'end-of-body';
  /** Message, evidence and suggestions for the zero-width finding at `at`. */
  report: (ctx: RuleContext, at: number) => Omit<RuleHit, 'start' | 'end'>;
}

/** A `missing` check, with its parts (the learned layer, learned.ts, asks them sentence by sentence). */
export interface MissingCheck {
  (ctx: RuleContext): RuleHit[];
  applies(ctx: RuleContext): boolean;
  /** Whether the patterns find the content in `ctx.text` (a sentence, for the learned layer). */
  satisfiedIn(ctx: RuleContext): boolean;
  /** The zero-width finding where the content belongs. */
  finding(ctx: RuleContext): RuleHit;
}

/** `missing`: fires once, as a zero-width insertion point, when none of `satisfiedBy` appears. */
export function missing(opts: MissingOptions): MissingCheck {
  const satisfiedIn = (ctx: RuleContext): boolean => {
    for (const re of opts.satisfiedBy) {
      re.lastIndex = 0;
      const ok = re.test(ctx.text);
      re.lastIndex = 0;
      if (ok) return true;
    }
    return !!opts.satisfied?.(ctx);
  };
  const finding = (ctx: RuleContext): RuleHit => {
    const at = opts.at === 'after-greeting' ? ctx.layout.afterGreeting : ctx.layout.bodyEnd;
    return { start: at, end: at, ...opts.report(ctx, at) };
  };
  const check = (ctx: RuleContext): RuleHit[] => {
    if (!opts.applies(ctx)) return [];
    if (satisfiedIn(ctx)) return [];
    return [finding(ctx)];
  };
  return Object.assign(check, { applies: opts.applies, satisfiedIn, finding });
}

/** True when the draft has real English prose to review (used by the missing-content rules). */
export function hasEnglishBody(ctx: RuleContext): boolean {
  return ctx.english && ctx.layout.start < ctx.layout.end;
}
