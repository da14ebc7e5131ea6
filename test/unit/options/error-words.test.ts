import { describe, expect, it } from 'vitest';
import { errorInWords, placeInWords } from '../../../src/options/error-words';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { parseLibraryText } from '../../../src/library/validate';

describe('library errors in words', () => {
  it('names the place as the options page does, then gives the pointer and the line', () => {
    const file = { ...DEFAULT_LIBRARY, acknowledgements: { ...DEFAULT_LIBRARY.acknowledgements, worried: [{ id: 'w', text: 'w'.repeat(612) }] } };
    const text = JSON.stringify(file, null, 2);
    const result = parseLibraryText(text);
    expect(result.ok).toBe(false);
    const [error] = result.ok ? [] : result.errors;
    const rows = text.split('\n');
    const line = rows.findIndex((row) => row.includes('"text": "www')) + 1;
    const column = rows[line - 1]!.indexOf('"text"') + 1;
    expect(errorInWords(error!)).toEqual({
      words: 'Worried, phrase 1: is 612 characters long; the limit is 500',
      where: `/acknowledgements/worried/0/text, line ${line}, column ${column}`,
    });
  });

  it.each([
    ['/acknowledgements/worried/0/id', 'Worried, phrase 1, id'],
    ['/acknowledgements/neutral', 'Calm (neutral)'],
    ['/acknowledgements/sleepy', 'Feelings'],
    ['/avoid/2/alternatives/0', 'Avoid list, entry 3, alternative 1'],
    ['/avoid/0/rule', 'Avoid list, entry 1, rule'],
    ['/snippets/1/tags/3', 'Snippet 2, tag 4'],
    ['/snippets/1/title', 'Snippet 2, title'],
    ['/rules/apology-but/severity', "Rules, Drop 'sorry, but', level"],
    ['/rules/made-up', 'Rules, “made-up”'],
    ['/rules/shouting/title', 'Rules, No shouting, title'],
    ['/schemaVersion', 'Schema version'],
    ['/somethingElse', ''],
  ])('%s reads “%s”', (pointer, words) => {
    expect(placeInWords(pointer)).toBe(words);
  });

  it('says a whole-file problem as it is, with its line; a stored library has no line', () => {
    expect(errorInWords({ pointer: '/', message: 'This is not valid JSON: unexpected character.', line: 3, column: 2 })).toEqual({
      words: 'This is not valid JSON: unexpected character.',
      where: 'line 3, column 2',
    });
    expect(errorInWords({ pointer: '/avoid/0/message', message: 'is required' })).toEqual({ words: 'Avoid list, entry 1, message: is required', where: '/avoid/0/message' });
  });
});
