// Helpers for elements that may live in same-origin iframes or open shadow roots. Nodes from an
// iframe belong to another realm, so nothing here relies on `instanceof`.

export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return !!node && node.nodeType === 11 && 'host' in node && !!(node as ShadowRoot).host;
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

/** The iframe element that holds `doc`, when it is reachable (same origin); else null. */
export function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/**
 * Every root `element` is inside, innermost first: its shadow roots out to the document, then the
 * documents of the same-origin frames around it.
 */
export function composedRoots(element: Element): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [];
  let node: Node = element;
  for (;;) {
    const root = node.getRootNode();
    if (isShadowRoot(root)) {
      roots.push(root);
      node = root.host;
      continue;
    }
    if (root.nodeType !== 9) return roots;
    roots.push(root as Document);
    const frame = frameElementOf(root as Document);
    if (!frame) return roots;
    node = frame;
  }
}

/** The outermost document reachable from `element` (the top page when frames are same-origin). */
export function topDocument(element: Element): Document {
  const roots = composedRoots(element);
  return (roots[roots.length - 1] as Document | undefined) ?? element.ownerDocument;
}

/** The Selection that covers `element`: the shadow root's where the browser has one, else the document's. */
export function selectionFor(element: Element): Selection | null {
  const root = element.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if (isShadowRoot(root) && typeof root.getSelection === 'function') return root.getSelection();
  return element.ownerDocument.getSelection();
}

/**
 * Shown on screen (not `display:none`, `visibility:hidden` or inside a hidden ancestor). Every
 * browser the extension supports has checkVisibility (Chrome 105, Firefox 106; the manifests ask for
 * Chrome 120 and Firefox 140).
 */
export function isRendered(element: Element): boolean {
  // checkVisibilityCSS is the name Chrome < 121 knows for visibilityProperty.
  return element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
}

/**
 * Moves a rect from the viewport of `element`'s frame to the top page's viewport, through every
 * same-origin iframe around it (its border and padding included). Rects of the top page are unchanged.
 */
export function toTopViewport(rect: DOMRectReadOnly, element: Element): DOMRect {
  let x = rect.x;
  let y = rect.y;
  let doc = element.ownerDocument;
  for (let frame = frameElementOf(doc); frame; frame = frameElementOf(doc)) {
    const box = frame.getBoundingClientRect();
    const view = frame.ownerDocument.defaultView;
    const style = view?.getComputedStyle(frame);
    x += box.left + (style ? parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) : 0);
    y += box.top + (style ? parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) : 0);
    doc = frame.ownerDocument;
  }
  return new DOMRect(x, y, rect.width, rect.height);
}

/**
 * The parts of `rects` (moved by `dx`, `dy` first) that show in `element`'s padding box, so text
 * scrolled out of an editor is left out; a zero-width rect counts only for a `caret`.
 */
export function visibleRects(element: Element, rects: Iterable<DOMRectReadOnly>, caret: boolean, dx = 0, dy = 0): DOMRect[] {
  const box = element.getBoundingClientRect();
  const clip = new DOMRect(box.left + element.clientLeft, box.top + element.clientTop, element.clientWidth, element.clientHeight);
  const visible: DOMRect[] = [];
  for (const rect of rects) {
    const clipped = (rect.width > 0 || caret) && clipRect(new DOMRect(rect.x + dx, rect.y + dy, rect.width, rect.height), clip);
    if (clipped) visible.push(clipped);
  }
  return visible;
}

/** The part of `rect` inside `clip`, or null when they do not meet. A zero-width caret rect is kept. */
export function clipRect(rect: DOMRectReadOnly, clip: DOMRectReadOnly): DOMRect | null {
  const left = Math.max(rect.left, clip.left);
  const right = Math.min(rect.right, clip.right);
  const top = Math.max(rect.top, clip.top);
  const bottom = Math.min(rect.bottom, clip.bottom);
  if (right < left || bottom <= top) return null;
  return new DOMRect(left, top, right - left, bottom - top);
}
