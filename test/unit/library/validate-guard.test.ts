// Library files and stored values that used to crash the validator or slip through it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { parseLibraryText, validateLibrary } from '../../../src/library/validate';

const json = JSON.stringify(DEFAULT_LIBRARY, null, 2);

describe('library files that cannot hurt the validator', () => {
  it('a file nested 100,000 deep is refused with a clear error, not a stack overflow', () => {
    const text = `{"schemaVersion":1,"snippets":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = parseLibraryText(text);
    expect(result).toEqual({ ok: false, errors: [{ pointer: '/', message: expect.stringMatching(/nested more than 32 levels deep/), line: 1, column: expect.any(Number) }] });
  });

  it('a stored value nested deep is refused too (no recursion)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = validateLibrary({ ...structuredClone(DEFAULT_LIBRARY), snippets: deep });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(/nested more than 32 levels deep/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('"%s" is an unknown field wherever it is, with its place', (key) => {
    for (const [at, pointer] of [
      ['"acknowledgements": {', `/acknowledgements/${key}`],
      ['"rules": {', `/rules/${key}`],
      ['{\n  "schemaVersion"', `/${key}`],
    ] as const) {
      const text = at.startsWith('{') ? json.replace(at, `{\n  "${key}": {"x": 1},\n  "schemaVersion"`) : json.replace(at, `${at}\n    "${key}": {"x": 1},`);
      const result = parseLibraryText(text);
      expect(result.ok, pointer).toBe(false);
      expect(!result.ok && result.errors[0]).toMatchObject({ pointer, message: `unknown field "${key}"`, line: expect.any(Number) });
    }
    // A stored value (storage, policy) with such an own key is refused the same way.
    const stored = JSON.parse(json.replace('"avoid": [', `"avoid": [{"${key}": 1},`)) as unknown;
    const result = validateLibrary(stored);
    expect(!result.ok && result.errors[0]).toMatchObject({ pointer: `/avoid/0/${key}`, message: `unknown field "${key}"` });
  });
});
