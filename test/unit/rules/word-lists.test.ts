// Word lists are written once: no entry twice in a list, and one list per job (the acronyms that
// are not shouting, the intensifiers).
import { describe, expect, it } from 'vitest';
import { DONE_VERBS, INSTRUCTION_VERBS } from '../../../src/analyzer/rules/lexicon';
import { ACRONYM_LIST, ACRONYMS } from '../../../src/analyzer/rules/shouting';
import { INTENSIFIERS } from '../../../src/analyzer/text/intensifiers';
import { INTENSITY_WORDS } from '../../../src/analyzer/feeling/cues';
import { wordSet } from '../../../src/analyzer/text/wordset';
import { firstName } from '../../../src/analyzer/text/compose';
import { firstName as pageFirstName } from '../../../src/content/sites/message';

describe('word lists', () => {
  it('lists no word twice', () => {
    for (const set of [INSTRUCTION_VERBS, DONE_VERBS]) expect(set.listed).toBe(set.entries.size);
    expect(wordSet(['install', 'Install ', 'log in']).listed).toBe(3);
    const twice = ACRONYM_LIST.filter((word, i) => ACRONYM_LIST.indexOf(word) !== i);
    expect(twice).toEqual([]);
    expect(ACRONYMS.size).toBe(ACRONYM_LIST.length);
  });

  it('the feeling detector’s intensity words include the one intensifier list', () => {
    for (const word of INTENSIFIERS) expect(INTENSITY_WORDS.has(word)).toBe(true);
  });
});

describe('the customer’s first name', () => {
  it('is read by one function, for the page and the review alike', () => {
    expect(pageFirstName).toBe(firstName);
    expect(firstName('Dr. Ana Ruiz')).toBe('Ana');
    expect(firstName('Raman, Priya')).toBe('Priya');
    expect(firstName('PRIYA RAMAN')).toBe('Priya');
    expect(firstName('"Priya" Raman')).toBe('Priya');
    expect(firstName('support@example.com')).toBeNull();
    expect(firstName('Customer')).toBeNull();
  });
});
