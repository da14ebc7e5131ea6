// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { readText, type TextMap } from '../../../src/content/dom/text';
import { $, mount } from './html';

afterEach(() => document.body.replaceChildren());

function editor(markup: string, attributes = ''): HTMLElement {
  return $(mount(`<div class="ed" contenteditable="true" ${attributes}>${markup}</div>`), '.ed');
}

const read = (markup: string, attributes = '') => readText(editor(markup, attributes)).text;

/** Every offset maps to a DOM point, and every character's range holds that character. */
function expectFullMap(map: TextMap): void {
  for (let offset = 0; offset <= map.text.length; offset++) expect(map.pointAt(offset), `offset ${offset}`).not.toBeNull();
  for (let offset = 0; offset < map.text.length; offset++) {
    const char = map.text[offset] as string;
    const range = map.rangeFor(offset, offset + 1);
    expect(range, `range at ${offset}`).not.toBeNull();
    if (char === '\n') continue;
    const inDom = (range as Range).toString().replace(/\u00A0/g, ' ');
    // A collapsed run of white space maps to its first character.
    expect(char === ' ' ? /^\s$/.test(inDom) : inDom === char, `char ${JSON.stringify(char)} at ${offset} is ${JSON.stringify(inDom)}`).toBe(true);
  }
}

describe('empty editors', () => {
  test('CKEditor 5 placeholder paragraph with its filler <br>', () => {
    const root = editor('<p class="ck-placeholder" data-placeholder="Add a public reply"><br data-cke-filler="true"></p>');
    const map = readText(root);
    expect(map.text).toBe('');
    expect(map.pointAt(0)).toEqual({ node: $(root, 'p'), offset: 0 });
    expect(map.pointAt(1)).toBeNull();
  });

  test('Gmail: a single <br>, and the "Press / to…" hint that is not editable', () => {
    expect(read('<br>')).toBe('');
    expect(read('<span contenteditable="false">Press / to write with Gemini</span><br>')).toBe('');
    expect(read('<div><br></div>')).toBe('');
  });

  test('TinyMCE: <p> with a bogus <br>, caret containers and bogus="all" elements', () => {
    expect(read('<p><br data-mce-bogus="1"></p>')).toBe('');
    expect(read('<p>\uFEFFHi<span data-mce-bogus="all">resize handle</span></p>')).toBe('Hi');
  });

  test('ProseMirror: trailing break and separator hacks', () => {
    expect(read('<p><br class="ProseMirror-trailingBreak"></p>')).toBe('');
    expect(read('<p>Hi<img class="ProseMirror-separator"><br class="ProseMirror-trailingBreak"></p><p>there</p>')).toBe('Hi\nthere');
  });
});

describe('lines', () => {
  test('<br> inside a line is a newline; a trailing <br> is not a line', () => {
    expect(read('Hi<br>there')).toBe('Hi\nthere');
    expect(read('Hi<br>')).toBe('Hi');
    expect(read('Hi<br><br>')).toBe('Hi\n');
    expect(read('Hi<br><br>there')).toBe('Hi\n\nthere');
  });

  test('paragraphs and divs are lines; an empty one (only a <br>) is an empty line', () => {
    expect(read('<p>Hi Priya,</p><p>Thanks</p>')).toBe('Hi Priya,\nThanks');
    expect(read('<p>Hi Priya,</p><p><br data-cke-filler="true"></p><p>Thanks</p>')).toBe('Hi Priya,\n\nThanks');
    // Chrome's own markup after Enter in a plain contenteditable.
    expect(read('Hi<div>there</div>')).toBe('Hi\nthere');
    expect(read('Hi<div><br></div><div>there</div>')).toBe('Hi\n\nthere');
    expect(read('Hi<div><br></div>')).toBe('Hi\n');
    expect(read('<div><div>a</div></div><div>b</div>')).toBe('a\nb');
    expect(read('<ul><li>one</li><li>two</li></ul><p>end</p>')).toBe('one\ntwo\nend');
    expect(read('<p></p><p>a</p>')).toBe('a');
  });

  test('a line break inside a block keeps its empty lines', () => {
    expect(read('<p>a<br><br></p><p>b</p>')).toBe('a\n\nb');
  });
});

describe('inline formatting and characters', () => {
  test('nested inline formatting maps back to the right text nodes', () => {
    const root = editor('<p>I am <b>so <i>very</i> sorry</b> about that</p>');
    const map = readText(root);
    expect(map.text).toBe('I am so very sorry about that');
    expect(map.rangeFor(5, 18)?.toString()).toBe('so very sorry');
    const point = map.pointAt(8);
    expect(point?.node.textContent).toBe('very');
    expect(point?.offset).toBe(0);
    expectFullMap(map);
  });

  test('emoji and other surrogate pairs keep their UTF-16 offsets', () => {
    const root = editor('<p>Thanks 👍🏽 <b>Priya</b> 🎉</p><p>𝒜 ok</p>');
    const map = readText(root);
    expect(map.text).toBe('Thanks 👍🏽 Priya 🎉\n𝒜 ok');
    const start = map.text.indexOf('Priya');
    expect(map.rangeFor(start, start + 5)?.toString()).toBe('Priya');
    expect(map.rangeFor(7, 11)?.toString()).toBe('👍🏽');
    expectFullMap(map);
  });

  test('collapsible white space reads as it renders; nbsp reads as a space', () => {
    expect(read('<p>\n      Hello\n      world   </p>\n   <p>  again</p>')).toBe('Hello world\nagain');
    expect(read('a&nbsp;&nbsp;b&nbsp;')).toBe('a  b ');
    expect(read('Hi <b> there</b>')).toBe('Hi there');
    expect(read('Hi <br> there')).toBe('Hi\nthere');
    const map = readText(editor('<p>  Hello   world  </p>'));
    expect(map.text).toBe('Hello world');
    expect(map.rangeFor(5, 6)?.toString()).toBe(' ');
    expect(map.rangeFor(6, 11)?.toString()).toBe('world');
    expectFullMap(map);
  });

  test('white-space: pre-wrap keeps spaces and newlines', () => {
    const map = readText(editor('a  b\n  c', 'style="white-space: pre-wrap"'));
    expect(map.text).toBe('a  b\n  c');
    expectFullMap(map);
  });

  test("CKEditor 5's inline filler is left out without shifting offsets", () => {
    const map = readText(editor('<p>Hi\u2060\u2060\u2060\u2060\u2060\u2060\u2060 there</p>'));
    expect(map.text).toBe('Hi there');
    expect(map.rangeFor(3, 8)?.toString()).toBe('there');
  });

  test('hidden elements, scripts and `ignore` matches are left out', () => {
    const root = editor('<p>Keep</p><p hidden>hidden</p><p style="display:none">none</p><blockquote>quoted</blockquote><style>p{}</style>');
    expect(readText(root, { ignore: 'blockquote' }).text).toBe('Keep');
  });
});

describe('offsets', () => {
  test('the offset at a paragraph break is the end of the previous line, the next one the start of the next', () => {
    const root = editor('<p>ab</p><p>cd</p>');
    const map = readText(root);
    const [first, second] = [...root.querySelectorAll('p')].map((p) => p.firstChild);
    expect(map.pointAt(2)).toEqual({ node: first, offset: 2 });
    expect(map.pointAt(3)).toEqual({ node: second, offset: 0 });
    expect(map.pointAt(5)).toEqual({ node: second, offset: 2 });
  });

  test('an empty line maps into its own paragraph', () => {
    const root = editor('<p>a</p><p><br></p><p>b</p>');
    const map = readText(root);
    expect(map.text).toBe('a\n\nb');
    expect(map.pointAt(2)).toEqual({ node: root.children[1], offset: 0 });
  });

  test('text ranges follow the text nodes only, across formatting', () => {
    const root = editor('<p>one <b>two</b></p><p>three</p>');
    const map = readText(root);
    expect(map.textRanges(0, map.text.length).map((range) => range.toString())).toEqual(['one ', 'two', 'three']);
    expect(map.textRanges(2, 2)).toHaveLength(1);
    expect(map.textRanges(3, 99)).toEqual([]);
  });

  test('a range from a stale map is null once its nodes are gone or their text changed', () => {
    const root = editor('<p>gone</p><p>typed</p>');
    const map = readText(root);
    (root.lastChild?.firstChild as Text).insertData(0, 'x');
    expect(map.rangeFor(5, 7)).toBeNull();
    expect(map.textRanges(5, 7)).toEqual([]);
    expect(map.rangeFor(0, 2)?.toString()).toBe('go');
    root.replaceChildren();
    expect(map.rangeFor(0, 2)).toBeNull();
  });

  test('any editor-shaped markup maps every offset back to the DOM', () => {
    const word = fc.constantFrom('Hi', 'sorry', ' ', '  ', '\u00A0', '👍🏽', 'é', '\n ', 'a b');
    type Tree = string | { tag: string; children: Tree[] };
    const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc.constant('<br>'),
        fc.record({ tag: fc.constantFrom('p', 'div', 'b', 'i', 'span'), children: tie('nodes') }),
      ),
      nodes: fc.array(tie('node'), { maxLength: 4 }),
    })).nodes;
    fc.assert(
      fc.property(tree, (nodes) => {
        document.body.replaceChildren();
        const root = document.createElement('div');
        root.contentEditable = 'true';
        const build = (parent: Node, children: Tree[]) => {
          for (const child of children) {
            if (child === '<br>') parent.appendChild(document.createElement('br'));
            else if (typeof child === 'string') parent.appendChild(document.createTextNode(child));
            else build(parent.appendChild(document.createElement(child.tag)), child.children);
          }
        };
        build(root, nodes);
        document.body.append(root);
        expectFullMap(readText(root));
      }),
      { numRuns: 200 },
    );
  });
});
