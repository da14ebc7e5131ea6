// schemaVersion 2: a rule's own title and message in the library (validated by place, upgraded from
// version 1, layered under a team library like the rest of a rule's setting).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { diffLibraries, layer, lockedEntries, mergeInto, personalPart } from '../../../src/library/merge';
import { migrate } from '../../../src/library/migrations';
import { MAX_PHRASE_LENGTH, MAX_RULE_TITLE_LENGTH, SCHEMA_VERSION, type PhraseLibrary } from '../../../src/library/schema';
import { parseLibraryText, validateLibrary, type LibraryResult } from '../../../src/library/validate';

const copy = (): PhraseLibrary => structuredClone(DEFAULT_LIBRARY);
const withBlame = (blame: Record<string, unknown>) => ({ ...copy(), rules: { ...DEFAULT_LIBRARY.rules, blame } }) as unknown as PhraseLibrary;

function errorsOf(result: LibraryResult) {
  if (result.ok) throw new Error('expected the library to be rejected');
  return result.errors;
}

describe('a rule’s own words', () => {
  it('schemaVersion is 2 and the default library is valid', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(validateLibrary(copy()).ok).toBe(true);
  });

  it('accepts a title and a message beside enabled and severity', () => {
    const result = validateLibrary(withBlame({ enabled: true, severity: 'warning', title: 'No finger-pointing', message: 'Say what happens now.' }));
    expect(result.ok && result.library.rules.blame).toEqual({ enabled: true, severity: 'warning', title: 'No finger-pointing', message: 'Say what happens now.' });
  });

  it('names the place of every bad value, with line and column in a file', () => {
    const bad = withBlame({ enabled: true, severity: 'warning', title: 'x'.repeat(MAX_RULE_TITLE_LENGTH + 1), message: '   ', tone: 'soft' });
    const errors = errorsOf(validateLibrary(bad));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/rules/blame/title', message: `is ${MAX_RULE_TITLE_LENGTH + 1} characters long; the limit is ${MAX_RULE_TITLE_LENGTH}` }),
        expect.objectContaining({ pointer: '/rules/blame/message', message: 'must not be blank' }),
        expect.objectContaining({ pointer: '/rules/blame/tone', message: 'unknown field "tone"; allowed: enabled, severity, title, message' }),
      ]),
    );
    expect(errorsOf(validateLibrary(withBlame({ enabled: true, severity: 'warning', message: 5 }))).map((e) => [e.pointer, e.message])).toEqual([['/rules/blame/message', 'must be text']]);
    expect(errorsOf(validateLibrary(withBlame({ enabled: true, severity: 'warning', message: 'y'.repeat(MAX_PHRASE_LENGTH + 1) })))[0]!.pointer).toBe('/rules/blame/message');
    const text = JSON.stringify(withBlame({ enabled: true, severity: 'warning', title: '' }), null, 2);
    const [error] = errorsOf(parseLibraryText(text));
    expect(error).toMatchObject({ pointer: '/rules/blame/title', message: 'must not be empty' });
    expect(error!.line).toBe(text.slice(0, text.indexOf('"title": ""')).split('\n').length);
  });

  it('a version 1 file is upgraded to version 2 as it is', () => {
    const v1 = { ...copy(), schemaVersion: 1 } as unknown as Record<string, unknown>;
    expect(migrate(v1)).toEqual({ ...copy(), schemaVersion: 2 });
    const result = parseLibraryText(JSON.stringify(v1));
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.library.schemaVersion).toBe(2);
  });

  it('a team’s words are the team’s: layered first, locked, not kept in the agent’s part; a merge import takes the file’s', () => {
    const team = { ...withBlame({ enabled: true, severity: 'warning', message: 'Team words.' }), id: 'team', locked: true };
    const mine = withBlame({ enabled: true, severity: 'info', message: 'My words.' });
    expect(layer(team, mine).rules.blame?.message).toBe('Team words.');
    expect(lockedEntries(team).rules.has('blame')).toBe(true);
    expect(personalPart(layer(team, mine), team).rules.blame).toBeUndefined();
    expect(mergeInto(copy(), mine).rules.blame).toEqual({ enabled: true, severity: 'info', message: 'My words.' });
    expect(diffLibraries(copy(), mine)).toEqual([{ section: 'rules', kind: 'changed', label: 'blame: info, own wording' }]);
  });
});
