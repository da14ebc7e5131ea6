// The library's reply snippets, offered where a missing-content rule fires: a snippet tagged with the
// rule's id ("next-step", "follow-up") is a ready-made way to add what is missing.
import type { CoachingLibrary } from '../library-shape';
import type { Suggestion } from '../types';
import { fillPlaceholders, glueAtEnd } from '../text/compose';
import type { RuleContext } from './types';

const MAX_SNIPPETS = 2;

export function snippetSuggestions(ctx: RuleContext, tag: string, at: number): Suggestion[] {
  const snippets: CoachingLibrary['snippets'] = Array.isArray(ctx.library.snippets) ? ctx.library.snippets : [];
  return snippets
    .filter((snippet) => Array.isArray(snippet?.tags) && snippet.tags.includes(tag) && typeof snippet.text === 'string')
    .slice(0, MAX_SNIPPETS)
    .map((snippet) => {
      const text = fillPlaceholders(snippet.text, { name: ctx.name });
      return { label: `Snippet: ${snippet.title}`, text: glueAtEnd(ctx.draft, at, text) };
    });
}
