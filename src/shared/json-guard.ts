// Guards for JSON from outside (library files, policies, CLI lines): nesting deeper than a limit is
// refused before any recursive parser or validator sees it (no stack overflow), and the keys
// __proto__, constructor and prototype are refused as unknown fields (never assigned, never inherited).

/** Deeper than any library or CLI record needs (a library is 4 levels deep). */
export const MAX_JSON_DEPTH = 32;
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The offset of the bracket that nests deeper than `max` in JSON text (strings skipped), or -1. One pass. */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) {
      inString = true;
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > max) return i;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      depth--;
    }
  }
  return -1;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks a parsed value without recursion: the JSON pointer and message of the first forbidden key
 * or of nesting deeper than `max`, or null.
 */
export function checkValue(value: unknown, max = MAX_JSON_DEPTH): { pointer: string; message: string } | null {
  const stack: [unknown, string, number][] = [[value, '', 0]];
  while (stack.length > 0) {
    const [current, pointer, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= max) return { pointer: pointer || '/', message: `is nested more than ${max} levels deep` };
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return { pointer: `${pointer}/${escapePointer(key)}`, message: `unknown field "${key}"` };
      stack.push([(current as Record<string, unknown>)[key], `${pointer}/${escapePointer(key)}`, depth + 1]);
    }
  }
  return null;
}

export type SafeJson = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse that refuses deep nesting first and forbidden keys after; never throws. */
export function parseJsonSafely(text: string, max = MAX_JSON_DEPTH): SafeJson {
  const deep = tooDeepAt(text, max);
  if (deep >= 0) return { ok: false, message: `nested more than ${max} levels deep (at character ${deep + 1})` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `invalid JSON (${(error as Error).message})` };
  }
  const problem = checkValue(value, max + 1);
  return problem ? { ok: false, message: `${problem.pointer}: ${problem.message}` } : { ok: true, value };
}
