// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readText } from '../../../src/content/dom/text';
import { editorFor } from '../../../src/content/editors';
import { textarea as textareaAdapter } from '../../../src/content/editors/textarea';
import { $, mount } from './html';

type ExecCommand = (command: string, showUi?: boolean, value?: string) => boolean;
const withExec = document as Omit<Document, 'execCommand'> & { execCommand?: ExecCommand };

afterEach(() => {
  document.body.replaceChildren();
  delete withExec.execCommand;
  vi.restoreAllMocks();
});

/**
 * A stand-in for the browser's editing commands, which happy-dom lacks: insertText inserts at the
 * selection (`times` times, to play an editor that duplicates), undo steps back one change.
 */
function fakeEditingCommands(root: HTMLElement, { times = 1 } = {}) {
  const history: Node[][] = [];
  const calls: string[] = [];
  withExec.execCommand = (command, _ui, value) => {
    calls.push(command);
    if (command === 'undo') {
      const previous = history.pop();
      if (!previous) return false;
      root.replaceChildren(...previous);
      return true;
    }
    if (command !== 'insertText') return false;
    for (let i = 0; i < times; i++) {
      history.push([...root.childNodes].map((node) => node.cloneNode(true)));
      const selection = document.getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
      if (!range) return false;
      const node = document.createTextNode(value ?? '');
      range.insertNode(node);
      range.setStartAfter(node);
      range.collapse(true);
    }
    return true;
  };
  return calls;
}

describe('editorFor', () => {
  test('picks the adapter by element', () => {
    const page = mount(`
      <textarea id="t"></textarea>
      <div id="plain" contenteditable="true"></div>
      <div id="ck" class="ck ck-content ck-editor__editable" contenteditable="true"></div>
      <div id="pm" class="ProseMirror" contenteditable="true"></div>
      <div id="off" contenteditable="false"></div>
      <input id="i">`);
    expect(editorFor($(page, '#t'))?.kind).toBe('textarea');
    expect(editorFor($(page, '#plain'))?.kind).toBe('contenteditable');
    expect(editorFor($(page, '#ck'))?.kind).toBe('ckeditor5');
    expect(editorFor($(page, '#pm'))?.kind).toBe('prosemirror');
    expect(editorFor($(page, '#off'))).toBeNull();
    expect(editorFor($(page, '#i'))).toBeNull();
  });
});

describe('textarea', () => {
  test('without editing commands (happy-dom): reads the value and inserts with setRangeText and a bubbling insertText input event', async () => {
    const box = $(mount('<form><textarea rows="6">Hi Declan,\nThanks for waiting.</textarea></form>'), 'textarea') as HTMLTextAreaElement;
    const events: InputEvent[] = [];
    box.form?.addEventListener('input', (event) => events.push(event as InputEvent));
    const editor = editorFor(box);
    expect(editor?.read(box).text).toBe('Hi Declan,\nThanks for waiting.');
    expect(editor?.read(box).rangeFor(0, 2)).toBeNull();
    await expect(editor?.insert(box, 11, "I'm sorry. ")).resolves.toEqual({ ok: true });
    expect(box.value).toBe("Hi Declan,\nI'm sorry. Thanks for waiting.");
    expect(events).toHaveLength(1);
    expect(events[0]?.inputType).toBe('insertText');
    expect(events[0]?.data).toBe("I'm sorry. ");
  });

  test('a page that rewrites the value gets the agent’s text back', async () => {
    const box = $(mount('<textarea>abc</textarea>'), 'textarea') as HTMLTextAreaElement;
    box.addEventListener('input', () => {
      if (box.value.length > 4) box.value = box.value.slice(0, 4);
    });
    const result = await textareaAdapter.insert(box, 3, ' more text');
    expect(result.ok).toBe(false);
    expect(box.value).toBe('abc');
  });

  test('refuses offsets outside the draft or inside an emoji, and read-only boxes', async () => {
    const box = $(mount('<textarea>ok 👍🏽</textarea>'), 'textarea') as HTMLTextAreaElement;
    expect((await textareaAdapter.insert(box, 99, 'x')).ok).toBe(false);
    expect((await textareaAdapter.insert(box, 4, 'x')).ok).toBe(false);
    box.readOnly = true;
    expect((await textareaAdapter.insert(box, 0, 'x')).ok).toBe(false);
    expect(box.value).toBe('ok 👍🏽');
  });

  test('the measuring mirror appears on first rectsFor and goes on dispose', () => {
    const box = $(mount('<textarea>Hello there</textarea>'), 'textarea') as HTMLTextAreaElement;
    const mirrors = () => document.querySelectorAll('[data-empathy-coach-mirror]').length;
    const draft = textareaAdapter.read(box);
    expect(mirrors()).toBe(0);
    expect(Array.isArray(draft.rectsFor(0, 5))).toBe(true);
    draft.rectsFor(6, 11);
    expect(mirrors()).toBe(1);
    const mirror = document.querySelector<HTMLElement>('[data-empathy-coach-mirror]');
    expect(mirror?.textContent).toBe('Hello there');
    expect(mirror?.style.visibility).toBe('hidden');
    textareaAdapter.dispose(box);
    expect(mirrors()).toBe(0);
  });

  test('a stale draft measures nothing', () => {
    const box = $(mount('<textarea>Hello</textarea>'), 'textarea') as HTMLTextAreaElement;
    const draft = textareaAdapter.read(box);
    box.value = 'Changed';
    expect(draft.rectsFor(0, 2)).toEqual([]);
  });
});

describe('contenteditable', () => {
  test('the Gmail signature and quoted history in the compose body are not the draft; insertions land before them', async () => {
    const root = $(
      mount(
        '<div contenteditable="true" g_editable="true"><div>Hi Noor,</div><div>thanks.</div><br><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature" data-smartmail="gmail_signature">Maren Holt<br>Velora Bikes — we never blame you</div><div class="gmail_quote">On Tue, Noor wrote: old</div></div>',
      ),
      '[contenteditable]',
    );
    const editor = editorFor(root);
    expect(editor?.read(root).text.trim()).toBe('Hi Noor,\nthanks.');
    fakeEditingCommands(root);
    await expect(editor?.insert(root, 'Hi Noor,\nthanks.'.length, ' Sorry!')).resolves.toEqual({ ok: true });
    expect(editor?.read(root).text.trim()).toBe('Hi Noor,\nthanks. Sorry!');
    expect(root.querySelector('.gmail_signature')?.textContent).toBe('Maren HoltVelora Bikes — we never blame you');
  });

  test('inserts with insertText at the DOM position of the offset', async () => {
    const root = $(mount('<div contenteditable="true">Hi Noor,<div>thanks for waiting.</div></div>'), '[contenteditable]');
    const calls = fakeEditingCommands(root);
    const editor = editorFor(root);
    const offset = 'Hi Noor,\n'.length;
    await expect(editor?.insert(root, offset, "I'm sorry. ")).resolves.toEqual({ ok: true });
    expect(readText(root).text).toBe("Hi Noor,\nI'm sorry. thanks for waiting.");
    expect(calls).toEqual(['insertText']);
    expect(document.activeElement).toBe(root);
  });

  test('an editor that duplicates the text is undone and reported', async () => {
    const root = $(mount('<div contenteditable="true"><p>Hello there</p></div>'), '[contenteditable]');
    const calls = fakeEditingCommands(root, { times: 2 });
    const result = await editorFor(root)?.insert(root, 5, ' Noor');
    expect(result?.ok).toBe(false);
    expect(readText(root).text).toBe('Hello there');
    expect(calls).toEqual(['insertText', 'undo', 'undo']);
  });

  test('nothing inserted: no undo, so nothing the agent typed is lost', async () => {
    const root = $(mount('<div contenteditable="true"><p>Hello</p></div>'), '[contenteditable]');
    const calls: string[] = [];
    withExec.execCommand = (command) => {
      calls.push(command);
      return true;
    };
    const result = await editorFor(root)?.insert(root, 5, '!');
    expect(result?.ok).toBe(false);
    expect(calls).toEqual(['insertText']);
    expect(readText(root).text).toBe('Hello');
  });

  test('without editing commands it fails cleanly', async () => {
    const root = $(mount('<div contenteditable="true">Hello</div>'), '[contenteditable]');
    const result = await editorFor(root)?.insert(root, 0, 'x');
    expect(result).toEqual({ ok: false, reason: 'the browser refused the insertText command' });
    expect(readText(root).text).toBe('Hello');
  });

  test('rangeFor gives the words; rectsFor is empty where nothing is laid out', () => {
    const root = $(mount('<div contenteditable="true"><p>Dear <b>Noor</b></p></div>'), '[contenteditable]');
    const draft = editorFor(root)?.read(root);
    expect(draft?.rangeFor(5, 9)?.toString()).toBe('Noor');
    expect(draft?.rectsFor(5, 9)).toEqual([]);
  });

  test('selection goes through the shadow root where it has one', async () => {
    const host = mount('<div id="host"></div>').firstElementChild as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    root.contentEditable = 'true';
    root.append('Hello');
    shadow.append(root);
    const collapse = vi.fn();
    (shadow as ShadowRoot & { getSelection?: () => unknown }).getSelection = () => ({ collapse });
    withExec.execCommand = () => false;
    await editorFor(root)?.insert(root, 5, '!');
    expect(collapse).toHaveBeenCalledWith(root.firstChild, 5);
  });
});

describe('CKEditor 5 and ProseMirror', () => {
  const ck = '<div class="ck ck-content ck-editor__editable" contenteditable="true" role="textbox"><p>Hi Priya,</p><p>we will fix it.</p></div>';

  test('a paste the editor handles is the insertion (no insertText)', async () => {
    const root = $(mount(ck), '.ck-editor__editable');
    const calls = fakeEditingCommands(root);
    let pasted = '';
    root.addEventListener('paste', (event) => {
      pasted = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
      // What the editor's model does with the paste, written here with the DOM.
      const selection = document.getSelection()?.getRangeAt(0);
      selection?.insertNode(document.createTextNode(pasted));
    });
    const offset = 'Hi Priya,\n'.length;
    await expect(editorFor(root)?.insert(root, offset, "I'm so sorry. ")).resolves.toEqual({ ok: true });
    expect(pasted).toBe("I'm so sorry. ");
    expect(calls).toEqual([]);
    expect(readText(root).text).toBe("Hi Priya,\nI'm so sorry. we will fix it.");
  });

  test('an unhandled paste falls back to insertText', async () => {
    const root = $(mount(ck.replace('ck ck-content ck-editor__editable', 'ProseMirror')), '.ProseMirror');
    const calls = fakeEditingCommands(root);
    await expect(editorFor(root)?.insert(root, 2, ' Priya')).resolves.toEqual({ ok: true });
    expect(calls).toEqual(['insertText']);
    expect(readText(root).text).toBe('Hi Priya Priya,\nwe will fix it.');
  });

  test('a paste that the editor mangles is undone', async () => {
    const root = $(mount(ck), '.ck-editor__editable');
    const calls = fakeEditingCommands(root);
    root.addEventListener('paste', (event) => {
      event.preventDefault();
      document.execCommand('insertText', false, 'something else');
    });
    const result = await editorFor(root)?.insert(root, 0, 'Dear ');
    expect(result?.ok).toBe(false);
    expect(calls).toEqual(['insertText', 'undo']);
    expect(readText(root).text).toBe('Hi Priya,\nwe will fix it.');
  });

  test('inserting into an empty CKEditor lands in its placeholder paragraph', async () => {
    const root = $(
      mount('<div class="ck-editor__editable" contenteditable="true"><p class="ck-placeholder"><br data-cke-filler="true"></p></div>'),
      '.ck-editor__editable',
    );
    fakeEditingCommands(root);
    await expect(editorFor(root)?.insert(root, 0, 'Hi Priya,')).resolves.toEqual({ ok: true });
    expect($(root, 'p').textContent).toBe('Hi Priya,');
  });
});
