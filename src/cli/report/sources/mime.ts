// Just enough MIME to read what a person wrote: headers (folded, RFC 2047 encoded words), multipart
// bodies (text/plain preferred, else text/html as text), quoted-printable and base64, charsets.
import { htmlToText } from './text';

export type Headers = Map<string, string>;

/** Headers (lower-case names, first occurrence wins) and the index of the body's first line. */
export function parseHeaders(lines: string[], from = 0): { headers: Headers; body: number } {
  const headers: Headers = new Map();
  let current: string | null = null; // the header that folded lines continue (null: one already seen)
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || line === '\r') return { headers, body: i + 1 };
    if (/^[ \t]/.test(line)) {
      if (current) headers.set(current, `${headers.get(current)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    current = headers.has(name) ? null : name;
    if (current) headers.set(current, line.slice(colon + 1).trim());
  }
  return { headers, body: i };
}

function decoder(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder((charset || 'utf-8').toLowerCase());
  } catch {
    return new TextDecoder('utf-8');
  }
}

function quotedPrintable(text: string): Uint8Array {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const char = soft[i]!;
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const byte of Buffer.from(char, 'utf8')) bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}

/** RFC 2047: "=?UTF-8?B?…?=" and "=?iso-8859-1?Q?…?=" in a header. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BQbq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BQbq])\?([^?]*)\?=/g, (_, charset: string, kind: string, text: string) => {
      const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' '));
      return decoder(charset.split('*')[0]).decode(bytes);
    });
}

function param(header: string | undefined, key: string): string | undefined {
  const match = header?.match(new RegExp(`(?:^|;)\\s*${key}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i'));
  return match ? (match[1] ?? match[2]) : undefined;
}

function decodeBody(lines: string[], headers: Headers): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase().trim();
  const charset = param(headers.get('content-type'), 'charset');
  const raw = lines.join('\n');
  if (encoding === 'base64') return decoder(charset).decode(Buffer.from(raw.replace(/\s+/g, ''), 'base64'));
  if (encoding === 'quoted-printable') return decoder(charset).decode(quotedPrintable(raw));
  return raw;
}

/** The text of a message body: its text/plain part, else its text/html part as text; '' when none. */
export function bodyText(lines: string[], headers: Headers, depth = 0): string {
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = param(headers.get('content-type'), 'boundary');
    if (!boundary) return '';
    const parts: { headers: Headers; lines: string[] }[] = [];
    let current: string[] | null = null;
    for (const line of lines) {
      const trimmed = line.trimEnd();
      if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
        if (current) {
          const { headers: partHeaders, body } = parseHeaders(current);
          parts.push({ headers: partHeaders, lines: current.slice(body) });
        }
        current = trimmed.endsWith('--') && trimmed !== `--${boundary}` ? null : [];
        continue;
      }
      current?.push(line);
    }
    const kind = (part: { headers: Headers }) => (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
    const attachment = (part: { headers: Headers }) => /attachment/i.test(part.headers.get('content-disposition') ?? '');
    const order = [
      parts.find((part) => kind(part).startsWith('text/plain') && !attachment(part)),
      parts.find((part) => kind(part).startsWith('multipart/')),
      parts.find((part) => kind(part).startsWith('text/html') && !attachment(part)),
    ];
    for (const part of order) {
      if (!part) continue;
      const text = bodyText(part.lines, part.headers, depth + 1);
      if (text.trim()) return text;
    }
    return '';
  }
  if (type.startsWith('text/html')) return htmlToText(decodeBody(lines, headers));
  if (type.startsWith('text/') || !headers.has('content-type')) return decodeBody(lines, headers);
  return '';
}

/** "Priya Raman <priya@example.com>" → name and lower-case address. */
export function parseAddress(value: string | undefined): { name: string; email: string } {
  const text = decodeWords(value ?? '').trim();
  const angle = text.match(/^(.*?)<([^>]+)>/);
  if (angle) return { name: angle[1]!.trim().replace(/^"|"$/g, '').trim(), email: angle[2]!.trim().toLowerCase() };
  const paren = text.match(/^(\S+@\S+)\s*\((.*)\)$/);
  if (paren) return { name: paren[2]!.trim(), email: paren[1]!.toLowerCase() };
  return { name: '', email: text.toLowerCase() };
}

/** Message ids in a header, in order, without angle brackets. */
export function messageIds(value: string | undefined): string[] {
  return [...(value ?? '').matchAll(/<([^<>\s]+)>/g)].map((match) => match[1]!);
}
