// Regex helpers shared by the rules. Every pattern is compiled ONCE, at module load.
//
// Readable pattern sources: a literal space matches any run of whitespace and a straight
// apostrophe matches ' or ’, so rule data can be written as plain phrases
// ("that's our policy") and still match "that’s  our\npolicy".
// Patterns never nest unbounded quantifiers, so matching stays linear (no catastrophic backtracking).

/** Turns a readable pattern source into a regex source (space → \s+, ' → ['’]). */
export function readable(src: string): string {
  return src.replace(/ +/g, '\\s+').replace(/'/g, "['’]");
}

/** Compiles a readable pattern source (whole words: \b on both sides). Flags default to gi. */
export function words(src: string, flags = 'gi'): RegExp {
  return new RegExp(`\\b(?:${readable(src)})\\b`, flags);
}

/** Compiles a list of readable alternatives into one whole-word regex. */
export function anyOf(list: readonly string[], flags = 'gi'): RegExp {
  return words(list.join('|'), flags);
}

/** Escapes a literal string for use inside a regex. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `re` (global or sticky or neither) matches anywhere in text[0, end). */
export function testIn(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const ok = re.test(text);
  re.lastIndex = 0;
  return ok;
}

/**
 * Calls `fn` for each match of a global regex, safely (zero-length matches advance; lastIndex is
 * reset before and after). Return false from `fn` to stop.
 */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => boolean | void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  try {
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      if (fn(m) === false) break;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** The first match of a global regex in text, or null. */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}
