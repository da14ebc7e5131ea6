// Avoid list: words the coach flags in a draft, the rule they count under, what it says, and what
// to write instead.
import { useState } from 'preact/hooks';
import { RULE_IDS } from '../../analyzer/types';
import { MAX_PHRASE_LENGTH, type AvoidPhrase } from '../../library/schema';
import { titleOf } from '../../analyzer/rules/catalog';
import { EntryControls, FieldErrors, NewField, TeamBadge, TextField, domId, useEntryEditing, useFocusAfterRender } from '../components/common';
import { AddToggle, ShowAllButton, useShortList } from '../components/lists';
import { errorsAt, fieldId, newId, otherErrorsAt, pointerOf, previewText, removeAt, replaceAt } from '../library-edit';
import type { LibraryEditor } from '../use-library';

const SHORT_LIST = 8;
const RULE_CHOICES = ['custom', ...RULE_IDS] as const;
type AvoidRule = AvoidPhrase['rule'];

function ruleChoiceLabel(rule: AvoidRule): string {
  return rule === 'custom' ? 'Custom (no built-in rule)' : titleOf(rule);
}

export function AvoidSection({ editor }: { editor: LibraryEditor }) {
  const entries = editor.draft.avoid;
  const [filter, setFilter] = useState('');
  const focusLater = useFocusAfterRender();
  const needle = filter.trim().toLowerCase();
  const matching = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => !needle || `${entry.phrase} ${entry.message} ${entry.alternatives.join(' ')}`.toLowerCase().includes(needle));
  // A long list opens with its first entries (and any with problems); Find or "Show all" reaches the rest.
  const shortList = useShortList(entries, {
    size: SHORT_LIST,
    listKey: 'avoid',
    errors: editor.errors,
    rowId: (entry) => domId('avoid', entry.id),
    whole: !!needle,
  });
  const shown = matching.filter(({ index }) => shortList.shows(index));
  const setEntries = (change: (list: AvoidPhrase[]) => AvoidPhrase[]) => editor.update((library) => ({ ...library, avoid: change(library.avoid) }));

  return (
    <section class="card" id="avoid" aria-labelledby="avoid-heading">
      <h2 id="avoid-heading">Avoid list</h2>
      <p class="muted">Words the coach flags in a draft, with what it says and what to write instead.</p>
      <div class="field inline-field">
        <label for="avoid-filter">Find</label>
        <input id="avoid-filter" type="search" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} />
      </div>
      {needle && (
        <p class="hint" role="status">
          {matching.length} of {entries.length} shown
        </p>
      )}
      <ul class="entries" data-testid="avoid-list">
        {shown.map(({ entry, index }) => (
          <AvoidRow
            key={entry.id}
            entry={entry}
            index={index}
            editor={editor}
            locked={editor.loaded.locked.avoid.has(entry.id)}
            onChange={(next) => setEntries((list) => replaceAt(list, index, next))}
            onDelete={() => {
              setEntries((list) => removeAt(list, index));
              focusLater('avoid-add');
              editor.announce(`Deleted “${entry.phrase}” from the avoid list. Save to keep the change.`);
            }}
          />
        ))}
      </ul>
      <ShowAllButton list={shortList}>Show all {entries.length} phrases to avoid</ShowAllButton>
      <AddToggle
        id="avoid-add"
        label="Add a phrase to avoid"
        firstField="new-avoid-phrase"
        form={(close) => (
          <NewAvoid
            onCancel={close}
            onAdd={(entry) => {
              shortList.reveal();
              setEntries((list) => [...list, { ...entry, id: newId('avoid', entry.phrase, list.map((candidate) => candidate.id)) }]);
              setFilter('');
              close();
              editor.announce(`Added “${entry.phrase}” to the avoid list. Save to keep it.`);
            }}
          />
        )}
      />
    </section>
  );
}

interface AvoidRowProps {
  entry: AvoidPhrase;
  index: number;
  editor: LibraryEditor;
  locked: boolean;
  onChange: (entry: AvoidPhrase) => void;
  onDelete: () => void;
}

function AvoidRow({ entry, index, editor, locked, onChange, onDelete }: AvoidRowProps) {
  const focusLater = useFocusAfterRender();
  const pointer = pointerOf('avoid', index);
  const fields = ['phrase', 'rule', 'message', 'alternatives'];
  const hasErrors = editor.errors.some((error) => error.pointer.startsWith(`${pointer}/`));
  const rowId = domId('avoid', entry.id);
  const { open, toggle } = useEntryEditing({ locked, hasErrors, rowId, firstField: fieldId(`${pointer}/phrase`) });
  const summaryId = `${rowId}-summary`;
  const alternatives = entry.alternatives;
  const setAlternatives = (next: string[]) => onChange({ ...entry, alternatives: next });

  return (
    <li class={`entry${locked ? ' locked' : ''}`} id={rowId} data-testid="avoid-entry" data-avoid-id={entry.id}>
      <div class="entry-main">
        <p id={summaryId}>
          <q class="avoided">{entry.phrase}</q> <span class="badge" title="Counts as">
            {entry.rule === 'custom' ? 'Custom' : titleOf(entry.rule)}
          </span>
          {locked && <TeamBadge />}
        </p>
        {!open && (
          <>
            <p class="muted">{entry.message}</p>
            {alternatives.length > 0 && (
              <p class="muted">
                Instead: {alternatives.map((alternative) => (alternative ? `“${previewText(alternative)}”` : '(cut the words)')).join(' · ')}
              </p>
            )}
          </>
        )}
        {open && (
          <div class="edit-fields">
            <TextField
              pointer={`${pointer}/phrase`}
              label="Words to avoid"
              value={entry.phrase}
              errors={errorsAt(editor.errors, `${pointer}/phrase`)}
              onInput={(phrase) => onChange({ ...entry, phrase })}
            />
            <div class="field">
              <label for={fieldId(`${pointer}/rule`)}>Counts as</label>
              <select
                id={fieldId(`${pointer}/rule`)}
                value={entry.rule}
                onChange={(event) => onChange({ ...entry, rule: event.currentTarget.value as AvoidRule })}
              >
                {RULE_CHOICES.map((rule) => (
                  <option key={rule} value={rule}>
                    {ruleChoiceLabel(rule)}
                  </option>
                ))}
              </select>
              <FieldErrors id={`${fieldId(`${pointer}/rule`)}-errors`} messages={errorsAt(editor.errors, `${pointer}/rule`)} />
            </div>
            <TextField
              pointer={`${pointer}/message`}
              label="What the coach says"
              multiline
              rows={2}
              value={entry.message}
              errors={errorsAt(editor.errors, `${pointer}/message`)}
              onInput={(message) => onChange({ ...entry, message })}
            />
            <fieldset class="field alternatives">
              <legend>Write instead</legend>
              <p class="hint">An empty alternative suggests cutting the words. {'{name}'} is the customer's name.</p>
              {alternatives.map((alternative, at) => (
                <div class="row" key={at}>
                  <TextField
                    pointer={`${pointer}/alternatives/${at}`}
                    label={`Alternative ${at + 1}`}
                    hiddenLabel
                    value={alternative}
                    placeholder="(cut the words)"
                    errors={errorsAt(editor.errors, `${pointer}/alternatives/${at}`)}
                    onInput={(text) => setAlternatives(replaceAt(alternatives, at, text))}
                  />
                  <button
                    type="button"
                    aria-label={`Remove alternative ${at + 1}`}
                    onClick={() => {
                      setAlternatives(removeAt(alternatives, at));
                      focusLater(`${rowId}-add-alternative`);
                    }}
                  >
                    Remove
                  </button>
                </div>
              ))}
              <FieldErrors id={`${rowId}-alternatives-errors`} messages={errorsAt(editor.errors, `${pointer}/alternatives`)} />
              <button
                type="button"
                id={`${rowId}-add-alternative`}
                onClick={() => {
                  setAlternatives([...alternatives, '']);
                  focusLater(fieldId(`${pointer}/alternatives/${alternatives.length}`));
                }}
              >
                Add an alternative
              </button>
            </fieldset>
          </div>
        )}
        <FieldErrors id={`${rowId}-errors`} messages={otherErrorsAt(editor.errors, pointer, fields)} />
      </div>
      {!locked && <EntryControls idPrefix={rowId} describedBy={summaryId} editing={open} onEdit={toggle} onDelete={onDelete} />}
    </li>
  );
}

function NewAvoid({ onAdd, onCancel }: { onAdd: (entry: Omit<AvoidPhrase, 'id'>) => void; onCancel: () => void }) {
  const [phrase, setPhrase] = useState('');
  const [message, setMessage] = useState('');
  const [rule, setRule] = useState<AvoidRule>('custom');
  const [alternative, setAlternative] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const check = (text: string, what: string) =>
    !text.trim() ? `Write ${what} first.` : text.length > MAX_PHRASE_LENGTH ? `This is ${text.length} characters long; the limit is ${MAX_PHRASE_LENGTH}.` : null;
  return (
    <form
      class="add-form boxed"
      aria-labelledby="new-avoid-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const found: Record<string, string> = {};
        const phraseProblem = check(phrase, 'the words to avoid');
        const messageProblem = check(message, 'what the coach says');
        if (phraseProblem) found.phrase = phraseProblem;
        if (messageProblem) found.message = messageProblem;
        if (alternative.length > MAX_PHRASE_LENGTH) found.alternative = `This is ${alternative.length} characters long; the limit is ${MAX_PHRASE_LENGTH}.`;
        setProblems(found);
        if (Object.keys(found).length > 0) return;
        onAdd({ phrase: phrase.trim(), rule, message: message.trim(), alternatives: alternative.trim() ? [alternative.trim()] : [] });
      }}
    >
      <h3 id="new-avoid-heading">New phrase to avoid</h3>
      <NewField id="new-avoid-phrase" label="Words to avoid" value={phrase} onInput={setPhrase} problem={problems.phrase} placeholder="per our policy" />
      <div class="field">
        <label for="new-avoid-rule">Counts as</label>
        <select id="new-avoid-rule" value={rule} onChange={(event) => setRule(event.currentTarget.value as AvoidRule)}>
          {RULE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {ruleChoiceLabel(choice)}
            </option>
          ))}
        </select>
      </div>
      <NewField
        id="new-avoid-message"
        label="What the coach says"
        value={message}
        onInput={setMessage}
        problem={problems.message}
        placeholder="Say what you can do instead of quoting policy."
      />
      <NewField id="new-avoid-alternative" label="Write instead (optional)" value={alternative} onInput={setAlternative} problem={problems.alternative} />
      <div class="row end">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary">
          Add to the avoid list
        </button>
      </div>
    </form>
  );
}
