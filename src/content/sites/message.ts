// Turning a message element into the text the agent should empathise with, and a name into a first name.
import { readText, squash } from '../dom/text';

// Lines that end a message's own text: a signature delimiter, a reply header, a forwarded block.
const CUT_AT = [
  /^-- ?$/,
  /^_{5,}$/,
  /^-{3,} ?(original message|forwarded message|ursprüngliche nachricht|message d'origine) ?-{3,}$/i,
  /^am .{4,160} schrieb .{1,120}:$/i,
  /^le .{4,160} a écrit ?:$/i,
  /^el .{4,160} escribió:$/i,
  /^op .{4,160} schreef .{1,120}:$/i,
  /^il giorno .{4,160} ha scritto:$/i,
  // "On … wrote:"; Apple Mail: "On 14 Apr 2026, at 11:03, Name <a@b> wrote:"; Thunderbird: "On 14/04/2026 11:03, Name wrote:".
  /^on .{4,200} wrote ?:$/i,
];

// Outlook's reply header: "From: …" followed within three lines by "Sent: …" (or "Date:"), in several languages.
const OUTLOOK_FROM = /^\*?(from|de|von|van|da|från|fra|od)\s?:\*?\s+\S/i;
const OUTLOOK_SENT = /^\*?(sent|date|envoyé|gesendet|datum|enviado|enviada|verzonden|inviato|data|skickat|sendt|wysłane)\s?:\*?\s+\S/i;

/** True when a reply header starts at `lines[i]` (it may wrap onto the next line). */
function quoteStartsAt(lines: readonly string[], i: number): boolean {
  const line = (lines[i] as string).trim();
  if (CUT_AT.some((pattern) => pattern.test(line))) return true;
  const next = lines[i + 1]?.trim() ?? '';
  if (next && /^(on|am|le|el|op) /i.test(line) && CUT_AT.some((pattern) => pattern.test(`${line} ${next}`))) return true;
  if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 4).some((after) => OUTLOOK_SENT.test(after.trim()))) return true;
  // Two or more lines quoted with ">" in a row: the earlier mail, quoted in plain text.
  return line.startsWith('>') && (lines[i + 1]?.trim().startsWith('>') ?? false);
}

// Signature lines added by mail apps at the end of a message.
const TRAILING = [/^sent from my [\w ]{1,30}$/i, /^get outlook for [\w ]{1,20}$/i, /^sent from (yahoo )?mail for [\w ]{1,20}$/i];

/** Leaves out quoted history and app signatures that the page did not mark up; null when nothing is left. */
export function cleanMessage(text: string): string | null {
  const lines = text.split('\n').map((line) => line.trimEnd());
  let end = lines.length;
  for (let i = 1; i < lines.length; i++) {
    if (quoteStartsAt(lines, i)) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end);
  // Blank lines and app signatures at the end go, however many there are.
  const trailing = (line: string) => !line.trim() || TRAILING.some((pattern) => pattern.test(line.trim()));
  while (kept.length && trailing(kept.at(-1)!)) kept.pop();
  const result = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return result || null;
}

/** A message element's text, leaving out `ignore` (quotes, signatures), cleaned up. */
export function messageText(element: Element, ignore?: string): string | null {
  return cleanMessage(readText(element, { ignore }).text);
}

/** The customer's first name from what the page shows (one function for the whole extension). */
export { firstName } from '../../analyzer/text/compose';

/** Collapsed text content of the first element matching `selector` in `root`. */
export function textOf(root: ParentNode, selector: string): string | null {
  return squash(root.querySelector(selector)?.textContent ?? '') || null;
}
