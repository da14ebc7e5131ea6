// How libraries combine: the effective library is the team's, then the agent's own additions; an
// import either replaces the personal library or is merged into it. Pure functions over values.
import { FEELINGS, RULE_IDS, type Feeling, type RuleId } from '../analyzer/types';
import type { RuleSetting } from '../analyzer/library-shape';
import type { PhraseLibrary } from './schema';

export type Section = 'acknowledgements' | 'avoid' | 'rules' | 'snippets';

/** Which entries come from the team library and are read-only. Keys: `feeling/id`, ids, rule ids. */
export interface LockedEntries {
  acknowledgements: ReadonlySet<string>;
  avoid: ReadonlySet<string>;
  snippets: ReadonlySet<string>;
  rules: ReadonlySet<RuleId>;
}

export interface EffectiveLibrary {
  library: PhraseLibrary;
  locked: LockedEntries;
  team: PhraseLibrary | null;
}

const unionById = <T extends { id: string }>(first: readonly T[], then: readonly T[]): T[] => {
  const ids = new Set(first.map((entry) => entry.id));
  return [...first, ...then.filter((entry) => !ids.has(entry.id))];
};

/** Team entries first (they win on equal ids), then the other library's entries. */
export function layer(base: PhraseLibrary, additions: PhraseLibrary): PhraseLibrary {
  const acknowledgements: PhraseLibrary['acknowledgements'] = {};
  for (const feeling of FEELINGS) {
    const merged = unionById(base.acknowledgements[feeling] ?? [], additions.acknowledgements[feeling] ?? []);
    if (merged.length > 0) acknowledgements[feeling] = merged;
  }
  const rules: PhraseLibrary['rules'] = {};
  for (const rule of RULE_IDS) {
    const setting = base.rules[rule] ?? additions.rules[rule];
    if (setting) rules[rule] = setting;
  }
  return {
    ...base,
    acknowledgements,
    avoid: unionById(base.avoid, additions.avoid),
    rules,
    snippets: unionById(base.snippets, additions.snippets),
  };
}

export function lockedEntries(team: PhraseLibrary | null): LockedEntries {
  if (!team) return { acknowledgements: new Set(), avoid: new Set(), snippets: new Set(), rules: new Set() };
  return {
    acknowledgements: new Set(FEELINGS.flatMap((feeling) => (team.acknowledgements[feeling] ?? []).map((entry) => `${feeling}/${entry.id}`))),
    avoid: new Set(team.avoid.map((entry) => entry.id)),
    snippets: new Set(team.snippets.map((entry) => entry.id)),
    rules: new Set(RULE_IDS.filter((rule) => team.rules[rule])),
  };
}

/**
 * The library the coach uses: the team's (from policy or an imported locked file), then the agent's own
 * entries; without a team library, the agent's own library (the default until they change it).
 */
export function effectiveLibrary(team: PhraseLibrary | null, personal: PhraseLibrary, fallback?: PhraseLibrary): EffectiveLibrary {
  // Additions made on top of a team library that has since gone: they apply on top of the default.
  const own = !team && personal.id === ADDITIONS_ID && fallback ? mergeInto(fallback, personal) : personal;
  return { library: team ? layer(team, personal) : own, locked: lockedEntries(team), team };
}

/** The id of a personal library that holds only additions to a team library (not a whole library). */
export const ADDITIONS_ID = 'my-additions';

/** Keeps only what the agent added on top of the team library (what the personal store holds). */
export function personalPart(effective: PhraseLibrary, team: PhraseLibrary | null): PhraseLibrary {
  if (!team) return effective;
  const locked = lockedEntries(team);
  const acknowledgements: PhraseLibrary['acknowledgements'] = {};
  for (const feeling of FEELINGS) {
    const own = (effective.acknowledgements[feeling] ?? []).filter((entry) => !locked.acknowledgements.has(`${feeling}/${entry.id}`));
    if (own.length > 0) acknowledgements[feeling] = own;
  }
  const rules: PhraseLibrary['rules'] = {};
  for (const rule of RULE_IDS) if (!locked.rules.has(rule) && effective.rules[rule]) rules[rule] = effective.rules[rule];
  return {
    ...effective,
    id: ADDITIONS_ID,
    name: 'My additions',
    locked: undefined,
    acknowledgements,
    avoid: effective.avoid.filter((entry) => !locked.avoid.has(entry.id)),
    rules,
    snippets: effective.snippets.filter((entry) => !locked.snippets.has(entry.id)),
  };
}

/** Merge import: the incoming entries replace ones with the same id, new ones are appended, rules are taken from the file. */
export function mergeInto(current: PhraseLibrary, incoming: PhraseLibrary): PhraseLibrary {
  const replaceOrAppend = <T extends { id: string }>(mine: readonly T[], theirs: readonly T[]): T[] => {
    const byId = new Map(theirs.map((entry) => [entry.id, entry]));
    const kept = mine.map((entry) => byId.get(entry.id) ?? entry);
    const ids = new Set(mine.map((entry) => entry.id));
    return [...kept, ...theirs.filter((entry) => !ids.has(entry.id))];
  };
  const acknowledgements: PhraseLibrary['acknowledgements'] = {};
  for (const feeling of FEELINGS) {
    const merged = replaceOrAppend(current.acknowledgements[feeling] ?? [], incoming.acknowledgements[feeling] ?? []);
    if (merged.length > 0) acknowledgements[feeling] = merged;
  }
  return {
    ...current,
    acknowledgements,
    avoid: replaceOrAppend(current.avoid, incoming.avoid),
    rules: { ...current.rules, ...incoming.rules },
    snippets: replaceOrAppend(current.snippets, incoming.snippets),
  };
}

export interface Change {
  section: Section;
  kind: 'added' | 'changed' | 'removed';
  /** What a person reads in the preview: the phrase, the avoided words, the snippet title or the rule. */
  label: string;
  feeling?: Feeling;
}

/** What applying `after` in place of `before` changes, for the import preview. */
export function diffLibraries(before: PhraseLibrary, after: PhraseLibrary): Change[] {
  const changes: Change[] = [];
  const compare = <T extends { id: string }>(section: Section, a: readonly T[], b: readonly T[], label: (entry: T) => string, feeling?: Feeling) => {
    const old = new Map(a.map((entry) => [entry.id, entry]));
    const next = new Map(b.map((entry) => [entry.id, entry]));
    for (const [id, entry] of next) {
      const previous = old.get(id);
      if (!previous) changes.push({ section, kind: 'added', label: label(entry), ...(feeling && { feeling }) });
      else if (JSON.stringify(previous) !== JSON.stringify(entry)) changes.push({ section, kind: 'changed', label: label(entry), ...(feeling && { feeling }) });
    }
    for (const [id, entry] of old) if (!next.has(id)) changes.push({ section, kind: 'removed', label: label(entry), ...(feeling && { feeling }) });
  };
  for (const feeling of FEELINGS) {
    compare('acknowledgements', before.acknowledgements[feeling] ?? [], after.acknowledgements[feeling] ?? [], (entry) => entry.text, feeling);
  }
  compare('avoid', before.avoid, after.avoid, (entry) => entry.phrase);
  compare('snippets', before.snippets, after.snippets, (entry) => entry.title);
  for (const rule of RULE_IDS) {
    const a: RuleSetting | undefined = before.rules[rule];
    const b: RuleSetting | undefined = after.rules[rule];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      changes.push({ section: 'rules', kind: !a ? 'added' : !b ? 'removed' : 'changed', label: b ? `${rule}: ${b.enabled ? b.severity : 'off'}${b.title !== undefined || b.message !== undefined ? ', own wording' : ''}` : rule });
    }
  }
  return changes;
}
