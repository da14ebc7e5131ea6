// Small string helpers for building suggestions: names, placeholders, capitals, insertion glue.

// A first name: up to 40 characters, no digits, symbols or spaces (any script's letters are fine).
const NAME_BAD_RE = /[\d\s@#$%^&*()=+[\]{}<>/\\|~`"?!;:,_]/;
const NOT_NAMES = new Set(['customer', 'client', 'user', 'sir', 'madam', 'team', 'support', 'there', 'unknown', 'n/a', 'none', 'null', 'undefined']);
const HONORIFICS = /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam|herr|frau|mme|mlle|m|sr|sra|srta)\.?$/i;

/**
 * The words of a name as it is written in a reply, given name first and without titles ("Raman, Priya"
 * → Priya, Raman; "Dr. Ana Ruiz" → Ana, Ruiz), or null for what is no name (an e-mail address, too long).
 */
function nameWords(raw: string | undefined | null): string[] | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.length > 80 || trimmed.includes('@')) return null;
  // "Raman, Priya" → "Priya Raman"
  const parts = trimmed.includes(',') ? trimmed.split(',').reverse().map((s) => s.trim()) : [trimmed];
  return parts.join(' ').split(' ').filter((word) => !HONORIFICS.test(word));
}

/**
 * The customer's first name as it should appear in a reply, or null: "priya raman" → "Priya",
 * "Raman, Priya" → "Priya", "Dr. Ana Ruiz" → "Ana"; an e-mail address or a word that is no name → null.
 * The one place a name is read (the site adapters and the review both ask it).
 */
export function firstName(raw: string | undefined | null): string | null {
  const words = nameWords(raw);
  if (!words) return null;
  const first = (words[0] ?? '').replace(/^["'‘“(]+/, '').replace(/["'’”),.;:!?]+$/, '');
  if (!first || first.length > 40 || NAME_BAD_RE.test(first) || /^['’.-]/.test(first) || NOT_NAMES.has(first.toLowerCase())) return null;
  // Shouted or all-lower names get a capital first letter ("PRIYA" / "priya" → "Priya").
  if (first === first.toUpperCase() || first === first.toLowerCase()) {
    return first.charAt(0).toUpperCase() + first.slice(1).toLowerCase();
  }
  return first;
}

/**
 * The customer's surname, for "title and surname" ("Dear Mrs Voss"), or null: the last word of a full
 * name ("Priya Raman" → "Raman", "Raman, Priya" → "Raman"), else the word after the first name where
 * the customer signs ("…\nHannelore Voss" → "Voss").
 */
export function surnameOf(raw: string | undefined | null, customerText: string, first: string | null): string | null {
  if (!first) return null;
  const words = nameWords(raw);
  const last = words && words.length > 1 ? words[words.length - 1]!.replace(/[.,;:]+$/, '') : undefined;
  if (last && SURNAME.test(last)) return last;
  // The last place the first name is followed by a capitalised word on the same line (the sign-off).
  let found: string | null = null;
  const tail = customerText.length > 4000 ? customerText.slice(-4000) : customerText;
  for (let i = tail.indexOf(first); i >= 0; i = tail.indexOf(first, i + first.length)) {
    const m = AFTER_FIRST.exec(tail.slice(i + first.length, i + first.length + 42));
    if (m && (i === 0 || !/[\p{L}\p{M}]/u.test(tail[i - 1]!))) found = m[1]!;
  }
  return found;
}
const SURNAME = /^\p{Lu}[\p{L}\p{M}'’-]{1,39}$/u;
const AFTER_FIRST = /^ (\p{Lu}[\p{L}\p{M}'’-]{1,39})(?![\p{L}\p{M}])/u;

/** Upper-cases the first letter. */
export function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

// `(?<![ \t])` starts a match only where a run of blanks starts (where the leftmost match starts
// anyway): without it a long run of blanks is retried from each of its positions (quadratic).
const DROP = {
  name: [/^\s*\{name\}[,;:]?\s*/, /(?<![ \t])[ \t]*,[ \t]*\{name\}(?=[,.;:!?)]|\s|$)/g, /(?<![ \t])[ \t]*\{name\}/g],
  agent: [/^\s*\{agent\}[,;:]?\s*/, /(?<![ \t])[ \t]*,[ \t]*\{agent\}(?=[,.;:!?)]|\s|$)/g, /(?<![ \t])[ \t]*\{agent\}/g],
} as const;

/**
 * Fills {name}, {issue} and {agent}. Without a name, the placeholder and the comma or space tied to it
 * go ("I can see how frustrating this has been, {name}." → "I can see how frustrating this has been.";
 * "{name}, I completely understand" → "I completely understand").
 */
export function fillPlaceholders(template: string, vars: { name?: string | null; issue?: string | null; agent?: string | null }): string {
  let s = template;
  for (const key of ['name', 'agent'] as const) {
    const value = vars[key];
    const token = `{${key}}`;
    if (!s.includes(token)) continue;
    if (value) {
      s = s.split(token).join(value);
    } else {
      const atStart = s.trimStart().startsWith(token);
      const [lead, comma, bare] = DROP[key];
      s = s.replace(lead, '').replace(comma, '').replace(bare, '');
      if (atStart) s = capitalize(s);
      // Leftovers such as ", ." or " ," are tidied.
      s = s.replace(/,(\s*[.;:!?])/g, '$1').replace(/(?<![ \t])[ \t]+([,.;:!?])/g, '$1');
    }
  }
  if (s.includes('{issue}')) s = s.split('{issue}').join(vars.issue || 'this');
  return s;
}

/** True when position i of text begins a sentence (start, or after . ! ? or a blank line). */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0) {
    const ch = text[j]!;
    if (ch === '\n') return true;
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '(' || ch === '\u00a0') {
      j--;
      continue;
    }
    return ch === '.' || ch === '!' || ch === '?' || ch === ':';
  }
  return true;
}

/**
 * A "sentence" reaches at most this far either side of a match: text with no sentence end for pages
 * (30,000 characters of clichés) made every finding scan all of it, quadratic in the draft.
 */
export const MAX_SENTENCE_REACH = 400;

/** The sentence around [start, end): from after the previous terminator to after the next one. */
export function sentenceAround(text: string, start: number, end: number, limit = text.length): { start: number; end: number } {
  let s = start;
  const floor = Math.max(0, start - MAX_SENTENCE_REACH);
  limit = Math.min(limit, end + MAX_SENTENCE_REACH);
  while (s > floor) {
    const ch = text[s - 1]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\n') break;
    s--;
  }
  while (s < start && (text[s] === ' ' || text[s] === '\t')) s++;
  let e = end;
  while (e < limit) {
    const ch = text[e]!;
    if (ch === '\n') break;
    e++;
    if (ch === '.' || ch === '!' || ch === '?') {
      while (e < limit && (text[e] === '.' || text[e] === '!' || text[e] === '?')) e++;
      break;
    }
  }
  return { start: s, end: e };
}

/**
 * Text to insert at `at` so that `phrase` reads as its own sentence there.
 * After a greeting line, the phrase gets its own paragraph (same line break as the text uses).
 */
export function glueAfter(text: string, at: number, phrase: string): string {
  if (at <= 0) {
    if (text.trim() === '') return phrase;
    return /^\s/.test(text) ? phrase : `${phrase} `;
  }
  const rest = text.slice(at, at + 8);
  const br = /^[ \t]*(\r?\n(?:[ \t]*\r?\n)?)/.exec(rest);
  if (br) return `${br[1]}${phrase}`;
  if (rest.trim() === '') return `\n\n${phrase}`;
  return ` ${phrase}`;
}

/**
 * A suggestion body that inserts `phrase` at `at` (after a greeting, or at the start). When the greeting
 * runs on inline into lower-case text ("Hi Priya, your refund…"), the next letter is capitalised so
 * the result reads "Hi Priya, I can see… Your refund…".
 */
export function insertAfter(text: string, at: number, phrase: string): { text: string; replace?: { start: number; end: number } } {
  if (at > 0) {
    let k = at;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    const ch = text[k];
    if (k > at && ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase()) {
      return { text: ` ${phrase} ${ch.toUpperCase()}`, replace: { start: at, end: k + 1 } };
    }
  }
  return { text: glueAfter(text, at, phrase) };
}

/** Text to insert at the end of the body (`at`) so `phrase` follows the last sentence. */
export function glueAtEnd(text: string, at: number, phrase: string): string {
  if (at <= 0) return phrase;
  const prev = text[at - 1]!;
  if (prev.toLowerCase() !== prev.toUpperCase() || /[0-9)"'’”]/.test(prev)) return `. ${phrase}`;
  return ` ${phrase}`;
}
