// Reads a DOM subtree as the plain text a person sees, keeping a map from every UTF-16 offset of
// that text back to a DOM position. Used for editor drafts (with offsets) and for customer messages.

/** A position in the DOM, as a Range boundary takes it. */
export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextMap {
  readonly text: string;
  /** Where text inserted at `offset` (0…text.length) would land. Null when out of range. */
  pointAt(offset: number): DomPoint | null;
  /** A Range over [start, end); null when out of range or the DOM changed under the map. */
  rangeFor(start: number, end: number): Range | null;
  /** One Range per text node piece of [start, end): their rects follow the words, not the blocks. */
  textRanges(start: number, end: number): Range[];
}

/** White space runs as one space, trimmed: text compared the way it reads. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface ReadTextOptions {
  /** Selector of elements left out with their subtree (quoted history, signatures…). */
  ignore?: string;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);

const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg', 'canvas', 'video', 'audio', 'select', 'textarea', 'input', 'button']);

// Editors keep caret anchors in the text: CKEditor 5's inline filler (U+2060 ×7), TinyMCE's U+FEFF.
const INVISIBLE = /[\u2060\uFEFF]/;
const COLLAPSIBLE = /[ \t\n\r\f]/;

type WhiteSpace = 'collapse' | 'preserve' | 'preserve-breaks';

type Segment =
  | { kind: 'text'; start: number; end: number; node: Text; offsets: number[] }
  | { kind: 'break'; start: number; end: number; before: DomPoint; after: DomPoint };

/** Markup that editors add for the caret and that nobody sees as a line of text. */
function isFillerBreak(element: Element): boolean {
  return (
    element.hasAttribute('data-cke-filler') ||
    element.hasAttribute('data-mce-bogus') ||
    element.classList.contains('ProseMirror-trailingBreak')
  );
}

function isSkipped(element: Element, root: Element, style: CSSStyleDeclaration | null, ignore?: string): boolean {
  const name = element.localName;
  // (An <img>, ProseMirror's separator among them, has no text to read: nothing to leave out.)
  if (NEVER_TEXT.has(name)) return true;
  // Hint nodes inside an editor ("Press / to…", widgets) are not part of the draft.
  if (element !== root && element.getAttribute('contenteditable') === 'false') return true;
  if (element.getAttribute('data-mce-bogus') === 'all') return true;
  if ((element as HTMLElement).hidden) return true;
  if (style?.display === 'none') return true;
  return !!ignore && element.matches(ignore);
}

/** What keeps white space: `white-space-collapse` values, and the older `white-space` ones; anything else collapses. */
const KEEPS: Readonly<Record<string, WhiteSpace>> = {
  preserve: 'preserve',
  'break-spaces': 'preserve',
  'preserve-spaces': 'preserve',
  'preserve-breaks': 'preserve-breaks',
  pre: 'preserve',
  'pre-wrap': 'preserve',
  'pre-line': 'preserve-breaks',
};

/** `white-space-collapse` where the browser has it, else `white-space`. */
function whiteSpaceOf(style: CSSStyleDeclaration | null): WhiteSpace {
  const collapse = (style as (CSSStyleDeclaration & { whiteSpaceCollapse?: string }) | null)?.whiteSpaceCollapse;
  return KEEPS[(collapse || style?.whiteSpace) ?? ''] ?? 'collapse';
}

/**
 * Plain text of `root` the way it renders: blocks and `<br>` become "\n", collapsible white space
 * collapses, nbsp reads as a space, filler `<br>`s, `[contenteditable=false]` hints, hidden elements
 * and `ignore` matches are left out.
 */
export function readText(root: Element, options: ReadTextOptions = {}): TextMap {
  const view = root.ownerDocument.defaultView;
  const styles = new Map<Element, CSSStyleDeclaration | null>();
  const styleOf = (element: Element) => {
    let style = styles.get(element);
    if (style === undefined) {
      style = view ? view.getComputedStyle(element) : null;
      styles.set(element, style);
    }
    return style;
  };

  const parts: string[] = [];
  const segments: Segment[] = [];
  const snapshot = new Map<Text, string>();
  let length = 0;
  let lastPoint: DomPoint | null = null;
  let needBreak = false;
  let breakBefore: DomPoint | null = null;
  let lineHasContent = false;
  let anyLine = false;
  let pendingSpace: { node: Text; offset: number } | null = null;
  let pendingBreaks: Element[] = [];
  let emptyPoint: DomPoint | null = null;
  const open: { element: Element; claimed: boolean; sawBreak: boolean }[] = [];

  const claim = () => {
    anyLine = true;
    for (const block of open) block.claimed = true;
  };

  const pushText = (node: Text, offset: number, char: string) => {
    const last = segments[segments.length - 1];
    if (last?.kind === 'text' && last.node === node && last.end === length) {
      last.end++;
      last.offsets.push(offset);
    } else {
      segments.push({ kind: 'text', start: length, end: length + 1, node, offsets: [offset] });
      snapshot.set(node, node.data);
    }
    parts.push(char);
    length++;
    lastPoint = { node, offset: offset + 1 };
    lineHasContent = char !== '\n';
    claim();
  };

  const pushBreak = (before: DomPoint, after: DomPoint) => {
    segments.push({ kind: 'break', start: length, end: length + 1, before, after });
    parts.push('\n');
    length++;
    lastPoint = after;
    lineHasContent = false;
    claim();
  };

  /** The block break owed before the next content, which starts at `next`. */
  const flushBlockBreak = (next: DomPoint) => {
    if (!needBreak) return;
    needBreak = false;
    pushBreak(breakBefore ?? next, next);
  };

  const flushBreaks = (keepLast: boolean) => {
    const breaks = keepLast ? pendingBreaks : pendingBreaks.slice(0, -1);
    pendingBreaks = [];
    for (const br of breaks) {
      const parent = br.parentNode as Node;
      const index = [...parent.childNodes].indexOf(br);
      flushBlockBreak({ node: parent, offset: index });
      pushBreak({ node: parent, offset: index }, { node: parent, offset: index + 1 });
    }
  };

  const emit = (node: Text, offset: number, char: string) => {
    if (pendingBreaks.length) flushBreaks(true);
    flushBlockBreak({ node, offset });
    pushText(node, offset, char);
  };

  const atLineStart = () => needBreak || pendingBreaks.length > 0 || !lineHasContent;

  const text = (node: Text) => {
    const data = node.data;
    const mode = whiteSpaceOf(node.parentElement ? styleOf(node.parentElement) : null);
    for (let i = 0; i < data.length; i++) {
      const char = data.charAt(i);
      if (INVISIBLE.test(char) || char === '\r') continue;
      const forcedBreak = char === '\n' && mode !== 'collapse';
      if (!forcedBreak && mode !== 'preserve' && COLLAPSIBLE.test(char)) {
        if (!pendingSpace && !atLineStart()) pendingSpace = { node, offset: i };
        continue;
      }
      if (forcedBreak) pendingSpace = null;
      if (pendingSpace) {
        emit(pendingSpace.node, pendingSpace.offset, ' ');
        pendingSpace = null;
      }
      emit(node, i, char === '\u00A0' ? ' ' : char);
    }
  };

  const boundary = () => {
    pendingSpace = null;
    flushBreaks(false);
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.localName === 'br') {
        const block = open[open.length - 1];
        if (block) block.sawBreak = true;
        pendingSpace = null;
        if (!isFillerBreak(element)) pendingBreaks.push(element);
        continue;
      }
      if (isSkipped(element, root, styleOf(element), options.ignore)) continue;
      if (!BLOCKS.has(element.localName)) {
        walk(element);
        continue;
      }
      boundary();
      if (anyLine && !needBreak) {
        needBreak = true;
        breakBefore = lastPoint;
      }
      open.push({ element, claimed: false, sawBreak: false });
      walk(element);
      boundary();
      const block = open.pop();
      if (block && !block.claimed && block.sawBreak) {
        // An empty line: a block holding only the <br> that keeps it open.
        const at = { node: element, offset: 0 };
        flushBlockBreak(at);
        emptyPoint ??= at;
        lastPoint = at;
        lineHasContent = false;
        claim();
      }
      if (anyLine && !needBreak) {
        needBreak = true;
        breakBefore = lastPoint;
      }
    }
  };

  walk(root);
  boundary();

  return createTextMap(parts.join(''), segments, snapshot, emptyPoint ?? { node: root, offset: 0 });
}

function createTextMap(text: string, segments: Segment[], snapshot: Map<Text, string>, emptyPoint: DomPoint): TextMap {
  const segmentAt = (offset: number): Segment | undefined => {
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = segments[mid] as Segment;
      if (offset < segment.start) high = mid - 1;
      else if (offset >= segment.end) low = mid + 1;
      else return segment;
    }
    return undefined;
  };

  /** The position right before the character at `offset`, or with `after` right after it. */
  const around = (offset: number, after = false): DomPoint | null => {
    const segment = segmentAt(offset);
    if (!segment) return null;
    if (segment.kind === 'break') return after ? segment.after : segment.before;
    return { node: segment.node, offset: (segment.offsets[offset - segment.start] as number) + (after ? 1 : 0) };
  };

  const pointAt = (offset: number): DomPoint | null => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return null;
    if (text.length === 0) return emptyPoint;
    return offset === text.length ? around(offset - 1, true) : around(offset);
  };

  // Text typed into a node since the read would shift the offsets inside it.
  const valid = (point: DomPoint) => {
    if (!point.node.isConnected) return false;
    const data = snapshot.get(point.node as Text);
    if (data !== undefined && (point.node as Text).data !== data) return false;
    const size = point.node.nodeType === 3 ? (point.node as Text).length : point.node.childNodes.length;
    return point.offset <= size;
  };

  const makeRange = (start: DomPoint, end: DomPoint): Range | null => {
    if (!valid(start) || !valid(end)) return null;
    const doc = start.node.ownerDocument;
    if (!doc) return null;
    const range = doc.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      return null;
    }
    return range;
  };

  return {
    text,
    pointAt,
    rangeFor(start, end) {
      if (end < start) return null;
      const from = pointAt(start);
      const to = end === start ? from : end <= text.length ? around(end - 1, true) : null;
      return from && to ? makeRange(from, to) : null;
    },
    textRanges(start, end) {
      if (start < 0 || end > text.length || end < start) return [];
      if (start === end) {
        const point = pointAt(start);
        const range = point && makeRange(point, point);
        return range ? [range] : [];
      }
      const ranges: Range[] = [];
      for (const segment of segments) {
        if (segment.kind !== 'text' || segment.end <= start || segment.start >= end) continue;
        const first = Math.max(start, segment.start) - segment.start;
        const last = Math.min(end, segment.end) - 1 - segment.start;
        const range = makeRange(
          { node: segment.node, offset: segment.offsets[first] as number },
          { node: segment.node, offset: (segment.offsets[last] as number) + 1 },
        );
        if (range) ranges.push(range);
      }
      return ranges;
    },
  };
}
