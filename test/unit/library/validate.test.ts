import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { SCHEMA_VERSION, type PhraseLibrary } from '../../../src/library/schema';
import { decodeFile, formatError, parseLibraryText, validateLibrary, type LibraryResult } from '../../../src/library/validate';

const copy = (): PhraseLibrary => structuredClone(DEFAULT_LIBRARY);
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

function errorsOf(result: LibraryResult | { ok: true; text: string }) {
  if (result.ok) throw new Error('expected the library to be rejected');
  return result.errors;
}

/** The line (1-based) of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('a valid library', () => {
  it('the default library is valid and comes back unchanged', () => {
    const result = parseLibraryText(pretty(DEFAULT_LIBRARY));
    expect(result).toEqual({ ok: true, library: DEFAULT_LIBRARY });
  });

  it('a byte-order mark and Windows line ends are fine', () => {
    expect(parseLibraryText(`\ufeff${pretty(DEFAULT_LIBRARY).replace(/\n/g, '\r\n')}`).ok).toBe(true);
  });

  it('HTML in a phrase is kept as plain text, not rejected or altered', () => {
    const library = copy();
    library.acknowledgements.worried![0]!.text = '<script>alert(1)</script> I understand, {name}.';
    const result = parseLibraryText(pretty(library));
    expect(result.ok && result.library.acknowledgements.worried![0]!.text).toBe('<script>alert(1)</script> I understand, {name}.');
  });
});

describe('bad input is rejected with a message that names the place', () => {
  it('invalid JSON: line and column of the problem', () => {
    const text = '{\n  "schemaVersion": 1,\n  "name": "x",\n}';
    const [error] = errorsOf(parseLibraryText(text));
    expect(error).toMatchObject({ pointer: '/', line: 4, column: 1 });
    expect(formatError(error!)).toBe('This is not valid JSON: a comma before a closing bracket. (line 4, column 1)');
    expect(errorsOf(parseLibraryText('{"a" 1}'))[0]!.message).toContain('colon expected');
    expect(errorsOf(parseLibraryText('{"a": tru}'))[0]).toMatchObject({ line: 1, column: 7 });
  });

  it('an empty or blank file', () => {
    for (const text of ['', '   \n\t ']) expect(errorsOf(parseLibraryText(text))[0]!.message).toMatch(/^The file is empty/);
    const decoded = decodeFile(new Uint8Array());
    expect(decoded.ok && errorsOf(parseLibraryText(decoded.text))[0]!.message).toMatch(/^The file is empty/);
  });

  it('a binary file or one that is not UTF-8', () => {
    expect(errorsOf(decodeFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).at(0)!.message).toMatch(/not a text file/);
    expect(errorsOf(decodeFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).at(0)!.message).toMatch(/not a UTF-8 text file/);
    expect(errorsOf(parseLibraryText('{"a":"\u0000"}'))[0]!.message).toMatch(/not a text file/);
  });

  it('a file over 1 MB, as bytes or as text', () => {
    const big = `{"x":"${'a'.repeat(1024 * 1024)}"}`;
    expect(errorsOf(decodeFile(new TextEncoder().encode(big)))[0]!.message).toBe('The file is 1024 KB; a library file may be at most 1 MB.');
    expect(errorsOf(parseLibraryText(big))[0]!.message).toMatch(/at most 1 MB/);
  });

  it('not an object', () => {
    for (const text of ['[]', '"library"', '42', 'null']) expect(errorsOf(parseLibraryText(text))[0]!.message).toMatch(/must be a JSON object/);
  });

  it('missing, wrong or future schemaVersion', () => {
    const { schemaVersion: _, ...without } = copy();
    expect(errorsOf(validateLibrary(without))[0]).toMatchObject({ pointer: '/schemaVersion', message: expect.stringMatching(/^is required/) });
    const text = pretty({ ...copy(), schemaVersion: SCHEMA_VERSION + 1 });
    const [future] = errorsOf(parseLibraryText(text));
    expect(future).toMatchObject({ pointer: '/schemaVersion', line: 2, column: 3 });
    expect(future!.message).toMatch(/newer version of Empathy Coach.*Update the extension/);
    expect(errorsOf(validateLibrary({ ...copy(), schemaVersion: '1' }))[0]!.message).toMatch(/whole number/);
    expect(errorsOf(validateLibrary({ ...copy(), schemaVersion: 1.5 }))[0]!.pointer).toBe('/schemaVersion');
    expect(errorsOf(validateLibrary({ ...copy(), schemaVersion: -1 }))[0]!.message).toMatch(/no version of Empathy Coach wrote/);
  });

  it('an unknown feeling, with its line', () => {
    const library = copy() as unknown as { acknowledgements: Record<string, unknown> };
    library.acknowledgements.sad = [{ id: 'sad-1', text: 'Oh no, {name}.' }];
    const text = pretty(library);
    const errors = errorsOf(parseLibraryText(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ pointer: '/acknowledgements/sad', line: lineOf(text, '"sad"') });
    expect(errors[0]!.message).toMatch(/unknown field "sad"; allowed: frustrated, angry/);
  });

  it('an unknown rule, in the rules and in an avoid entry', () => {
    const library = copy() as unknown as { rules: Record<string, unknown>; avoid: { rule: string }[] };
    library.rules.typos = { enabled: true, severity: 'warning' };
    library.avoid[3]!.rule = 'rudeness';
    const pointers = errorsOf(validateLibrary(library)).map((error) => error.pointer);
    expect(pointers).toEqual(['/avoid/3/rule', '/rules/typos']);
  });

  it('missing fields name the field', () => {
    const library = copy() as unknown as { avoid: Record<string, unknown>[]; snippets?: unknown };
    delete library.avoid[1]!.message;
    delete library.snippets;
    const errors = errorsOf(validateLibrary(library));
    expect(errors.map(formatError)).toEqual(['/avoid/1/message: is required', '/snippets: is required']);
  });

  it('duplicate ids point at the second one and name the first', () => {
    const library = copy();
    library.avoid[4]!.id = library.avoid[0]!.id;
    library.acknowledgements.angry![2]!.id = library.acknowledgements.frustrated![0]!.id;
    const text = pretty(library);
    const errors = errorsOf(parseLibraryText(text));
    expect(errors.map((error) => error.pointer)).toEqual(['/acknowledgements/angry/2/id', '/avoid/4/id']);
    expect(errors[1]!.message).toBe(`duplicate id "${library.avoid[0]!.id}": already used at /avoid/0/id`);
    expect(errors[1]!.line).toBeGreaterThan(1);
  });

  it('a phrase over 500 characters, with the exact pointer and line', () => {
    const library = copy();
    library.acknowledgements.worried![0]!.text = 'w'.repeat(612);
    const text = pretty(library);
    const [error] = errorsOf(parseLibraryText(text));
    expect(formatError(error!)).toBe(
      `/acknowledgements/worried/0/text (line ${lineOf(text, '"www')}, column 9): is 612 characters long; the limit is 500`,
    );
  });

  it('wrong types, blank text and bad severities', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately broken library
    const library = copy() as unknown as Record<string, any>;
    library.acknowledgements.confused[0].text = '   ';
    library.rules.blame = { enabled: 'yes', severity: 'loud' };
    library.snippets[0].tags = 'next-step';
    library.updatedAt = 'yesterday';
    expect(errorsOf(validateLibrary(library)).map(formatError)).toEqual([
      '/updatedAt: must be a date and time such as "2026-11-23T10:00:00Z"',
      '/acknowledgements/confused/0/text: must not be blank',
      '/rules/blame/enabled: must be true or false',
      '/rules/blame/severity: must be info, suggestion or warning',
      '/snippets/0/tags: must be a list',
    ]);
  });

  it('never throws on arbitrary input', () => {
    for (const value of [undefined, null, 0, '', [], {}, { schemaVersion: 1 }, { schemaVersion: 0, avoid: 'x', acknowledgements: 5 }, Symbol.iterator]) {
      expect(() => validateLibrary(value)).not.toThrow();
      expect(validateLibrary(value).ok).toBe(false);
    }
  });
});
