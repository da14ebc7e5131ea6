import { expect, it } from 'vitest';
import { reviewDraft } from '../../../src/analyzer/review';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';

const draft = 'Hi Priya,\n\nThanks for your message about the billing issue.\n\nBest,\nSam';

it('where next-step or follow-up fires, the library’s snippets with that tag are offered, name filled in', () => {
  const library = {
    ...DEFAULT_LIBRARY,
    snippets: [
      { id: 'a', title: 'What happens next', text: 'Here is what happens next, {name}: I will refund {issue} today.', tags: ['next-step'] },
      { id: 'b', title: 'Check back', text: "I'll check back with you by Friday, {name}.", tags: ['follow-up'] },
      { id: 'c', title: 'Closing', text: 'Have a great day!', tags: ['closing'] },
    ],
  };
  const { findings } = reviewDraft({ draft, customer: { text: 'My bill is wrong.', name: 'Priya' }, library });
  const nextStep = findings.find((finding) => finding.rule === 'next-step')!;
  const followUp = findings.find((finding) => finding.rule === 'follow-up')!;
  expect(nextStep.suggestions.map((suggestion) => suggestion.label)).toEqual(['Add the next step', 'Snippet: What happens next']);
  expect(nextStep.suggestions[1]!.text).toBe(' Here is what happens next, Priya: I will refund this today.');
  expect(followUp.suggestions.map((suggestion) => suggestion.label)).toEqual(['Commit to a follow-up', 'Snippet: Check back']);
});

it('a library without snippets (or an older caller’s library) offers only the built-in suggestion', () => {
  const { snippets: _, ...withoutSnippets } = DEFAULT_LIBRARY;
  const { findings } = reviewDraft({ draft, library: withoutSnippets });
  expect(findings.find((finding) => finding.rule === 'next-step')!.suggestions).toHaveLength(1);
});

it('the default library offers at most two snippets per finding', () => {
  const { findings } = reviewDraft({ draft, customer: { text: 'My bill is wrong.', name: 'Priya' } });
  const nextStep = findings.find((finding) => finding.rule === 'next-step')!;
  expect(nextStep.suggestions.length).toBeGreaterThan(1);
  expect(nextStep.suggestions.length).toBeLessThanOrEqual(3);
  expect(nextStep.suggestions.every((suggestion) => !suggestion.text.includes('{'))).toBe(true);
});
