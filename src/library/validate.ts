// Reads a phrase-library file (or a stored value) and says exactly what is wrong with it, by JSON
// pointer and, for files, line and column. Never throws; nothing is stored here.
import { parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { FORBIDDEN_KEYS, MAX_JSON_DEPTH, checkValue, tooDeepAt } from '../shared/json-guard';
import * as v from 'valibot';
import { createLocator, positionAt, toPointer, type TextPosition } from './json-location';
import { OLDEST_SCHEMA_VERSION, migrate } from './migrations';
import { LibrarySchema, MAX_FILE_BYTES, SCHEMA_VERSION, type PhraseLibrary } from './schema';

export interface LibraryError {
  /** JSON pointer to the offending place ("/" for the whole file). */
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

export type LibraryResult =
  | { ok: true; library: PhraseLibrary; migratedFrom?: number }
  | { ok: false; errors: LibraryError[] };

const MAX_ERRORS = 20;

export function formatError(error: LibraryError): string {
  const where = error.line ? ` (line ${error.line}, column ${error.column})` : '';
  return error.pointer === '/' ? `${error.message}${where}` : `${error.pointer}${where}: ${error.message}`;
}

const fail = (message: string, pointer = '/', position?: Partial<TextPosition>): LibraryResult => ({
  ok: false,
  errors: [{ pointer, message, ...position }],
});

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

/** Decodes file bytes as UTF-8 text, refusing what is clearly not a text file. */
export function decodeFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: LibraryError[] } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, errors: [{ pointer: '/', message: `The file is ${kilobytes(bytes.byteLength)}; a library file may be at most 1 MB.` }] };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, errors: [{ pointer: '/', message: 'This is not a text file (it contains binary data). Choose a .json library file.' }] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, errors: [{ pointer: '/', message: 'This is not a UTF-8 text file. Choose a .json library file.' }] };
  }
}

/** Validates the text of a library file. */
export function parseLibraryText(text: string): LibraryResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bytes = new TextEncoder().encode(source).byteLength;
  if (bytes > MAX_FILE_BYTES) return fail(`The file is ${kilobytes(bytes)}; a library file may be at most 1 MB.`);
  if (source.trim() === '') return fail('The file is empty. A library file is a JSON object with a schemaVersion.');
  if (source.includes('\u0000')) return fail('This is not a text file (it contains binary data). Choose a .json library file.');
  // Refused before the (recursive) parser runs: a file nested thousands deep overflowed the stack.
  const deep = tooDeepAt(source);
  if (deep >= 0) return fail(`This file is nested more than ${MAX_JSON_DEPTH} levels deep; a library is at most 4.`, '/', positionAt(source, deep));
  // "__proto__" would set the parsed object's prototype instead of being a field: refuse these keys by name.
  let forbidden: LibraryError | null = null;
  visit(source, {
    onObjectProperty(property, offset, _length, _line, _character, pathSupplier) {
      if (forbidden || !FORBIDDEN_KEYS.has(property)) return;
      const pointer = toPointer([...pathSupplier(), property]);
      forbidden = { pointer, message: `unknown field "${property}"`, ...positionAt(source, offset) };
    },
  });
  if (forbidden) return { ok: false, errors: [forbidden] };
  const parseErrors: ParseError[] = [];
  const json: unknown = parse(source, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (parseErrors.length > 0) {
    const first = parseErrors[0]!;
    const before = source.slice(0, first.offset).trimEnd();
    const problem = before.endsWith(',') && /^\s*[}\]]/.test(source.slice(first.offset))
      ? 'a comma before a closing bracket'
      : describeParseError(printParseErrorCode(first.error));
    return fail(`This is not valid JSON: ${problem}.`, '/', positionAt(source, first.offset));
  }
  return validateLibrary(json, source);
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words === 'invalid symbol' ? 'unexpected character' : words;
}

/** Validates a parsed value (a stored library, a managed policy, or parsed file text). */
export function validateLibrary(value: unknown, sourceText?: string): LibraryResult {
  const locate = sourceText === undefined ? () => undefined : createLocator(sourceText);
  const at = (path: (string | number)[]) => locate(path) ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('A library file must be a JSON object with a schemaVersion, not ' + describeValue(value) + '.');
  }
  const unsafe = checkValue(value, MAX_JSON_DEPTH);
  if (unsafe) return fail(unsafe.message, unsafe.pointer, at(unsafe.pointer.split('/').slice(1)));
  const record = value as Record<string, unknown>;
  const version = record.schemaVersion;
  if (version === undefined) return fail(`is required: this file has no schemaVersion (the current one is ${SCHEMA_VERSION}).`, '/schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(`must be a whole number such as ${SCHEMA_VERSION}, not ${describeValue(version)}`, '/schemaVersion', at(['schemaVersion']));
  }
  if (version > SCHEMA_VERSION) {
    return fail(
      `is ${version}: this library was made by a newer version of Empathy Coach, which reads up to schemaVersion ${SCHEMA_VERSION}. Update the extension to import it.`,
      '/schemaVersion',
      at(['schemaVersion']),
    );
  }
  if (version < OLDEST_SCHEMA_VERSION) {
    return fail(`is ${version}, which no version of Empathy Coach wrote (the oldest is ${OLDEST_SCHEMA_VERSION}).`, '/schemaVersion', at(['schemaVersion']));
  }
  // Positions refer to the file as written; a migrated file's pointers are reported without them.
  const migrated = version < SCHEMA_VERSION ? migrate(record) : record;
  const where = version < SCHEMA_VERSION ? () => ({}) : at;
  const result = v.safeParse(LibrarySchema, migrated, { abortEarly: false });
  if (!result.success) {
    const errors = result.issues.slice(0, MAX_ERRORS).map((issue) => {
      const path = (issue.path ?? []).map((item) => item.key as string | number);
      return { pointer: toPointer(path), message: issue.message, ...where(path) };
    });
    return { ok: false, errors };
  }
  const duplicates = duplicateIds(result.output).slice(0, MAX_ERRORS);
  if (duplicates.length > 0) {
    return { ok: false, errors: duplicates.map(({ path, first }) => ({ pointer: toPointer(path), message: `duplicate id "${idAt(result.output, path)}": already used at ${toPointer(first)}`, ...where(path) })) };
  }
  return version < SCHEMA_VERSION ? { ok: true, library: result.output, migratedFrom: version } : { ok: true, library: result.output };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.slice(0, 20)}"`;
  return `${typeof value === 'object' ? 'an object' : String(value)}`;
}

type Path = (string | number)[];

function idAt(library: PhraseLibrary, path: Path): string {
  let node: unknown = library;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return String(node);
}

/** Ids must be unique within acknowledgements (across feelings), avoid and snippets. */
export function duplicateIds(library: PhraseLibrary): { path: Path; first: Path }[] {
  const found: { path: Path; first: Path }[] = [];
  const check = (entries: { path: Path; id: string }[]) => {
    const seen = new Map<string, Path>();
    for (const { path, id } of entries) {
      const first = seen.get(id);
      if (first) found.push({ path, first });
      else seen.set(id, path);
    }
  };
  check(
    Object.entries(library.acknowledgements).flatMap(([feeling, phrases]) =>
      (phrases ?? []).map((phrase, index) => ({ path: ['acknowledgements', feeling, index, 'id'], id: phrase.id })),
    ),
  );
  check(library.avoid.map((entry, index) => ({ path: ['avoid', index, 'id'], id: entry.id })));
  check(library.snippets.map((entry, index) => ({ path: ['snippets', index, 'id'], id: entry.id })));
  return found;
}
