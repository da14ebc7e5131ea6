// Public API of the analyzer (package export `empathy-coach`): pure, synchronous, safe on any string.
export { detectFeeling } from './feeling';
export { reviewDraft } from './review';
export type { AvoidEntry, CoachingLibrary, PhraseEntry, RuleSetting } from './library-shape';
export * from './types';
