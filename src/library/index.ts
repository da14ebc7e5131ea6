// The phrase library: schema, default, validation, merging and storage.
export { DEFAULT_LIBRARY } from './default-library';
export { LibrarySchema, MAX_FILE_BYTES, MAX_PHRASE_LENGTH, SCHEMA_VERSION, type AvoidPhrase, type Phrase, type PhraseLibrary, type Snippet } from './schema';
export { decodeFile, duplicateIds, formatError, parseLibraryText, validateLibrary, type LibraryError, type LibraryResult } from './validate';
export { diffLibraries, effectiveLibrary, layer, lockedEntries, mergeInto, personalPart, type Change, type EffectiveLibrary, type LockedEntries, type Section } from './merge';
export { migrate } from './migrations';
