// empathy-coach library: print the default phrase library, or check a library file as the options page would.
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_LIBRARY } from '../library/default-library';
import { MAX_FILE_BYTES } from '../library/schema';
import { decodeFile, formatError, parseLibraryText } from '../library/validate';

export const LIBRARY_USAGE = `Usage: empathy-coach library default
       empathy-coach library validate FILE

  default    print the built-in phrase library (JSON) on stdout: a starting point for a team's own
  validate   check a library file the way the options page checks an import; exit 0 if it is valid,
             1 with one line per problem (JSON pointer, line and column) otherwise`;

export function libraryCommand(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  const [action, file, ...extra] = args;
  if (!action || action === '--help' || action === '-h') {
    out(LIBRARY_USAGE);
    return action ? 0 : 2;
  }
  if (action === 'default' && !file) {
    out(JSON.stringify(DEFAULT_LIBRARY, null, 2));
    return 0;
  }
  if (action === 'validate' && file && extra.length === 0) return validateFile(file, out, err);
  err(`empathy-coach library: unexpected arguments "${args.join(' ')}"\n\n${LIBRARY_USAGE}`);
  return 2;
}

function validateFile(file: string, out: (text: string) => void, err: (text: string) => void): number {
  let bytes: Uint8Array;
  try {
    // Refuse a huge file before reading it all into memory.
    if (statSync(file).size > MAX_FILE_BYTES) {
      err(`${file}: the file is ${(statSync(file).size / 1024).toFixed(0)} KB; a library file may be at most 1 MB.`);
      return 1;
    }
    bytes = readFileSync(file);
  } catch (error) {
    err(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return 2;
  }
  const decoded = decodeFile(bytes);
  const result = decoded.ok ? parseLibraryText(decoded.text) : decoded;
  if (!result.ok) {
    for (const error of result.errors) err(`${file}: ${formatError(error)}`);
    err(`${file}: not a valid phrase library (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'})`);
    return 1;
  }
  const { library } = result;
  const phrases = Object.values(library.acknowledgements).reduce((sum, list) => sum + (list?.length ?? 0), 0);
  const migrated = 'migratedFrom' in result && result.migratedFrom !== undefined ? `, upgraded from schemaVersion ${result.migratedFrom}` : '';
  out(
    `${file}: valid phrase library "${library.name}" ${library.version}${library.locked ? ' (locked team library)' : ''}: ` +
      `${phrases} acknowledgements, ${library.avoid.length} avoid phrases, ${Object.keys(library.rules).length} rule settings, ${library.snippets.length} snippets${migrated}`,
  );
  return 0;
}
