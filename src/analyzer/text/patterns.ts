// Regex helpers shared by the rules. Every pattern is compiled ONCE, at module load.
//
// Readable pattern sources: a literal space matches any run of whitespace and a straight
// apostrophe matches ' or ’, so rule data can be written as plain phrases
// ("that's our policy") and still match "that’s  our\npolicy".
// Patterns never nest unbounded quantifiers over overlapping alternatives, so matching stays linear
// (no catastrophic backtracking); long word lists live in Sets instead (see ./wordset).

/** Turns a readable pattern source into a regex source (space → \s+, ' → ['’]). */
export function readable(src: string): string {
  return src.replace(/ +/g, '\\s+').replace(/'/g, "['’]");
}

/** Escapes a literal string for use inside a regex. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
