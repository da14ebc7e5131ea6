// Pure helpers the options page edits the phrase library with: ids for new entries, moving entries,
// previews with placeholders filled in, errors by JSON pointer, and what an import would do.
import { FEELINGS, type Feeling } from '../analyzer/types';
import { fillPlaceholders } from '../analyzer/text/compose';
import { toPointer } from '../library/json-location';
import { diffLibraries, layer, mergeInto, personalPart, type Change, type Section } from '../library/merge';
import type { PhraseLibrary } from '../library/schema';
import type { LibraryError } from '../library/validate';
import { titleOf } from '../analyzer/rules/catalog';

/** What the previews fill the placeholders with. */
export const SAMPLE = { name: 'Priya', issue: 'your refund', agent: 'Sam' } as const;

export function previewText(template: string, name: string = SAMPLE.name): string {
  return fillPlaceholders(template, { name: name.trim() || null, issue: SAMPLE.issue, agent: SAMPLE.agent });
}

export const FEELING_NAMES: Record<Feeling, string> = {
  frustrated: 'Frustrated',
  angry: 'Angry',
  confused: 'Confused',
  worried: 'Worried',
  disappointed: 'Disappointed',
  impatient: 'Impatient',
  grateful: 'Grateful',
  neutral: 'Calm (neutral)',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/\{[a-z]+\}/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32)
    .replace(/-$/, '');
}

/** A readable id that no entry in `taken` has: `mine-frustrated-really-sorry`, then `…-2`. */
export function newId(prefix: string, text: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = `mine-${prefix}-${slug(text) || 'entry'}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function allAcknowledgementIds(library: PhraseLibrary): string[] {
  return FEELINGS.flatMap((feeling) => (library.acknowledgements[feeling] ?? []).map((phrase) => phrase.id));
}

/** The list with the entry at `index` moved one place up (-1) or down (+1). */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((entry, at) => (at === index ? value : entry));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

export const pointerOf = (...path: (string | number)[]) => toPointer(path);

/** A DOM id for the field that edits the value at `pointer`. */
export function fieldId(pointer: string): string {
  return `field${pointer.replace(/[^A-Za-z0-9_-]/g, (char) => (char === '/' ? '.' : `_${char.charCodeAt(0).toString(16)}`))}`;
}

/** Error messages at `pointer`; with `deep`, also those below it (a list's items). */
export function errorsAt(errors: readonly LibraryError[], pointer: string, deep = false): string[] {
  return errors
    .filter((error) => error.pointer === pointer || (deep && error.pointer.startsWith(`${pointer}/`)))
    .map((error) => (error.pointer === pointer ? error.message : `${error.pointer.slice(pointer.length + 1)}: ${error.message}`));
}

/** Errors at or below an entry that none of its fields (`handled`, relative keys) shows. */
export function otherErrorsAt(errors: readonly LibraryError[], pointer: string, handled: readonly string[]): string[] {
  const shown = (at: string) => handled.some((key) => at === `${pointer}/${key}` || at.startsWith(`${pointer}/${key}/`));
  return errors
    .filter((error) => (error.pointer === pointer || error.pointer.startsWith(`${pointer}/`)) && !shown(error.pointer))
    .map((error) => (error.pointer === pointer ? error.message : `${error.pointer.slice(pointer.length + 1)}: ${error.message}`));
}

export const hasErrorsUnder = (errors: readonly LibraryError[], pointer: string) =>
  errors.some((error) => error.pointer === pointer || error.pointer.startsWith(`${pointer}/`));

/** Tags as the agent types them: "refund, billing" → ['refund', 'billing']. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

// ---- Import ----

export type ImportMode = 'merge' | 'replace' | 'team';

export interface ImportContext {
  /** The library being edited (the effective one: the team's entries, then the agent's). */
  draft: PhraseLibrary;
  team: PhraseLibrary | null;
}

const withoutLock = (library: PhraseLibrary): PhraseLibrary => ({ ...library, locked: undefined });

/** The effective library after importing `incoming` the given way. */
export function importResult(mode: ImportMode, { draft, team }: ImportContext, incoming: PhraseLibrary): PhraseLibrary {
  const own = personalPart(draft, team);
  if (mode === 'team') return layer({ ...incoming, locked: true }, own);
  const personal = mode === 'replace' ? withoutLock(incoming) : mergeInto(own, withoutLock(incoming));
  return team ? layer(team, personal) : personal;
}

const SECTION_NAMES: Record<Section, string> = {
  acknowledgements: 'Feelings',
  avoid: 'Avoid list',
  rules: 'Rules',
  snippets: 'Snippets',
};

export interface ChangeGroup {
  heading: string;
  changes: { kind: Change['kind']; label: string }[];
}

/** Changes grouped for the preview: one group per feeling, then the avoid list, rules and snippets. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const heading = change.feeling ? `${SECTION_NAMES[change.section]}: ${FEELING_NAMES[change.feeling]}` : SECTION_NAMES[change.section];
    const group = groups.get(heading) ?? { heading, changes: [] };
    group.changes.push({ kind: change.kind, label: change.section === 'rules' ? ruleLabel(change.label) : change.label });
    groups.set(heading, group);
  }
  return [...groups.values()];
}

/** "blame: warning" → "Drop the blame: warning". */
function ruleLabel(label: string): string {
  const [rule, setting] = label.split(': ');
  return setting ? `${titleOf(rule!)}: ${setting}` : titleOf(rule!);
}

export function countChanges(changes: readonly Change[]): Record<Change['kind'], number> {
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const change of changes) counts[change.kind]++;
  return counts;
}

export function describeCounts(changes: readonly Change[]): string {
  const counts = countChanges(changes);
  const parts = (['added', 'changed', 'removed'] as const).filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${kind}`);
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}

export { diffLibraries };

/** The file an export downloads: pretty JSON, without the team lock (it is the agent's copy). */
export function exportText(library: PhraseLibrary): string {
  return `${JSON.stringify(withoutLock(library), null, 2)}\n`;
}

/** Feelings the library gives no acknowledgement phrase (the coach would offer no words for them). */
export function feelingsWithoutPhrases(library: PhraseLibrary): Feeling[] {
  return FEELINGS.filter((feeling) => !(library.acknowledgements[feeling]?.length));
}

/** "Worried and Confused have no phrase" — a warning to show before saving or importing. */
export function noPhraseWarning(feelings: readonly Feeling[]): string | null {
  if (!feelings.length) return null;
  const names = feelings.map((feeling) => FEELING_NAMES[feeling]);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `${list} ${names.length === 1 ? 'has' : 'have'} no phrase: the coach will ask to acknowledge ${names.length === 1 ? 'that feeling' : 'those feelings'} without offering words.`;
}
