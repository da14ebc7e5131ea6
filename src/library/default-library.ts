// The built-in phrase library as the library's schema type. The data lives with the analyzer
// (src/analyzer/data/default-library.ts), which falls back on it; the library stands on the analyzer, never the reverse.
import { DEFAULT_LIBRARY as DEFAULT_DATA } from '../analyzer/data/default-library';
import type { PhraseLibrary } from './schema';

export const DEFAULT_LIBRARY: PhraseLibrary = DEFAULT_DATA;
