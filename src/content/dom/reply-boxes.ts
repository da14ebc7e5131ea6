import { isCoachHost } from './own-nodes';
import type { SiteAdapter } from '../sites/types';
import { isElement, isShadowRoot } from './roots';

export type ReplyBoxSite = Pick<SiteAdapter, 'replyBoxSelector' | 'isReplyBox' | 'activeAttributes'>;

/** Called once per reply box; `boxSignal` aborts when the box leaves the page or stops matching. */
export type ReplyBoxCallback = (box: Element, boxSignal: AbortSignal) => void;

// Attribute changes that can make an element a reply box, or move one in or out of the
// selector (Zendesk flips data-is-active when the agent switches tickets).
const WATCHED_ATTRIBUTES = ['contenteditable', 'role', 'g_editable', 'data-is-active', 'class', 'hidden'];
const SHOW_ELEMENT = 1;

/**
 * Finds the site's reply boxes under `root` now and whenever they appear: in the document, in
 * same-origin iframes (again each time a frame loads, since editors write their document then),
 * and in open shadow roots at any depth. Event driven (MutationObserver, `load`, `focusin`), no
 * polling.
 *
 * A shadow root attached to an element that is already in the page changes nothing a
 * MutationObserver sees; such roots are found at the next mutation around them, at `load`, or at
 * the latest when the agent focuses something inside them (`focusin` reveals open shadow roots
 * through its composed path).
 */
export function observeReplyBoxes(
  root: Document | ShadowRoot,
  site: ReplyBoxSite,
  callback: ReplyBoxCallback,
  { signal }: { signal: AbortSignal },
): void {
  if (signal.aborted) return;
  const selector = site.replyBoxSelector;
  const activeAttributes = new Set(site.activeAttributes ?? []);
  const attributeFilter = [...new Set([...WATCHED_ATTRIBUTES, ...activeAttributes])];
  const documents: (Document | ShadowRoot)[] = [];
  const watchedRoots = new WeakSet<Node>();
  const watchedFrames = new WeakSet<Element>();
  const focusHandlers = new WeakMap<Document, (event: Event) => void>();
  const observers: MutationObserver[] = [];
  const boxes = new Map<Element, AbortController>();

  const consider = (element: Element) => {
    if (signal.aborted || boxes.has(element) || !element.matches(selector)) return;
    if (site.isReplyBox && !site.isReplyBox(element)) return;
    const controller = new AbortController();
    boxes.set(element, controller);
    callback(element, controller.signal);
  };

  const recheck = () => {
    for (const [box, controller] of boxes) {
      // A removed iframe leaves its document without a window.
      const still = box.isConnected && box.ownerDocument.defaultView && box.matches(selector);
      if (still && (!activeAttributes.size || !site.isReplyBox || site.isReplyBox(box))) continue;
      boxes.delete(box);
      controller.abort();
    }
  };

  /** Boxes under `node`; `deep` also looks for shadow roots and frames, which attribute changes never add. */
  const scan = (node: Node, deep = true) => {
    if (!isElement(node) && node.nodeType !== 9 && node.nodeType !== 11) return;
    const parent = node as Node & ParentNode;
    if (isElement(node)) consider(node);
    for (const element of parent.querySelectorAll(selector)) consider(element);
    if (!deep) return;
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    if (!doc) return;
    const walker = doc.createTreeWalker(node, SHOW_ELEMENT);
    for (let current: Node | null = isElement(node) ? node : walker.nextNode(); current; current = walker.nextNode()) {
      const element = current as Element;
      if (element.shadowRoot && !isCoachHost(element)) watch(element.shadowRoot);
      if (element.localName === 'iframe' || element.localName === 'frame') watchFrame(element);
    }
  };

  const onRecords = (records: MutationRecord[]) => {
    const added = new Set<Node>();
    const changedAttributes = new Set<Node>();
    let changed = false;
    let moved = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        changedAttributes.add(record.target);
        changed = true;
        if (record.attributeName && activeAttributes.has(record.attributeName)) moved = true;
        continue;
      }
      for (const node of record.addedNodes) added.add(node);
      if (record.removedNodes.length) changed = true;
    }
    for (const node of added) if (node.isConnected) scan(node);
    for (const node of changedAttributes) if (!added.has(node) && node.isConnected) scan(node, false);
    // The active ticket moved: boxes anywhere may have become (or stopped being) the reply box.
    if (moved) for (const watched of documents) if (watched.isConnected) scan(watched, false);
    if (changed) recheck();
  };

  const listenForFocus = (doc: Document) => {
    let handler = focusHandlers.get(doc);
    if (!handler) {
      handler = (event: Event) => {
        const path = event.composedPath();
        for (const node of path) {
          if (isShadowRoot(node as Node) && !isCoachHost((node as ShadowRoot).host)) watch(node as ShadowRoot);
        }
        const target = path[0] as Node | undefined;
        // A box that was hidden when it appeared (a tab not shown yet) counts once the agent focuses it.
        const box = isElement(target) ? target.closest(selector) : null;
        if (box) consider(box);
      };
      focusHandlers.set(doc, handler);
    }
    // document.open() drops a document's listeners; the same function is never added twice.
    doc.addEventListener('focusin', handler, { capture: true, signal });
  };

  function watch(node: Document | ShadowRoot) {
    if (watchedRoots.has(node)) return;
    watchedRoots.add(node);
    const observer = new MutationObserver(onRecords);
    observer.observe(node, { childList: true, subtree: true, attributes: true, attributeFilter });
    observers.push(observer);
    documents.push(node);
    if (node.nodeType === 9) {
      const doc = node as Document;
      listenForFocus(doc);
      // Custom elements defined by the page's scripts attach their shadow roots without a mutation.
      if (doc.readyState !== 'complete') doc.defaultView?.addEventListener('load', () => scan(doc), { once: true, signal });
    }
    scan(node);
  }

  function watchFrame(frame: Element) {
    const attach = () => {
      let doc: Document | null;
      try {
        doc = (frame as HTMLIFrameElement).contentDocument;
      } catch {
        return;
      }
      // Cross-origin frames have no contentDocument; the extension cannot coach there from here.
      if (!doc) return;
      if (watchedRoots.has(doc)) {
        listenForFocus(doc);
        scan(doc);
      } else {
        watch(doc);
      }
      // A rewritten frame document (document.open) drops the boxes it had.
      recheck();
    };
    if (watchedFrames.has(frame)) return;
    watchedFrames.add(frame);
    frame.addEventListener('load', attach, { signal });
    attach();
  }

  signal.addEventListener(
    'abort',
    () => {
      for (const observer of observers) observer.disconnect();
      for (const controller of boxes.values()) controller.abort();
      boxes.clear();
    },
    { once: true },
  );
  watch(root);
}
