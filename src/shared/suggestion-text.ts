// How a suggestion reads where the agent sees it: the coach's panel and the popup.
import type { Suggestion } from '../analyzer/types';

/** What a suggestion shows: its text, and whether that is the sentence it rewrites. */
export interface SuggestionText {
  text: string;
  rewrites: boolean;
}

/**
 * How a suggestion reads in the coach and the popup. A replacement (`replace` over some of the
 * draft) is only a fragment (". T"), so it is shown and copied as the sentence it rewrites; an
 * insertion is its own text. A cut that leaves nothing of its sentence has no text ("", never its
 * label: there is nothing to copy).
 */
export function suggestionText(draft: string, suggestion: Suggestion): SuggestionText {
  const replace = suggestion.replace;
  if (!replace || replace.end <= replace.start || replace.end > draft.length) {
    return { text: suggestion.text.trim() || suggestion.label, rewrites: false };
  }
  const rewritten = draft.slice(0, replace.start) + suggestion.text + draft.slice(replace.end);
  let start = replace.start;
  while (start > 0 && !/[.!?\n]/.test(draft[start - 1]!)) start--;
  let end = replace.start + suggestion.text.length;
  // A replacement that ends the sentence itself ("." for "End with the apology") is the end.
  if (!/[.!?]\s*$/.test(suggestion.text)) {
    while (end < rewritten.length && !/[.!?\n]/.test(rewritten[end]!)) end++;
    while (end < rewritten.length && /[.!?]/.test(rewritten[end]!)) end++;
  }
  return { text: rewritten.slice(start, end).trim(), rewrites: true };
}
