import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { diffLibraries, effectiveLibrary, mergeInto, personalPart } from '../../../src/library/merge';
import type { PhraseLibrary } from '../../../src/library/schema';
import { emptyLibrary } from '../../../src/library/storage';

const team: PhraseLibrary = {
  ...emptyLibrary(),
  id: 'acme-support',
  name: 'Acme support',
  locked: true,
  acknowledgements: { frustrated: [{ id: 'acme-frustrated', text: 'Acme hears you, {name}.' }] },
  avoid: [{ id: 'acme-kindly', phrase: 'kindly', rule: 'custom', message: 'Acme says no.', alternatives: ['please'] }],
  rules: { cliche: { enabled: false, severity: 'suggestion' } },
  snippets: [{ id: 'acme-next', title: 'Next step', text: 'Here is what happens next, {name}.', tags: ['next-step'] }],
};

const mine: PhraseLibrary = {
  ...emptyLibrary(),
  acknowledgements: {
    frustrated: [
      { id: 'my-frustrated', text: 'I get it, {name}.' },
      { id: 'acme-frustrated', text: 'My attempt to override the team phrase.' },
    ],
    worried: [{ id: 'my-worried', text: 'No need to worry, {name}: I have it.' }],
  },
  avoid: [{ id: 'my-asap', phrase: 'asap', rule: 'custom', message: 'Give a time.', alternatives: [] }],
  rules: { cliche: { enabled: true, severity: 'warning' }, shouting: { enabled: false, severity: 'warning' } },
  snippets: [],
};

describe('effective library = team, then personal additions', () => {
  const { library, locked } = effectiveLibrary(team, mine);

  it('team entries come first and win on equal ids; personal ones follow', () => {
    expect(library.acknowledgements.frustrated!.map((entry) => entry.id)).toEqual(['acme-frustrated', 'my-frustrated']);
    expect(library.acknowledgements.frustrated![0]!.text).toBe('Acme hears you, {name}.');
    expect(library.acknowledgements.worried!.map((entry) => entry.id)).toEqual(['my-worried']);
    expect(library.avoid.map((entry) => entry.id)).toEqual(['acme-kindly', 'my-asap']);
    expect(library.snippets.map((entry) => entry.id)).toEqual(['acme-next']);
  });

  it("the team's rule settings are kept; the agent's apply to the rules the team left open", () => {
    expect(library.rules.cliche).toEqual({ enabled: false, severity: 'suggestion' });
    expect(library.rules.shouting).toEqual({ enabled: false, severity: 'warning' });
  });

  it('marks what came from the team as locked', () => {
    expect([...locked.acknowledgements]).toEqual(['frustrated/acme-frustrated']);
    expect([...locked.avoid]).toEqual(['acme-kindly']);
    expect([...locked.snippets]).toEqual(['acme-next']);
    expect([...locked.rules]).toEqual(['cliche']);
  });

  it('without a team library the personal library is used as it is, nothing locked', () => {
    const solo = effectiveLibrary(null, DEFAULT_LIBRARY);
    expect(solo.library).toBe(DEFAULT_LIBRARY);
    expect(solo.locked.avoid.size + solo.locked.rules.size).toBe(0);
  });

  it('saving keeps only the personal part, so team entries are never copied into the agent’s store', () => {
    const own = personalPart(library, team);
    expect(own.acknowledgements.frustrated!.map((entry) => entry.id)).toEqual(['my-frustrated']);
    expect(own.avoid.map((entry) => entry.id)).toEqual(['my-asap']);
    expect(own.rules).toEqual({ shouting: { enabled: false, severity: 'warning' } });
    expect(own.snippets).toEqual([]);
  });
});

describe('import', () => {
  it('merge replaces entries with the same id, appends new ones and keeps the rest', () => {
    const incoming: PhraseLibrary = {
      ...emptyLibrary(),
      acknowledgements: { frustrated: [{ id: 'frustrated-see-how', text: 'Changed text, {name}.' }, { id: 'new-one', text: 'New, {name}.' }] },
      rules: { blame: { enabled: false, severity: 'warning' } },
    };
    const merged = mergeInto(DEFAULT_LIBRARY, incoming);
    const frustrated = merged.acknowledgements.frustrated!;
    expect(frustrated[0]).toEqual({ id: 'frustrated-see-how', text: 'Changed text, {name}.' });
    expect(frustrated.at(-1)).toEqual({ id: 'new-one', text: 'New, {name}.' });
    expect(frustrated).toHaveLength(DEFAULT_LIBRARY.acknowledgements.frustrated!.length + 1);
    expect(merged.avoid).toEqual(DEFAULT_LIBRARY.avoid);
    expect(merged.rules.blame).toEqual({ enabled: false, severity: 'warning' });
    expect(merged.rules.cliche).toEqual(DEFAULT_LIBRARY.rules.cliche);
  });

  it('the preview lists what is added, changed and removed, by section', () => {
    const after = structuredClone(DEFAULT_LIBRARY);
    after.acknowledgements.worried![0]!.text = 'Edited, {name}.';
    after.acknowledgements.worried!.push({ id: 'w-new', text: 'Brand new, {name}.' });
    after.avoid.splice(0, 1);
    after.rules.shouting = { enabled: false, severity: 'warning' };
    expect(diffLibraries(DEFAULT_LIBRARY, after)).toEqual([
      { section: 'acknowledgements', kind: 'changed', label: 'Edited, {name}.', feeling: 'worried' },
      { section: 'acknowledgements', kind: 'added', label: 'Brand new, {name}.', feeling: 'worried' },
      { section: 'avoid', kind: 'removed', label: DEFAULT_LIBRARY.avoid[0]!.phrase },
      { section: 'rules', kind: 'changed', label: 'shouting: off' },
    ]);
    expect(diffLibraries(DEFAULT_LIBRARY, DEFAULT_LIBRARY)).toEqual([]);
  });
});
