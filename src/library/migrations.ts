// Upgrades a library written by an older version of Empathy Coach to the current schemaVersion.
// Each step takes the previous version's JSON and returns the next version's; steps run in order.
// Version 0 is the prototype's shape: plain strings per feeling, `instead` on avoid entries and a list
// of turned-off rules. Version 2 added a rule's own title and message (optional): a version 1 library
// is a version 2 library as it is.
import { RULE_IDS } from '../analyzer/types';
import { SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;
type Migration = (library: Json, now: string) => Json;

const DEFAULT_SEVERITY: Record<string, string> = {
  blame: 'warning',
  dismissive: 'warning',
  'non-apology': 'warning',
  'apology-but': 'warning',
  shouting: 'warning',
  'policy-wall': 'warning',
};

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'entry';
}

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const MIGRATIONS: Record<number, Migration> = {
  0: (old, now) => {
    // Anything not shaped as version 0 expects is passed on as it is, so validation reports it.
    const acknowledgements: Json | unknown = isRecord(old.acknowledgements) ? {} : old.acknowledgements;
    if (isRecord(old.acknowledgements) && isRecord(acknowledgements)) {
      for (const [feeling, phrases] of Object.entries(old.acknowledgements)) {
        acknowledgements[feeling] = Array.isArray(phrases)
          ? phrases.map((text, index) => (typeof text === 'string' ? { id: `${feeling}-${index + 1}`, text } : text))
          : phrases;
      }
    }
    const avoid = Array.isArray(old.avoid)
      ? old.avoid.map((entry, index) => {
          if (!isRecord(entry)) return entry;
          const phrase = typeof entry.phrase === 'string' ? entry.phrase : '';
          const instead = typeof entry.instead === 'string' ? [entry.instead] : [];
          return {
            id: `${slug(phrase)}-${index + 1}`,
            phrase: entry.phrase,
            rule: entry.rule ?? 'custom',
            message: entry.message ?? `Avoid “${phrase}”.`,
            alternatives: instead,
          };
        })
      : old.avoid ?? [];
    const disabled = new Set(Array.isArray(old.disabledRules) ? old.disabledRules : []);
    const rules: Json = {};
    for (const rule of RULE_IDS) rules[rule] = { enabled: !disabled.has(rule), severity: DEFAULT_SEVERITY[rule] ?? 'suggestion' };
    for (const rule of disabled) if (typeof rule === 'string' && !(rule in rules)) rules[rule] = { enabled: false, severity: 'suggestion' };
    return {
      schemaVersion: 1,
      id: typeof old.id === 'string' ? old.id : 'personal',
      name: typeof old.name === 'string' ? old.name : 'My phrases',
      version: '1.0.0',
      locale: 'en',
      updatedAt: now,
      acknowledgements,
      avoid,
      rules,
      snippets: [],
    };
  },
  1: (old) => ({ ...old, schemaVersion: 2 }),
};

export const OLDEST_SCHEMA_VERSION = Math.min(...Object.keys(MIGRATIONS).map(Number));

/** Runs every step from `library.schemaVersion` up to the current version. */
export function migrate(library: Json, now: string = new Date().toISOString()): Json {
  let current = library;
  for (let version = current.schemaVersion as number; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from schemaVersion ${version}`);
    current = step(current, now);
  }
  return current;
}
