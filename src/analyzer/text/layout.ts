// Where things are in a draft: the greeting, the body, the sign-off and any quoted history.
// Missing-content findings point at these places (DESIGN.md "Vocabulary").

export interface Greeting {
  start: number;
  /** End of the greeting clause, after its punctuation ("Hi Priya," → after the comma). */
  end: number;
  /** The greeting word(s) as typed: "Hi", "Good morning", "Dear". */
  word: string;
  /** The punctuation that closed the greeting ("," "!" …) or "" when none. */
  punct: string;
}

export interface Layout {
  /** Index of the first non-whitespace character (draft.length when there is none). */
  start: number;
  greeting: Greeting | null;
  /** Insertion point for content that belongs right after the greeting (or at the start). */
  afterGreeting: number;
  /** Start of the sign-off block ("Best,\nSam"), or null. */
  signoffStart: number | null;
  /** Insertion point at the end of the body: before the sign-off, else the end of the text. */
  bodyEnd: number;
  /** End of the agent's own text: quoted history ("> …", "On … wrote:") after it is not analysed. */
  end: number;
}

const GREETING_WORD_RE =
  /(?:hi|hello|hey|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|hallo|moin|servus|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|hola|buenos d[ií]as|buenas (?:tardes|noches)|estimad[oa]s?|bonjour|bonsoir|salut|cher|ch[eè]re|ciao|buongiorno|buonasera|gentile|ol[áa]|bom dia|boa tarde|prezad[oa]|hej|hoi|beste|geachte|witam|dzie[nń] dobry)(?![A-Za-z0-9\u00c0-\u024f])/iy;

const TITLE_RE = /(?:^|\s)(?:mr|mrs|ms|mx|dr|prof|st)$/i;
const NAME_TOKEN_RE = /[ \t]+([A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’-]*)/y;

const QUOTE_RE =
  /^(?:>|On [^\n]{1,200}wrote:[ \t]*$|-{2,}[ \t]*(?:Original Message|Forwarded message)|From:[^\n]{0,200}\n(?:Sent|Date):)/im;

// A sign-off line: the phrase (any case), then optionally punctuation and a capitalised name ("Best, Sam").
const SIGNOFF_PHRASE_RE =
  /^[ \t]*(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|warmly|regards|cheers|thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|many thanks|with thanks|sincerely(?: yours)?|yours(?: sincerely| truly)?|all the best|take care|talk soon|speak soon|have a (?:great|good|nice|lovely) (?:day|week|weekend|evening)|mit freundlichen gr[üu](?:ß|ss)en|viele gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|liebe gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e|saludos|atentamente|cordialement|bien cordialement|cordiali saluti|saluti|atenciosamente|met vriendelijke groet)(?![A-Za-z0-9\u00c0-\u024f])/i;
const SIGNOFF_REST_RE = /^[ \t]*[,.!—–-]?[ \t]*(?:[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’.-]*(?:[ \t]+[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’.-]*){0,3})?[ \t]*[,.!]?[ \t]*$/;

function isSignoffLine(line: string): boolean {
  const m = SIGNOFF_PHRASE_RE.exec(line);
  return m !== null && SIGNOFF_REST_RE.test(line.slice(m[0].length));
}

const SIG_DELIM_RE = /^-- ?$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEndIndex(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Finds the greeting clause at the start of the text ("Hi Priya," / "Dear Mr. Smith," / "Hello there!"). */
export function findGreeting(text: string, start: number, end: number): Greeting | null {
  GREETING_WORD_RE.lastIndex = start;
  const m = GREETING_WORD_RE.exec(text);
  GREETING_WORD_RE.lastIndex = 0;
  if (!m || start + m[0].length > end) return null;
  const wordEnd = start + m[0].length;
  // Scan the rest of the line (at most 60 characters) for the clause's punctuation.
  const limit = Math.min(end, wordEnd + 60);
  let words = 0;
  let inWord = false;
  for (let i = wordEnd; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      // A greeting line without punctuation ("Hi Priya\n"): ends at the end of its text.
      if (words <= 4) return { start, end: trimEndIndex(text, wordEnd, i), word: m[0], punct: '' };
      break;
    }
    if (ch === ',' || ch === '!' || ch === ':' || ch === ';' || ch === '—' || ch === '–') {
      return words <= 4 ? { start, end: i + 1, word: m[0], punct: ch } : fallback();
    }
    if (ch === '.') {
      if (TITLE_RE.test(text.slice(Math.max(wordEnd, i - 6), i))) continue;
      return words <= 4 ? { start, end: i + 1, word: m[0], punct: ch } : fallback();
    }
    if (ch === '?') break;
    const space = ch === ' ' || ch === '\t';
    if (!space && !inWord) words++;
    inWord = !space;
    if (words > 4) break;
  }
  if (limit === end && words <= 4 && end - wordEnd <= 60) {
    return { start, end: trimEndIndex(text, wordEnd, end), word: m[0], punct: '' };
  }
  return fallback();

  function fallback(): Greeting {
    // "Hi Priya thanks for…": the greeting is the word plus capitalised name tokens.
    let e = wordEnd;
    for (let k = 0; k < 2; k++) {
      NAME_TOKEN_RE.lastIndex = e;
      const n = NAME_TOKEN_RE.exec(text);
      if (!n || e + n[0].length > end) break;
      e += n[0].length;
    }
    NAME_TOKEN_RE.lastIndex = 0;
    return { start, end: e, word: m![0], punct: '' };
  }
}

/** Start of quoted history in the draft, or text.length. */
export function findQuoteStart(text: string): number {
  QUOTE_RE.lastIndex = 0;
  const m = QUOTE_RE.exec(text);
  return m ? m.index : text.length;
}

/** Start of the sign-off block ("Best,\nSam" / "-- \nSam"), looking at the last few lines only. */
export function findSignoff(text: string, from: number, end: number): number | null {
  // Collect up to 5 non-empty lines from the end, bottom-up.
  const lines: { start: number; end: number }[] = [];
  let e = trimEndIndex(text, from, end);
  while (e > from && lines.length < 5) {
    let s = text.lastIndexOf('\n', e - 1) + 1;
    if (s < from) s = from;
    const line = { start: s, end: e };
    if (text.slice(s, e).trim() !== '') lines.push(line);
    if (s === from) break;
    e = trimEndIndex(text, from, s - 1);
  }
  let found: number | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const str = text.slice(line.start, line.end);
    if (isSignoffLine(str) || SIG_DELIM_RE.test(str.trim())) {
      found = line.start;
      continue;
    }
    // Lines under a sign-off are short name/title lines; a sentence ends the search.
    if (str.length > 60 || /[.?!]\s*$/.test(str) && str.trim().split(/\s+/).length > 4) break;
  }
  if (found !== null && found <= from) return null; // the whole text is a sign-off: not a body
  return found;
}

/** Computes the draft's layout in one pass over its start and its last lines. */
export function layoutOf(text: string): Layout {
  const end = findQuoteStart(text);
  const start = skipSpace(text, 0, end);
  if (start >= end) {
    return { start: end, greeting: null, afterGreeting: 0, signoffStart: null, bodyEnd: 0, end };
  }
  const greeting = findGreeting(text, start, end);
  const afterGreeting = greeting ? greeting.end : 0;
  const bodyFrom = greeting ? greeting.end : start;
  const signoffStart = findSignoff(text, bodyFrom, end);
  const bodyEnd = signoffStart !== null ? trimEndIndex(text, bodyFrom, signoffStart) : trimEndIndex(text, bodyFrom, end);
  return { start, greeting, afterGreeting, signoffStart, bodyEnd: Math.max(bodyEnd, afterGreeting), end };
}
