// Feelings: the acknowledgement phrases the coach offers for each of the 8 feelings, best first,
// each previewed as the agent would insert it for a sample customer.
import { useState } from 'preact/hooks';
import { FEELINGS, type Feeling } from '../../analyzer/types';
import { MAX_PHRASE_LENGTH, type Phrase, type PhraseLibrary } from '../../library/schema';
import { EntryControls, FieldErrors, TeamBadge, TextField, domId, useEntryEditing, useFocusAfterRender } from '../components/common';
import {
  FEELING_NAMES,
  SAMPLE,
  allAcknowledgementIds,
  errorsAt,
  fieldId,
  hasErrorsUnder,
  move,
  newId,
  otherErrorsAt,
  pointerOf,
  previewText,
  removeAt,
  replaceAt,
} from '../library-edit';
import type { LibraryEditor } from '../use-library';

/** Placeholders of the "add a phrase" fields. */
const EXAMPLES: Record<Feeling, string> = {
  frustrated: 'I can see how frustrating this has been, {name}.',
  angry: "You're right to be upset, {name}.",
  confused: 'Let me clear this up, {name}.',
  worried: 'I understand how worrying this is, {name}.',
  disappointed: "I'm sorry we let you down, {name}.",
  impatient: "I'm sorry you've had to wait so long, {name}.",
  grateful: "That's great to hear, {name}!",
  neutral: 'Thanks for getting in touch, {name}.',
};

export function FeelingsSection({ editor }: { editor: LibraryEditor }) {
  const [sampleName, setSampleName] = useState<string>(SAMPLE.name);
  return (
    <section class="card" id="feelings" aria-labelledby="feelings-heading">
      <h2 id="feelings-heading">Feelings</h2>
      <p class="muted">
        What the coach offers to acknowledge each feeling, best first (it shows the first three). <code>{'{name}'}</code> is the customer's
        first name, <code>{'{issue}'}</code> the issue and <code>{'{agent}'}</code> your name.
      </p>
      <div class="field inline-field">
        <label for="sample-name">Preview with the customer name</label>
        <input id="sample-name" type="text" value={sampleName} onInput={(event) => setSampleName(event.currentTarget.value)} />
      </div>
      {FEELINGS.map((feeling) => (
        <FeelingGroup key={feeling} feeling={feeling} editor={editor} sampleName={sampleName} />
      ))}
    </section>
  );
}

function FeelingGroup({ feeling, editor, sampleName }: { feeling: Feeling; editor: LibraryEditor; sampleName: string }) {
  const phrases = editor.draft.acknowledgements[feeling] ?? [];
  const pointer = pointerOf('acknowledgements', feeling);
  const [open, setOpen] = useState(false);
  const expanded = open || hasErrorsUnder(editor.errors, pointer);
  const focusLater = useFocusAfterRender();
  const panelId = domId('feeling', feeling);
  const isLocked = (phrase: Phrase) => editor.loaded.locked.acknowledgements.has(`${feeling}/${phrase.id}`);

  const setPhrases = (change: (list: Phrase[]) => Phrase[]) =>
    editor.update((library): PhraseLibrary => {
      const next = change(library.acknowledgements[feeling] ?? []);
      const acknowledgements = { ...library.acknowledgements };
      if (next.length > 0) acknowledgements[feeling] = next;
      else delete acknowledgements[feeling];
      return { ...library, acknowledgements };
    });

  const onMove = (index: number, by: -1 | 1) => {
    const phrase = phrases[index]!;
    setPhrases((list) => move(list, index, by));
    const to = index + by;
    const atEdge = (by === -1 && (to === 0 || isLocked(phrases[to - 1]!))) || (by === 1 && to === phrases.length - 1);
    focusLater(`${domId('phrase', feeling, phrase.id)}-${atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`);
    editor.announce(`Moved to position ${to + 1} of ${phrases.length}.`);
  };

  const onDelete = (index: number) => {
    const phrase = phrases[index]!;
    setPhrases((list) => removeAt(list, index));
    const next = phrases[index + 1] ?? phrases[index - 1];
    focusLater(next && next !== phrase && !isLocked(next) ? `${domId('phrase', feeling, next.id)}-edit` : domId('new-phrase', feeling));
    editor.announce(`Deleted “${phrase.text}”. Save to keep the change; Discard brings it back.`);
  };

  return (
    <div class="group" data-testid={`feeling-${feeling}`}>
      <h3>
        <button type="button" class="disclosure" aria-expanded={expanded} aria-controls={panelId} onClick={() => setOpen(!expanded)}>
          <span aria-hidden="true" class="chevron">
            {expanded ? '▾' : '▸'}
          </span>
          {FEELING_NAMES[feeling]}
          <span class="count">
            {phrases.length} {phrases.length === 1 ? 'phrase' : 'phrases'}
          </span>
        </button>
      </h3>
      {expanded && (
        <div id={panelId} class="group-body">
          {phrases.length === 0 ? (
            <p class="muted">No phrases: the coach asks the agent to acknowledge the feeling without offering words.</p>
          ) : (
            <ol class="entries">
              {phrases.map((phrase, index) => (
                <PhraseRow
                  key={phrase.id}
                  feeling={feeling}
                  phrase={phrase}
                  index={index}
                  locked={isLocked(phrase)}
                  canUp={index > 0 && !isLocked(phrases[index - 1]!)}
                  canDown={index < phrases.length - 1}
                  editor={editor}
                  sampleName={sampleName}
                  onChange={(text) => setPhrases((list) => replaceAt(list, index, { ...phrase, text }))}
                  onMove={(by) => onMove(index, by)}
                  onDelete={() => onDelete(index)}
                />
              ))}
            </ol>
          )}
          <AddPhrase
            feeling={feeling}
            sampleName={sampleName}
            onAdd={(text) => {
              setPhrases((list) => [...list, { id: newId(feeling, text, allAcknowledgementIds(editor.draft)), text }]);
              editor.announce(`Added “${text}” as phrase ${phrases.length + 1} of ${phrases.length + 1}. Save to keep it.`);
            }}
          />
        </div>
      )}
    </div>
  );
}

interface PhraseRowProps {
  feeling: Feeling;
  phrase: Phrase;
  index: number;
  locked: boolean;
  canUp: boolean;
  canDown: boolean;
  editor: LibraryEditor;
  sampleName: string;
  onChange: (text: string) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}

function PhraseRow({ feeling, phrase, index, locked, canUp, canDown, editor, sampleName, onChange, onMove, onDelete }: PhraseRowProps) {
  const pointer = pointerOf('acknowledgements', feeling, index);
  const textErrors = errorsAt(editor.errors, `${pointer}/text`);
  const otherErrors = otherErrorsAt(editor.errors, pointer, ['text']);
  const rowId = domId('phrase', feeling, phrase.id);
  const { open, toggle, close } = useEntryEditing({ locked, hasErrors: textErrors.length > 0, rowId, firstField: fieldId(`${pointer}/text`) });
  const previewId = `${rowId}-preview`;
  return (
    <li class={`entry${locked ? ' locked' : ''}`} id={rowId} data-testid="phrase" data-phrase-id={phrase.id}>
      <div class="entry-main">
        {open && (
          <TextField
            pointer={`${pointer}/text`}
            label="Phrase"
            value={phrase.text}
            errors={textErrors}
            onInput={onChange}
            onDone={close}
            hint={`Up to ${MAX_PHRASE_LENGTH} characters. Enter or Escape when done.`}
          />
        )}
        <p class="preview" id={previewId}>
          {open && <span class="preview-label">Preview: </span>}
          {previewText(phrase.text, sampleName)}
          {locked && <TeamBadge />}
        </p>
        <FieldErrors id={`${rowId}-errors`} messages={otherErrors} />
      </div>
      {!locked && (
        <EntryControls
          idPrefix={rowId}
          describedBy={previewId}
          editing={open}
          canUp={canUp}
          canDown={canDown}
          onMove={onMove}
          onEdit={toggle}
          onDelete={onDelete}
        />
      )}
    </li>
  );
}

function AddPhrase({ feeling, sampleName, onAdd }: { feeling: Feeling; sampleName: string; onAdd: (text: string) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = domId('new-phrase', feeling);
  return (
    <form
      class="add-form"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = text.trim();
        if (!trimmed) return setProblem('Write the phrase first.');
        if (trimmed.length > MAX_PHRASE_LENGTH) return setProblem(`This phrase is ${trimmed.length} characters long; the limit is ${MAX_PHRASE_LENGTH}.`);
        onAdd(trimmed);
        setText('');
        setProblem(null);
      }}
    >
      <label for={id}>Add a phrase for {FEELING_NAMES[feeling].toLowerCase()} customers</label>
      <div class="row">
        <input
          id={id}
          type="text"
          value={text}
          placeholder={EXAMPLES[feeling]}
          aria-describedby={`${id}-preview ${id}-problem`}
          aria-invalid={problem ? 'true' : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setProblem(null);
          }}
        />
        <button type="submit">Add</button>
      </div>
      <p class="hint" id={`${id}-preview`}>
        {text.trim() ? `Preview: ${previewText(text.trim(), sampleName)}` : ''}
      </p>
      <p class="field-error" id={`${id}-problem`} role={problem ? 'alert' : undefined}>
        {problem ?? ''}
      </p>
    </form>
  );
}
