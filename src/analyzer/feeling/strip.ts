// Finds the part of a customer message a support agent would read: the latest message without
// quoted history, forwarded headers, signatures and closing sign-offs. Returns spans of the
// ORIGINAL text (UTF-16 offsets), so evidence offsets stay valid. Linear time.

export interface Span {
  start: number;
  end: number;
}

/** Never analyse more than this many characters of the latest message. */
export const MAX_ANALYSED_CHARS = 20000;
/** Header patterns are only tried on lines up to this length. */
const MAX_HEADER_LINE = 500;

const QUOTE_HEADER_ONE_LINE = [
  /^\s*On\b.{0,300}\bwrote:?\s*$/i,
  /^\s*-{2,}\s*(?:Original Message|Forwarded message|Mensaje original|Message d'origine|Ursprüngliche Nachricht)\s*-{2,}/i,
  /^\s*Begin forwarded message:?\s*$/i,
  /^\s*Le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^\s*Am\b.{0,300}\bschrieb\b.{0,200}:\s*$/i,
  /^\s*El\b.{0,300}\bescribió:\s*$/i,
  /^\s*Op\b.{0,300}\bschreef\b.{0,200}:\s*$/i,
];
const ON_START = /^\s*On\s/i;
const WROTE_END = /\bwrote:?\s*$/i;
const FROM_LINE = /^\s*\*?(?:From|De|Von|Van)\s*:\*?\s+\S/i;
const HEADER_FOLLOW = /^\s*\*?(?:Sent|Date|To|Subject|Cc|Envoyé|Gesendet|Enviado|Datum|Onderwerp|Objet|Betreff|Asunto)\s*:/i;
const OUTLOOK_RULE = /^\s*_{8,}\s*$/;
const SIG_DASHES = /^--\s?$/;
const SENT_FROM =
  /^\s*(?:Sent from my\b|Sent from (?:Mail|Outlook|Yahoo|Gmail|AOL|ProtonMail|Samsung)|Get Outlook for\b|Sent via\b|Sent with\b|Envoyé de mon\b|Von meinem\b.{0,60}gesendet|Enviado desde mi\b)/i;
const QUOTED_LINE = /^\s*>/;

const SIGNOFF_WORDS =
  '(?:(?:many |a lot of |big )?thanks(?: again| in advance| for reading)?|thank you(?: in advance| again)?|thx|ty|tia|' +
  '(?:best|kind|warm|warmest|kindest|many)? ?regards|best(?: wishes)?|all the best|cheers|sincerely|' +
  '(?:yours )?(?:truly|sincerely|faithfully)|respectfully|take care|cordially|br)';
/** A closing line on its own ("Thanks," / "Best regards" / "Thanks in advance."). */
const SIGNOFF_LINE = new RegExp('^\\s*' + SIGNOFF_WORDS + '\\s*[,.]?\\s*$', 'i');
/** A closing with the name on the same line ("Thanks, John" / "Regards - J. Smith"). */
const SIGNOFF_WITH_NAME = new RegExp(
  '^\\s*' + SIGNOFF_WORDS + "\\s*[,.!\\-–—]+\\s*[\\p{Lu}][\\p{L}.'\\-]*(?:\\s+[\\p{L}][\\p{L}.'\\-]*){0,2}\\s*$",
  'iu',
);
/** A plain closing that ends the message ("Thanks!" is content only when it stands alone). */
const SIGNOFF_WITH_BANG = new RegExp('^\\s*' + SIGNOFF_WORDS + '\\s*[,.!]*\\s*$', 'i');
/** Lines that look like a name / title / company / phone number under a sign-off. */
const NAMEISH = /^\s*[\p{L}\p{N}+(][\p{L}\p{N} .,'&()|/@:+\-–—]{0,60}$/u;

interface Line {
  start: number;
  end: number; // excludes the newline
}

/**
 * Returns the spans (in order) of `text` that form the latest message. Always returns at least one
 * span when the text has non-space content (falls back to the whole text when everything is quoted).
 * `truncated` is true when the message was cut at MAX_ANALYSED_CHARS.
 */
export function latestMessage(text: string): { spans: Span[]; truncated: boolean } {
  const lines: Line[] = [];
  let kept = 0;
  let truncated = false;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--; // \r\n
    const line: Line = { start: pos, end };
    pos = nl + 1;
    const len = end - line.start;
    if (len <= MAX_HEADER_LINE) {
      const s = text.slice(line.start, end);
      if (isCutLine(s, text, pos)) {
        break;
      }
      if (QUOTED_LINE.test(s)) continue;
    } else if (text.charCodeAt(line.start) === 62 /* > */) {
      continue;
    }
    if (kept + len > MAX_ANALYSED_CHARS) {
      const room = MAX_ANALYSED_CHARS - kept;
      if (room > 0) lines.push({ start: line.start, end: safeEnd(text, line.start + room) });
      truncated = true;
      break;
    }
    lines.push(line);
    kept += len + 1;
    if (nl >= n) break;
  }

  if (!truncated) stripSignoff(text, lines);
  stripGreeting(text, lines);

  const spans: Span[] = [];
  for (const l of lines) {
    if (l.end <= l.start) continue;
    if (!/\S/.test(text.slice(l.start, l.end))) continue;
    const last = spans[spans.length - 1];
    if (last && last.end + 2 >= l.start && text.slice(last.end, l.start).trim() === '') last.end = l.end;
    else spans.push({ start: l.start, end: l.end });
  }
  if (spans.length === 0 && /\S/.test(text.slice(0, Math.min(n, MAX_ANALYSED_CHARS)))) {
    // Everything was quoted or a header: read what there is rather than nothing.
    const end = safeEnd(text, Math.min(n, MAX_ANALYSED_CHARS));
    return { spans: [{ start: 0, end }], truncated: end < n };
  }
  return { spans, truncated };
}

/** Do not split a surrogate pair. */
function safeEnd(text: string, end: number): number {
  if (end > 0 && end < text.length) {
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) return end - 1;
  }
  return end;
}

function nextLines(text: string, from: number, count: number): string[] {
  const out: string[] = [];
  let p = from;
  while (out.length < count && p < text.length) {
    let nl = text.indexOf('\n', p);
    if (nl < 0) nl = text.length;
    if (nl - p > MAX_HEADER_LINE) break;
    out.push(text.slice(p, nl));
    p = nl + 1;
  }
  return out;
}

function isCutLine(s: string, text: string, after: number): boolean {
  if (SIG_DASHES.test(s) || SENT_FROM.test(s)) return true;
  for (const re of QUOTE_HEADER_ONE_LINE) if (re.test(s)) return true;
  if (ON_START.test(s) && s.length < 300) {
    // Gmail wraps long "On <date>, <name> <mail>" headers: "wrote:" ends one of the next lines.
    const next = nextLines(text, after, 2);
    if (next.some((l) => WROTE_END.test(l))) return true;
  }
  if (FROM_LINE.test(s)) {
    const next = nextLines(text, after, 4);
    if (next.some((l) => HEADER_FOLLOW.test(l))) return true;
  }
  if (OUTLOOK_RULE.test(s)) {
    const next = nextLines(text, after, 2);
    if (next.some((l) => FROM_LINE.test(l))) return true;
  }
  return false;
}

/** A greeting on its own line: "Hi Jana,", "Good morning,", "Dear Sir or Madam,", "Hello team!". */
const GREETING_LINE = /^\s*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day))(?:\s+[\p{L}.'’-]+){0,3}\s*[,.!:]?\s*$/iu;
/** "Good morning. …" / "Good day, …" at the start of the first line: a greeting, not praise. */
const GOOD_GREETING = /^\s*good (?:morning|afternoon|evening|day)\s*[,.!:]\s*/i;

/** Removes an opening greeting ("Good morning," reads as praise to the model) when content follows. */
function stripGreeting(text: string, lines: Line[]): void {
  const first = lines.findIndex((l) => /\S/.test(text.slice(l.start, l.end)));
  if (first < 0) return;
  const line = lines[first]!;
  const s = text.slice(line.start, line.end);
  const rest = lines.slice(first + 1).some((l) => /[\p{L}\p{N}]/u.test(text.slice(l.start, l.end)));
  if (rest && s.length <= 60 && GREETING_LINE.test(s)) {
    lines.splice(first, 1);
    return;
  }
  const good = GOOD_GREETING.exec(s);
  if (good && good[0].length < s.length) line.start += good[0].length;
}

/** Removes a closing ("Thanks,\nAnna", "Best regards") at the very end, when content remains. */
function stripSignoff(text: string, lines: Line[]): void {
  // index of the last non-blank lines (look at most 6 back)
  const idx: number[] = [];
  for (let i = lines.length - 1; i >= 0 && idx.length < 6; i--) {
    const l = lines[i]!;
    if (l.end - l.start > 200) break;
    if (/\S/.test(text.slice(l.start, l.end))) idx.push(i);
  }
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const s = text.slice(lines[i]!.start, lines[i]!.end);
    const tail = idx.slice(0, k); // lines after this one
    const allNames = tail.every((j) => NAMEISH.test(text.slice(lines[j]!.start, lines[j]!.end)));
    if (!allNames) return;
    const isSignoff =
      SIGNOFF_WITH_NAME.test(s) ||
      SIGNOFF_LINE.test(s) ||
      (tail.length > 0 && SIGNOFF_WITH_BANG.test(s));
    if (isSignoff) {
      // keep only if something substantive precedes it
      const before = lines.slice(0, i).some((l) => /[\p{L}\p{N}]/u.test(text.slice(l.start, l.end)));
      if (before) lines.length = i;
      return;
    }
  }
}
