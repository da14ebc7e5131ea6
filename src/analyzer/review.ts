// reviewDraft: runs the draft rules, the team's avoid-list and the politeness model over an agent's
// draft, and scores it. Pure and synchronous; never throws, whatever the input.
import { DEFAULT_LIBRARY } from './data/default-library';
import { detectFeeling } from './feeling';
import type { CoachingLibrary } from './library-shape';
import { politeness as politenessOf } from './politeness';
import { findAvoided, type AvoidHit } from './rules/avoid';
import { messageOverride, titleOverride } from './rules/catalog';
import { RULES } from './rules/index';
import type { RuleContext, RuleDefinition, RuleHit } from './rules/types';
import { scoreReview } from './score';
import { firstName, surnameOf } from './text/compose';
import { languageOf } from './text/language';
import { layoutOf } from './text/layout';
import {
  FEELINGS,
  type Customer,
  type Evidence,
  type Feeling,
  type FeelingResult,
  type Finding,
  type FindingRuleId,
  type Review,
  type RuleId,
  type Severity,
  type Suggestion,
} from './types';

export interface ReviewInput {
  draft: string;
  customer?: Customer;
  library?: CoachingLibrary;
}

export interface ReviewOptions {
  /**
   * Pins the customer's feeling instead of detecting it from `customer.text` (rule examples and tests
   * use this so they do not depend on the detector; a host that already knows the feeling can too).
   */
  feeling?: Feeling | FeelingResult | null;
  /** Patterns only, without the rules' learned layer (training and ablation; the product never sets it). */
  patternsOnly?: boolean;
}

/** At most this many findings per rule: past that the coach would only repeat itself. */
export const MAX_FINDINGS_PER_RULE = 50;

// A letter of a cased script, a digit, or a letter of a caseless script (CJK, Arabic, Hebrew, …).
const HAS_WORD = /[A-Za-z0-9\u00c0-\u024f\u0370-\u1fff\u2c00-\u2fff\u3040-\ud7ff\uf900-\ufdff\ufe70-\ufefc\uff10-\uff5a]/;
const SEVERITIES: ReadonlySet<string> = new Set(['info', 'suggestion', 'warning']);
const FEELING_SET: ReadonlySet<string> = new Set(FEELINGS);

/** Rules whose findings hide another rule's findings on the same words. */
const SUPERSEDES: Partial<Record<FindingRuleId, FindingRuleId[]>> = {
  // "We apologize for any inconvenience this may have caused": one problem, reported as the non-apology.
  'non-apology': ['cliche'],
};

function pinnedFeeling(f: Feeling | FeelingResult): FeelingResult | null {
  if (typeof f === 'string') {
    if (!FEELING_SET.has(f)) return null;
    const scores = Object.fromEntries(FEELINGS.map((k) => [k, k === f ? 1 : 0])) as Record<Feeling, number>;
    return { feeling: f, intensity: 0.5, confidence: 1, scores, evidence: [] };
  }
  return f && FEELING_SET.has(f.feeling) ? f : null;
}

/** The customer's feeling as the review detects it from their message text (null when none or unknown). */
function customerFeeling(text: string): FeelingResult | null {
  if (!text.trim()) return null;
  try {
    const r = detectFeeling(text);
    return r && FEELING_SET.has(r.feeling) ? r : null;
  } catch {
    return null;
  }
}

function feelingFor(customer: Customer | undefined, options: ReviewOptions | undefined): FeelingResult | null {
  if (options && options.feeling !== undefined) return options.feeling === null ? null : pinnedFeeling(options.feeling);
  return customerFeeling(customer && typeof customer.text === 'string' ? customer.text : '');
}

function settingFor(library: CoachingLibrary, id: RuleId, fallback: Severity): { enabled: boolean; severity: Severity } {
  const s = library.rules && typeof library.rules === 'object' ? library.rules[id] : undefined;
  const enabled = !(s && s.enabled === false);
  const severity = s && typeof s.severity === 'string' && SEVERITIES.has(s.severity) ? s.severity : fallback;
  return { enabled, severity };
}

function inBounds(start: unknown, end: unknown, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;
}

/** Drops anything out of bounds (a safety net: rules are tested to stay in bounds; strict mode throws). */
function sane(f: Finding, length: number, strict: boolean): Finding | null {
  const evidence = f.evidence.filter((e: Evidence) => inBounds(e.start, e.end, length));
  const suggestions = f.suggestions.filter((s: Suggestion) => typeof s.text === 'string' && (!s.replace || inBounds(s.replace.start, s.replace.end, length)));
  const ok = inBounds(f.start, f.end, length);
  if (strict && (!ok || evidence.length !== f.evidence.length || suggestions.length !== f.suggestions.length)) {
    throw new Error(`${f.rule}: a span is out of bounds (${f.start}-${f.end} in ${length})`);
  }
  return ok ? { ...f, evidence, suggestions } : null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end || b.start === b.end) return a.start === b.start && a.end === b.end;
  return a.start < b.end && b.start < a.end;
}

function emptyReview(feelingDetail: FeelingResult | null): Review {
  return { score: 0, feeling: feelingDetail ? feelingDetail.feeling : null, feelingDetail, findings: [], politeness: 0 };
}

/**
 * Where a review takes its rule hits from. reviewDraft runs every check over the whole draft; the
 * incremental reviewer (./incremental) answers paragraph-local rules from paragraphs it has seen.
 * Either may throw: the review then skips that rule (or the avoid-list), as for a failing check.
 */
export interface HitSource {
  rule(rule: RuleDefinition, ctx: RuleContext): RuleHit[];
  avoided(ctx: RuleContext): AvoidHit[];
}

const WHOLE_DRAFT: HitSource = { rule: (rule, ctx) => rule.check(ctx), avoided: findAvoided };

/** A finding's words: the library's override of the rule's message and title, else the rule's own. */
function withWords(finding: Finding, library: CoachingLibrary): Finding {
  if (finding.rule === 'custom') return finding;
  const message = messageOverride(finding.rule, library);
  const title = titleOverride(finding.rule, library);
  if (message !== undefined) finding.message = message;
  if (title !== undefined) finding.title = title;
  return finding;
}

function runRule(rule: RuleDefinition, ctx: RuleContext, severity: Severity, out: Finding[], strict: boolean, source: HitSource): void {
  let hits;
  try {
    hits = source.rule(rule, ctx);
  } catch (e) {
    if (strict) throw e;
    return; // one broken rule must not take the review down
  }
  for (const h of hits.slice(0, MAX_FINDINGS_PER_RULE)) {
    out.push(withWords({ rule: rule.id, severity, start: h.start, end: h.end, message: h.message ?? rule.message, evidence: h.evidence, suggestions: h.suggestions }, ctx.library));
  }
}

/** What every rule reads: the draft's layout, language, the customer's name and feeling, the library. */
export function contextOf(
  draft: string,
  customer: Customer | undefined,
  library: CoachingLibrary,
  feelingDetail: FeelingResult | null,
  patternsOnly = false,
): { ctx: RuleContext; lang: ReturnType<typeof languageOf> } {
  const layout = layoutOf(draft);
  const text = layout.end === draft.length ? draft : draft.slice(0, layout.end);
  const lang = languageOf(text, layout.start, layout.end);
  const name = firstName(customer?.name);
  const customerText = typeof customer?.text === 'string' ? customer.text : '';
  const ctx: RuleContext = {
    draft,
    text,
    layout,
    english: lang.english,
    name,
    surname: surnameOf(customer?.name, customerText, name),
    customerText,
    feeling: feelingDetail ? feelingDetail.feeling : null,
    feelingDetail,
    library,
    patternsOnly,
  };
  return { ctx, lang };
}

/** Reviews a draft. Never throws: a failing rule is skipped, an unexpected failure yields an empty review. */
export function reviewDraft(input: ReviewInput, options?: ReviewOptions): Review {
  return reviewWith(input, options, false, WHOLE_DRAFT);
}

/** Like reviewDraft, but lets internal errors through (tests use it to prove there are none). */
export function reviewDraftStrict(input: ReviewInput, options?: ReviewOptions): Review {
  return reviewWith(input, options, true, WHOLE_DRAFT);
}

/** The review, with rule hits from `source` (reviewDraft: every rule over the whole draft). */
export function reviewWith(input: ReviewInput, options: ReviewOptions | undefined, strict: boolean, source: HitSource): Review {
  const safeInput = input && typeof input === 'object' ? input : ({} as ReviewInput);
  const draft = typeof safeInput.draft === 'string' ? safeInput.draft : '';
  const customer = safeInput.customer && typeof safeInput.customer === 'object' ? safeInput.customer : undefined;
  const library = safeInput.library && typeof safeInput.library === 'object' ? safeInput.library : DEFAULT_LIBRARY;
  const feelingDetail = feelingFor(customer, options);

  // Nothing to review: empty, whitespace, or no letters or digits at all (emoji-only, punctuation).
  if (draft.trim() === '' || !HAS_WORD.test(draft)) return emptyReview(feelingDetail);

  try {
    const { ctx, lang } = contextOf(draft, customer, library, feelingDetail, !!options?.patternsOnly);
    const text = ctx.text;

    let findings: Finding[] = [];
    for (const rule of RULES) {
      const setting = settingFor(library, rule.id, rule.severity);
      if (setting.enabled) runRule(rule, ctx, setting.severity, findings, strict, source);
    }

    // The team's avoid-list: reported under its rule (merged into a built-in finding on the same words).
    let avoided: ReturnType<typeof findAvoided> = [];
    try {
      avoided = source.avoided(ctx);
    } catch (e) {
      if (strict) throw e;
      avoided = [];
    }
    const perRule = new Map<string, number>();
    for (const a of avoided) {
      let severity: Severity = 'suggestion';
      if (a.rule !== 'custom') {
        const rule = RULES.find((r) => r.id === a.rule);
        const setting = settingFor(library, a.rule, rule ? rule.severity : 'suggestion');
        if (!setting.enabled) continue;
        severity = setting.severity;
      }
      const n = perRule.get(a.rule) ?? 0;
      if (n >= MAX_FINDINGS_PER_RULE) continue;
      const same = findings.find((f) => f.rule === a.rule && overlaps(f, a));
      if (same) {
        // The team's own entry is the more specific finding: its words, its message, its fixes first.
        const builtIn = same.suggestions.filter((t) => !a.suggestions.some((s) => s.text === t.text));
        same.start = a.start;
        same.end = a.end;
        same.message = a.message ?? a.entry.message;
        same.evidence = a.evidence;
        same.suggestions = [...a.suggestions, ...builtIn];
        continue;
      }
      perRule.set(a.rule, n + 1);
      // A team's own entry keeps its own message; a title override still heads it.
      const title = a.rule === 'custom' ? undefined : titleOverride(a.rule, library);
      findings.push({ rule: a.rule, severity, start: a.start, end: a.end, message: a.message ?? a.entry.message, ...(title !== undefined && { title }), evidence: a.evidence, suggestions: a.suggestions });
    }

    for (const [winner, losers] of Object.entries(SUPERSEDES) as [FindingRuleId, FindingRuleId[]][]) {
      const wins = findings.filter((f) => f.rule === winner);
      if (wins.length === 0) continue;
      findings = findings.filter((f) => !losers.includes(f.rule) || !wins.some((w) => overlaps(w, f)));
    }

    findings = findings.map((f) => sane(f, draft.length, strict)).filter((f): f is Finding => f !== null);
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));

    const politeness = lang.english ? politenessOf(text.slice(0, 20000)) : 0;
    return {
      score: scoreReview(draft, findings, politeness),
      feeling: feelingDetail ? feelingDetail.feeling : null,
      feelingDetail,
      findings,
      politeness,
    };
  } catch (e) {
    if (strict) throw e;
    // Defensive: a review must never throw. An unexpected failure yields an empty review.
    return emptyReview(feelingDetail);
  }
}
