// What a person wrote in an email, without the quoted history and the signature their mail client
// added: Gmail and Thunderbird ("On … wrote:"), Apple Mail ("On … at …, … wrote:", "Begin forwarded
// message:"), Outlook ("From: … Sent: …" after a rule, "-----Original Message-----"), "> " quotes,
// "-- " signatures and "Sent from my iPhone" footers.

// An attribution line ends with "wrote:" (or its translation); Gmail may wrap it over two lines.
const ATTRIBUTION = /^\s*(On|Am|Le|El|Il|Op)\s.{0,300}(wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s?:\s*$/i;
const SEPARATOR = /^\s*(-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}|Begin forwarded message:|_{10,})\s*$/i;
const OUTLOOK_FROM = /^\s*\*?(From|Von|De):\*?\s/i;
const OUTLOOK_NEXT = /^\s*\*?(Sent|Date|Gesendet|Envoyé|Enviado|To):\*?\s/i;
const SIGNATURE = /^(--\s?|Sent from my \w+.*|Sent from (Mail|Outlook) for .*|Get Outlook for \w+.*|Sent from Yahoo Mail.*|Envoyé de mon \w+.*|Von meinem \w+ gesendet.*)$/i;

/** Index of the first line of quoted history or signature, or lines.length when none. */
export function quoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (SIGNATURE.test(line.trimEnd())) return i;
    if (SEPARATOR.test(line)) return i;
    if (ATTRIBUTION.test(line)) return i;
    const next = lines[i + 1];
    if (/^\s*(On|Am|Le|El)\s/i.test(line) && next !== undefined && ATTRIBUTION.test(`${line.trimEnd()} ${next.trim()}`)) return i;
    if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 4).some((candidate) => OUTLOOK_NEXT.test(candidate))) return i;
    if (/^>/.test(line) && lines.slice(i).every((rest) => rest.startsWith('>') || !rest.trim())) return i;
  }
  return lines.length;
}

/** The new text of a message: quoted history, interleaved "> " lines and the signature removed. */
export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const own = lines.slice(0, quoteStart(lines)).filter((line) => !line.startsWith('>'));
  return own.join('\n').trim();
}

/** Whether line `i` starts the quoted history (an attribution, a separator, an Outlook header block, "> "). */
function startsQuote(lines: string[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  return (
    SEPARATOR.test(line) ||
    ATTRIBUTION.test(line) ||
    (/^\s*(On|Am|Le|El)\s/i.test(line) && next !== undefined && ATTRIBUTION.test(`${line.trimEnd()} ${next.trim()}`)) ||
    (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 4).some((candidate) => OUTLOOK_NEXT.test(candidate))) ||
    line.startsWith('>')
  );
}

/**
 * The quoted message a reply answers (the first quoted block, its "> " markers, attribution and
 * header lines removed), for when that message is not in the export; '' when the reply quotes nothing.
 */
export function quotedText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((_, i) => startsQuote(lines, i));
  if (start < 0) return '';
  const rest = lines.slice(start).map((line) => line.replace(/^> ?/, ''));
  let from = 0;
  const skippable = (i: number) =>
    !rest[i]!.trim() || SEPARATOR.test(rest[i]!) || ATTRIBUTION.test(rest[i]!) || /^\s*\*?(From|Sent|Date|To|Cc|Subject):/i.test(rest[i]!) || (i === 0 && /^\s*(On|Am|Le|El)\s/i.test(rest[i]!));
  while (from < rest.length && skippable(from)) from++;
  return stripQuoted(rest.slice(from).join('\n'));
}
