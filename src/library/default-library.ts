// The built-in phrase library as a PhraseLibrary. Its content is the analyzer's own data
// (src/analyzer/data/default-library.ts): the library depends on the analyzer, never the reverse.
import { DEFAULT_LIBRARY as DATA } from '../analyzer/data/default-library';
import type { PhraseLibrary } from './schema';

export const DEFAULT_LIBRARY: PhraseLibrary = DATA;
