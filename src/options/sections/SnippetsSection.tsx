// Snippets: longer ready-made passages (a title, the text, tags) the agent can copy into replies.
import { useState } from 'preact/hooks';
import { MAX_PHRASE_LENGTH, type Snippet } from '../../library/schema';
import { EntryControls, FieldErrors, NewField, TeamBadge, TextField, domId, useEntryEditing, useFocusAfterRender } from '../components/common';
import { AddToggle, ShowAllButton, useShortList } from '../components/lists';
import { errorsAt, fieldId, newId, otherErrorsAt, parseTags, pointerOf, previewText, removeAt, replaceAt } from '../library-edit';
import type { LibraryEditor } from '../use-library';

const SHORT_LIST = 6;

export function SnippetsSection({ editor }: { editor: LibraryEditor }) {
  const snippets = editor.draft.snippets;
  const focusLater = useFocusAfterRender();
  // A long list opens with its first snippets (and any with problems); "Show all" reaches the rest.
  const shortList = useShortList(snippets, {
    size: SHORT_LIST,
    listKey: 'snippets',
    errors: editor.errors,
    rowId: (snippet) => domId('snippet', snippet.id),
  });
  const shown = snippets.map((snippet, index) => ({ snippet, index })).filter(({ index }) => shortList.shows(index));
  const setSnippets = (change: (list: Snippet[]) => Snippet[]) => editor.update((library) => ({ ...library, snippets: change(library.snippets) }));
  return (
    <section class="card" id="snippets" aria-labelledby="snippets-heading">
      <h2 id="snippets-heading">Snippets</h2>
      <p class="muted">
        Ready-made passages. <code>{'{name}'}</code>, <code>{'{issue}'}</code> and <code>{'{agent}'}</code> are filled in; <code>[brackets]</code> are
        for the agent to complete.
      </p>
      <ul class="entries" data-testid="snippets">
        {shown.map(({ snippet, index }) => (
          <SnippetRow
            key={snippet.id}
            snippet={snippet}
            index={index}
            editor={editor}
            locked={editor.loaded.locked.snippets.has(snippet.id)}
            onChange={(next) => setSnippets((list) => replaceAt(list, index, next))}
            onDelete={() => {
              setSnippets((list) => removeAt(list, index));
              focusLater('snippet-add');
              editor.announce(`Deleted the snippet “${snippet.title}”. Save to keep the change.`);
            }}
          />
        ))}
      </ul>
      <ShowAllButton list={shortList}>Show all {snippets.length} snippets</ShowAllButton>
      <AddToggle
        id="snippet-add"
        label="Add a snippet"
        firstField="new-snippet-title"
        form={(close) => (
          <NewSnippet
            onCancel={close}
            onAdd={(snippet) => {
              shortList.reveal();
              setSnippets((list) => [...list, { ...snippet, id: newId('snippet', snippet.title, list.map((candidate) => candidate.id)) }]);
              close();
              editor.announce(`Added the snippet “${snippet.title}”. Save to keep it.`);
            }}
          />
        )}
      />
    </section>
  );
}

interface SnippetRowProps {
  snippet: Snippet;
  index: number;
  editor: LibraryEditor;
  locked: boolean;
  onChange: (snippet: Snippet) => void;
  onDelete: () => void;
}

function SnippetRow({ snippet, index, editor, locked, onChange, onDelete }: SnippetRowProps) {
  // The tags as typed ("refund, " keeps its comma while the agent types the next one).
  const [tagsText, setTagsText] = useState<string | null>(null);
  const pointer = pointerOf('snippets', index);
  const hasErrors = editor.errors.some((error) => error.pointer.startsWith(`${pointer}/`));
  const rowId = domId('snippet', snippet.id);
  const { open, toggle } = useEntryEditing({ locked, hasErrors, rowId, firstField: fieldId(`${pointer}/title`) });
  const titleId = `${rowId}-title`;
  return (
    <li class={`entry${locked ? ' locked' : ''}`} id={rowId} data-testid="snippet" data-snippet-id={snippet.id}>
      <div class="entry-main">
        <p id={titleId}>
          <strong>{snippet.title}</strong>
          {locked && <TeamBadge />}
        </p>
        {open ? (
          <div class="edit-fields">
            <TextField
              pointer={`${pointer}/title`}
              label="Title"
              value={snippet.title}
              errors={errorsAt(editor.errors, `${pointer}/title`)}
              onInput={(title) => onChange({ ...snippet, title })}
            />
            <TextField
              pointer={`${pointer}/text`}
              label="Text"
              multiline
              rows={5}
              value={snippet.text}
              errors={errorsAt(editor.errors, `${pointer}/text`)}
              onInput={(text) => onChange({ ...snippet, text })}
              hint={`Up to ${MAX_PHRASE_LENGTH} characters.`}
            />
            <p class="preview snippet-text">
              <span class="preview-label">Preview: </span>
              {previewText(snippet.text)}
            </p>
            <TextField
              pointer={`${pointer}/tags`}
              label="Tags"
              value={tagsText ?? snippet.tags.join(', ')}
              errors={errorsAt(editor.errors, `${pointer}/tags`, true)}
              onInput={(text) => {
                setTagsText(text);
                onChange({ ...snippet, tags: parseTags(text) });
              }}
              hint="Separated by commas."
            />
          </div>
        ) : (
          <>
            <p class="snippet-text clamp">{previewText(snippet.text)}</p>
            {snippet.tags.length > 0 && (
              <ul class="tags" aria-label="Tags">
                {snippet.tags.map((tag, at) => (
                  <li key={at} class="badge">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <FieldErrors id={`${rowId}-errors`} messages={otherErrorsAt(editor.errors, pointer, ['title', 'text', 'tags'])} />
      </div>
      {!locked && (
        <EntryControls
          idPrefix={rowId}
          describedBy={titleId}
          editing={open}
          onEdit={() => {
            toggle();
            setTagsText(null);
          }}
          onDelete={onDelete}
        />
      )}
    </li>
  );
}

function NewSnippet({ onAdd, onCancel }: { onAdd: (snippet: Omit<Snippet, 'id'>) => void; onCancel: () => void }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  return (
    <form
      class="add-form boxed"
      aria-labelledby="new-snippet-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const found: Record<string, string> = {};
        if (!title.trim()) found.title = 'Give the snippet a title.';
        else if (title.trim().length > 120) found.title = 'A title may be at most 120 characters.';
        if (!text.trim()) found.text = 'Write the snippet first.';
        else if (text.length > MAX_PHRASE_LENGTH) found.text = `This is ${text.length} characters long; the limit is ${MAX_PHRASE_LENGTH}.`;
        if (parseTags(tags).some((tag) => tag.length > 40)) found.tags = 'A tag may be at most 40 characters.';
        setProblems(found);
        if (Object.keys(found).length > 0) return;
        onAdd({ title: title.trim(), text: text.trim(), tags: parseTags(tags) });
      }}
    >
      <h3 id="new-snippet-heading">New snippet</h3>
      <NewField id="new-snippet-title" label="Title" value={title} onInput={setTitle} problem={problems.title} />
      <NewField id="new-snippet-text" label="Text" value={text} onInput={setText} problem={problems.text} multiline />
      <NewField id="new-snippet-tags" label="Tags (separated by commas)" value={tags} onInput={setTags} problem={problems.tags} placeholder="refund, follow-up" />
      <div class="row end">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary">
          Add the snippet
        </button>
      </div>
    </form>
  );
}
