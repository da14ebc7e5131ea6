import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/library/migrations';
import { SCHEMA_VERSION } from '../../../src/library/schema';
import { validateLibrary } from '../../../src/library/validate';

const prototype = {
  schemaVersion: 0,
  name: 'Support team phrases',
  acknowledgements: { worried: ['I understand how worrying this is, {name}.', 'That sounds stressful, {name}.'], frustrated: ['I hear you, {name}.'] },
  avoid: [{ phrase: 'kindly', instead: 'please' }, { phrase: 'per my last email', rule: 'blame', message: 'Sounds like a rebuke.' }],
  disabledRules: ['cliche', 'shouting'],
};

describe('migrations', () => {
  it('upgrades a schemaVersion 0 library to the current version, keeping every phrase', () => {
    const upgraded = migrate(prototype, '2026-11-23T10:00:00.000Z');
    expect(upgraded.schemaVersion).toBe(SCHEMA_VERSION);
    expect(upgraded).toMatchObject({
      name: 'Support team phrases',
      updatedAt: '2026-11-23T10:00:00.000Z',
      acknowledgements: {
        worried: [
          { id: 'worried-1', text: 'I understand how worrying this is, {name}.' },
          { id: 'worried-2', text: 'That sounds stressful, {name}.' },
        ],
        frustrated: [{ id: 'frustrated-1', text: 'I hear you, {name}.' }],
      },
      avoid: [
        { id: 'kindly-1', phrase: 'kindly', rule: 'custom', message: 'Avoid “kindly”.', alternatives: ['please'] },
        { id: 'per-my-last-email-2', phrase: 'per my last email', rule: 'blame', message: 'Sounds like a rebuke.', alternatives: [] },
      ],
      snippets: [],
    });
    expect((upgraded.rules as Record<string, unknown>).cliche).toEqual({ enabled: false, severity: 'suggestion' });
    expect((upgraded.rules as Record<string, unknown>).shouting).toEqual({ enabled: false, severity: 'warning' });
    expect((upgraded.rules as Record<string, unknown>).blame).toEqual({ enabled: true, severity: 'warning' });
  });

  it('validation upgrades an old file and says so; the result is a valid current library', () => {
    const result = validateLibrary(prototype);
    expect(result).toMatchObject({ ok: true, migratedFrom: 0 });
    expect(result.ok && validateLibrary(result.library)).toMatchObject({ ok: true });
  });

  it('an old file with problems is still rejected after the upgrade, by pointer', () => {
    const result = validateLibrary({ ...prototype, acknowledgements: { sad: ['Oh no.'] }, avoid: 'kindly' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.pointer)).toEqual(['/acknowledgements/sad', '/avoid']);
  });

  it('a current library passes through untouched', () => {
    const current = { schemaVersion: SCHEMA_VERSION, name: 'x' };
    expect(migrate(current)).toBe(current);
  });
});
