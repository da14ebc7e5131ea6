// --redact: customer names, email addresses, phone numbers and order-like numbers are replaced in the
// texts the report shows, and finding offsets are moved to match the redacted text.
import type { CompactFinding } from './model';
import type { Example, ReportData } from './report-data';

interface Span {
  start: number;
  end: number;
  label: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE = /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?!\w)/g;
const ORDER = /#\s?\d{3,}\b|\b[A-Z]{1,5}-?\d{4,}\b|\b\d{5,}\b/g;
const GREETING = /(?:^|\n)\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)/giu;
const SIGN_OFF = /(?:thanks|thank you|regards|best|cheers|sincerely|br)[^\n]{0,20}[,.!]?[ \t]*\n+[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2})[ \t]*$/iu;
const DATE = /^\d{4}[-.]\d{2}[-.]\d{2}$|^\d{2}[-.]\d{2}[-.]\d{4}$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names to hide in one example: the customer's name and its parts, a greeting's name, a sign-off's name. */
export function namesIn(example: Pick<Example, 'customerName' | 'customerText' | 'draft'>): string[] {
  const names = new Set<string>();
  const add = (name: string | null | undefined) => {
    if (!name) return;
    const clean = name.replace(/["<>]/g, '').trim();
    if (clean.length < 2 || clean.includes('@')) return;
    names.add(clean);
    for (const part of clean.split(/[\s,]+/)) if (part.length >= 2 && /^\p{Lu}/u.test(part)) names.add(part);
  };
  add(example.customerName);
  for (const match of example.draft.matchAll(GREETING)) add(match[1]);
  add(example.customerText.trimEnd().match(SIGN_OFF)?.[1]);
  return [...names].sort((a, b) => b.length - a.length);
}

export function redactionSpans(text: string, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  const take = (pattern: RegExp, label: string, accept: (match: string) => boolean = () => true) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!accept(match[0]) || spans.some((span) => start < span.end && end > span.start)) continue;
      spans.push({ start, end, label });
    }
  };
  take(EMAIL, '[email]');
  take(PHONE, '[phone]', (match) => match.replace(/\D/g, '').length >= 7 && !DATE.test(match.trim()));
  take(ORDER, '[number]');
  if (names.length) take(new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), '[name]');
  return spans.sort((a, b) => a.start - b.start);
}

/** The text with its spans replaced, and a function moving an offset of the old text into the new one. */
export function applySpans(text: string, spans: readonly Span[]): { text: string; offset(at: number, side: 'start' | 'end'): number } {
  let out = '';
  let last = 0;
  const moved: { start: number; end: number; newStart: number; newEnd: number }[] = [];
  for (const span of spans) {
    out += text.slice(last, span.start);
    const newStart = out.length;
    out += span.label;
    moved.push({ ...span, newStart, newEnd: out.length });
    last = span.end;
  }
  out += text.slice(last);
  return {
    text: out,
    offset(at, side) {
      let shift = 0;
      for (const span of moved) {
        if (at >= span.end) shift = span.newEnd - span.end;
        else if (at > span.start) return side === 'start' ? span.newStart : span.newEnd;
        else break;
      }
      return at + shift;
    },
  };
}

export function redactText(text: string, names: readonly string[]): string {
  return applySpans(text, redactionSpans(text, names)).text;
}

function redactExample(example: Example): Example {
  const names = namesIn(example);
  const draft = applySpans(example.draft, redactionSpans(example.draft, names));
  const findings: CompactFinding[] = example.findings.map((finding) => ({
    ...finding,
    start: draft.offset(finding.start, 'start'),
    end: draft.offset(finding.end, 'end'),
    message: redactText(finding.message, names),
  }));
  return {
    ...example,
    customerName: example.customerName === null ? null : '[name]',
    customerText: redactText(example.customerText, names),
    draft: draft.text,
    findings,
  };
}

export function redactReport(report: ReportData): ReportData {
  return {
    ...report,
    redacted: true,
    examples: report.examples.map(({ agent, best, worst }) => ({ agent, best: redactExample(best), worst: redactExample(worst) })),
    // JSON.parse quotes a piece of the bad record in its message: that piece could be customer text.
    bad: { ...report.bad, first: report.bad.first.map((bad) => ({ ...bad, message: redactText(bad.message.replace(/"[^"]*"(\.\.\.)?/g, '"…"'), []) })) },
  };
}
